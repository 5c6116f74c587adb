"""Where a solution comes from: the teacher's lesson sources, never the pupil package.

The only copy of a solution is the ``### BEGIN SOLUTION`` block of the lesson's source notebook.
The pupil package ships checks and hints only; ``Exercise.solution()`` shows the solution where
the sources are on the machine (the teacher package ``eduia-enseignant``, or the repository)
and the teacher has not switched solutions off, and never while nbgrader grades.

Examples
--------
>>> solution_of("99.nothing")
''
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from eduia.checks import settings

_MARKERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")


def solution_of(name: str) -> str:
    """The solution of exercise ``"NN.short_name"`` as its source notebook writes it, or ``""``.

    Empty on a pupil's machine (no sources), while nbgrader grades, and when the teacher
    switched solutions off.
    """
    if settings.grading() or not settings.solutions_enabled():
        return ""
    from eduia.resources import lesson_sources_dir

    lesson, _, short_name = name.partition(".")
    sources = lesson_sources_dir()
    if sources is None or not short_name:
        return ""
    for notebook in sorted(sources.glob(f"{lesson}-*/{lesson}-*.ipynb")):
        text = _solutions(notebook).get(short_name)
        if text:
            return text
    return ""


@functools.lru_cache(maxsize=16)
def _solutions(notebook: Path) -> dict[str, str]:
    """Each name a solution cell of ``notebook`` defines, with the cell's text without markers."""
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return {}
    found: dict[str, str] = {}
    for cell in cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") != "code" or not meta.get("solution") or meta.get("grade"):
            continue
        source = "".join(cell.get("source", []))
        text = "\n".join(line for line in source.splitlines() if not _MARKERS.match(line)).strip()
        for defined in re.findall(r"^(?:def\s+(\w+)|(\w+)\s*=)", source, flags=re.MULTILINE):
            found.setdefault(defined[0] or defined[1], text)
    return found
