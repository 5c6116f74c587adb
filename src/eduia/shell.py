"""The running IPython shell, found without importing IPython (none in a plain Python process)."""

from __future__ import annotations

import sys
from typing import Any


def running_shell() -> Any:
    """The IPython shell this code runs in, or ``None`` (plain Python, IPython never imported).

    Examples
    --------
    >>> running_shell() is None  # in a plain Python process
    True
    """
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None
