"""Where eduia's shipped files are: inside the installed package, or in a source checkout.

The wheel carries ``datasets/`` and ``notebooks/release/`` under ``eduia/_shipped/``. In an
editable install or a checkout those files are at the top of the repository instead. Every module
that reads shipped files asks here, so the two layouts are handled in one place.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SHIPPED_DIR = _PACKAGE_DIR / "_shipped"
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def shipped_path(relative: str) -> Path:
    """The folder or file ``relative`` (e.g. ``"datasets"``), installed or from the checkout.

    Examples
    --------
    >>> shipped_path("datasets").name
    'datasets'
    """
    installed = _SHIPPED_DIR / relative
    if installed.exists():
        return installed
    return _CHECKOUT_DIR / relative


def checkout_root() -> Path | None:
    """The repository root when eduia runs from a source checkout, else ``None``."""
    if (_CHECKOUT_DIR / "pyproject.toml").is_file() and (_CHECKOUT_DIR / "src" / "eduia").is_dir():
        return _CHECKOUT_DIR
    return None


def lesson_sources_dir() -> Path | None:
    """The lesson sources (with solutions and hidden tests), or ``None`` on a pupil's machine.

    The checkout's ``notebooks/source`` when eduia runs from the repository, else the sources of
    the installed teacher package ``eduia-enseignant``; the pupil package never carries them.

    Examples
    --------
    >>> lesson_sources_dir() is None or lesson_sources_dir().name == "source"
    True
    """
    root = checkout_root()
    if root is not None and (root / "notebooks" / "source").is_dir():
        return root / "notebooks" / "source"
    return teacher_lessons_dir()


def teacher_lessons_dir() -> Path | None:
    """The lesson sources of the installed teacher package ``eduia-enseignant``, or ``None``.

    Examples
    --------
    >>> teacher_lessons_dir() is None or teacher_lessons_dir().name == "source"
    True
    """
    try:
        import eduia_enseignant
    except ImportError:
        return None
    lessons = eduia_enseignant.lessons_dir()
    return lessons if lessons.is_dir() else None


def teacher_datasets_dir() -> Path | None:
    """The datasets that only the teacher package ``eduia-enseignant`` carries, or ``None``.

    ``feux_meteo_station_jour`` is one: the class challenge hides some of its rows.

    Examples
    --------
    >>> teacher_datasets_dir() is None or teacher_datasets_dir().name == "datasets"
    True
    """
    try:
        import eduia_enseignant
    except ImportError:
        return None
    folder = eduia_enseignant.datasets_dir()
    return folder if folder.is_dir() else None
