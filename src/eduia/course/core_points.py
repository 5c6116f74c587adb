"""The core of a lesson: the points a pupil can earn before « Pour aller plus loin ».

Each lesson has a core an average pupil finishes in one period, then an optional part under a
heading « Pour aller plus loin ». nbgrader has no bonus cell: every graded cell counts in the
maximum. So eduia reads the lesson's source notebooks and takes the points of the graded cells
placed before that heading as the maximum of the mark out of 20; the points earned after it are a
bonus, and the mark is capped at 20. A lesson without the heading keeps nbgrader's maximum.

Examples
--------
>>> import nbformat
>>> v4 = nbformat.v4
>>> def graded(points):
...     cell = v4.new_code_cell("assert True")
...     cell.metadata["nbgrader"] = {"grade": True, "points": points}
...     return cell
>>> cells = [graded(2), v4.new_markdown_cell("## Pour aller plus loin (facultatif)"), graded(3)]
>>> notebook_core_points(v4.new_notebook(cells=cells))
(2.0, 5.0)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

#: A markdown heading (any level) that opens a lesson's optional part.
OPTIONAL_HEADING = re.compile(r"^\s*#+\s*Pour aller plus loin", re.IGNORECASE)


def notebook_core_points(notebook: Any) -> tuple[float, float]:
    """``(core points, all points)`` of the graded cells of ``notebook``.

    Examples
    --------
    >>> import nbformat
    >>> notebook_core_points(nbformat.v4.new_notebook())
    (0.0, 0.0)
    """
    core = total = 0.0
    optional = False
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and OPTIONAL_HEADING.match(cell.source):
            optional = True
        nbgrader = cell.get("metadata", {}).get("nbgrader", {})
        if nbgrader.get("grade"):
            points = float(nbgrader.get("points") or 0)
            total += points
            core += 0.0 if optional else points
    return core, total


def core_maximum(course_root: str | Path, lesson: str) -> float | None:
    """The points of the core of ``lesson`` in the course's ``source/`` folder, or ``None``.

    ``None`` when the lesson has no source notebook there or no graded cell after its
    « Pour aller plus loin » heading: its maximum is then nbgrader's.

    Examples
    --------
    >>> core_maximum("/nonexistent", "02") is None
    True
    """
    import nbformat

    core = total = 0.0
    for path in sorted((Path(course_root) / "source" / lesson).glob("*.ipynb")):
        try:
            notebook = nbformat.read(path, as_version=4)
        except (OSError, ValueError):
            return None
        notebook_core, notebook_total = notebook_core_points(notebook)
        core, total = core + notebook_core, total + notebook_total
    return core if 0 < core < total else None
