"""A one-line progress bar for the terminal, silent when the output is not a terminal.

Examples
--------
>>> import io
>>> stream = io.StringIO()
>>> bar = ProgressBar(4, stream=stream, always=True)
>>> bar.advance("ana.dupont")
>>> "1/4" in stream.getvalue()
True
"""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressBar:
    """Draw ``[#####.....] done/total label`` on one terminal line.

    Parameters
    ----------
    total : int
        Number of steps.
    stream : file, optional
        Where to draw (standard error by default).
    always : bool
        Draw even when ``stream`` is not a terminal (tests).
    width : int
        Characters of the bar itself.
    """

    def __init__(self, total: int, stream: TextIO | None = None, always: bool = False, width: int = 30):
        self.total, self.done, self.width = max(total, 0), 0, width
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = always or bool(getattr(self.stream, "isatty", lambda: False)())

    def restart(self, total: int) -> None:
        """Start again from zero, for ``total`` steps (known only once the work is listed)."""
        self.total, self.done = max(total, 0), 0

    def advance(self, label: str = "") -> None:
        """Count one more step done and redraw, naming ``label``."""
        self.done += 1
        if not self.enabled or not self.total:
            return
        filled = self.width * self.done // self.total
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label[:30]:<30}")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
