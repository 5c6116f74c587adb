"""Run pupil code in a sandbox: hidden course, no network, nothing left behind.

Two mechanisms, used together where they can be:

- **bubblewrap** (``bwrap``, Debian's ``bubblewrap``), for any teacher, root or not, on Linux
  where user namespaces are allowed: the kernel runs in namespaces of its own
  (:func:`sandbox_arguments`). The whole system is read-only (``/dev`` too, but for a
  ``/dev/shm`` of :data:`SHARED_MEMORY_MB`); the course folder, the grading
  work folder (gradebook snapshot, the other submissions, the lesson's sources), the
  teacher's home and configuration, ``/tmp``, ``/run`` and every file of the teacher package
  ``eduia-enseignant`` (solutions, hidden tests) are hidden behind empty read-only folders;
  only the folder the notebook runs in and a private home are writable. There is no network
  (the kernel talks to the grader over unix sockets, :attr:`IsolatedKernelManager.transport`
  ``ipc``), no other process is visible (pid namespace: a cell cannot signal the grader) and,
  when the kernel ends, the kernel of the system ends every process left in its namespace
  (double forks and ``setsid`` included). The grader counts those processes before shutting
  the kernel down and checks afterwards that none is left (:func:`namespace_members`).
- **an unprivileged user** when eduia grades as root with ``setpriv`` (util-linux): inside the
  sandbox the kernel drops to a user id of its own (:func:`allocate_uid`) with no groups and
  ``no_new_privs``; every process of that user is killed after the notebook
  (:func:`end_processes`).

:func:`protection` says which of them work here: ``"bwrap+uid"`` (root with both),
``"bwrap"`` (a teacher account: the pupil's code keeps the teacher's user id, but inside a
sandbox where nothing of the teacher's is visible), ``"uid"`` (root without bubblewrap: the
course is protected by its permissions only, world-readable files such as the teacher
package stay readable, the network stays open), ``"none"`` (macOS, Windows, Linux without
bubblewrap) or ``"blocked"`` (bubblewrap is there but user namespaces are forbidden): the
kernel then runs with the teacher's rights. The summary tells the teacher once, in French,
which of these held.

Examples
--------
>>> protection() in ("bwrap+uid", "bwrap", "uid", "none", "blocked")
True
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from traitlets import Bool, Integer, List, Unicode

#: Kernel user ids are drawn from ``[UID_BASE, UID_BASE + UID_SPAN)``: far above any account.
UID_BASE = 1_500_000_000
UID_SPAN = 100_000_000

#: The most memory one pupil's kernel may hold while it is graded, in MB: its private data (heap,
#: arrays, thread stacks: ``RLIMIT_DATA``, which Linux applies to every private mapping). A
#: lesson's kernel uses about 500 MB of it; a cell asking for more gets a ``MemoryError``.
KERNEL_MEMORY_LIMIT_MB = 2048

#: The size of the sandbox's ``/dev/shm``, in MB: enough for Python's semaphores (``joblib``,
#: ``multiprocessing``), too little to fill the grading machine's memory (a tmpfs is memory, and
#: ``RLIMIT_DATA`` does not count it). The rest of the sandbox's ``/dev`` is read-only.
SHARED_MEMORY_MB = 64

#: The end of every shell line that starts a kernel: the kernel replaces the shell.
_EXEC = 'exec "$0" "$@"'

#: Folders hidden from every sandboxed kernel, besides the course, the teacher's home and the
#: grading folder: other users' homes, temporary files, sockets of running services.
HIDDEN_FOLDERS = ("/home", "/root", "/tmp", "/var/tmp", "/run", "/srv", "/mnt", "/media")


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


@functools.lru_cache(maxsize=1)
def sandbox_available() -> bool:
    """Whether ``bwrap`` can build a sandbox here (Linux, bubblewrap, namespaces allowed).

    Tried once per process with the very namespaces a kernel gets, so a kernel where user
    namespaces are forbidden (``kernel.apparmor_restrict_unprivileged_userns``, a container)
    is reported as unprotected rather than failing at every submission.

    Examples
    --------
    >>> sandbox_available() in (True, False)
    True
    """
    bwrap, true = shutil.which("bwrap"), shutil.which("true")
    if not sys.platform.startswith("linux") or not bwrap or not true:
        return False
    command = [bwrap, *_namespace_options(os.geteuid() == 0), "--ro-bind", "/", "/"]
    command += [*_device_arguments(), "--tmpfs", "/tmp", "--remount-ro", "/tmp"]
    command += ["--remount-ro", "/dev"]
    try:
        done = subprocess.run([*command, "--", true], capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def protection() -> str:
    """Which protection pupil kernels get here: ``bwrap+uid``, ``bwrap``, ``uid``, ``none``,
    or ``blocked`` (bubblewrap is installed but the system refuses it namespaces).

    Examples
    --------
    >>> protection() in ("bwrap+uid", "bwrap", "uid", "none", "blocked")
    True
    """
    sandbox = sandbox_available()
    if isolation_available():
        return "bwrap+uid" if sandbox else "uid"
    if sandbox:
        return "bwrap"
    installed = sys.platform.startswith("linux") and shutil.which("bwrap") is not None
    return "blocked" if installed else "none"


def memory_limit_line(limit_mb: int) -> str:
    """The shell commands that cap the data memory of what the shell then runs at ``limit_mb``.

    ``ulimit -d`` sets the soft and the hard limit, so the kernel cannot raise it again; where
    the system already sets a lower one, that one stays. Empty for no limit (0) and where there
    is no POSIX shell (Windows).

    Examples
    --------
    >>> memory_limit_line(2048) if os.name == "posix" else 'ulimit -d 2097152 2>/dev/null; '
    'ulimit -d 2097152 2>/dev/null; '
    >>> memory_limit_line(0)
    ''
    """
    if limit_mb <= 0 or os.name != "posix":
        return ""
    return f"ulimit -d {int(limit_mb) * 1024} 2>/dev/null; "


def _shell(script: str) -> list[str]:
    """The command that runs ``script`` with the kernel's command line as its arguments."""
    return [shutil.which("sh") or "/bin/sh", "-c", script]


def _device_arguments() -> list[str]:
    """A fresh ``/dev`` (to be remounted read-only last) with a small ``/dev/shm`` for anyone,
    and ``/proc``: without them, the pupil's code could write gigabytes of memory into ``/dev``.

    bubblewrap before 0.7 (``--size``; Debian 11, Ubuntu 22.04) cannot size a tmpfs: there the
    sandbox has no ``/dev/shm`` it can write (Python's semaphores then fail; joblib runs its work
    one job at a time, which grading does anyway).
    """
    shm = ["--perms", "1777", "--size", str(SHARED_MEMORY_MB * 2**20), "--tmpfs", "/dev/shm"]
    return ["--dev", "/dev", *(shm if bwrap_version() >= (0, 7) else []), "--proc", "/proc"]


@functools.lru_cache(maxsize=1)
def bwrap_version() -> tuple[int, ...]:
    """The installed bubblewrap's version, e.g. ``(0, 8, 0)``; ``(0,)`` when unknown.

    Examples
    --------
    >>> bwrap_version() >= (0,)
    True
    """
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return (0,)
    try:
        done = subprocess.run(
            [bwrap, "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return (0,)
    found = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", done.stdout)
    return tuple(int(part) for part in found.groups() if part is not None) if found else (0,)


def _namespace_options(as_root: bool) -> list[str]:
    """bwrap's namespace options; ``as_root``: root drops to a kernel user id afterwards."""
    options = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
    options += ["--unshare-cgroup-try", "--die-with-parent"]
    if not as_root:  # a user namespace, and none nested inside it (no way to regain rights)
        options += ["--unshare-user", "--disable-userns"]
        if os.geteuid() == 0:  # root without setpriv: no capability inside either
            options += ["--cap-drop", "ALL"]
    return options


@functools.lru_cache(maxsize=1)
def teacher_paths() -> tuple[str, ...]:
    """The files and folders of the teacher's material that no pupil kernel may read.

    Every file of the installed teacher package ``eduia-enseignant`` (its folder, its
    ``dist-info``, an editable install's ``.pth``), the lesson sources eduia would use
    (:func:`eduia.resources.lesson_sources_dir`) and the teacher-only datasets.

    Examples
    --------
    >>> all(os.path.isabs(path) for path in teacher_paths())
    True
    """
    import importlib.metadata
    import importlib.util

    from eduia.datasets.catalog import TEACHER_ONLY, data_dir
    from eduia.resources import lesson_sources_dir, teacher_datasets_dir

    found: set[Path] = set()
    try:
        spec = importlib.util.find_spec("eduia_enseignant")
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        found.update(Path(place) for place in spec.submodule_search_locations or ())
        if spec.origin and spec.origin not in ("namespace", "built-in"):
            found.add(
                Path(spec.origin).parent if spec.submodule_search_locations else Path(spec.origin)
            )
    try:
        distribution = importlib.metadata.distribution("eduia-enseignant")
    except importlib.metadata.PackageNotFoundError:
        distribution = None
    if distribution is not None:
        for file in distribution.files or ():
            if file.parts and file.parts[0] != "..":
                found.add(Path(str(distribution.locate_file(file.parts[0]))))
    for where in (lesson_sources_dir, teacher_datasets_dir):
        try:
            folder = where()
        except Exception:  # noqa: BLE001 - a broken teacher package: its folder is hidden above
            folder = None
        if folder is not None:
            found.add(folder)
    found.update(data_dir() / f"{name}.csv" for name in TEACHER_ONLY)
    return tuple(sorted({os.path.realpath(path) for path in found if path.exists()}))


def python_paths() -> list[str]:
    """What the kernel's Python reads: its prefixes, site-packages and the folders they add.

    Examples
    --------
    >>> os.path.realpath(sys.prefix) in python_paths()
    True
    """
    import site

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    packages = [*site.getsitepackages(), site.getusersitepackages()]
    paths.update(packages)
    for folder in packages:  # the folders that ``.pth`` files add (editable installs)
        for pth in Path(folder).glob("*.pth") if os.path.isdir(folder) else ():
            for line in pth.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if line and not line.startswith(("#", "import ", "import\t")):
                    paths.add(os.path.join(folder, line))
    paths.update(filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep)))
    return sorted({os.path.realpath(path) for path in paths if os.path.exists(path)})


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _outermost(paths: list[str]) -> list[str]:
    """``paths`` without those inside another one."""
    kept: list[str] = []
    for path in sorted(set(paths), key=len):
        if not any(_under(path, other) for other in kept):
            kept.append(path)
    return sorted(kept)


def sandbox_arguments(
    writable: list[str], hidden: list[str], as_root: bool, bwrap: str = "bwrap"
) -> list[str]:
    """The ``bwrap`` command line (up to ``--``) that a pupil's kernel runs in.

    Parameters
    ----------
    writable : list of str
        The only folders the kernel may write (the notebook's folder, its private home).
    hidden : list of str
        Folders to hide besides :data:`HIDDEN_FOLDERS`, the teacher's home and
        :func:`teacher_paths`: the course, the grading work folder.
    as_root : bool
        Whether bwrap runs as root (no user namespace: the kernel drops to its own user id
        afterwards with ``setpriv``).

    Examples
    --------
    >>> arguments = sandbox_arguments(["/tmp/g/k"], ["/srv/classe"], as_root=False)
    >>> "--unshare-net" in arguments and arguments[-1] == "/tmp/g/k"
    True
    """
    import tempfile

    real = [os.path.realpath(path) for path in writable]
    private = [tempfile.gettempdir(), os.path.expanduser("~"), *hidden]
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "JUPYTER_CONFIG_DIR"):
        if os.environ.get(name):
            private.append(os.environ[name])
    from jupyter_core.paths import jupyter_config_path

    private += jupyter_config_path()  # nbgrader_config.py may hold a gradebook's password
    from eduia.resources import checkout_root

    checkout = checkout_root()
    shown: list[str] = []
    if checkout is not None:  # a source checkout: sources, tests, history; src/ comes back
        private.append(str(checkout))
        shown += [str(checkout / "datasets"), str(checkout / "notebooks" / "release")]
    private = [os.path.realpath(p) for p in private if os.path.exists(p)]
    private = [path for path in private if path != "/"]
    system = [os.path.realpath(path) for path in HIDDEN_FOLDERS if os.path.exists(path)]
    broad = _outermost([*system, *private])
    reveal = [
        os.path.realpath(path)
        for path in python_paths() + shown
        if os.path.exists(path) and any(_under(os.path.realpath(path), f) for f in broad)
    ]
    reveal = [path for path in _outermost(reveal) if path not in broad]
    secret = _outermost(
        [
            path
            for path in {os.path.realpath(path) for path in (*teacher_paths(), *private)}
            if (
                not any(_under(path, folder) for folder in broad)
                or any(_under(path, folder) for folder in reveal)
            )
            and path not in broad
            and not any(_under(inner, path) for inner in [*real, *reveal])
        ]
    )

    arguments = [bwrap, *_namespace_options(as_root), "--ro-bind", "/", "/"]
    arguments += _device_arguments()
    tmpfs: list[str] = []
    made: set[str] = set()

    def mount_point(path: str) -> list[str]:
        """The folders leading to ``path`` inside a hiding tmpfs, crossable by anyone."""
        inside = [folder for folder in tmpfs if _under(path, folder) and folder != path]
        if not inside:
            return []
        base, steps = max(inside, key=len), []
        for part in Path(path).parent.relative_to(base).parts:
            base = os.path.join(base, part)
            if base not in made:
                made.add(base)
                steps += ["--perms", "0755", "--dir", base]
        return steps

    for group in (broad, reveal, secret):
        for path in group:
            arguments += mount_point(path)
            if group is reveal:
                arguments += ["--ro-bind", path, path]
            elif os.path.isdir(path):
                arguments += ["--tmpfs", path]
                tmpfs.append(path)
            else:
                arguments += ["--ro-bind", "/dev/null", path]
    for path in real:
        arguments += [*mount_point(path), "--bind", path, path]
    for path in [*tmpfs, "/dev"]:
        arguments += ["--remount-ro", path]
    return arguments + ["--chdir", real[0]]


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


def take_back(path: Path, as_root: bool = True) -> None:
    """Drop from ``path`` whatever is neither a file nor a folder (symlinks, sockets, fifos),
    make the rest read-only for others and, as root, give it back to root."""
    if not path.exists():
        return
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            item = os.path.join(folder, name)
            if os.path.islink(item) or not (os.path.isfile(item) or os.path.isdir(item)):
                os.unlink(item)
            else:
                if as_root:
                    os.chown(item, 0, 0, follow_symlinks=False)
                os.chmod(
                    item, os.stat(item).st_mode & 0o755 | (0o700 if os.path.isdir(item) else 0o600)
                )
    if as_root:
        os.chown(path, 0, 0, follow_symlinks=False)


def namespace_of(pid: int) -> str:
    """The pid namespace of process ``pid`` (``""`` if it is gone or out of reach)."""
    try:
        return os.readlink(f"/proc/{pid}/ns/pid")
    except OSError:
        return ""


def namespace_members(namespace: str) -> dict[int, int]:
    """The live processes of the pid namespace ``namespace``: host pid -> pid inside it."""
    members: dict[int, int] = {}
    if not namespace:
        return members
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or namespace_of(int(entry.name)) != namespace:
            continue
        try:
            status = (entry / "status").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        if _is_zombie(status):
            continue
        inner = [line.split()[-1] for line in status.splitlines() if line.startswith("NSpid:")]
        members[int(entry.name)] = int(inner[0]) if inner else 0
    return members


def end_namespace(namespace: str, patience: float = 5.0) -> None:
    """Kill every process left in the pid namespace ``namespace``; raise if one survives."""
    deadline = time.monotonic() + patience
    survivors = namespace_members(namespace)
    while survivors and time.monotonic() < deadline:
        for pid in survivors:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.05)
        survivors = namespace_members(namespace)
    if survivors:
        raise RuntimeError(f"processes of a grading sandbox survive: {sorted(survivors)}")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
    except OSError:
        return []
    return [int(child) for child in text.split()]


class IsolatedKernelManager(AsyncKernelManager):
    """A kernel manager that starts the kernel in a bubblewrap sandbox, as ``kernel_uid``, with
    at most ``memory_limit_mb`` of data memory.

    With ``sandbox`` the kernel runs under ``bwrap`` (:func:`sandbox_arguments`), talks to the
    grader over unix sockets in ``kernel_home`` and can write only its working folder and
    ``kernel_home``; ``hidden`` lists the folders it must not see (the course, the grading
    folder). With ``kernel_uid`` (root only) it also drops to that user id with ``setpriv``;
    its working folder and ``kernel_home`` are then given to that user.
    """

    kernel_uid = Integer(0, config=True, help="User id the kernel runs as (0: the grader's).")
    kernel_home = Unicode("", config=True, help="A private home folder for the kernel.")
    sandbox = Bool(False, config=True, help="Run the kernel inside a bubblewrap sandbox.")
    hidden = List(Unicode(), config=True, help="Folders hidden from the sandboxed kernel.")
    memory_limit_mb = Integer(
        KERNEL_MEMORY_LIMIT_MB, config=True, help="Data memory the kernel may hold, MB (0: none)."
    )

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        limit = memory_limit_line(self.memory_limit_mb)
        if not self.kernel_uid and not self.sandbox:
            cmd, kw = await super()._async_pre_start_kernel(**kw)
            return (_shell(limit + _EXEC) if limit else []) + list(cmd), kw
        home = Path(self.kernel_home)
        (home / "tmp").mkdir(parents=True, exist_ok=True)
        self.connection_file = str(home / f"kernel-{secrets.token_hex(4)}.json")
        if self.sandbox:  # no network in the sandbox: unix sockets in the kernel's home
            self.transport = "ipc"
            self.ip = str(home / "k")
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        uid = self.kernel_uid
        self._kernel_cwd = kw.get("cwd") or str(home)
        if uid:
            give_to(home, uid)
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
            XDG_CONFIG_HOME=str(home / ".config"),
            USER="eduia-eleve",
            LOGNAME="eduia-eleve",
        )
        kw["env"] = env
        wrapper: list[str] = []
        if self.sandbox:
            # bubblewrap itself ignores SIGINT, which interrupts a cell (a timeout) in the
            # kernel only (the kernel sets its own handler while it runs a cell). The kernel's
            # parent is the sandbox's init: no parent polling (--die-with-parent does it).
            wrapper += _shell(limit + 'trap "" INT; unset JPY_PARENT_PID; ' + _EXEC)
            wrapper += sandbox_arguments(
                [self._kernel_cwd, str(home)],
                list(self.hidden),
                as_root=bool(uid),
                bwrap=shutil.which("bwrap") or "bwrap",
            )
            wrapper.append("--")
        elif limit:
            wrapper += _shell(limit + _EXEC)
        if uid:
            wrapper += [
                shutil.which("setpriv") or "setpriv",
                f"--reuid={uid}",
                f"--regid={uid}",
                "--clear-groups",
                "--no-new-privs",
                "--",
            ]
        return wrapper + list(cmd), kw

    async def _async_shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        """Count what the notebook left running (besides the kernel), then shut down."""
        namespace = self._namespace = self._sandbox_namespace()
        if namespace and not restart:
            extra = [inner for inner in namespace_members(namespace).values() if inner > 2]
            LINGERING.append(len(extra))  # pid 1: bubblewrap's init, pid 2: the kernel
        await super()._async_shutdown_kernel(now=now, restart=restart)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        """After the kernel: check that nothing of it runs, then take its folder back."""
        await super()._async_cleanup_resources(restart=restart)
        if restart or (not self.kernel_uid and not self.sandbox):
            return
        await asyncio.sleep(0.05)  # let the kernel's own exit finish
        if getattr(self, "_namespace", ""):
            end_namespace(self._namespace)
        if self.kernel_uid:
            LINGERING.append(end_processes(self.kernel_uid))
        if getattr(self, "_kernel_cwd", ""):
            take_back(Path(self._kernel_cwd), as_root=bool(self.kernel_uid))

    def _sandbox_namespace(self) -> str:
        """The pid namespace of the running sandbox (that of bubblewrap's init, its pid 1)."""
        process = getattr(self.provisioner, "process", None) if self.sandbox else None
        if process is None or process.poll() is not None:
            return ""
        for child in _children(process.pid):
            return namespace_of(child)
        return ""

    pre_start_kernel = _async_pre_start_kernel  # type: ignore[assignment]
    shutdown_kernel = _async_shutdown_kernel  # type: ignore[assignment]
    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]


#: How many processes each isolated kernel left running (read and cleared by the sandbox).
LINGERING: list[int] = []


__all__ = [
    "IsolatedKernelManager",
    "allocate_uid",
    "end_processes",
    "give_to",
    "isolation_available",
    "namespace_members",
    "processes_of",
    "protection",
    "sandbox_arguments",
    "sandbox_available",
    "take_back",
    "teacher_paths",
]
