"""eduia's help in the pupil's kernel.

In process (cheap): « Run All » goes on past a name that an unfinished exercise left undefined,
and says which exercise to do first; under nbgrader the same cell still fails.
"""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell

from eduia import i18n
from eduia.checks import install_handler, pending


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
    "def predire(x):\n    # VOTRE CODE ICI\n    raise NotImplementedError()",
    "k = 3\nmes_predictions = [predire(x) for x in range(k)]\nbonnes = len(mes_predictions)",
    "table = list(zip(mes_predictions, range(3)))\ntable",
    "print(len(table))",
    "# VOTRE CODE ICI\nraise NotImplementedError()\nprint(reponse)",
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
    from eduia.checks.exercises import lesson_02 as exercices

    namespace: dict = {"__name__": "__main__"}
    predire = (
        "def predire(point, points, etiquettes, k):\n"
        "    votes = [etiquettes[i] for i in plus_proches_voisins(point, points, k)]\n"
        "    return max(sorted(set(votes)), key=votes.count)\n"
    )
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
    right = exercices.plus_proches_voisins.solution_text
    exec(right, namespace)  # noqa: S102
    assert exercices.predire.evaluate(namespace["predire"]).passed
