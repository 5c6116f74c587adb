"""One error family: every error eduia shows a pupil or teacher is an ``EduiaError``, keeps the
built-in base a Python user expects, and is shown in a lesson as a short French panel."""

from __future__ import annotations

import importlib
import re

import pytest
from IPython.core.interactiveshell import InteractiveShell

from eduia import i18n
from eduia.checks import install_handler
from eduia.errors import EduiaError

#: (module, class, the built-in base it keeps)
ERRORS = [
    ("eduia.checks.outcomes", "CheckFailed", AssertionError),
    ("eduia.plots._columns", "PlotError", ValueError),
    ("eduia.datasets.errors", "DatasetError", Exception),
    ("eduia.datasets.errors", "UnknownDatasetError", ValueError),
    ("eduia.datasets.errors", "MalformedFileError", ValueError),
    ("eduia.learn._checks", "LearnError", ValueError),
    ("eduia.challenge.submission", "SubmissionError", ValueError),
    ("eduia.course.lessons", "CourseError", Exception),
    ("eduia.hub.region", "RegionError", ValueError),
    ("eduia.hub.school", "SchoolError", ValueError),
    ("eduia.release", "ReleaseError", Exception),
    ("eduia.bundle.wheelhouse", "WheelhouseError", RuntimeError),
    ("eduia.launch", "LabStartError", RuntimeError),
    ("eduia.workspace", "LessonNotFound", LookupError),
    ("eduia.workspace", "ResetFailed", RuntimeError),
    ("eduia.playgrounds._base", "PlaygroundError", ValueError),
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(("module", "name", "builtin"), ERRORS)
def test_every_eduia_error_is_an_eduia_error_and_keeps_its_builtin_base(
    module: str, name: str, builtin: type
) -> None:
    error_class = getattr(importlib.import_module(module), name)
    assert issubclass(error_class, EduiaError)
    assert issubclass(error_class, builtin)


def test_no_other_public_error_class_in_eduia() -> None:
    """A new pupil-facing error class must join the family (and this list)."""
    from pathlib import Path

    import eduia

    root = Path(eduia.__file__).parent
    pattern = re.compile(r"^class ([A-Z]\w*)\((.*)\):", re.MULTILINE)
    found = {
        name
        for path in root.rglob("*.py")
        for name, bases in pattern.findall(path.read_text(encoding="utf-8"))
        if re.search(r"Error|Exception|Failed|NotFound", bases)
        and "EduiaError" not in bases
        and not issubclass(eduia_class(path, root, name), EduiaError)
    }
    # BadTimestamp never leaves eduia.course (caught and turned into a message).
    assert found <= {"BadTimestamp"}, found


def eduia_class(path, root, name: str) -> type:
    module = ".".join(("eduia", *path.relative_to(root).with_suffix("").parts))
    return getattr(importlib.import_module(module.removesuffix(".__init__")), name)


@pytest.fixture
def shell():
    shell = InteractiveShell.instance()
    yield shell
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def test_an_eduia_error_in_a_cell_is_the_short_french_panel(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "fr")
    assert install_handler(shell)
    result = shell.run_cell(
        "from eduia.plots._columns import PlotError\nraise PlotError('Colonne inconnue : « tempe ».')"
    )
    output = ANSI.sub("", capsys.readouterr().out)
    assert isinstance(result.error_in_exec, EduiaError)  # still an error: nbgrader scores 0
    assert output.startswith("⚠️ À corriger"), output
    assert "Colonne inconnue : « tempe »." in output and "%tb" in output
    assert "Traceback" not in output and "raise PlotError" not in output
