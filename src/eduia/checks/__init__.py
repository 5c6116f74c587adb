"""Self-check exercises with friendly French feedback: ``check()``, ``hint()``, ``solution()``.

Lessons declare their exercises in ``eduia.checks.exercises.lesson_NN`` with :class:`Exercise`
and :class:`Case`. A check has four outcomes (:class:`Outcome`): correct, incorrect, not
attempted, uncheckable; every outcome but correct raises :class:`CheckFailed` so that nbgrader
scores the test cell 0. Importing this package under IPython registers a handler that shows a
failed check as a short French message with the next hint, and appends a French explanation to
the traceback of common beginner errors (see :mod:`eduia.checks.ipython`).

A teacher switches solutions off with ``EDUIA_SOLUTIONS=off`` or :func:`disable_solutions`.

Examples
--------
>>> from eduia.checks import Case, Exercise
>>> distance = Exercise(
...     "02.distance",
...     cases=[Case(args=((0, 0), (3, 4)), expected=5.0)],
...     hints=["Pythagore : racine de (dx² + dy²)."],
...     solution="def distance(a, b):\\n    return math.dist(a, b)",
... )
>>> distance.evaluate(lambda a, b: 5.0).passed
True
"""

from __future__ import annotations

from eduia.checks.compare import CompareOptions, Mismatch, compare
from eduia.checks.exercise import Case, Exercise
from eduia.checks.ipython import install_handler
from eduia.checks.outcomes import CheckFailed, CheckResult, Outcome
from eduia.checks.settings import (
    disable_solutions,
    enable_solutions,
    reset_solutions,
    solutions_enabled,
)

__all__ = [
    "Case",
    "CheckFailed",
    "CheckResult",
    "CompareOptions",
    "Exercise",
    "Mismatch",
    "Outcome",
    "compare",
    "disable_solutions",
    "enable_solutions",
    "install_handler",
    "reset_solutions",
    "solutions_enabled",
]

install_handler()
