"""A small text progress bar for the terminal (one line, redrawn in place).

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


class ProgressBar:
    """``label [#####-----] done/total item``, redrawn on a terminal, in steps of 25 % elsewhere."""

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None, width: int = 30):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.done = 0
        self._interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_quarter = -1

    def _line(self, item: str) -> str:
        filled = round(self.width * min(self.done, self.total) / self.total)
        bar = "#" * filled + "-" * (self.width - filled)
        text = f"{self.label} [{bar}] {min(self.done, self.total)}/{self.total}"
        return f"{text} {item}".rstrip()

    def advance(self, item: str = "") -> None:
        """Count one more item done and show it."""
        self.done += 1
        if self._interactive:
            self.stream.write("\r\033[K" + self._line(item))
            self.stream.flush()
            return
        quarter = 4 * min(self.done, self.total) // self.total
        if quarter != self._last_quarter and quarter < 4:
            self._last_quarter = quarter
            self.stream.write(self._line(item) + "\n")

    def close(self) -> None:
        """Show the bar full and end its line."""
        self.done = max(self.done, self.total)
        prefix = "\r\033[K" if self._interactive else ""
        self.stream.write(prefix + self._line("") + "\n")
        self.stream.flush()
