"""Names an unfinished exercise left undefined, so that « Run All » goes on past them.

When a cell of a pupil's session stops at nbgrader's stub (``raise NotImplementedError()``, in
the cell or in a function it calls), the names that cell should have defined do not exist.
:func:`remember_cell` records them, with their *origin*: the function not yet written, or the
unfinished cell. A later cell that needs one of them raises ``NameError``; :func:`explain_missing`
then gives the French message that names the exercise to do first (and records the names of
that cell in turn), instead of a traceback. A ``NameError`` for the answer of a declared exercise
(``exercices.annee_zero.check(annee_zero)`` before ``annee_zero`` is written) is explained the
same way. Under nbgrader none of this runs (see :mod:`eduia.checks.ipython`).

Examples
--------
>>> import ast
>>> sorted(cell_names(ast.parse("a = f(x)\\nb = [y for y in a]\\ndef g(z):\\n    w = z")))
['a', 'b', 'f', 'g', 'x']
"""

from __future__ import annotations

import ast
import builtins
import sys
from dataclasses import dataclass
from typing import Any

from eduia.i18n import t

EXERCISE_MODULES = "eduia.checks.exercises."
_NESTED_SCOPES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


@dataclass(frozen=True)
class Origin:
    """Why a name is missing: a ``function`` not yet written, the answer of an ``exercise`` not
    yet given (its full name), or else an unfinished cell."""

    function: str | None = None
    exercise: str | None = None


_pending: dict[str, Origin] = {}


def cell_names(tree: ast.AST) -> set[str]:
    """The names a cell reads or binds in its own scope (not inside functions or comprehensions).

    A function or class the cell defines counts by its name; a comprehension by its first
    iterable, which runs in the cell's scope.

    Examples
    --------
    >>> import ast
    >>> sorted(cell_names(ast.parse("import numpy as np\\nfor i in range(3):\\n    t = i")))
    ['i', 'np', 'range', 't']
    """
    names: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            todo.extend(node.decorator_list)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            todo.append(node.generators[0].iter)
        elif not isinstance(node, _NESTED_SCOPES):
            todo.extend(ast.iter_child_nodes(node))
    return names


def _undefined(names: tuple[str, ...], namespace: dict[str, Any]) -> list[str]:
    return [name for name in names if name not in namespace and not hasattr(builtins, name)]


def remember_cell(names: tuple[str, ...], namespace: dict[str, Any], origin: Origin) -> None:
    """Record the ``names`` of a stopped cell that ``namespace`` lacks, with their ``origin``.

    Examples
    --------
    >>> remember_cell(("x", "print"), {}, Origin("predire"))
    >>> pending_origin("x"), pending_origin("print")
    (Origin(function='predire', exercise=None), None)
    >>> forget()
    """
    for name in _undefined(names, namespace):
        _pending.setdefault(name, origin)


def pending_origin(name: str) -> Origin | None:
    """The origin of the missing ``name``, or ``None`` when no unfinished exercise explains it."""
    return _pending.get(name)


def forget() -> None:
    """Forget every recorded name (a new session, or a test)."""
    _pending.clear()


def exercise_answer(name: str) -> str | None:
    """The full name (``"03.annee_zero"``) of a loaded exercise whose answer is called ``name``.

    Only exercise modules already imported by the lesson (``eduia.checks.exercises.*``) are
    looked at; nothing is imported here.

    Examples
    --------
    >>> exercise_answer("pas_un_exercice") is None
    True
    """
    from eduia.checks.exercise import Exercise

    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith(EXERCISE_MODULES) or module is None:
            continue
        found = getattr(module, name, None)
        if isinstance(found, Exercise) and found.short_name == name:
            return found.name
    return None


def missing_message(name: str) -> str | None:
    """The French message for the missing ``name`` when an unfinished exercise explains it.

    Examples
    --------
    >>> remember_cell(("mes_predictions",), {}, Origin("predire"))
    >>> "predire" in missing_message("mes_predictions")
    True
    >>> forget()
    """
    exercise = exercise_answer(name)
    if exercise is not None:
        return t("help.missing_answer", name=name, exercise=exercise)
    origin = pending_origin(name)
    if origin is None:
        return None
    if origin.function is not None:
        return t("help.missing_after_stub", name=name, function=origin.function)
    if origin.exercise is not None:
        return t("help.missing_after_answer", name=name, exercise=origin.exercise)
    return t("help.missing_after_unfinished_cell", name=name)


def explain_missing(
    error: NameError, names: tuple[str, ...], namespace: dict[str, Any]
) -> str | None:
    """The message for ``error`` if an unfinished exercise explains it (then the names of this
    cell are recorded with the same origin), else ``None``.

    Examples
    --------
    >>> explain_missing(NameError("x", name="x"), ("x",), {}) is None
    True
    """
    name = getattr(error, "name", None)
    if not name:
        return None
    message = missing_message(name)
    if message is None:
        return None
    exercise = exercise_answer(name)
    origin = Origin(exercise=exercise) if exercise else pending_origin(name) or Origin()
    remember_cell(names, namespace, origin)
    return message
