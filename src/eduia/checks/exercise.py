"""Declared exercises and the three pupil verbs: ``check()``, ``hint()``, ``solution()``.

An exercise is declared, not programmed: an expected value, or test cases for a function, or a
checker function; hints from the gentlest to the most explicit; the solution as text. The pupil
passes a value or a function explicitly; nothing is fished out of ``globals()``.

Examples
--------
>>> k = Exercise("02.k", expected=5, hints=["Essaie un nombre impair."], solution="k = 5")
>>> k.evaluate(5).passed
True
>>> k.evaluate(...).outcome.value
'not_attempted'
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eduia.checks import dependencies, display, settings, solutions
from eduia.checks.beginner_errors import explain
from eduia.checks.compare import CompareOptions, compare, kind_of, short_repr
from eduia.checks.outcomes import CheckFailed, CheckResult, Outcome
from eduia.i18n import t

_NO_ANSWER = object()
Checker = Callable[[Any], "bool | str"]


@dataclass(frozen=True)
class Case:
    """One test case of a function exercise: the arguments and the expected return value.

    A case may also list the known wrong results of plausible mistakes, each with a message
    aimed at it, shown instead of the plain « tu as donné …, on attendait … ».

    Examples
    --------
    >>> Case(args=((0, 0), (3, 4)), expected=5.0).call_text("distance")
    'distance((0, 0), (3, 4))'
    >>> strict = Case(args=([3, 5], 3), expected=1, mistakes=((2, "« > » : strictement."),))
    >>> Exercise("99.au_dessus", cases=[strict]).evaluate(lambda v, s: 2).message
    'Pour au_dessus([3, 5], 3) : « > » : strictement.'
    """

    args: tuple = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expected: Any = None
    mistakes: tuple[tuple[Any, str], ...] = ()
    """Known wrong results of this call, each with what to tell the pupil who returns it
    (in French), e.g. ``(((1, 2, 0, 1), "tu as échangé ..."),)``."""

    def call_text(self, name: str) -> str:
        """The call as the pupil would write it, e.g. ``distance((0, 0), (3, 4))``."""
        shown = [short_repr(arg) for arg in self.args]
        shown += [f"{key}={short_repr(value)}" for key, value in self.kwargs.items()]
        return f"{name}({', '.join(shown)})"


class Exercise:
    """A self-check exercise of a lesson.

    Parameters
    ----------
    name : str
        ``"<lesson>.<exercise>"``, e.g. ``"02.distance"``.
    expected : object, optional
        The right value of a value exercise (``None`` means: no expected value).
    cases : iterable of Case, optional
        The test cases of a function exercise.
    hints : iterable of str
        French hints, from the gentlest to the most explicit.
    solution : str
        The solution, as Python code.
    tolerance, rel_tolerance : float
        Absolute and relative tolerance on numbers.
    ignore_case, strip, ignore_order, check_index : bool
        Text, sequence and pandas options (see :class:`~eduia.checks.compare.CompareOptions`).
    checker : callable, optional
        ``checker(answer)`` returns True when right, False or a French message when wrong; it
        runs after ``expected``/``cases`` pass, or alone.
    show_expected : bool, optional
        Whether a wrong answer is told the expected value; by default yes for function cases
        (the inputs are visible anyway) and no for value exercises (it would give the answer).

    Examples
    --------
    >>> distance = Exercise("02.distance", cases=[Case(args=((0, 0), (3, 4)), expected=5.0)])
    >>> distance.evaluate(lambda a, b: 5).passed
    True
    """

    def __init__(
        self,
        name: str,
        *,
        expected: Any = None,
        cases: Iterable[Case] | None = None,
        hints: Iterable[str] = (),
        solution: str = "",
        tolerance: float = 1e-6,
        rel_tolerance: float = 1e-9,
        ignore_case: bool = False,
        strip: bool = True,
        ignore_order: bool = False,
        check_index: bool = True,
        checker: Checker | None = None,
        show_expected: bool | None = None,
    ) -> None:
        self.name = name
        self.expected = expected
        self.cases = tuple(cases) if cases is not None else ()
        self.hints = (hints,) if isinstance(hints, str) else tuple(hints)
        self._own_solution = solution
        self.checker = checker
        self.options = CompareOptions(
            tolerance, rel_tolerance, ignore_case, strip, ignore_order, check_index
        )
        self.show_expected = bool(self.cases) if show_expected is None else show_expected
        self._hints_seen = 0
        self._validate()

    def _validate(self) -> None:
        if self.cases and self.expected is not None:
            raise ValueError(t("checks.author_expected_and_cases", name=self.name))
        if not self.cases and self.expected is None and self.checker is None:
            raise ValueError(t("checks.author_nothing_to_check", name=self.name))

    def __repr__(self) -> str:
        # Never the expected value: typing the exercise object must not give the answer.
        what = f"cases={len(self.cases)}" if self.cases else "value"
        return f"Exercise({self.name!r}, {what}, hints={len(self.hints)})"

    @property
    def hints_seen(self) -> int:
        """How many hints the pupil has seen so far."""
        return self._hints_seen

    @property
    def short_name(self) -> str:
        """The part of the name after the lesson number: ``"distance"`` for ``"02.distance"``."""
        return self.name.rsplit(".", 1)[-1]

    # -- the pupil's verbs -------------------------------------------------------------------

    def check(self, answer: Any = _NO_ANSWER) -> None:
        """Check ``answer`` (a value or a function) and show the verdict.

        In a pupil's session every verdict is shown without raising, so that « Run All » goes
        on to the last cell; a failure says how to ask for a hint. Under nbgrader
        (``NBGRADER_EXECUTION`` set) a failure raises :class:`CheckFailed`, so that the test
        cell scores 0.

        Examples
        --------
        >>> Exercise("02.k", expected=5).check(5)  # doctest: +ELLIPSIS
        ✅ ...
        """
        result = self.evaluate(answer)
        if result.passed:
            display.show(result)
            return
        failed = CheckResult(result.exercise, result.outcome, result.message, self._hint_offer())
        if settings.grading():
            raise CheckFailed(failed)
        display.show(failed)

    def hint(self, number: int | None = None) -> None:
        """Show hint ``number`` (from 1), or the next hint not yet seen when omitted.

        Examples
        --------
        >>> Exercise("02.k", expected=5, hints=["Un nombre impair."]).hint()  # doctest: +ELLIPSIS
        💡 ...
        """
        display.show(self._hint_panel(number))

    @property
    def solution_text(self) -> str:
        """The solution, from the teacher's lesson sources (or given to this exercise), or ``""``.

        Empty where the sources are not on the machine (a pupil's), while nbgrader grades, and
        when the teacher switched solutions off: the pupil package holds no solution.
        """
        if self._own_solution:
            hidden = settings.grading() or not settings.solutions_enabled()
            return "" if hidden else self._own_solution
        return solutions.solution_of(self.name)

    def solution(self) -> None:
        """Show the solution, unless the teacher switched solutions off.

        Examples
        --------
        >>> Exercise("02.k", expected=5, solution="k = 5").solution()  # doctest: +ELLIPSIS
        📖 ...
        """
        display.show(self._solution_panel())

    # -- evaluation, without display ---------------------------------------------------------

    def evaluate(self, answer: Any = _NO_ANSWER) -> CheckResult:
        """The verdict on ``answer``, without showing anything, raising, or spending a hint.

        Examples
        --------
        >>> Exercise("02.k", expected=5).evaluate("5").outcome.value
        'incorrect'
        """
        if answer is _NO_ANSWER:
            return self._result(Outcome.NOT_ATTEMPTED, t("checks.no_answer_given"))
        if answer is ... or answer is None:
            return self._result(Outcome.NOT_ATTEMPTED, t("checks.placeholder_value"))
        result = self._evaluate_cases(answer) if self.cases else self._evaluate_value(answer)
        if result.passed and self.checker is not None:
            return self._evaluate_checker(answer)
        return result

    def _result(self, outcome: Outcome, message: str) -> CheckResult:
        return CheckResult(self.name, outcome, message)

    def _evaluate_value(self, answer: Any) -> CheckResult:
        if self.expected is not None:
            return self._compared(answer, self.expected, "") or self._result(
                Outcome.CORRECT, t("checks.value_correct")
            )
        return self._result(Outcome.CORRECT, t("checks.value_correct"))

    def _compared(self, answer: Any, expected: Any, where: str) -> CheckResult | None:
        """``None`` when ``answer`` matches, else the incorrect (or uncheckable) result."""
        try:
            mismatch = compare(answer, expected, self.options)
        except Exception as error:  # noqa: BLE001 - an answer too odd to compare is reported
            return self._result(
                Outcome.UNCHECKABLE, _crash_message("checks.compare_crashed", error, where)
            )
        if mismatch is None:
            return None
        return self._result(Outcome.INCORRECT, mismatch.message(where, reveal=self.show_expected))

    def _evaluate_cases(self, function: Any) -> CheckResult:
        if not callable(function):
            message = t(
                "checks.not_a_function",
                kind=t(f"checks.kind_{kind_of(function)}"),
                name=self.short_name,
            )
            return self._result(Outcome.INCORRECT, message)
        name = getattr(function, "__name__", "<lambda>")
        name = self.short_name if name == "<lambda>" else name
        for case in self.cases:
            failure = self._run_case(function, name, case)
            if failure is not None:
                return dependencies.blame_earlier(self, function, failure)
        return self._result(Outcome.CORRECT, t("checks.function_correct", count=len(self.cases)))

    def _run_case(self, function: Callable, name: str, case: Case) -> CheckResult | None:
        call = case.call_text(name)
        if not _accepts_arguments(function, case):
            return self._result(
                Outcome.INCORRECT, t("checks.wrong_signature", name=name, call=call)
            )
        try:
            returned = function(*_copied(case.args), **_copied(dict(case.kwargs)))
        except NotImplementedError:
            return self._result(Outcome.NOT_ATTEMPTED, t("checks.placeholder_function"))
        except Exception as error:  # noqa: BLE001 - any crash of the pupil's code is reported
            return self._result(
                Outcome.UNCHECKABLE, _crash_message("checks.function_crashed", error, call)
            )
        if returned is None and case.expected is not None:
            return self._result(Outcome.INCORRECT, t("checks.forgotten_return", call=call))
        failure = self._compared(returned, case.expected, call)
        if failure is not None and failure.outcome is Outcome.INCORRECT:
            for wrong, message in case.mistakes:
                if self._compared(returned, wrong, call) is None:  # a known mistake: say which
                    return self._result(
                        Outcome.INCORRECT, t("checks.mismatch_at", where=call, body=message)
                    )
        return failure

    def _evaluate_checker(self, answer: Any) -> CheckResult:
        try:
            verdict = self.checker(answer)
        except NotImplementedError:
            return self._result(Outcome.NOT_ATTEMPTED, t("checks.placeholder_function"))
        except Exception as error:  # noqa: BLE001 - any crash of the pupil's code is reported
            return self._result(
                Outcome.UNCHECKABLE, _crash_message("checks.checker_crashed", error, "")
            )
        if isinstance(verdict, str):
            return self._result(Outcome.INCORRECT, verdict)
        if not verdict:
            return self._result(Outcome.INCORRECT, t("checks.checker_refused"))
        return self._result(Outcome.CORRECT, t("checks.value_correct"))

    # -- hints and solution ------------------------------------------------------------------

    def _hint_text(self, number: int) -> str:
        return t(
            "checks.hint_line", number=number, count=len(self.hints), text=self.hints[number - 1]
        )

    def _hint_offer(self) -> str | None:
        """How to ask for the next unseen hint (none is revealed); or where to look after."""
        if not self.hints:
            return None
        if self._hints_seen < len(self.hints):
            return t(
                "checks.hint_offer",
                call=f"exercices.{self.short_name}.hint()",
                number=self._hints_seen + 1,
                count=len(self.hints),
            )
        if settings.solutions_enabled() and self.solution_text:
            return t("checks.all_hints_seen_solution")
        return t("checks.all_hints_seen_teacher")

    def _hint_panel(self, number: Any) -> display.Panel:
        count = len(self.hints)
        if count == 0:
            return display.Panel("info", display.title("info", self.name), (t("checks.no_hints"),))
        if number is None:
            number = min(self._hints_seen + 1, count)
        number = _as_int(number)
        if number is None or not 1 <= number <= count:
            lines = (t("checks.hint_out_of_range", count=count),)
            return display.Panel("info", display.title("info", self.name), lines)
        self._hints_seen = max(self._hints_seen, number)
        lines = (self.hints[number - 1],) + ((t("checks.last_hint"),) if number == count else ())
        heading = f"{t('checks.hint_heading', number=number, count=count)} ({self.name})"
        return display.Panel("hint", heading, lines)

    def _solution_panel(self) -> display.Panel:
        if not settings.solutions_enabled():
            return display.Panel(
                "info", display.title("info", self.name), (t("checks.solutions_off"),)
            )
        if not self.solution_text:
            return display.Panel(
                "info", display.title("info", self.name), (t("checks.solution_with_teacher"),)
            )
        lines = (t("checks.solution_intro"),)
        return display.Panel(
            "solution", display.title("solution", self.name), lines, self.solution_text
        )


def _accepts_arguments(function: Callable, case: Case) -> bool:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):  # a builtin without a signature: just call it
        return True
    try:
        signature.bind(*case.args, **case.kwargs)
    except TypeError:
        return False
    return True


def _copied(values: Any) -> Any:
    """A deep copy, so that a pupil's function that modifies its arguments spoils no later case."""
    try:
        return copy.deepcopy(values)
    except Exception:  # noqa: BLE001 - an uncopyable argument is passed as it is
        return values


def _crash_message(key: str, error: Exception, call: str) -> str:
    message = t(key, call=call, error=f"{type(error).__name__}: {error}")
    explanation = explain(error)
    return f"{message} {explanation}" if explanation else message


def _as_int(number: Any) -> int | None:
    if isinstance(number, bool):
        return None
    try:
        return int(number)
    except (TypeError, ValueError):
        return None
