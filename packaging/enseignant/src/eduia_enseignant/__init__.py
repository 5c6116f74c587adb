"""eduia's teacher distribution: the lesson sources, the fiches, the teacher guide and the class
challenge's dataset (``feux_meteo_station_jour``, whose hidden rows pupils must not hold).

Installed with ``pip install eduia-enseignant`` on the teacher's computer only. ``eduia course
init`` copies the lessons from :func:`lessons_dir`; ``eduia doctor`` reports whether it is here.

Examples
--------
>>> lessons_dir().name
'source'
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def lessons_dir() -> Path:
    """The lesson sources ``NN-slug/NN-slug.ipynb``, with solutions and hidden tests."""
    return _HERE / "notebooks" / "source"


def guide_dir() -> Path:
    """The teacher guide, with the fiches in ``fiches/``."""
    return _HERE / "teacher_guide"


def datasets_dir() -> Path:
    """The datasets of the teacher only (their datasheets and schema are in eduia's catalogue)."""
    return _HERE / "datasets"
