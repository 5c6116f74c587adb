"""Run a command with the network cut: a new Linux network namespace with only loopback.

Used by the tests and the benchmark to prove that the bundle installs and eduia runs with no
network at all. Needs Linux, ``unshare`` (util-linux) and the right to create a namespace
(root). Loopback is brought up inside the namespace without the ``ip`` tool, so that Jupyter's
kernels (which talk over 127.0.0.1) work.

Examples
--------
>>> import subprocess
>>> if namespace_unavailable_reason() is None:  # doctest: +SKIP
...     subprocess.run(offline_command(["eduia", "doctor"]), check=True)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence

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
    """Why commands cannot run in a network namespace here, or ``None`` when they can.

    Examples
    --------
    >>> namespace_unavailable_reason() in (None,) or isinstance(namespace_unavailable_reason(), str)
    True
    """
    if not sys.platform.startswith("linux"):
        return "network namespaces exist only on Linux"
    if shutil.which("unshare") is None:
        return "unshare is not installed (util-linux)"
    probe = subprocess.run(["unshare", "-n", "true"], check=False, capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare -n is not permitted here (needs root): {probe.stderr.strip()}"
    return None


def offline_command(argv: Sequence[str]) -> list[str]:
    """``argv`` wrapped to run in a new network namespace where only loopback is up.

    Examples
    --------
    >>> offline_command(["true"])[:3]
    ['unshare', '-n', '--']
    """
    return ["unshare", "-n", "--", sys.executable, "-c", _LOOPBACK_UP, *argv]
