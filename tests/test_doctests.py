"""The examples in the docstrings of every module of :mod:`eduia` run and say the truth.

One case per module, named after it. A module without examples passes trivially, so a new
module is covered as soon as it gets one. ``__main__`` modules are left out: importing them runs
the program. An example that needs a running server or a real notebook is marked
``# doctest: +SKIP`` in its docstring.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import matplotlib.pyplot as plt
import pytest

import eduia


def _module_names() -> list[str]:
    found = pkgutil.walk_packages(eduia.__path__, prefix="eduia.")
    names = [info.name for info in found if info.name.rsplit(".", 1)[-1] != "__main__"]
    return sorted(["eduia", *names])


MODULES = _module_names()


def test_every_package_is_walked() -> None:
    for expected in ("eduia.course.collect", "eduia.datasets.catalog", "eduia.playgrounds._base"):
        assert expected in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    try:
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    finally:
        plt.close("all")
    assert result.failed == 0, f"{result.failed} failing example(s) in {name}"
