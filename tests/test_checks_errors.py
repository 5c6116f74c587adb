"""eduia.checks: French explanations of beginner errors, and the IPython handler (in process)."""

from __future__ import annotations

import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell

from eduia import i18n
from eduia.checks import CheckFailed, install_handler
from eduia.checks.beginner_errors import explain


@pytest.fixture(autouse=True)
def _french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "fr")


def raised(code: str, namespace: dict | None = None) -> BaseException:
    try:
        exec(compile(code, "<cellule>", "exec"), namespace if namespace is not None else {})  # noqa: S102
    except Exception as error:  # noqa: BLE001 - the error is the result
        return error
    raise AssertionError(f"no error from {code!r}")


def test_name_error() -> None:
    explanation = explain(raised("print(populaton)", {"__name__": "__main__", "population": 1}))
    assert explanation.startswith("La variable « populaton » n'existe pas (encore) : ")
    assert "Exécution › Exécuter tout au-dessus de la cellule sélectionnée" in explanation
    assert explanation.endswith("Voulais-tu dire « population » ?")


def test_stub_not_yet_replaced() -> None:
    code = (
        "def distance(a, b):\n    # TON CODE ICI\n    raise NotImplementedError()\ndistance(1, 2)"
    )
    explanation = explain(raised(code))
    assert explanation is not None
    assert "« TON CODE ICI »" in explanation and "raise NotImplementedError()" in explanation


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "def f(a):\n    return a\nf(1, 2)",
            "La fonction « f » attend 1 argument mais en a reçu 2",
        ),
        ("def f(a, b):\n    return a\nf(1)", "Il manque 1 argument dans l'appel de « f »"),
        (
            "def f(a, b=1):\n    return a\nf(1, 2, 3)",
            "La fonction « f » attend 2 arguments mais en a reçu 3",
        ),
        ("def f(a):\n    return a\nf(b=1)", "La fonction « f » n'a pas de paramètre nommé « b »"),
        ("def f(a):\n    print(a)\nf(1) + 1", "une fonction qui a oublié « return »"),
    ],
)
def test_type_errors(code: str, expected: str) -> None:
    assert expected in explain(raised(code))


def test_other_type_errors_get_no_explanation() -> None:
    assert explain(raised("len(5)")) is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("def f():\nreturn 1", "Problème d'indentation (les espaces en début de ligne) ligne 2"),
        ("x = 1\n  y = 2", "Problème d'indentation"),
        ("print((1, 2)", "Ligne 1 : une parenthèse ou un crochet n'est pas refermé"),
        ("nom = 'Nice", "un texte n'est pas refermé"),
        ("if x > 1\n    pass", "il manque les deux-points"),
        ("if x = 1:\n    pass", "on écrit « == »"),
        ("x = = 2", "Python ne comprend pas la ligne 1"),
    ],
)
def test_syntax_and_indentation_errors(code: str, expected: str) -> None:
    assert expected in explain(raised(code))


def test_key_error_on_a_dataframe_column_lists_columns_and_a_close_name() -> None:
    table = pd.DataFrame({"nom": ["Nice"], "population": [342_669]})
    text = explain(raised("table['Population']", {"table": table}))
    assert text == (
        "Le tableau n'a pas de colonne 'Population'. Ses colonnes : nom, population. "
        "Voulais-tu dire 'population' ?"
    )


@pytest.mark.parametrize(
    "code",
    [
        "table[['nom', 'Population']]",
        "table.loc[:, 'Population']",
        "table.sort_values('Population')",
    ],
)
def test_key_error_on_columns_through_other_pandas_calls(code: str) -> None:
    table = pd.DataFrame({"nom": ["Nice"], "population": [342_669]})
    text = explain(raised(code, {"table": table}))
    assert text.startswith("Le tableau n'a pas de colonne 'Population'.")
    assert text.endswith("Voulais-tu dire 'population' ?")


def test_key_error_on_a_plain_dict_gets_no_column_explanation() -> None:
    assert explain(raised("{'a': 1}['b']")) is None


def test_explanations_in_english() -> None:
    assert explain(raised("x = y"), language="en").startswith("The variable “y” does not exist")


def test_unrelated_errors_are_left_alone() -> None:
    assert explain(ZeroDivisionError("division by zero")) is None


# -- the IPython handler, in process -----------------------------------------------------------


@pytest.fixture
def shell() -> InteractiveShell:
    shell = InteractiveShell.instance()
    yield shell
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def run(
    shell: InteractiveShell, code: str, capsys: pytest.CaptureFixture[str]
) -> tuple[object, str]:
    result = shell.run_cell(code)
    captured = capsys.readouterr()
    return result, captured.out + captured.err


def test_handler_is_installed_once_and_keeps_an_earlier_handler(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = []

    class TeacherError(Exception):
        pass

    shell.set_custom_exc(
        (TeacherError,), lambda self, etype, value, tb, tb_offset=None: seen.append(value)
    )
    assert install_handler(shell) and install_handler(shell)
    assert shell.custom_exceptions.count(CheckFailed) == 1
    assert TeacherError in shell.custom_exceptions
    shell.user_ns["TeacherError"] = TeacherError
    run(shell, "raise TeacherError('x')", capsys)
    assert len(seen) == 1


def test_failed_check_shows_the_french_message_without_traceback(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    install_handler(shell)
    code = (
        "from eduia.checks import Exercise\n"
        "k = Exercise('99.k', expected=5, hints=['Un nombre impair.'])\n"
        "k.check(4)\n"
    )
    result, output = run(shell, code, capsys)
    assert isinstance(result.error_in_exec, CheckFailed)
    assert "Pas encore" in output and "exercices.k.hint()" in output
    assert "Un nombre impair." not in output  # a hint only on demand
    assert "Traceback" not in output and "Cell In" not in output and "---" not in output


STUB_CELLS = (
    "valeur = None\n# TON CODE ICI\nraise NotImplementedError()\nvaleur",
    "def densite(p, s):\n    # TON CODE ICI\n    raise NotImplementedError()",
    "colonne = densite(1, 2)\nprint('jamais')\ncolonne",
    "densite(1, 2)",
)


def test_in_a_pupil_session_an_untouched_stub_never_stops_run_all(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    install_handler(shell)
    outputs = []
    for cell in STUB_CELLS:
        result, output = run(shell, cell, capsys)
        assert result.success, cell
        outputs.append(output)
    assert "pas encore fait" in outputs[0]
    assert "Ta fonction densite n'est pas encore écrite" in outputs[2]
    assert "jamais" not in outputs[2] and "None" not in outputs[2]
    assert "Ta fonction densite" in outputs[3]
    result, output = run(shell, "x = 2\nx * 21", capsys)
    assert result.success and result.result == 42
    result, output = run(shell, "1 / 0", capsys)
    assert isinstance(result.error_in_exec, ZeroDivisionError)


def test_under_nbgrader_an_untouched_stub_still_fails_its_cell(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    install_handler(shell)
    errors = [run(shell, cell, capsys)[0].error_in_exec for cell in STUB_CELLS]
    assert isinstance(errors[0], NotImplementedError)
    assert errors[1] is None
    assert isinstance(errors[2], NotImplementedError)
    assert isinstance(errors[3], NotImplementedError)


def test_beginner_errors_keep_their_traceback_plus_a_french_explanation(
    shell: InteractiveShell, capsys: pytest.CaptureFixture[str]
) -> None:
    install_handler(shell)
    result, output = run(shell, "print(variable_pas_definie)", capsys)
    assert isinstance(result.error_in_exec, NameError)
    assert "NameError" in output and "« variable_pas_definie » n'existe pas" in output
    result, output = run(shell, "def f():\nreturn 1", capsys)
    assert isinstance(result.error_before_exec, IndentationError)
    assert "IndentationError" in output and "Problème d'indentation" in output
    _, output = run(shell, "1 / 0", capsys)
    assert "ZeroDivisionError" in output and "En clair" not in output
