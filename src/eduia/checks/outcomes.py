"""The four outcomes of a self-check, the result that carries one, and the exception of a failure.

A check is *correct*, *incorrect*, *not attempted* (the placeholder ``...``, ``None`` or nbgrader's
``raise NotImplementedError()`` stub is still there) or *uncheckable* (the pupil's code crashed on
a case, so nothing can be said about its answer). Every outcome but *correct* raises
:class:`CheckFailed`, so that nbgrader scores the test cell 0.

Examples
--------
>>> result = CheckResult("02.k", Outcome.INCORRECT, "Ta réponse vaut 4.")
>>> result.passed
False
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from eduia.checks import display
from eduia.errors import EduiaError


class Outcome(enum.Enum):
    """What a check found; the value names the message and the colour of its display."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    NOT_ATTEMPTED = "not_attempted"
    UNCHECKABLE = "uncheckable"


@dataclass(frozen=True)
class CheckResult:
    """The verdict of one check, ready to show in Jupyter (rich) or a terminal (plain text).

    Parameters
    ----------
    exercise : str
        The exercise's name, e.g. ``"02.distance"``.
    outcome : Outcome
        One of the four outcomes.
    message : str
        What the pupil reads, already in the current language.
    hint : str, optional
        The next hint, already numbered (« Indice 1/3 : … »), shown under a failure.

    Examples
    --------
    >>> print(CheckResult("02.k", Outcome.CORRECT, "Ta réponse est correcte."))  # doctest: +SKIP
    """

    exercise: str
    outcome: Outcome
    message: str
    hint: str | None = None

    @property
    def passed(self) -> bool:
        """True only for :attr:`Outcome.CORRECT`."""
        return self.outcome is Outcome.CORRECT

    def panel(self) -> display.Panel:
        """The display of this result: its tone, title, message and hint."""
        lines = (self.message,) if self.hint is None else (self.message, self.hint)
        return display.Panel(
            self.outcome.value, display.title(self.outcome.value, self.exercise), lines
        )

    def __str__(self) -> str:
        return str(self.panel())

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        return self.panel()._repr_html_()

    def _repr_markdown_(self) -> str:
        return self.panel()._repr_markdown_()


class CheckFailed(EduiaError, AssertionError):
    """Raised by ``Exercise.check`` for every outcome but correct; nbgrader then scores 0.

    It is an ``AssertionError`` so that a test cell fails exactly as a plain ``assert`` would.
    Under IPython its display is the short French message, never a traceback.

    Parameters
    ----------
    result : CheckResult
        The verdict, kept as ``error.result``.

    Examples
    --------
    >>> error = CheckFailed(CheckResult("02.k", Outcome.NOT_ATTEMPTED, "À toi !"))
    >>> error.result.outcome is Outcome.NOT_ATTEMPTED
    True
    """

    def __init__(self, result: CheckResult) -> None:
        super().__init__(str(result))
        self.result = result

    def _render_traceback_(self) -> list[str]:
        """IPython's hook: these lines replace the traceback (coloured for the terminal/Jupyter)."""
        return self.result.panel().ansi_lines()
