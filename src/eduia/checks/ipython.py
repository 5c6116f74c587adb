"""IPython's display of errors in a lesson: a short French message for a failed check, and a
French explanation appended to the traceback of the common beginner errors.

:func:`install_handler` registers one custom exception handler with IPython (only when IPython
runs, and only once per shell). For :class:`~eduia.checks.CheckFailed` the error output holds
the French message and the next hint, no traceback; nbgrader still sees an error and scores the
cell 0. For ``NameError``, ``TypeError``, ``KeyError`` and ``SyntaxError`` the usual traceback is
kept and :func:`~eduia.checks.beginner_errors.explain` adds a sentence under it. A handler that
was registered before eduia's keeps handling its own exceptions.

Examples
--------
>>> install_handler()  # outside IPython: nothing to do
False
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from eduia.checks import display
from eduia.checks.beginner_errors import EXPLAINED_ERRORS, explain
from eduia.checks.outcomes import CheckFailed

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
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    if getattr(shell, _MARK, False) and CheckFailed in shell.custom_exceptions:
        return True
    previous = (tuple(shell.custom_exceptions), shell.CustomTB)
    handled = (CheckFailed, *EXPLAINED_ERRORS, *previous[0])

    def handler(
        shell: Any, etype: type, value: BaseException, tb: TracebackType, tb_offset: Any = None
    ) -> None:
        if isinstance(value, (CheckFailed, *EXPLAINED_ERRORS)):
            show_error(shell, etype, value, tb, tb_offset)
        else:  # an exception of the handler registered before eduia's
            previous[1](etype, value, tb, tb_offset)

    shell.set_custom_exc(handled, handler)
    setattr(shell, _MARK, True)
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
    if isinstance(value, CheckFailed):
        return value._render_traceback_()
    if isinstance(value, SyntaxError):
        lines = shell.SyntaxTB.structured_traceback(etype, value, [])
    else:
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    explanation = explain(value)
    if explanation:
        panel = display.Panel("info", display.title("explanation"), (explanation,))
        lines = [*lines, "", *panel.ansi_lines()]
    return lines


def show_error(
    shell: Any, etype: type, value: BaseException, tb: TracebackType | None, tb_offset: Any = None
) -> None:
    """Show the error as IPython would, with :func:`error_lines`, and remember it for ``%debug``."""
    sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
    # _showtraceback is the hook IPython's own showtraceback ends with; ipykernel overrides it
    # to send the "error" message that Jupyter displays and nbgrader scores.
    shell._showtraceback(etype, value, error_lines(shell, etype, value, tb, tb_offset))
