"""eduia.checks: the four outcomes, the pupil verbs, the solutions switch, displays, catalogue."""

from __future__ import annotations

import string
import subprocess
import sys

import pytest

from eduia import i18n
from eduia.checks import Case, CheckFailed, CheckResult, Exercise, Outcome, display, settings
from eduia.messages.checks import MESSAGES


@pytest.fixture(autouse=True)
def _french_and_fresh_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "fr")
    monkeypatch.delenv("EDUIA_SOLUTIONS", raising=False)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    settings.reset_solutions()
    yield
    settings.reset_solutions()


@pytest.fixture
def grading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test as nbgrader's autograder runs a notebook."""
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")


def make_distance() -> Exercise:
    return Exercise(
        "99.distance",
        cases=[
            Case(args=((0, 0), (3, 4)), expected=5.0),
            Case(args=((1, 1), (1, 1)), expected=0.0),
        ],
        hints=["Premier indice.", "Deuxième indice."],
        solution="def distance(a, b):\n    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5",
    )


def right_distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def stub_distance(a, b):
    # TON CODE ICI
    raise NotImplementedError()


def printing_distance(a, b):
    print(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


# -- the four outcomes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (right_distance, Outcome.CORRECT),
        (lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1]), Outcome.INCORRECT),
        (printing_distance, Outcome.INCORRECT),
        (lambda a: 0, Outcome.INCORRECT),
        (5.0, Outcome.INCORRECT),
        (stub_distance, Outcome.NOT_ATTEMPTED),
        (..., Outcome.NOT_ATTEMPTED),
        (None, Outcome.NOT_ATTEMPTED),
        (lambda a, b: 1 / (a[0] - a[0]), Outcome.UNCHECKABLE),
    ],
)
def test_function_exercise_outcomes(answer: object, outcome: Outcome) -> None:
    assert make_distance().evaluate(answer).outcome is outcome


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (5, Outcome.CORRECT),
        (5.0, Outcome.CORRECT),
        (4, Outcome.INCORRECT),
        ("5", Outcome.INCORRECT),
        (..., Outcome.NOT_ATTEMPTED),
        (None, Outcome.NOT_ATTEMPTED),
    ],
)
def test_value_exercise_outcomes(answer: object, outcome: Outcome) -> None:
    assert Exercise("99.k", expected=5).evaluate(answer).outcome is outcome


def test_check_without_an_argument_is_not_attempted_not_a_crash(grading: None) -> None:
    with pytest.raises(CheckFailed) as failure:
        Exercise("99.k", expected=5).check()
    assert failure.value.result.outcome is Outcome.NOT_ATTEMPTED
    assert "check(ma_variable)" in str(failure.value)


def test_correct_check_shows_bravo_and_raises_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert make_distance().check(right_distance) is None
    out = capsys.readouterr().out
    assert "Bravo" in out and "tous les cas testés (2)" in out


@pytest.mark.parametrize("answer", [lambda a, b: 7, stub_distance, ..., lambda a, b: {}[a]])
def test_every_failure_raises_check_failed_an_assertion_error_under_nbgrader(
    answer: object, grading: None
) -> None:
    with pytest.raises(CheckFailed) as failure:
        make_distance().check(answer)
    assert isinstance(failure.value, AssertionError)
    assert not failure.value.result.passed


@pytest.mark.parametrize("answer", [lambda a, b: 7, stub_distance, ..., lambda a, b: {}[a]])
def test_in_a_pupil_session_every_failure_is_shown_and_nothing_raises(
    answer: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert make_distance().check(answer) is None
    out = capsys.readouterr().out
    assert "Bravo" not in out and "99.distance" in out
    assert "exercices.distance.hint()" in out


@pytest.mark.parametrize("value", ["autograde", "validate"])
def test_nbgrader_detection_follows_nbgrader_execution(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not settings.grading()
    monkeypatch.setenv("NBGRADER_EXECUTION", value)
    assert settings.grading()


def test_the_exercise_object_shows_no_expected_value() -> None:
    assert "96" not in repr(Exercise("99.k", expected=96))


# -- messages of each outcome ------------------------------------------------------------------


def test_incorrect_function_names_the_case_and_both_values() -> None:
    result = make_distance().evaluate(lambda a, b: 7)
    assert result.message == "Pour distance((0, 0), (3, 4)) : tu as donné 7, on attendait 5.0."


def test_value_exercise_does_not_give_the_answer_away() -> None:
    result = Exercise("99.k", expected=5).evaluate(4)
    assert result.message == "Tu as donné 4, ce n'est pas la valeur attendue."
    assert "5" not in result.message


def test_wrong_type_has_its_own_message() -> None:
    assert Exercise("99.nom", expected="Nice").evaluate(3).message == (
        "Tu as donné un nombre, on attendait un texte."
    )
    assert "enlève les guillemets" in Exercise("99.k", expected=5).evaluate(" 5 ").message


def test_forgotten_return_is_named() -> None:
    message = make_distance().evaluate(printing_distance).message
    assert "a renvoyé None" in message and "return" in message


def test_wrong_number_of_parameters_is_incorrect_with_advice() -> None:
    message = make_distance().evaluate(lambda a: 0).message
    assert "n'accepte pas l'appel distance((0, 0), (3, 4))" in message


def test_crash_names_the_case_and_the_error_in_french() -> None:
    def crashing(a, b):
        return resultat  # noqa: F821 - the pupil's typo

    result = make_distance().evaluate(crashing)
    assert result.outcome is Outcome.UNCHECKABLE
    assert "Ta fonction a déclenché une erreur pour crashing((0, 0), (3, 4))" in result.message
    assert "NameError" in result.message and "« resultat » n'existe pas" in result.message


def test_pupil_function_that_mutates_its_arguments_spoils_no_later_case() -> None:
    exercise = Exercise(
        "99.total", cases=[Case(args=([1, 2],), expected=3), Case(args=([1, 2],), expected=3)]
    )

    def destructive_total(values):
        total = sum(values)
        values.clear()
        return total

    assert exercise.evaluate(destructive_total).passed


def test_not_attempted_function_message_mentions_the_stub() -> None:
    assert "raise NotImplementedError()" in make_distance().evaluate(stub_distance).message


# -- custom checker --------------------------------------------------------------------------


def test_checker_alone_and_its_messages() -> None:
    exercise = Exercise("99.pair", checker=lambda n: n % 2 == 0 or "Il faut un nombre pair.")
    assert exercise.evaluate(4).passed
    assert exercise.evaluate(3).message == "Il faut un nombre pair."
    assert exercise.evaluate("x").outcome is Outcome.UNCHECKABLE
    assert Exercise("99.faux", checker=lambda n: False).evaluate(1).outcome is Outcome.INCORRECT


def test_checker_runs_after_the_cases_pass() -> None:
    exercise = Exercise(
        "99.carre", cases=[Case(args=(2,), expected=4)], checker=lambda f: f.__name__ != "<lambda>"
    )
    assert exercise.evaluate(lambda x: x * 7).outcome is Outcome.INCORRECT
    assert exercise.evaluate(lambda x: x * x).outcome is Outcome.INCORRECT

    def carre(x):
        return x * x

    assert exercise.evaluate(carre).passed


def test_author_mistakes_are_refused_in_french() -> None:
    with pytest.raises(ValueError, match="expected=, cases= ou checker="):
        Exercise("99.vide")
    with pytest.raises(ValueError, match="pas les deux"):
        Exercise("99.deux", expected=1, cases=[Case(args=(1,), expected=1)])


# -- hints -------------------------------------------------------------------------------------


def test_hint_gives_the_next_unseen_hint_then_stays_on_the_last(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exercise = make_distance()
    exercise.hint()
    assert "Premier indice." in capsys.readouterr().out
    exercise.hint()
    out = capsys.readouterr().out
    assert "Deuxième indice." in out and "dernier indice" in out
    exercise.hint()
    assert "Deuxième indice." in capsys.readouterr().out
    exercise.hint(1)
    assert "Premier indice." in capsys.readouterr().out


def test_hint_out_of_range_or_odd_argument_explains_instead_of_crashing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exercise = make_distance()
    for wrong in (0, 3, "deux", True):
        exercise.hint(wrong)
        assert "hint(1) à hint(2)" in capsys.readouterr().out
    exercise.hint("2")
    assert "Deuxième indice." in capsys.readouterr().out
    Exercise("99.k", expected=1).hint()
    assert "Pas d'indice" in capsys.readouterr().out


def test_failures_offer_the_next_hint_without_revealing_it(
    grading: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    exercise = make_distance()
    exercise.hint()  # the pupil already read the first hint
    lines = []
    for _ in range(2):
        with pytest.raises(CheckFailed) as failure:
            exercise.check(lambda a, b: 0)
        lines.append(failure.value.result.hint)
    assert lines[0] == lines[1]
    assert "exercices.distance.hint()" in lines[0] and "2/2" in lines[0]
    assert "Deuxième indice." not in lines[0]
    assert exercise.hints_seen == 1
    exercise.hint()
    with pytest.raises(CheckFailed) as failure:
        exercise.check(lambda a, b: 0)
    assert "professeur" in failure.value.result.hint  # nbgrader grades: never the solution
    monkeypatch.delenv("NBGRADER_EXECUTION")  # the pupil's own session: the verdict is shown
    exercise.check(lambda a, b: 0)
    assert ".solution()" in capsys.readouterr().out
    settings.disable_solutions()
    exercise.check(lambda a, b: 0)
    assert "professeur" in capsys.readouterr().out


def test_evaluate_spends_no_hint() -> None:
    exercise = make_distance()
    exercise.evaluate(lambda a, b: 0)
    assert exercise.hints_seen == 0


# -- solution and the teacher's switch -------------------------------------------------------


def test_solution_shown_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    make_distance().solution()
    assert "return ((a[0] - b[0]) ** 2" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["off", "OFF", "0", "false", "non"])
def test_solutions_switched_off_by_environment(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDUIA_SOLUTIONS", value)
    make_distance().solution()
    out = capsys.readouterr().out
    assert "désactivé les solutions" in out and "return" not in out


def test_a_cell_can_switch_solutions_off_but_never_back_on_over_the_teacher(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.disable_solutions()
    make_distance().solution()
    assert "return" not in capsys.readouterr().out
    settings.enable_solutions()  # undoes the call above
    make_distance().solution()
    assert "return" in capsys.readouterr().out
    monkeypatch.setenv("EDUIA_SOLUTIONS", "off")  # the teacher's setting for the room
    settings.enable_solutions()  # a pupil's cell trying to get them back
    exercise = make_distance()
    exercise.solution()
    assert "return" not in capsys.readouterr().out
    assert exercise.solution_text == ""


def test_no_solution_while_nbgrader_grades(
    grading: None, capsys: pytest.CaptureFixture[str]
) -> None:
    exercise = make_distance()
    exercise.solution()
    assert "return" not in capsys.readouterr().out and exercise.solution_text == ""


def test_a_lesson_solution_comes_from_the_teacher_sources_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from eduia.checks import solutions
    from eduia.checks.exercises import lesson_04

    assert "return sum(feux) / len(feux)" in lesson_04.proportion_feux.solution_text  # checkout
    monkeypatch.setattr("eduia.resources.lesson_sources_dir", lambda: None)  # a pupil's machine
    solutions._solutions.cache_clear()
    assert lesson_04.proportion_feux.solution_text == ""
    lesson_04.proportion_feux.solution()
    assert "La solution est chez ton professeur" in capsys.readouterr().out


# -- displays ----------------------------------------------------------------------------------


def test_results_render_rich_and_plain_with_one_colour_per_outcome() -> None:
    colours = set()
    for outcome in Outcome:
        result = CheckResult("99.k", outcome, "Un <message> & plus.", "Indice 1/1 : x")
        page = result._repr_html_()
        assert display.COLOURS[outcome.value][0] in page
        assert "Un &lt;message&gt; &amp; plus." in page  # escaped
        assert display.ICONS[outcome.value] in result._repr_markdown_()
        plain = str(result)
        assert "<" not in plain.replace("<message>", "") and "\x1b" not in plain
        colours.add(display.COLOURS[outcome.value][0])
    assert len(colours) == 4


def test_solution_panel_renders_code() -> None:
    panel = make_distance()._solution_panel()
    assert "<pre" in panel._repr_html_() and "```python" in panel._repr_markdown_()


def test_check_failed_renders_a_short_coloured_message_for_ipython(grading: None) -> None:
    with pytest.raises(CheckFailed) as failure:
        make_distance().check(lambda a, b: 0)
    lines = failure.value._render_traceback_()
    assert lines[0].startswith("\x1b[1;31m❌ Pas encore")
    assert "exercices.distance.hint()" in "\n".join(lines)
    assert not any("Traceback" in line or "File " in line for line in lines)


# -- language and catalogue ------------------------------------------------------------------


def test_english_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "en")
    result = make_distance().evaluate(lambda a, b: 7)
    assert result.message == "For distance((0, 0), (3, 4)): you gave 7, 5.0 was expected."
    assert "Not yet" in str(result)


def test_catalogue_has_both_languages_with_the_same_fields() -> None:
    fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}
    for key, (french, english) in MESSAGES.items():
        assert key.startswith("checks.")
        assert french and english and french != english or key == "checks.title_solution"
        assert fields(french) == fields(english), key


def test_every_catalogue_key_used_in_the_code_exists() -> None:
    import re
    from pathlib import Path

    import eduia.checks

    package = Path(eduia.checks.__file__).parent
    used = set()
    for path in package.glob("*.py"):
        used |= set(re.findall(r'"(checks\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(MESSAGES), used - set(MESSAGES)


def test_importing_checks_stays_light() -> None:
    code = "import eduia.checks, sys; print(sorted(m for m in ('numpy', 'pandas', 'IPython') if m in sys.modules))"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"


def test_plain_text_display_in_ipython_is_the_message_not_a_dataclass_repr() -> None:
    from IPython.lib.pretty import pretty

    result = CheckResult("99.k", Outcome.CORRECT, "Ta réponse est correcte.")
    assert pretty(result) == str(result)
    panel = make_distance()._solution_panel()
    assert pretty(panel) == str(panel)


def test_an_answer_too_odd_to_compare_is_uncheckable_not_a_crash() -> None:
    class Weird(list):
        def __iter__(self):
            raise RuntimeError("boom")

    result = Exercise("99.liste", expected=[1, 2]).evaluate(Weird([1, 2]))
    assert result.outcome is Outcome.UNCHECKABLE
    assert "Impossible de comparer ta réponse" in result.message


# -- the lessons' own exercises ------------------------------------------------------------------


def _lesson_modules() -> list[str]:
    import pkgutil

    import eduia.checks.exercises as package

    return [
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.startswith("lesson_")
    ]


@pytest.mark.parametrize("module_name", _lesson_modules())
def test_each_declared_function_solution_passes_its_own_check(module_name: str) -> None:
    import importlib

    module = importlib.import_module(f"eduia.checks.exercises.{module_name}")
    namespace: dict = {}
    exercises = [value for value in vars(module).values() if isinstance(value, Exercise)]
    assert exercises, f"{module_name} declares no exercise"
    for exercise in exercises:
        assert exercise.hints, f"{exercise.name} has no hint"
        if not exercise.cases:
            continue
        exec(exercise.solution_text, namespace)  # noqa: S102 - solutions build on each other
        result = exercise.evaluate(namespace[exercise.short_name])
        assert result.passed, (exercise.name, result.message)
