"""``eduia lab --grand-texte``: larger text and more spacing, written in the workspace's settings."""

from __future__ import annotations

import json
from pathlib import Path

from eduia.large_text import LARGE_TEXT_SETTINGS, large_text_is_on, set_large_text
from eduia.launch import SETTINGS_FOLDER, lab_environment


def test_large_text_is_written_where_jupyterlab_reads_its_settings_and_removed(
    tmp_path: Path,
) -> None:
    themes = (
        tmp_path / SETTINGS_FOLDER / "@jupyterlab/apputils-extension" / "themes.jupyterlab-settings"
    )
    themes.parent.mkdir(parents=True)
    themes.write_text(
        json.dumps({"theme": "JupyterLab Dark"}), encoding="utf-8"
    )  # the pupil's choice
    set_large_text(tmp_path, True)
    assert large_text_is_on(tmp_path)
    written = json.loads(themes.read_text(encoding="utf-8"))
    assert written["theme"] == "JupyterLab Dark"
    assert int(written["overrides"]["content-font-size1"].removesuffix("px")) > 14
    assert int(written["overrides"]["ui-font-size1"].removesuffix("px")) > 13  # widgets too
    environment = lab_environment(tmp_path, {})
    assert Path(environment["JUPYTERLAB_SETTINGS_DIR"]) == (tmp_path / SETTINGS_FOLDER).resolve()
    set_large_text(tmp_path, False)
    assert not large_text_is_on(tmp_path)
    assert json.loads(themes.read_text(encoding="utf-8")) == {"theme": "JupyterLab Dark"}


def test_the_cli_option_turns_it_on_and_off(tmp_path: Path, capsys) -> None:
    from eduia.cli import main

    assert main(["lab", "--workspace", str(tmp_path), "--no-launch", "--grand-texte"]) == 0
    assert large_text_is_on(tmp_path)
    assert "Grand texte activé" in capsys.readouterr().out
    assert main(["lab", "--workspace", str(tmp_path), "--no-launch"]) == 0  # kept
    assert large_text_is_on(tmp_path)
    assert main(["lab", "--workspace", str(tmp_path), "--no-launch", "--texte-normal"]) == 0
    assert not large_text_is_on(tmp_path)
    assert len(LARGE_TEXT_SETTINGS) == 1
