"""Start JupyterLab in the pupil's workspace: on 127.0.0.1, with a token, and offline.

JupyterLab is started as a child process of the Python that runs eduia, with:

- the server bound to 127.0.0.1 and protected by a random token;
- JupyterLab's news feed and update check switched off on the server
  (``--LabApp.news_url=None``, ``--LabApp.check_for_updates_class=...NeverCheckForUpdate``) and
  in the page (the ``announcements`` plugin disabled), the extension manager read-only (it would
  otherwise query PyPI), so that nothing calls the internet;
- for pupils, nbgrader's teacher panels (create assignment, course list) hidden.

The page settings live in ``<workspace>/.eduia/jupyter/labconfig/page_config.json``, put in front
of ``JUPYTER_CONFIG_PATH`` for this process only; :func:`configure_offline` writes the same
settings into an environment (``sys.prefix``) so that a plain ``jupyter lab`` there is offline too.

Examples
--------
>>> from eduia.launch import running_lab
>>> with running_lab(Path("/tmp/eleve")) as lab:  # doctest: +SKIP
...     print(lab.url)
http://127.0.0.1:45123/lab?token=...
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from eduia import lab_kernel
from eduia.errors import EduiaError
from eduia.i18n import t

HOST = "127.0.0.1"
NEVER_CHECK_FOR_UPDATE = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
OFFLINE_DISABLED_PLUGINS = ("@jupyterlab/apputils-extension:announcements",)  # news, updates
# In the pupil's workspace, nbgrader's teacher panels are hidden too.
DISABLED_PLUGINS = (
    *OFFLINE_DISABLED_PLUGINS,
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
)
OFFLINE_SERVER_SETTINGS = {
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": NEVER_CHECK_FOR_UPDATE,
        "extension_manager": "readonly",
    }
}
# The pupil never grades: nbgrader's formgrader (a teacher tool) is not loaded in the workspace.
PUPIL_SERVER_SETTINGS = {
    "ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": False}}
}
# Every server eduia starts sends kernel messages without Nagle's delay (see eduia.lab_websocket).
RESPONSIVE_SERVER_SETTINGS = {
    "ServerApp": {
        "kernel_websocket_connection_class": "eduia.lab_websocket.KernelConnectionWithoutDelay"
    }
}
CONFIG_FOLDER = Path(".eduia") / "jupyter"
# JupyterLab's own menus in French (language pack jupyterlab-language-pack-fr-FR); written only
# when absent, so a pupil who picks another language in « Paramètres » keeps that choice.
SETTINGS_FOLDER = CONFIG_FOLDER / "lab-settings"
# The open tabs and panels are remembered per workspace, not shared with other JupyterLabs.
LAYOUTS_FOLDER = CONFIG_FOLDER / "lab-workspaces"
# A Jupyter data folder (on JUPYTER_PATH) holding the pupil's kernel spec, relative to CONFIG_FOLDER.
KERNEL_DATA_FOLDER = "data"
FRENCH_LOCALE_SETTINGS = ("@jupyterlab/translation-extension", "plugin", {"locale": "fr_FR"})

__all__ = [
    "LabServer",
    "LabStartError",
    "configure_offline",
    "free_port",
    "lab_command",
    "lab_environment",
    "launch_lab",
    "port_is_free",
    "running_lab",
]


class LabStartError(EduiaError, RuntimeError):
    """JupyterLab did not answer in time, or stopped while starting (French message, log tail)."""


@dataclass(frozen=True)
class LabServer:
    """A JupyterLab server started by :func:`running_lab`."""

    workspace: Path
    port: int
    token: str
    process: subprocess.Popen[bytes]
    log: Path | None = None

    def log_text(self) -> str:
        """What the server has written so far (its log), or ``""``."""
        if self.log is None or not self.log.exists():
            return ""
        return self.log.read_text(encoding="utf-8", errors="replace")

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        """The address to open in a browser, token included."""
        return f"{self.base_url}/lab?token={self.token}"

    def url_for(self, path: str) -> str:
        """The address that opens the workspace file ``path`` in JupyterLab, token included.

        Examples
        --------
        >>> server = LabServer(Path("."), 8888, "abc", None)  # type: ignore[arg-type]
        >>> server.url_for("Commencer ici.ipynb")
        'http://127.0.0.1:8888/lab/tree/Commencer%20ici.ipynb?token=abc'
        """
        return f"{self.base_url}/lab/tree/{quote(path)}?token={self.token}"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that no one listens on right now.

    Examples
    --------
    >>> 1024 <= free_port() <= 65535
    True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether nothing listens on ``127.0.0.1:port``.

    Examples
    --------
    >>> port_is_free(free_port())
    True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def lab_command(
    workspace: Path,
    *,
    port: int,
    open_browser: bool = True,
    open_path: str | None = None,
    python: str | None = None,
) -> list[str]:
    """The command line that starts JupyterLab in ``workspace``, offline and on 127.0.0.1.

    Parameters
    ----------
    workspace : Path
        The folder JupyterLab shows.
    port : int
        Where it listens. The token is never on the command line, which every user of the
        machine can read (``/proc``, ``ps``): it goes in the environment (:func:`token_environment`).
    open_browser : bool
        Open the pupil's browser once the server is up.
    open_path : str, optional
        A workspace file to open first (e.g. ``"Commencer ici.ipynb"``).
    python : str, optional
        The Python to run; the current one by default.

    Examples
    --------
    >>> command = lab_command(Path("/tmp/eleve"), port=8890, open_browser=False)
    >>> "--LabApp.news_url=None" in command and "--ServerApp.ip=127.0.0.1" in command
    True
    """
    command = [
        python or sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={Path(workspace).resolve()}",
        f"--ServerApp.ip={HOST}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.open_browser={open_browser}",
        "--LabApp.news_url=None",
        f"--LabApp.check_for_updates_class={NEVER_CHECK_FOR_UPDATE}",
        "--LabApp.extension_manager=readonly",
    ]
    if open_path:
        command.append(f"--ServerApp.default_url=/lab/tree/{quote(open_path)}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # a container or a hub image run as root
        command.append("--ServerApp.allow_root=True")
    return command


def token_environment(token: str) -> dict[str, str]:
    """The variable that gives JupyterLab its token, readable only by the pupil's own account.

    Examples
    --------
    >>> token_environment("abc")
    {'JUPYTER_TOKEN': 'abc'}
    """
    return {"JUPYTER_TOKEN": token}


def _write_json(path: Path, data: Mapping[str, object]) -> None:
    """Write ``data`` unless ``path`` already holds exactly it (a read-only workspace launches)."""
    text = json.dumps(data, indent=2) + "\n"
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _page_config(existing: Path, plugins: Sequence[str] = DISABLED_PLUGINS) -> dict[str, object]:
    """``existing`` page config (if readable) with ``plugins`` disabled."""
    try:
        data = json.loads(existing.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    disabled = data.get("disabledExtensions")
    disabled = dict(disabled) if isinstance(disabled, dict) else {}
    disabled.update({plugin: True for plugin in plugins})
    data["disabledExtensions"] = disabled
    return data


def _write_default_settings(settings_dir: Path) -> None:
    plugin_folder, plugin, values = FRENCH_LOCALE_SETTINGS
    target = settings_dir / plugin_folder / f"{plugin}.jupyterlab-settings"
    if not target.exists():
        _write_json(target, values)


def lab_environment(
    workspace: Path, base: Mapping[str, str] | None = None, *, teacher: bool = False
) -> dict[str, str]:
    """The environment for JupyterLab: ``base`` with the workspace's page config in front.

    Writes ``<workspace>/.eduia/jupyter/labconfig/page_config.json`` (plugins disabled),
    ``<workspace>/.eduia/jupyter/jupyter_server_config.json`` (no formgrader for pupils) and
    JupyterLab's settings in ``<workspace>/.eduia/jupyter/lab-settings`` (menus in French); the
    layout of tabs is remembered in ``<workspace>/.eduia/jupyter/lab-workspaces``. For pupils,
    the ``python3`` kernel spec in ``<workspace>/.eduia/jupyter/data`` (first on ``JUPYTER_PATH``)
    loads eduia's IPython extension, for French help from the first cell (:mod:`eduia.lab_kernel`).
    With ``teacher=True`` (a course folder), nbgrader's teacher panels and formgrader stay on;
    only the offline settings apply, and the kernel is ipykernel's own.

    Examples
    --------
    >>> env = lab_environment(Path("/tmp/eleve"), {})  # doctest: +SKIP
    >>> env["JUPYTER_CONFIG_PATH"]  # doctest: +SKIP
    '/tmp/eleve/.eduia/jupyter'
    """
    config_dir = Path(workspace).resolve() / CONFIG_FOLDER
    page_config = config_dir / "labconfig" / "page_config.json"
    plugins = OFFLINE_DISABLED_PLUGINS if teacher else DISABLED_PLUGINS
    _write_json(page_config, _page_config(page_config, plugins))
    server = (
        [RESPONSIVE_SERVER_SETTINGS]
        if teacher
        else [RESPONSIVE_SERVER_SETTINGS, PUPIL_SERVER_SETTINGS]
    )
    _write_json(config_dir / "jupyter_server_config.json", merged_settings(*server))
    _write_default_settings(Path(workspace).resolve() / SETTINGS_FOLDER)
    environment = dict(os.environ if base is None else base)
    environment["JUPYTERLAB_SETTINGS_DIR"] = str(Path(workspace).resolve() / SETTINGS_FOLDER)
    environment["JUPYTERLAB_WORKSPACES_DIR"] = str(Path(workspace).resolve() / LAYOUTS_FOLDER)
    others = environment.get("JUPYTER_CONFIG_PATH")
    environment["JUPYTER_CONFIG_PATH"] = os.pathsep.join(filter(None, [str(config_dir), others]))
    if not teacher:  # the pupil's kernel loads eduia's IPython extension (French help)
        environment = lab_kernel.with_kernel_path(environment, config_dir / KERNEL_DATA_FOLDER)
    return environment


def configure_offline(prefix: Path | None = None) -> list[Path]:
    """Write eduia's offline JupyterLab settings into the environment ``prefix``.

    Used by the offline installers, so that even a plain ``jupyter lab`` started in that
    environment never fetches news nor checks for updates. nbgrader's teacher panels stay
    available there (a teacher may use the same installation); ``eduia lab`` hides them.

    Parameters
    ----------
    prefix : Path, optional
        The environment (``sys.prefix`` by default).

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> configure_offline(Path("/tmp/venv"))  # doctest: +SKIP
    """
    config_dir = Path(sys.prefix if prefix is None else prefix) / "etc" / "jupyter"
    server = config_dir / "jupyter_server_config.d" / "eduia.json"
    page = config_dir / "labconfig" / "page_config.json"
    _write_json(server, merged_settings(OFFLINE_SERVER_SETTINGS, RESPONSIVE_SERVER_SETTINGS))
    _write_json(page, _page_config(page, OFFLINE_DISABLED_PLUGINS))
    return [server, page]


def merged_settings(*settings: Mapping[str, Mapping[str, object]]) -> dict[str, dict[str, object]]:
    """Jupyter settings merged section by section (``ServerApp``, ``LabApp``…), later ones winning.

    Examples
    --------
    >>> merged_settings({"ServerApp": {"a": 1}}, {"ServerApp": {"b": 2}, "LabApp": {"c": 3}})
    {'ServerApp': {'a': 1, 'b': 2}, 'LabApp': {'c': 3}}
    """
    result: dict[str, dict[str, object]] = {}
    for setting in settings:
        for section, values in setting.items():
            result.setdefault(section, {}).update(values)
    return result


def _status(base_url: str, token: str) -> bool:
    """Whether the server answers ``/api/status`` (never through a proxy)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(
        f"{base_url}/api/status", headers={"Authorization": f"token {token}"}
    )
    try:
        with opener.open(request, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _wait_until_ready(server: LabServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        if _status(server.base_url, server.token):
            return
        time.sleep(0.25)
    tail = server.log_text()[-2000:]
    raise LabStartError(t("workspace.lab_did_not_start", log=tail))


def _stop(process: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def running_lab(
    workspace: Path,
    port: int | None = None,
    *,
    token: str | None = None,
    timeout: float = 90.0,
    python: str | None = None,
    extra_env: Mapping[str, str] | None = None,
    teacher: bool = False,
) -> Iterator[LabServer]:
    """Run JupyterLab in ``workspace`` for the duration of a ``with`` block.

    The browser is not opened; the server is stopped when the block ends.

    Parameters
    ----------
    workspace : Path
        The folder JupyterLab shows (prepared by :func:`eduia.workspace.prepare_workspace`).
    port : int, optional
        A free port; one is chosen when omitted.
    token : str, optional
        The access token; a random one when omitted.
    timeout : float
        Seconds to wait for the server to answer.
    python : str, optional
        The Python to run JupyterLab with; the current one by default.
    extra_env : mapping, optional
        Variables added to the server's environment.
    teacher : bool
        A teacher's course folder: nbgrader's formgrader and teacher panels stay available.

    Yields
    ------
    LabServer
        With ``url`` (token included), ``port``, ``token`` and the ``process``.

    Raises
    ------
    LabStartError
        When the server stops or does not answer within ``timeout`` seconds.

    Examples
    --------
    >>> with running_lab(Path("/tmp/eleve")) as lab:  # doctest: +SKIP
    ...     page = urllib.request.urlopen(lab.url).read()
    """
    workspace = Path(workspace)
    port = port or free_port()
    token = token or secrets.token_hex(24)
    command = lab_command(workspace, port=port, open_browser=False, python=python)
    environment = lab_environment(workspace, teacher=teacher)
    environment.update(extra_env or {})
    environment.update(token_environment(token))
    log = Path(tempfile.mkstemp(prefix="eduia-lab-", suffix=".log")[1])
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            env=environment,
            cwd=workspace,  # nbgrader reads the course's nbgrader_config.py from there
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = LabServer(workspace, port, token, process, log)
    try:
        _wait_until_ready(server, timeout)
        yield server
    finally:
        _stop(process)
        log.unlink(missing_ok=True)


def _run_until_stopped(
    command: Sequence[str], env: Mapping[str, str], cwd: Path | None = None
) -> int:
    """Run ``command`` in ``cwd``; on Ctrl+C let JupyterLab shut down by itself (it stops its kernels).

    JupyterLab runs in the workspace so that nbgrader finds a course's ``nbgrader_config.py``.
    """
    process = subprocess.Popen(list(command), env=dict(env), cwd=cwd)
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue  # JupyterLab received the same Ctrl+C and handles it (twice stops it)


def launch_lab(
    workspace: Path,
    *,
    port: int | None = None,
    open_browser: bool = True,
    open_path: str | None = None,
    echo: bool = True,
    runner: Callable[[list[str], dict[str, str]], int] | None = None,
) -> int:
    """Run JupyterLab in the foreground in ``workspace`` until the pupil stops it.

    Parameters
    ----------
    workspace : Path
        The pupil's folder.
    port : int, optional
        The port; a free one when omitted.
    open_browser : bool
        Open the browser on the lab (``False`` for a remote screen or a test).
    open_path : str, optional
        The workspace file opened first.
    echo : bool
        Print the address and how to stop, in French.
    runner : callable
        ``runner(command, env) -> int`` runs the server; by default it waits for JupyterLab
        and lets it handle Ctrl+C.

    Returns
    -------
    int
        JupyterLab's exit code (0 after a normal stop); 1 when ``port`` is already taken.

    Examples
    --------
    >>> launch_lab(Path("~/Documents/eduia").expanduser())  # doctest: +SKIP
    """
    if port and not port_is_free(port):
        print(t("workspace.port_busy", port=port), file=sys.stderr)
        return 1
    port = port or free_port()
    token = secrets.token_hex(24)
    command = lab_command(workspace, port=port, open_browser=open_browser, open_path=open_path)
    environment = lab_environment(workspace)  # before « JupyterLab démarre… »: it may fail
    environment.update(token_environment(token))
    if echo:
        server = LabServer(Path(workspace), port, token, None)  # type: ignore[arg-type]
        print(
            t("workspace.lab_starting", url=server.url_for(open_path) if open_path else server.url)
        )
        print(t("workspace.lab_how_to_stop"))
    run = runner or functools.partial(_run_until_stopped, cwd=Path(workspace))
    return int(run(command, environment))
