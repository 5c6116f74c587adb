"""Interactive playgrounds, one per lesson: move a control, see the model change.

In a lesson::

    from eduia.playgrounds import knn_map
    knn_map()          # as the last line of a cell: shows the playground

Each playground lives in its own module and is imported on first use, so importing this package
costs nothing. Each module also exposes the plain keyword function that computes and draws
(``draw_knn_map(k=5, data=..., fig=...)``), testable without widgets. How to write one:
see :mod:`eduia.playgrounds._base`.

Note: ``eduia.playgrounds.knn_map`` is always the *function* ``knn_map``, even after its module
``eduia.playgrounds.knn_map`` was imported; reach the module with
``from eduia.playgrounds.knn_map import draw_knn_map`` or ``importlib.import_module``.

Examples
--------
>>> from eduia import playgrounds
>>> "knn_map" in playgrounds.PLAYGROUNDS
True
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: Each playground's name (as in docs/contracts.md) and the module that defines it, by lesson.
PLAYGROUNDS: dict[str, str] = {
    "commune_map": "commune_map",  # 00
    "rule_vs_learned": "rule_vs_learned",  # 01
    "knn_map": "knn_map",  # 02
    "line_fit": "line_fit",  # 03
    "tree_depth": "tree_depth",  # 04
    "threshold": "threshold",  # 05
    "complexity_curve": "threshold",  # 05
    "kmeans_steps": "kmeans_steps",  # 06
    "neuron": "neuron",  # 07
    "digit_drawing": "digit_drawing",  # 08
    "next_word": "next_word",  # 09
    "fairness": "fairness",  # 10
}

__all__ = [
    "PLAYGROUNDS",
    "PlaygroundError",
    "commune_map",
    "complexity_curve",
    "digit_drawing",
    "fairness",
    "kmeans_steps",
    "knn_map",
    "line_fit",
    "neuron",
    "next_word",
    "rule_vs_learned",
    "threshold",
    "tree_depth",
]


def _load(name: str) -> Any:
    module_name = f"{__name__}.{PLAYGROUNDS[name]}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        from eduia.i18n import t

        raise ImportError(t("playgrounds.not_available", name=name), name=module_name) from error
    return getattr(module, name)


def __getattr__(name: str) -> Any:
    if name in PLAYGROUNDS:
        function = _load(name)
        globals()[name] = function
        return function
    if name == "PlaygroundError":
        from eduia.playgrounds._base import PlaygroundError

        return PlaygroundError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


class _PlaygroundPackage(types.ModuleType):
    """Keeps ``eduia.playgrounds.<name>`` bound to the function, not to its same-named module.

    Python's import system binds a submodule as an attribute of its package once it is imported;
    for a playground module named like its function, the function is bound instead.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in PLAYGROUNDS and isinstance(value, types.ModuleType):
            value = getattr(value, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _PlaygroundPackage
