"""The teacher's switch for solutions: on by default, off by ``EDUIA_SOLUTIONS=off`` or a call.

The teacher switches solutions off for a whole room from the environment (the JupyterHub's, or
the machine's), or for one session from a notebook cell with :func:`disable_solutions`. A pupil
cannot switch them back on: :func:`enable_solutions` only undoes :func:`disable_solutions`,
never the environment's « off ».

Examples
--------
>>> disable_solutions()
>>> solutions_enabled()
False
>>> reset_solutions()
"""

from __future__ import annotations

import os

_OFF_VALUES = ("off", "0", "false", "no", "non", "disabled")
GRADING_VARIABLE = "NBGRADER_EXECUTION"
"""Set by nbgrader (« autograde » or « validate ») in the kernel that grades a notebook."""
_chosen: bool | None = None


def solutions_enabled() -> bool:
    """Whether ``Exercise.solution()`` shows solutions: ``EDUIA_SOLUTIONS``, then the last call."""
    if os.environ.get("EDUIA_SOLUTIONS", "on").strip().lower() in _OFF_VALUES:
        return False
    return _chosen is not False


def disable_solutions() -> None:
    """Hide every solution from now on (until :func:`enable_solutions`)."""
    global _chosen
    _chosen = False


def enable_solutions() -> None:
    """Undo :func:`disable_solutions` (an ``EDUIA_SOLUTIONS=off`` environment still wins)."""
    global _chosen
    _chosen = True


def reset_solutions() -> None:
    """Forget the calls above: ``EDUIA_SOLUTIONS`` decides again."""
    global _chosen
    _chosen = None


def grading() -> bool:
    """Whether nbgrader executes this kernel (``NBGRADER_EXECUTION`` set, to any value).

    Under grading a failed check raises, so that the test cell scores 0; in a pupil's session it
    only shows its verdict, so that « Run All » goes on to the last cell.

    Examples
    --------
    >>> import os
    >>> grading() == bool(os.environ.get("NBGRADER_EXECUTION"))
    True
    """
    return bool(os.environ.get(GRADING_VARIABLE, "").strip())
