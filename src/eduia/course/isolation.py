"""Run pupil code as nobody: an unprivileged kernel user per submission, and nothing left behind.

When eduia grades as root on Linux and ``setpriv`` (util-linux) is there, each submission's
kernel runs under a user id of its own (:func:`allocate_uid`, in a range no account uses),
with no supplementary groups and ``no_new_privs``. That user owns only the folder the
notebook runs in and a private home; the course, the gradebook, its snapshot,
``nbgrader_config.py``, the lesson's sources and the other submissions belong to root and
are not writable (and, folders being private, not readable) by it. It cannot signal the
grading process either, so a cell killing its parent or its process group only ends its own
kernel. After the notebook, every process of that user id is killed (double forks and
``setsid`` included, since they keep the uid) and the kill is checked (:func:`end_processes`).

Elsewhere (not root, macOS, Windows) the kernel runs with the teacher's rights: the grading
copy still has no link to the course, and the summary tells the teacher once.

Examples
--------
>>> isinstance(isolation_available(), bool)
True
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer, Unicode

#: Kernel user ids are drawn from ``[UID_BASE, UID_BASE + UID_SPAN)``: far above any account.
UID_BASE = 1_500_000_000
UID_SPAN = 100_000_000


def isolation_available() -> bool:
    """Whether kernels can run as an unprivileged user here (root on Linux with ``setpriv``).

    Examples
    --------
    >>> isolation_available() in (True, False)
    True
    """
    return (
        sys.platform.startswith("linux")
        and os.geteuid() == 0
        and shutil.which("setpriv") is not None
    )


def allocate_uid() -> int:
    """A fresh kernel user id that no running process has.

    Examples
    --------
    >>> UID_BASE <= allocate_uid() < UID_BASE + UID_SPAN
    True
    """
    while True:
        uid = UID_BASE + secrets.randbelow(UID_SPAN)
        if not processes_of(uid):
            return uid


def processes_of(uid: int) -> list[int]:
    """The ids of the running processes whose real or effective user id is ``uid`` (Linux).

    Examples
    --------
    >>> processes_of(UID_BASE)
    []
    """
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text(encoding="ascii", errors="replace")
        except OSError:  # ended meanwhile
            continue
        for line in status.splitlines():
            if line.startswith("Uid:"):
                real, effective = (int(value) for value in line.split()[1:3])
                if uid in (real, effective) and not _is_zombie(status):
                    found.append(int(entry.name))
                break
    return found


def _is_zombie(status: str) -> bool:
    return any(line.startswith("State:") and "Z" in line.split()[1] for line in status.splitlines())


def end_processes(uid: int, patience: float = 5.0) -> int:
    """Kill every process of ``uid`` until none is left; return how many were still running.

    Examples
    --------
    >>> end_processes(UID_BASE)
    0
    """
    survivors = processes_of(uid)
    count = len(survivors)
    deadline = time.monotonic() + patience
    while survivors and time.monotonic() < deadline:
        for pid in survivors:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.05)
        survivors = processes_of(uid)
    if survivors:
        raise RuntimeError(f"processes of uid {uid} survive: {survivors}")
    return count


def give_to(path: Path, uid: int) -> None:
    """Make ``uid`` the owner of ``path`` and everything under it (symlinks not followed)."""
    os.chown(path, uid, uid, follow_symlinks=False)
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), uid, uid, follow_symlinks=False)


def take_back(path: Path) -> None:
    """Give ``path`` back to root and drop whatever is neither a file nor a folder (symlinks)."""
    if not path.exists():
        return
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            item = os.path.join(folder, name)
            if os.path.islink(item) or not (os.path.isfile(item) or os.path.isdir(item)):
                os.unlink(item)
            else:
                os.chown(item, 0, 0, follow_symlinks=False)
                os.chmod(item, os.stat(item).st_mode & 0o755)
    os.chown(path, 0, 0, follow_symlinks=False)


class IsolatedKernelManager(AsyncKernelManager):
    """A kernel manager that starts the kernel as ``kernel_uid`` with ``setpriv``.

    The kernel's working folder (the graded submission) and ``kernel_home`` are given to
    that user; the connection file is written in ``kernel_home``.
    """

    kernel_uid = Integer(0, config=True, help="User id the kernel runs as (0: no isolation).")
    kernel_home = Unicode("", config=True, help="A private home folder for the kernel user.")

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        if not self.kernel_uid:
            return await super()._async_pre_start_kernel(**kw)
        home = Path(self.kernel_home)
        (home / "tmp").mkdir(parents=True, exist_ok=True)
        self.connection_file = str(home / f"kernel-{os.getpid()}-{secrets.token_hex(4)}.json")
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        uid = self.kernel_uid
        give_to(home, uid)
        self._kernel_cwd = kw.get("cwd") or ""
        if self._kernel_cwd:
            give_to(Path(self._kernel_cwd), uid)
        env = dict(kw.get("env") or os.environ)
        for name in ("JPY_API_TOKEN", "JUPYTERHUB_API_TOKEN", "JUPYTER_TOKEN"):
            env.pop(name, None)
        env.update(
            HOME=str(home),
            TMPDIR=str(home / "tmp"),
            IPYTHONDIR=str(home / ".ipython"),
            MPLCONFIGDIR=str(home / ".matplotlib"),
            JUPYTER_RUNTIME_DIR=str(home),
            JUPYTER_CONFIG_DIR=str(home / ".jupyter"),
            JUPYTER_DATA_DIR=str(home / ".jupyter"),
            XDG_CACHE_HOME=str(home / ".cache"),
            USER="eduia-eleve",
            LOGNAME="eduia-eleve",
        )
        kw["env"] = env
        wrapper = [
            shutil.which("setpriv") or "setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--no-new-privs",
            "--",
        ]
        return wrapper + list(cmd), kw

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        """After the kernel: kill what it left running, then take its folder back."""
        await super()._async_cleanup_resources(restart=restart)
        if not self.kernel_uid or restart:
            return
        await asyncio.sleep(0.05)  # let the kernel's own exit finish
        LINGERING.append(end_processes(self.kernel_uid))
        if getattr(self, "_kernel_cwd", ""):
            take_back(Path(self._kernel_cwd))

    pre_start_kernel = _async_pre_start_kernel  # type: ignore[assignment]
    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]


#: How many processes each isolated kernel left running (read and cleared by the sandbox).
LINGERING: list[int] = []


__all__ = [
    "IsolatedKernelManager",
    "allocate_uid",
    "end_processes",
    "give_to",
    "isolation_available",
    "processes_of",
    "take_back",
]
