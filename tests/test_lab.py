"""``eduia lab``: the command, the offline JupyterLab configuration, and a real server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import eduia.launch
import eduia.workspace
from eduia.cli import main
from eduia.launch import (
    DISABLED_PLUGINS,
    configure_offline,
    lab_command,
    lab_environment,
    running_lab,
)
from eduia.workspace import prepare_workspace

LESSON = "02-plus-proches-voisins/02-plus-proches-voisins.ipynb"


def notebook_bytes(source: str) -> bytes:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Les voisins\n"]},
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [],
            "source": [source],
        },
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 4}).encode()


@pytest.fixture
def release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A release folder made by the test, used instead of the shipped lessons."""
    folder = tmp_path / "release"
    (folder / "02-plus-proches-voisins").mkdir(parents=True)
    (folder / LESSON).write_bytes(notebook_bytes("1 + 1"))
    real_shipped_path = eduia.workspace.shipped_path

    def fake_shipped_path(relative: str) -> Path:
        return folder if relative == "notebooks/release" else real_shipped_path(relative)

    monkeypatch.setattr(eduia.workspace, "shipped_path", fake_shipped_path)
    return folder


def page_config(html: str) -> dict:
    """The JSON settings JupyterLab embeds in its page."""
    start = html.index('id="jupyter-config-data"')
    start = html.index(">", start) + 1
    return json.loads(html[start : html.index("</script>", start)])


def opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def test_command_is_local_tokened_and_offline(tmp_path: Path) -> None:
    command = lab_command(tmp_path, port=8899, open_browser=False, open_path="Commencer ici.ipynb")
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    for flag in (
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port=8899",
        "--ServerApp.open_browser=False",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        "--ServerApp.default_url=/lab/tree/Commencer%20ici.ipynb",
        f"--ServerApp.root_dir={tmp_path.resolve()}",
    ):
        assert flag in command
    assert "--ServerApp.open_browser=True" in lab_command(tmp_path, port=1)
    assert not any("token=" in part.lower() for part in command)  # argv is readable by all users


def test_the_token_never_appears_on_the_command_line_of_the_running_server(tmp_path: Path) -> None:
    """Any local user can read a process's arguments (``ps``, ``/proc/PID/cmdline``)."""
    from eduia.launch import launch_lab

    seen: dict = {}

    def runner(command, environment):
        seen.update(command=list(command), environment=dict(environment))
        return 0

    assert launch_lab(tmp_path, echo=False, runner=runner) == 0
    token = seen["environment"]["JUPYTER_TOKEN"]
    assert len(token) >= 32
    assert not any(token in part for part in seen["command"])


def test_environment_disables_announcements_for_this_workspace_only(tmp_path: Path) -> None:
    environment = lab_environment(tmp_path, {"JUPYTER_CONFIG_PATH": "/elsewhere"})
    config_dir = tmp_path.resolve() / ".eduia" / "jupyter"
    assert environment["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [str(config_dir), "/elsewhere"]
    page = json.loads((config_dir / "labconfig" / "page_config.json").read_text())
    assert all(page["disabledExtensions"][plugin] is True for plugin in DISABLED_PLUGINS)


def test_configure_offline_keeps_existing_page_settings(tmp_path: Path) -> None:
    page = tmp_path / "etc/jupyter/labconfig/page_config.json"
    page.parent.mkdir(parents=True)
    page.write_text(json.dumps({"disabledExtensions": {"other:plugin": True}, "x": 1}))
    configure_offline(tmp_path)
    data = json.loads(page.read_text())
    assert data["x"] == 1 and data["disabledExtensions"]["other:plugin"] is True
    assert data["disabledExtensions"]["@jupyterlab/apputils-extension:announcements"] is True
    assert (
        "@jupyter/nbgrader:create-assignment" not in data["disabledExtensions"]
    )  # teachers keep it
    server = json.loads((tmp_path / "etc/jupyter/jupyter_server_config.d/eduia.json").read_text())
    assert server["LabApp"]["news_url"] is None


def test_cli_prepares_without_launching(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "eleve"
    assert main(["lab", "--workspace", str(workspace), "--no-launch"]) == 0
    assert (workspace / LESSON).read_bytes() == (release / LESSON).read_bytes()
    assert (workspace / "Commencer ici.ipynb").is_file()
    assert "Votre dossier de travail est prêt" in capsys.readouterr().out


def test_cli_reports_kept_lesson_and_resets_it(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "eleve"
    main(["lab", "--workspace", str(workspace), "--no-launch"])
    (workspace / LESSON).write_bytes(b"mon travail")
    (release / LESSON).write_bytes(notebook_bytes("2 + 2"))
    capsys.readouterr()
    main(["lab", "--workspace", str(workspace), "--no-launch"])
    assert "votre travail est conservé" in capsys.readouterr().out
    assert main(["lab", "--workspace", str(workspace), "--no-launch", "--reset", "02"]) == 0
    out = capsys.readouterr().out
    assert "revenue à sa version d'origine" in out and "sauvegarde du" in out
    assert (workspace / LESSON).read_bytes() == notebook_bytes("2 + 2")
    backups = list((workspace / "02-plus-proches-voisins").glob("*sauvegarde du*"))
    assert [path.read_bytes() for path in backups] == [b"mon travail"]


def test_cli_unknown_lesson_is_a_french_message(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lab", "--workspace", str(tmp_path), "--no-launch", "--reset", "99"]) == 1
    assert "Leçon inconnue : « 99 »" in capsys.readouterr().err


def test_cli_unwritable_workspace_is_a_french_message(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "un-fichier"
    blocker.write_text("x")
    assert main(["lab", "--workspace", str(blocker / "eleve"), "--no-launch"]) == 1
    assert "Impossible d'écrire dans le dossier de travail" in capsys.readouterr().err


def test_cli_launches_with_the_offline_command(
    tmp_path: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    calls: list[tuple[list[str], dict[str, str], Path]] = []
    monkeypatch.setattr(
        eduia.launch,
        "_run_until_stopped",
        lambda command, env, cwd=None: calls.append((command, env, cwd)) or 0,
    )
    assert (
        main(["lab", "--workspace", str(tmp_path / "eleve"), "--port", "8765", "--no-browser"]) == 0
    )
    ((command, env, cwd),) = calls
    assert cwd == tmp_path / "eleve"  # nbgrader reads nbgrader_config.py from the working folder
    assert "--ServerApp.port=8765" in command and "--ServerApp.open_browser=False" in command
    assert "--ServerApp.default_url=/lab/tree/Commencer%20ici.ipynb" in command
    assert env["JUPYTER_CONFIG_PATH"].startswith(str((tmp_path / "eleve").resolve()))
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8765/lab/tree/Commencer%20ici.ipynb?token=" in out
    assert "Ctrl+C" in out


def test_busy_port_is_a_french_message(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["lab", "--workspace", str(tmp_path / "eleve"), "--port", str(port)])
    assert code == 1
    assert f"Le port {port} est déjà utilisé" in capsys.readouterr().err


@pytest.mark.slow
def test_running_lab_serves_the_workspace_offline(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace)
    with running_lab(workspace) as lab:
        config = page_config(opener().open(lab.url, timeout=30).read().decode())
        assert config["news"] == {"disabled": True}
        assert set(DISABLED_PLUGINS) <= set(config["disabledExtensions"])
        news = json.load(
            opener().open(f"{lab.base_url}/lab/api/news?token={lab.token}", timeout=30)
        )
        assert news["news"] == []
        update = json.load(
            opener().open(f"{lab.base_url}/lab/api/update?token={lab.token}", timeout=30)
        )
        assert update["notification"] is None
        contents = json.load(
            opener().open(f"{lab.base_url}/api/contents?token={lab.token}", timeout=30)
        )
        assert {item["name"] for item in contents["content"]} >= {
            "02-plus-proches-voisins",
            "Commencer ici.ipynb",
        }
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener().open(f"{lab.base_url}/api/contents", timeout=30)
        assert refused.value.code == 403
        log = lab.log_text()
        assert "formgrader | extension was successfully loaded" not in log
        assert "assignment_list | extension was successfully loaded" in log
    assert lab.process.poll() is not None


@pytest.mark.slow
@pytest.mark.network_namespace
def test_lab_starts_and_answers_in_a_namespace_without_network(
    tmp_path: Path, release: Path
) -> None:
    from test_offline_install import offline_command

    workspace = tmp_path / "eleve"
    prepare_workspace(workspace)
    script = (
        "import json, sys, urllib.request\n"
        "from pathlib import Path\n"
        "from eduia.launch import running_lab\n"
        "with running_lab(Path(sys.argv[1])) as lab:\n"
        "    o = urllib.request.build_opener(urllib.request.ProxyHandler({}))\n"
        "    o.open(lab.url, timeout=30).read()\n"
        "    print(json.load(o.open(lab.base_url + '/lab/api/news?token=' + lab.token))['news'])\n"
    )
    result = subprocess.run(
        offline_command([sys.executable, "-c", script, str(workspace)]),
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "[]"


def test_cli_help_is_french() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eduia", "lab", "--help"],
        check=False,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C"},
        timeout=60,
    )
    assert "préparer votre dossier de travail" in result.stdout
