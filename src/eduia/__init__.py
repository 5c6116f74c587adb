"""eduia: interactive AI lessons on the open data of the Région Sud.

Importing ``eduia`` is near-free: the teaching modules (``eduia.datasets``,
``eduia.plots``, ``eduia.learn``, ``eduia.playgrounds``, ``eduia.checks``)
are loaded on first use, so that ``import eduia`` never pulls in numpy,
pandas, scikit-learn, matplotlib, nbgrader or JupyterLab.

Examples
--------
>>> import eduia
>>> communes = eduia.datasets.load("communes")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY_SUBMODULES = ("datasets", "plots", "learn", "playgrounds", "checks", "course", "i18n")

__all__ = ["__version__", "set_language", *_LAZY_SUBMODULES]  # noqa: PLE0604 - names, built once


def set_language(language: str) -> None:
    """Choose the language of eduia's messages: ``"fr"`` (default) or ``"en"``."""
    from eduia import i18n

    i18n.set_language(language)


def __getattr__(name: str) -> Any:
    if name in _LAZY_SUBMODULES:
        module = importlib.import_module(f"eduia.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'eduia' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
