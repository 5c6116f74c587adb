"""When a pupil's function fails because an earlier exercise of the lesson is not right yet.

Lesson 02's ``predire`` calls the pupil's own ``plus_proches_voisins``: if that one is wrong or
not written, ``predire`` fails however right it is. :func:`blame_earlier` finds, among the
functions the checked function calls by name, those that are the answer of another exercise of
the same lesson and do not pass their own check, and puts the exercise to fix first at the head of
the failure's message.

Examples
--------
>>> def predire(point):
...     return plus_proches_voisins(point)  # noqa: F821
>>> sorted(called_names(predire))
['plus_proches_voisins']
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
import types
from typing import Any

from eduia.checks.outcomes import CheckResult, Outcome
from eduia.i18n import t

_probing = {"active": False}


def called_names(function: Any) -> set[str]:
    """The global names the code of ``function`` (and of the functions nested in it) reads.

    Examples
    --------
    >>> called_names(len)
    set()
    """
    code = getattr(inspect.unwrap(function), "__code__", None)
    names: set[str] = set()
    todo = [code] if isinstance(code, types.CodeType) else []
    while todo:
        current = todo.pop()
        names.update(current.co_names)
        todo.extend(const for const in current.co_consts if isinstance(const, types.CodeType))
    return names


def lesson_exercises(exercise: Any) -> dict[str, Any]:
    """The other exercises declared beside ``exercise`` (same lesson module), by short name.

    Examples
    --------
    >>> from eduia.checks import Exercise
    >>> lesson_exercises(Exercise("99.k", expected=5))
    {}
    """
    from eduia.checks.exercise import Exercise

    for module in list(sys.modules.values()):
        namespace = getattr(module, "__dict__", None)
        if not isinstance(namespace, dict) or namespace.get(exercise.short_name) is not exercise:
            continue
        return {
            name: value
            for name, value in list(namespace.items())
            if isinstance(value, Exercise) and value is not exercise and value.cases
        }
    return {}


def failing_earlier(exercise: Any, function: Any) -> list[str]:
    """Names of the exercises whose pupil function ``function`` calls and which fail their check."""
    if _probing["active"]:
        return []
    namespace = getattr(inspect.unwrap(function), "__globals__", {})
    siblings = lesson_exercises(exercise)
    failing = []
    _probing["active"] = True
    try:
        for name in sorted(called_names(function) & set(siblings)):
            earlier = namespace.get(name)
            if callable(earlier) and not siblings[name].evaluate(earlier).passed:
                failing.append(siblings[name].name)
    finally:
        _probing["active"] = False
    return failing


def blame_earlier(exercise: Any, function: Any, failure: CheckResult) -> CheckResult:
    """``failure``, with the earlier exercises to fix first named at the head of its message.

    Examples
    --------
    >>> from eduia.checks import Exercise, Outcome
    >>> failure = CheckResult("99.k", Outcome.INCORRECT, "Non.")
    >>> blame_earlier(Exercise("99.k", expected=5), print, failure) is failure
    True
    """
    failing = failing_earlier(exercise, function)
    if not failing:
        return failure
    name = getattr(function, "__name__", exercise.short_name)
    names = ", ".join(f"« {item} »" for item in failing)
    message = t("help.earlier_exercise_fails", function=name, exercises=names)
    if failure.outcome is not Outcome.NOT_ATTEMPTED:  # the stub is in the earlier function
        message = f"{message} {failure.message}"
    return dataclasses.replace(failure, message=message)
