"""The offline bundle installs and runs here with the network cut (``unshare -n``).

Builds the bundle for the current platform (downloads come from PyPI through pip's cache),
installs it with ``install.sh`` into a fresh folder inside a network namespace that has only a
loopback interface, runs ``eduia doctor`` there and executes a lesson notebook in the installed
environment, still without network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Brings the loopback interface up inside a fresh network namespace (no `ip` needed), then
# replaces itself with the command given in argv.
_LOOPBACK_UP = """
import fcntl, os, socket, struct, sys
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    request = struct.pack("16sH22x", b"lo", 0)
    flags = struct.unpack("16sH22x", fcntl.ioctl(s, SIOCGIFFLAGS, request))[1]
    fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH22x", b"lo", flags | IFF_UP))
os.execvp(sys.argv[1], sys.argv[1:])
"""


def namespace_unavailable_reason() -> str | None:
    """Why commands cannot run in a network namespace here, or ``None`` when they can."""
    if not sys.platform.startswith("linux"):
        return "network namespaces exist only on Linux"
    if shutil.which("unshare") is None:
        return "unshare is not installed (util-linux)"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare -n is not permitted here (needs root): {probe.stderr.strip()}"
    return None


def offline_command(argv: list[str]) -> list[str]:
    """``argv`` wrapped to run in a new network namespace with only loopback up.

    Skips the calling test, with the reason, when namespaces are unavailable.
    """
    reason = namespace_unavailable_reason()
    if reason:
        pytest.skip(reason)
    return ["unshare", "-n", "--", sys.executable, "-c", _LOOPBACK_UP, *argv]


@pytest.mark.network_namespace
def test_namespace_has_no_network_but_loopback() -> None:
    script = (
        "import socket\n"
        "server = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen()\n"
        "socket.create_connection(server.getsockname(), timeout=5).close()\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=5)\n"
        "except OSError as error:\n"
        "    print('coupé', error.errno)\n"
    )
    result = subprocess.run(offline_command([sys.executable, "-c", script]),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("coupé")
