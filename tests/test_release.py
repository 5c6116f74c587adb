"""The lesson build (eduia.release) on small synthetic lessons: stubs, hidden tests, --check.

The real lessons are held to the same rules in test_lessons.py; these tests pin the build
itself down, so they run even before any lesson exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from eduia import release

SOLUTION_LINE = "    return x * x  # the secret"
HIDDEN_LINE = "assert carre(7) == 49"


def nbgrader_metadata(grade_id: str, *, solution: bool, grade: bool, points: int = 0) -> dict:
    """nbgrader cell metadata, schema 3 (test cells are locked)."""
    metadata = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": grade and not solution,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }
    if grade:
        metadata["points"] = points
    return metadata


def tiny_source() -> nbformat.NotebookNode:
    """A small but complete nbgrader source: 2 autograded exercises and a written answer."""
    cells = [
        new_markdown_cell("# Leçon minuscule"),
        new_code_cell(
            f"def carre(x):\n    ### BEGIN SOLUTION\n{SOLUTION_LINE}\n    ### END SOLUTION"
        ),
        new_code_cell(
            "assert carre(2) == 4\n### BEGIN HIDDEN TESTS\n"
            + HIDDEN_LINE
            + "\n### END HIDDEN TESTS"
        ),
        new_code_cell("### BEGIN SOLUTION\ntotal = sum(range(5))\n### END SOLUTION"),
        new_code_cell("assert total == 10"),
        new_markdown_cell("Parce que le carré d'un nombre est positif."),
    ]
    cells[1].metadata["nbgrader"] = nbgrader_metadata("carre", solution=True, grade=False)
    cells[2].metadata["nbgrader"] = nbgrader_metadata(
        "carre_test", solution=False, grade=True, points=2
    )
    cells[3].metadata["nbgrader"] = nbgrader_metadata("total", solution=True, grade=False)
    cells[4].metadata["nbgrader"] = nbgrader_metadata(
        "total_test", solution=False, grade=True, points=1
    )
    cells[5].metadata["nbgrader"] = nbgrader_metadata(
        "pourquoi", solution=True, grade=True, points=1
    )
    cells[2].outputs = [nbformat.v4.new_output("stream", text="bruit\n")]
    cells[2].execution_count = 3
    return new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "language": "fr",
        },
    )


def write_lesson(root: Path, name: str, notebook: nbformat.NotebookNode) -> Path:
    """Write ``notebook`` as the source of lesson ``name`` under ``root``; return its path."""
    path = root / "notebooks" / "source" / name / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)
    return path


def test_stubs_are_the_contract_ones() -> None:
    assert release.CODE_STUB == "# TON CODE ICI\nraise NotImplementedError()"
    assert release.TEXT_STUB == "TA RÉPONSE ICI"
    config = release.release_config()
    assert config.ClearSolutions.code_stub == {"python": release.CODE_STUB}
    assert config.ClearSolutions.text_stub == release.TEXT_STUB


def test_pupil_version_has_stubs_and_no_solution_nor_hidden_test() -> None:
    source = tiny_source()
    pupil = release.release_notebook(source)
    text = release.notebook_text(pupil)
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    assert "the secret" not in text and HIDDEN_LINE not in text and "sum(range(5))" not in text
    assert (
        pupil.cells[1].source
        == "def carre(x):\n    # TON CODE ICI\n    raise NotImplementedError()"
    )
    assert pupil.cells[3].source == release.CODE_STUB
    assert pupil.cells[5].source == release.TEXT_STUB
    assert pupil.cells[2].source == "assert carre(2) == 4"
    assert "the secret" in source.cells[1].source, "the source must be left unchanged"


def test_pupil_version_is_clean_locked_and_checksummed() -> None:
    pupil = release.release_notebook(tiny_source())
    test_cell = pupil.cells[2]
    assert test_cell.outputs == [] and test_cell.execution_count is None
    assert test_cell.metadata["editable"] is False and test_cell.metadata["deletable"] is False
    assert pupil.cells[1].metadata["deletable"] is False
    for cell in pupil.cells[1:]:
        assert len(cell.metadata["nbgrader"]["checksum"]) == 32
    assert pupil.metadata["language"] == "fr"
    nbformat.validate(pupil)


def test_solution_outside_a_solution_cell_is_refused_with_the_file_named(tmp_path: Path) -> None:
    notebook = tiny_source()
    notebook.cells.append(new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION"))
    path = write_lesson(tmp_path, "09-bancale", notebook)
    with pytest.raises(release.ReleaseError, match="09-bancale"):
        release.release_text(path)


def test_duplicate_grade_ids_are_refused(tmp_path: Path) -> None:
    notebook = tiny_source()
    notebook.cells[4].metadata["nbgrader"]["grade_id"] = "carre_test"
    path = write_lesson(tmp_path, "09-doublon", notebook)
    with pytest.raises(release.ReleaseError):
        release.release_text(path)


def test_generate_then_check_then_detect_edits_and_orphans(tmp_path: Path, capsys) -> None:
    source = write_lesson(tmp_path, "09-mini", tiny_source())
    target = tmp_path / "notebooks" / "release" / "09-mini" / "09-mini.ipynb"
    assert release.main(["--check", "--root", str(tmp_path)]) == 1  # missing
    assert release.main(["--root", str(tmp_path)]) == 0
    assert target.read_text(encoding="utf-8") == release.release_text(source)
    assert json.loads(target.read_text(encoding="utf-8"))["nbformat"] == 4
    assert release.main(["--check", "--root", str(tmp_path)]) == 0
    assert release.generate_releases(tmp_path) == [], "an up-to-date release is not rewritten"

    target.write_text(
        target.read_text(encoding="utf-8").replace("Leçon", "Lecon"), encoding="utf-8"
    )
    capsys.readouterr()
    assert release.main(["--check", "--root", str(tmp_path)]) == 1
    assert "09-mini" in capsys.readouterr().err
    assert release.generate_releases(tmp_path) == [target]

    orphan = tmp_path / "notebooks" / "release" / "09-ancienne" / "09-ancienne.ipynb"
    orphan.parent.mkdir()
    orphan.write_text("{}", encoding="utf-8")
    assert release.stale_releases(tmp_path) == [orphan]
    assert release.main(["--check", "--root", str(tmp_path)]) == 1
    release.generate_releases(tmp_path)
    assert not orphan.exists() and target.exists()


def test_cli_reports_in_french_without_traceback(tmp_path: Path, capsys) -> None:
    assert release.main(["--root", str(tmp_path)]) == 1
    assert "Aucune leçon source" in capsys.readouterr().err
    notebook = tiny_source()
    notebook.cells[1].source = notebook.cells[1].source.replace("### END SOLUTION", "")
    write_lesson(tmp_path, "09-cassee", notebook)
    assert release.main(["--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Leçon source invalide" in err and "09-cassee" in err and "Traceback" not in err


@pytest.mark.slow  # two python -m eduia.release subprocesses: about 4 s
def test_module_runs_as_a_script(tmp_path: Path) -> None:
    write_lesson(tmp_path, "09-mini", tiny_source())
    command = [sys.executable, "-m", "eduia.release", "--root", str(tmp_path)]
    done = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "EDUIA_LANG": "fr"}, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "notebooks" / "release" / "09-mini" / "09-mini.ipynb").is_file()
    check = subprocess.run([*command, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr


def test_importing_the_stubs_stays_light() -> None:
    code = "import sys, eduia.release; assert 'nbgrader' not in sys.modules, 'nbgrader imported'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
