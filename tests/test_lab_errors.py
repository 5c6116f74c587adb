"""``eduia lab`` ends with a French message and exit 1, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduia.cli import main
from eduia.workspace import prepare_workspace


def test_lab_when_its_config_folder_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace)
    (workspace / ".eduia" / "jupyter").write_text("pas un dossier", encoding="utf-8")
    code = main(["lab", "--workspace", str(workspace), "--no-browser"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Impossible d'écrire dans le dossier de travail" in captured.err
    assert "un fichier porte le nom d'un dossier attendu" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert "JupyterLab démarre" not in captured.out
