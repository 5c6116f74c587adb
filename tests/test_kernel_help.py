"""eduia's help in the pupil's kernel.

In a real kernel started as ``eduia lab`` starts it (the workspace's Jupyter settings, the
``python3`` kernel spec that loads eduia's IPython extension), with no ``import eduia`` in the
cells: one cell per French pupil's mistake, each explained in French with the line to fix, the
traceback kept below. One kernel for all of them.

In process (cheap): « Run All » goes on past a name that an unfinished exercise left undefined,
and says which exercise to do first; under nbgrader the same cell still fails; a check names the
earlier exercise it relies on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell

from eduia import i18n
from eduia.checks import install_handler, pending

ANSI = re.compile(r"\x1b\[[0-9;]*m")

# One cell per kind of mistake; none imports eduia.
MISTAKES = {
    "restart": "print(communes)",
    "decimal_comma": "a = -4,9",
    "decimal_comma_later": "a + 1",
    "spaced_thousands": "population = 168 054",
    "text_without_quotes": "ville = Aix-en-Provence",
    "column": (
        "import pandas as pd\n"
        "table = pd.DataFrame({'département': ['04'], 'population': [1]})\n"
        "table['departement']"
    ),
    "times_sign": "aire = 3 × 4",
    "times_letter": "aire = 3 x 4",
    "forgotten_return": "def double(x):\n    resultat = 2 * x\n\ndouble(4) + 1",
    "extension": "import sys\nprint('eduia.checks.ipython' in sys.modules)",
    "eduia_error": "import eduia.datasets\neduia.datasets.load('comunes')",
    "debugger": "import sys\nprint(sys.modules.get('debugpy', 'absent'))",
    "file_beside_the_notebook": "import mon_module\nprint(mon_module.VALEUR)",
}


@pytest.fixture(scope="module")
def kernel_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Run MISTAKES in one kernel started with the environment ``eduia lab`` gives JupyterLab."""
    from jupyter_client.kernelspec import KernelSpecManager
    from nbclient import NotebookClient

    from eduia.launch import lab_environment

    workspace = tmp_path_factory.mktemp("espace_eleve")
    (workspace / "mon_module.py").write_text("VALEUR = 42\n", encoding="utf-8")
    environment = lab_environment(workspace, {"EDUIA_LANG": "fr", "MPLBACKEND": "Agg"})
    with pytest.MonkeyPatch.context() as patch:
        for name in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "EDUIA_LANG", "MPLBACKEND"):
            patch.setenv(name, environment[name])
        patch.delenv("NBGRADER_EXECUTION", raising=False)
        spec = KernelSpecManager().get_kernel_spec("python3")
        assert Path(spec.resource_dir).is_relative_to(workspace), spec.resource_dir
        notebook = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(source) for source in MISTAKES.values()]
        )
        client = NotebookClient(
            notebook,
            timeout=60,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(workspace)}},
        )
        client.execute()
    return {name: cell_text(cell) for name, cell in zip(MISTAKES, notebook.cells)}


def cell_text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.outputs:
        if output.output_type == "error":
            parts.append("ERROR " + "\n".join(output.traceback))
        else:
            parts.append(output.get("data", {}).get("text/plain", "") + output.get("text", ""))
    return ANSI.sub("", "\n".join(parts))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mistake", "expected"),
    [
        (
            "restart",
            [
                "« communes » n'existe pas (encore)",
                "redémarrage du noyau",
                "menu « Exécution › Exécuter tout au-dessus de la cellule sélectionnée »",
            ],
        ),
        ("spaced_thousands", ["Ligne 1 : pas d'espace dans un nombre", "population = 168054"]),
        (
            "text_without_quotes",
            ["« Aix » est-il un texte ?", 'La ligne corrigée : ville = "Aix-en-Provence"'],
        ),
        (
            "column",
            ["Voulais-tu dire 'département' ?", "La ligne corrigée : table['département']"],
        ),
        ("times_sign", ["multiplication s'écrit avec une étoile", "aire = 3 * 4"]),
        ("times_letter", ["multiplication s'écrit avec une étoile", "aire = 3 * 4"]),
        ("forgotten_return", ["Ta fonction « double » ne renvoie rien", "return"]),
        ("decimal_comma_later", ["« a » n'est pas un nombre mais un couple", "a = -4.9"]),
    ],
)
def test_french_help_with_the_line_to_fix_and_the_traceback_below(
    kernel_outputs: dict[str, str], mistake: str, expected: list[str]
) -> None:
    text = kernel_outputs[mistake]
    assert text.startswith("ERROR ℹ️ En clair"), text  # the French first
    for part in expected:
        assert part in text, (part, text)
    assert "Le détail de l'erreur, pour les curieux, est juste en dessous." in text
    french_end = text.index("juste en dessous")
    assert re.search(r"Error\b", text[french_end:]), "the traceback stays below the French"


@pytest.mark.slow
def test_a_decimal_comma_is_pointed_out_where_it_is_written(kernel_outputs: dict) -> None:
    text = kernel_outputs["decimal_comma"]
    assert "ERROR" not in text  # a tuple is legal Python: a warning, not an error
    assert "« a = -4,9 » fait de a un couple de deux nombres, (-4, 9)" in text
    assert "La ligne corrigée : a = -4.9" in text


@pytest.mark.slow
def test_the_help_comes_from_the_kernel_not_from_an_import(kernel_outputs: dict) -> None:
    assert kernel_outputs["extension"].strip() == "True"


@pytest.mark.slow
def test_the_kernel_runs_without_debugpy(kernel_outputs: dict) -> None:
    assert kernel_outputs["debugger"].strip() == "None"  # blocked: 8 MB less per pupil


@pytest.mark.slow
def test_a_pupil_can_import_a_file_beside_the_notebook(kernel_outputs: dict) -> None:
    assert kernel_outputs["file_beside_the_notebook"].strip() == "42"


@pytest.mark.slow
def test_an_eduia_error_shows_the_short_french_panel_not_a_traceback(kernel_outputs: dict) -> None:
    text = kernel_outputs["eduia_error"]
    assert text.startswith("ERROR ⚠️ À corriger"), text  # still an error: nbgrader scores 0
    assert "Jeu de données inconnu : « comunes ». Vouliez-vous dire « communes » ?" in text
    assert "exécute %tb dans une nouvelle cellule" in text
    assert "Traceback" not in text and "File " not in text and "----" not in text, text


@pytest.fixture(autouse=True)
def _french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "fr")


@pytest.fixture
def shell() -> InteractiveShell:
    shell = InteractiveShell.instance()
    pending.forget()
    yield shell
    pending.forget()
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def run(shell: InteractiveShell, code: str, capsys: pytest.CaptureFixture[str]):
    result = shell.run_cell(code)
    captured = capsys.readouterr()
    return result, captured.out + captured.err


# A lesson in miniature, as the pupil version is before any work: a function stub, a cell
# that uses it, cells that use its result, a top-level stub and the check of its answer.
UNTOUCHED_LESSON = (
    "def predire(x):\n    # TON CODE ICI\n    raise NotImplementedError()",
    "k = 3\nmes_predictions = [predire(x) for x in range(k)]\nbonnes = len(mes_predictions)",
    "table = list(zip(mes_predictions, range(3)))\ntable",
    "print(len(table))",
    "# TON CODE ICI\nraise NotImplementedError()\nprint(reponse)",
    "print('ensuite', reponse * 2)",
)


def test_run_all_goes_on_past_names_an_unfinished_exercise_left_undefined(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    install_handler(shell)
    outputs = []
    for cell in UNTOUCHED_LESSON:
        result, output = run(shell, cell, capsys)
        assert result.success, (cell, result.error_in_exec)
        outputs.append(output)
    assert "Ta fonction predire n'est pas encore écrite" in outputs[1]
    assert shell.user_ns["k"] == 3  # what ran before the stub stays
    assert "« mes_predictions » n'existe pas encore" in outputs[2]
    assert "ta fonction « predire »" in outputs[2] and "l'exercice « predire »" in outputs[2]
    assert "À toi de jouer" in outputs[2] and "Traceback" not in outputs[2]
    assert "« table » n'existe pas encore" in outputs[3]  # its origin is passed on
    assert "l'exercice « predire »" in outputs[3]
    assert "« reponse » n'existe pas encore" in outputs[5] and "ensuite" not in outputs[5]
    assert "cellule qui la calcule" in outputs[5]


def test_other_name_errors_still_stop_the_cell(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    install_handler(shell)
    run(shell, UNTOUCHED_LESSON[0], capsys)
    run(shell, UNTOUCHED_LESSON[1], capsys)
    result, _ = run(shell, "x = 1\nprint(mes_predictons)", capsys)  # a typo, not a stub
    assert isinstance(result.error_in_exec, NameError)
    result, _ = run(shell, "populaton", capsys)
    assert isinstance(result.error_in_exec, NameError)


def test_under_nbgrader_the_undefined_name_still_fails_its_cell(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    install_handler(shell)
    errors = [run(shell, cell, capsys)[0].error_in_exec for cell in UNTOUCHED_LESSON]
    assert isinstance(errors[1], NotImplementedError)
    assert isinstance(errors[2], NameError) and isinstance(errors[3], NameError)
    assert isinstance(errors[5], NameError)


# -- a check that fails because an earlier exercise is not right yet ---------------------------


def test_a_check_names_the_earlier_exercise_it_relies_on() -> None:
    from eduia.checks import Exercise
    from eduia.checks.exercises import lesson_02 as exercices

    namespace: dict = {"__name__": "__main__"}
    solutions = {
        name: value.solution_text + "\n"
        for name, value in vars(exercices).items()
        if isinstance(value, Exercise)
    }
    predire = solutions["distance"] + solutions["vote_majoritaire"] + solutions["predire"]
    stub = "def plus_proches_voisins(point, points, k):\n    raise NotImplementedError()\n"
    exec(stub + predire, namespace)  # noqa: S102
    result = exercices.predire.evaluate(namespace["predire"])
    assert result.outcome.value == "not_attempted"
    assert "l'exercice « 02.plus_proches_voisins », pas encore réussi" in result.message
    assert "Ta fonction contient encore" not in result.message  # predire has no stub itself
    wrong = "def plus_proches_voisins(point, points, k):\n    return list(range(k))\n"
    exec(wrong, namespace)  # noqa: S102
    result = exercices.predire.evaluate(namespace["predire"])
    assert result.outcome.value == "incorrect"
    assert result.message.startswith("Ta fonction « predire » s'appuie sur l'exercice « 02.plus")
    exec(solutions["plus_proches_voisins"], namespace)  # noqa: S102
    assert exercices.predire.evaluate(namespace["predire"]).passed


# -- the school server ---------------------------------------------------------------------------


def test_the_school_server_gives_pupils_the_same_kernel(tmp_path: Path) -> None:
    import json

    from traitlets.config.loader import PyFileConfigLoader

    from eduia.hub.school import SchoolOptions, read_classes, write_school
    from eduia.lab_kernel import kernel_spec

    classes = read_classes("classe;role;login\n2nde1;enseignant;prof\n2nde1;eleve;alice\n")
    write_school(classes, tmp_path, SchoolOptions())
    config = PyFileConfigLoader("jupyterhub_config.py", path=str(tmp_path)).load_config()
    data = Path(config.Spawner.environment["JUPYTER_PATH"])
    spec = json.loads((data / "kernels" / "python3" / "kernel.json").read_text(encoding="utf-8"))
    assert spec == kernel_spec() and "--ext=eduia.checks.ipython" in spec["argv"]
    assert data.is_relative_to(tmp_path / "pupil-jupyter")


def test_a_teachers_course_folder_keeps_ipykernels_own_kernel(tmp_path: Path) -> None:
    from eduia.launch import lab_environment

    environment = lab_environment(tmp_path, {}, teacher=True)
    assert "JUPYTER_PATH" not in environment  # nbgrader's validate runs the plain kernel there
    assert not (tmp_path / ".eduia" / "jupyter" / "data").exists()
    pupil = lab_environment(tmp_path / "eleve", {"JUPYTER_PATH": "/autre"})
    assert pupil["JUPYTER_PATH"].split(os.pathsep) == [
        str((tmp_path / "eleve" / ".eduia" / "jupyter" / "data").resolve()),
        "/autre",
    ]
