"""JupyterLab's settings for pupils and teachers: French menus, teacher tools only for teachers."""

from __future__ import annotations

import json
from pathlib import Path

from eduia.launch import LAYOUTS_FOLDER, SETTINGS_FOLDER, lab_environment

LOCALE_FILE = Path("@jupyterlab/translation-extension/plugin.jupyterlab-settings")


def _disabled_plugins(workspace: Path) -> dict[str, bool]:
    page_config = workspace / ".eduia/jupyter/labconfig/page_config.json"
    return json.loads(page_config.read_text(encoding="utf-8"))["disabledExtensions"]


def test_menus_are_in_french_by_default(tmp_path: Path) -> None:
    environment = lab_environment(tmp_path, {})
    settings_dir = Path(environment["JUPYTERLAB_SETTINGS_DIR"])
    assert settings_dir == tmp_path.resolve() / SETTINGS_FOLDER
    assert json.loads((settings_dir / LOCALE_FILE).read_text(encoding="utf-8")) == {
        "locale": "fr_FR"
    }


def test_open_tabs_are_remembered_per_workspace(tmp_path: Path) -> None:
    environment = lab_environment(tmp_path, {})
    assert environment["JUPYTERLAB_WORKSPACES_DIR"] == str(tmp_path.resolve() / LAYOUTS_FOLDER)


def test_a_language_the_pupil_chose_is_kept(tmp_path: Path) -> None:
    chosen = tmp_path / SETTINGS_FOLDER / LOCALE_FILE
    chosen.parent.mkdir(parents=True)
    chosen.write_text('{"locale": "en"}', encoding="utf-8")
    lab_environment(tmp_path, {})
    assert json.loads(chosen.read_text(encoding="utf-8")) == {"locale": "en"}


def test_pupils_do_not_get_the_teacher_tools(tmp_path: Path) -> None:
    lab_environment(tmp_path, {})
    assert _disabled_plugins(tmp_path).get("@jupyter/nbgrader:create-assignment") is True
    server = json.loads(
        (tmp_path / ".eduia/jupyter/jupyter_server_config.json").read_text(encoding="utf-8")
    )
    assert (
        server["ServerApp"]["jpserver_extensions"]["nbgrader.server_extensions.formgrader"] is False
    )


def test_teachers_keep_formgrader_and_lose_only_the_news(tmp_path: Path) -> None:
    lab_environment(tmp_path, {}, teacher=True)
    disabled = _disabled_plugins(tmp_path)
    assert "@jupyter/nbgrader:create-assignment" not in disabled
    assert disabled.get("@jupyterlab/apputils-extension:announcements") is True
    server = json.loads(
        (tmp_path / ".eduia/jupyter/jupyter_server_config.json").read_text(encoding="utf-8")
    )
    assert "jpserver_extensions" not in server.get("ServerApp", {})  # formgrader stays loaded
