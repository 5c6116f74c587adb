"""The grading sandbox's /dev: read-only, with a small /dev/shm where bubblewrap can size it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from eduia.course import isolation

needs_bwrap = pytest.mark.skipif(
    not isolation.sandbox_available(), reason="bubblewrap cannot build a sandbox here"
)

#: Writes a pupil's cell could try: (what, shell command).
WRITES = {
    "dev": "echo x > /dev/plein",
    "small_shm": "head -c 1048576 /dev/zero > /dev/shm/petit",
    "big_shm": "head -c 104857600 /dev/zero > /dev/shm/gros",
}


def _run_in_sandbox(tmp_path, command: str) -> int:
    arguments = isolation.sandbox_arguments([str(tmp_path)], [], as_root=False)
    done = subprocess.run(
        [*arguments, "--", shutil.which("sh") or "/bin/sh", "-c", command],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return done.returncode


@needs_bwrap
@pytest.mark.parametrize(
    ("version", "allowed"),
    [((0, 8, 0), {"small_shm"}), ((0, 6, 1), set())],
    ids=["bwrap-0.8", "bwrap-0.6"],
)
def test_dev_is_read_only_and_shm_small_or_absent(tmp_path, monkeypatch, version, allowed):
    if version >= (0, 7) > isolation.bwrap_version():
        pytest.skip("the installed bubblewrap cannot size a tmpfs")
    monkeypatch.setattr(isolation, "bwrap_version", lambda: version)
    if version < (0, 7):
        assert "--size" not in isolation.sandbox_arguments([str(tmp_path)], [], as_root=False)
    succeeded = {
        name for name, command in WRITES.items() if _run_in_sandbox(tmp_path, command) == 0
    }
    assert succeeded == allowed
