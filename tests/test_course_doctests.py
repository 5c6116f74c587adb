"""The examples in the docstrings of :mod:`eduia.course` run and say the truth."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import eduia.course

MODULES = sorted(f"eduia.course.{info.name}" for info in pkgutil.iter_modules(eduia.course.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} failing example(s) in {name}"
