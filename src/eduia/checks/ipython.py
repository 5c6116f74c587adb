"""IPython's display of errors in a lesson: a short French message for a failed check, and a
French explanation appended to the traceback of the common beginner errors.

:func:`install_handler` registers one custom exception handler with IPython (only when IPython
runs, and only once per shell). For :class:`~eduia.checks.CheckFailed` the error output holds
the French message and the next hint, no traceback (every other :class:`~eduia.errors.EduiaError`,
such as a dataset or plot error, gets the same short panel, ``%tb`` showing the traceback); nbgrader still sees an error and scores the
cell 0. For ``NameError``, ``TypeError``, ``KeyError`` and ``SyntaxError`` the usual traceback is
kept, under the French explanation of :func:`~eduia.checks.beginner_errors.explain` (with the line
to fix). After each cell, a decimal comma (``a = -4,9``, a tuple) gets a French warning.
:func:`load_ipython_extension` makes this module the IPython extension that the kernel of
``eduia lab`` loads at start (``--ext=eduia.checks.ipython``), so the help works from the first
cell, with nothing to import. A handler that
was registered before eduia's keeps handling its own exceptions.

:func:`install_stub_guard` keeps « Run All » going in a pupil's session: a cell that reaches
nbgrader's stub ``raise NotImplementedError()`` (at top level, or by calling a function not yet
written) shows « pas encore fait » and ends without an error. Under nbgrader
(``NBGRADER_EXECUTION`` set) the guard does nothing, so an unattempted exercise scores 0.

Examples
--------
>>> install_handler()  # outside IPython: nothing to do
False
"""

from __future__ import annotations

import ast
import sys
from types import TracebackType
from typing import Any

from eduia.checks import display, french_mistakes, pending, settings
from eduia.checks.beginner_errors import EXPLAINED_ERRORS, explain
from eduia.checks.outcomes import CheckFailed
from eduia.errors import EduiaError
from eduia.i18n import t
from eduia.shell import running_shell

_MARK = "_eduia_checks_handler"


def install_handler(shell: Any = None) -> bool:
    """Register eduia's exception handler with the running IPython shell.

    Parameters
    ----------
    shell : IPython.core.interactiveshell.InteractiveShell, optional
        The shell; the running one when omitted.

    Returns
    -------
    bool
        True if the handler is in place, False when there is no IPython shell.

    Examples
    --------
    >>> install_handler()  # in a plain Python process
    False
    """
    shell = running_shell() if shell is None else shell
    if shell is None:
        return False
    if getattr(shell, _MARK, False) and CheckFailed in shell.custom_exceptions:
        return True
    previous = (tuple(shell.custom_exceptions), shell.CustomTB)
    handled = (CheckFailed, EduiaError, *EXPLAINED_ERRORS, *previous[0])

    def handler(
        shell: Any, etype: type, value: BaseException, tb: TracebackType, tb_offset: Any = None
    ) -> None:
        if isinstance(value, (EduiaError, *EXPLAINED_ERRORS)):
            show_error(shell, etype, value, tb, tb_offset)
        else:  # an exception of the handler registered before eduia's
            previous[1](etype, value, tb, tb_offset)

    shell.set_custom_exc(handled, handler)
    setattr(shell, _MARK, True)
    install_stub_guard(shell)
    _install_cell_warnings(shell)
    return True


def load_ipython_extension(shell: Any) -> None:
    """IPython's hook for ``%load_ext eduia.checks.ipython`` and ``--ext=eduia.checks.ipython``.

    The kernel ``eduia lab`` starts (and the school server's) loads it, so that the French help
    works from the first cell, before any ``import eduia``.

    Examples
    --------
    >>> from IPython.core.interactiveshell import InteractiveShell  # doctest: +SKIP
    >>> load_ipython_extension(InteractiveShell.instance())  # doctest: +SKIP
    """
    install_handler(shell)


def _install_cell_warnings(shell: Any) -> None:
    """After each cell, warn about a decimal comma (``a = -4,9`` makes a tuple), once per shell."""
    events = getattr(shell, "events", None)
    if events is None or _after_cell in events.callbacks.get("post_run_cell", []):
        return
    events.register("post_run_cell", _after_cell)


def _after_cell(result: Any) -> None:
    info = getattr(result, "info", None)
    source = getattr(info, "raw_cell", None)
    if not source or "," not in source:
        return
    for warning in french_mistakes.warn_decimal_commas(source):
        display.show(display.Panel("uncheckable", display.title("explanation"), (warning,)))


class StubGuard(ast.NodeTransformer):
    """Rewrite a cell so that ``NotImplementedError`` shows « pas encore fait » and ends it.

    The statements run inside ``try``; the last expression, whose value Jupyter displays, stays
    a separate statement and is skipped (shows nothing) once the stub was reached. Cells with a
    top-level ``await`` or ``from __future__`` import are left as they are. Under nbgrader the
    transformer changes nothing.

    Examples
    --------
    >>> import ast
    >>> tree = StubGuard().visit(ast.parse("x = 1\\nx"))
    >>> type(tree.body[1]).__name__
    'Try'
    """

    def visit_Module(self, node: ast.Module) -> ast.Module:
        if settings.grading() or not node.body or not _guardable(node):
            return node
        names = tuple(sorted(pending.cell_names(node)))
        body, last = list(node.body), None
        if isinstance(body[-1], ast.Expr):
            last = body.pop()
        guard = f"__import__({__name__!r}, fromlist=['_'])"
        new_body: list[ast.stmt] = _located(ast.parse(f"{guard}._cell_started()").body, node)
        if body:
            # The second clause catches only a NameError that an unfinished exercise explains
            # (its type expression runs while that error is in flight); any other NameError
            # goes on untouched, with its own traceback.
            handler = ast.parse(
                f"try:\n    pass\nexcept NotImplementedError as _eduia_stub:\n"
                f"    {guard}._stub_reached(_eduia_stub, {names!r})\n"
                f"except {guard}._explained_name_error() as _eduia_missing:\n"
                f"    {guard}._name_missing(_eduia_missing, {names!r})"
            ).body[0]
            _located([handler], body[-1])
            handler.body = body
            new_body.append(handler)
        if last is not None:
            wrapped = ast.parse(f"{guard}._last_value(lambda: None, {names!r})", mode="eval").body
            _located([wrapped], last)
            wrapped.args[0].body = last.value
            new_body.append(ast.copy_location(ast.Expr(wrapped), last))
        node.body = new_body
        return ast.fix_missing_locations(node)


def _located(nodes: list[Any], where: ast.AST) -> list[Any]:
    """``nodes`` (eduia's own code around a cell) placed at ``where``'s line, so that a pupil's
    traceback points at the pupil's line, not at a line of eduia's template."""
    line = getattr(where, "lineno", 1)
    for top in nodes:
        for child in ast.walk(top):
            if "lineno" in child._attributes:
                child.lineno = child.end_lineno = line
                child.col_offset = child.end_col_offset = 0
    return nodes


def _guardable(node: ast.Module) -> bool:
    for child in ast.walk(node):
        if isinstance(child, (ast.Await, ast.AsyncFor, ast.AsyncWith, ast.Yield, ast.NamedExpr)):
            return False
        if isinstance(child, ast.ImportFrom) and child.module == "__future__":
            return False
    return True


_stub_state = {"reached": False}


def _cell_started() -> None:
    _stub_state["reached"] = False


def _user_namespace() -> dict[str, Any]:
    shell = running_shell()
    return shell.user_ns if shell is not None else {}


def _stub_reached(error: BaseException, names: tuple[str, ...] = ()) -> None:
    """Show « pas encore fait » for the stub behind ``error`` (in a function, or the cell).

    The names of the cell left undefined are remembered with the function not yet written, so
    that a later cell needing them says which exercise to do first.
    """
    _stub_state["reached"] = True
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    name = frame.tb_frame.f_code.co_name if frame is not None else "<module>"
    if name.startswith("<"):
        message = t("checks.stub_in_cell")
        origin = pending.Origin()
    else:
        message = t("checks.stub_in_function", name=name)
        origin = pending.Origin(function=name)
    pending.remember_cell(names, _user_namespace(), origin)
    display.show(display.Panel("not_attempted", display.title("not_attempted"), (message,)))


def _explained_name_error() -> tuple[type, ...]:
    """``(NameError,)`` when the error in flight is a name an unfinished exercise explains, else
    ``()`` (an ``except`` clause that catches nothing)."""
    error = sys.exc_info()[1]
    if isinstance(error, NameError) and pending.missing_message(getattr(error, "name", "")):
        return (NameError,)
    return ()


def _name_missing(error: NameError, names: tuple[str, ...] = ()) -> bool:
    """Show why ``error``'s name is missing when an unfinished exercise explains it (True);
    False for any other ``NameError``, which the cell then raises."""
    message = pending.explain_missing(error, names, _user_namespace())
    if message is None:
        return False
    _stub_state["reached"] = True
    display.show(display.Panel("not_attempted", display.title("not_attempted"), (message,)))
    return True


def _last_value(compute: Any, names: tuple[str, ...] = ()) -> Any:
    __tracebackhide__ = True  # IPython leaves this frame out of tracebacks
    if _stub_state["reached"]:
        return None
    try:
        return compute()
    except NotImplementedError as error:
        _stub_reached(error, names)
        return None
    except _explained_name_error() as error:
        _name_missing(error, names)
        return None


def install_stub_guard(shell: Any) -> bool:
    """Add :class:`StubGuard` to ``shell.ast_transformers`` (once); True when in place.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> shell = SimpleNamespace(ast_transformers=[])
    >>> install_stub_guard(shell), install_stub_guard(shell), len(shell.ast_transformers)
    (True, True, 1)
    """
    if not any(isinstance(item, StubGuard) for item in shell.ast_transformers):
        shell.ast_transformers.append(StubGuard())
    return True


def error_lines(
    shell: Any, etype: type, value: BaseException, tb: TracebackType | None, tb_offset: Any = None
) -> list[str]:
    """The lines of the error output: eduia's message, or the traceback plus an explanation.

    Examples
    --------
    >>> from IPython.core.interactiveshell import InteractiveShell  # doctest: +SKIP
    >>> error_lines(InteractiveShell.instance(), NameError, NameError("x"), None)  # doctest: +SKIP
    """
    if isinstance(value, EduiaError):  # CheckFailed and every eduia error: the short panel
        return value._render_traceback_()
    if isinstance(value, SyntaxError):
        lines = shell.SyntaxTB.structured_traceback(etype, value, [])
    else:
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    explanation = explain(value)
    if explanation:  # the French first; the full traceback stays below it
        panel = display.Panel(
            "info", display.title("explanation"), (explanation, t("help.traceback_below"))
        )
        lines = [*panel.ansi_lines(), "", *lines]
    return lines


def show_error(
    shell: Any, etype: type, value: BaseException, tb: TracebackType | None, tb_offset: Any = None
) -> None:
    """Show the error as IPython would, with :func:`error_lines`, and remember it for ``%debug``."""
    sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
    # _showtraceback is the hook IPython's own showtraceback ends with; ipykernel overrides it
    # to send the "error" message that Jupyter displays and nbgrader scores.
    shell._showtraceback(etype, value, error_lines(shell, etype, value, tb, tb_offset))
