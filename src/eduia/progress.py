"""The one text progress bar of eduia's commands (``eduia bundle``, ``eduia course autograde``).

On a terminal it is one line redrawn in place, ``label [#####.....] done/total item``. Elsewhere
(a log file, a pipe) it writes a line at each quarter, or nothing with ``log=False``.

Examples
--------
>>> import io
>>> stream = io.StringIO()
>>> bar = ProgressBar(4, "Téléchargement", stream=stream)
>>> for name in ["numpy", "pandas", "scipy", "pip"]:
...     bar.advance(name)
>>> bar.close()
>>> stream.getvalue().splitlines()[-1]
'Téléchargement [##############################] 4/4'
"""

from __future__ import annotations

import sys
from typing import TextIO

_CLEAR_TO_END = "\033[K"


class ProgressBar:
    """``label [#####.....] done/total item`` on one terminal line.

    Parameters
    ----------
    total : int
        Number of steps.
    label : str
        Written before the bar (may be empty).
    stream : file, optional
        Where to draw (standard error by default).
    always : bool
        Draw in place even when ``stream`` is not a terminal (tests).
    log : bool
        Outside a terminal, write a line at each quarter (``True``) or nothing (``False``).
    width : int
        Characters of the bar itself.

    Examples
    --------
    >>> import io
    >>> stream = io.StringIO()
    >>> bar = ProgressBar(2, stream=stream, always=True, width=4)
    >>> bar.advance("ana")
    >>> stream.getvalue()
    '\\r[##..] 1/2 ana\\x1b[K'
    """

    def __init__(
        self,
        total: int,
        label: str = "",
        *,
        stream: TextIO | None = None,
        always: bool = False,
        log: bool = True,
        width: int = 30,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label, self.width, self.log = label, width, log
        self.interactive = always or bool(getattr(self.stream, "isatty", lambda: False)())
        self.restart(total)

    def restart(self, total: int) -> None:
        """Start again from zero, for ``total`` steps (known only once the work is listed)."""
        self.total, self.done = max(total, 0), 0
        self._last_quarter, self._ended = -1, False

    def _line(self, item: str) -> str:
        done = min(self.done, self.total)
        filled = self.width * done // self.total if self.total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        prefix = f"{self.label} " if self.label else ""
        return f"{prefix}[{bar}] {done}/{self.total} {item}".rstrip()

    def advance(self, item: str = "") -> None:
        """Count one more step done and show it, naming ``item``."""
        self.done += 1
        if not self.total:
            return
        if self.interactive:
            self.stream.write("\r" + self._line(item[:40]) + _CLEAR_TO_END)
            if self.done >= self.total:
                self.stream.write("\n")
                self._ended = True
            self.stream.flush()
            return
        quarter = 4 * min(self.done, self.total) // self.total
        if self.log and quarter != self._last_quarter and quarter < 4:
            self._last_quarter = quarter
            self.stream.write(self._line(item) + "\n")

    def close(self) -> None:
        """Show the bar full and end its line (nothing if it is already, or silent)."""
        if self._ended or not (self.interactive or self.log):
            return
        self.done = max(self.done, self.total)
        prefix = "\r" if self.interactive else ""
        suffix = _CLEAR_TO_END if self.interactive else ""
        self.stream.write(prefix + self._line("") + suffix + "\n")
        self.stream.flush()
        self._ended = True
