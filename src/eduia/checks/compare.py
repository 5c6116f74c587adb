"""Compare a pupil's answer with the expected one and say, in French, what differs.

:func:`compare` knows the values a lesson needs: numbers (with a tolerance), booleans, texts
(trimmed, optionally case-insensitive), lists and tuples, dicts, sets, numpy arrays, pandas
Series and DataFrames. It returns ``None`` when the answer matches, else a :class:`Mismatch`
that names the place (``[2]``, ``['nom']``) and the reason. A wrong type has its own message
(« tu as donné un texte, on attendait un nombre »).

numpy and pandas are never imported here: a value can only be a numpy or pandas object if the
pupil's code already imported them, so they are looked up in ``sys.modules``.

Examples
--------
>>> compare(5.0000001, 5) is None
True
>>> compare("5", 5).reason
'text_not_number'
"""

from __future__ import annotations

import math
import numbers
import reprlib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from eduia.i18n import t


@dataclass(frozen=True)
class CompareOptions:
    """How strict a comparison is.

    Parameters
    ----------
    tolerance : float
        Absolute tolerance on numbers.
    rel_tolerance : float
        Relative tolerance on numbers (a fraction of the expected value).
    ignore_case : bool
        Compare texts without regard to upper and lower case.
    strip : bool
        Ignore spaces around texts.
    ignore_order : bool
        Compare lists and tuples as collections, in any order.
    check_index : bool
        Require the same index (row labels) for pandas objects.

    Examples
    --------
    >>> CompareOptions(ignore_case=True).ignore_case
    True
    """

    tolerance: float = 1e-6
    rel_tolerance: float = 1e-9
    ignore_case: bool = False
    strip: bool = True
    ignore_order: bool = False
    check_index: bool = True


@dataclass(frozen=True)
class Mismatch:
    """Why an answer differs from the expected one, and where (a Python subscript path).

    Examples
    --------
    >>> mismatch = Mismatch("different_value", {"actual": 4, "expected": 5}, "[2]")
    >>> mismatch.message("ta réponse", reveal=True)  # doctest: +SKIP
    'Pour ta réponse[2] : tu as donné 4, on attendait 5.'
    """

    reason: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""

    def at(self, step: str) -> Mismatch:
        """The same mismatch, one level deeper (``step`` is prepended to the path)."""
        return Mismatch(self.reason, self.fields, step + self.path)

    def message(self, where: str, *, reveal: bool) -> str:
        """The French (or English) sentence for a pupil; ``reveal=False`` hides expected values."""
        fields = {name: _format_field(name, value) for name, value in self.fields.items()}
        key = f"checks.{self.reason}"
        if not reveal and self.reason in _HIDEABLE:
            key += "_hidden"
        body = t(key, **fields)
        place = (where or t("checks.your_answer")) + self.path if self.path else where
        if not place:
            return body[:1].upper() + body[1:]
        return t("checks.mismatch_at", where=place, body=body)


_HIDEABLE = {"different_value", "different_values"}


def _format_field(name: str, value: Any) -> str:
    if name.endswith("_kind"):
        return t(f"checks.kind_{value}")
    if name in ("actual", "expected"):
        return short_repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(short_repr(item) for item in sorted(value, key=repr))
    return str(value)


class _PupilRepr(reprlib.Repr):
    """``reprlib`` that writes numpy scalars as plain numbers: 4.0, not np.float64(4.0)."""

    def repr1(self, x: Any, level: int) -> str:
        if type(x).__module__ == "numpy" and getattr(x, "ndim", None) == 0:
            x = x.item()
        return super().repr1(x, level)


_repr = _PupilRepr()
_repr.maxstring = 60
_repr.maxother = 60


def short_repr(value: Any) -> str:
    """A short, readable ``repr`` of any value (tables are described by their size).

    Examples
    --------
    >>> short_repr(list(range(100)))
    '[0, 1, 2, 3, 4, 5, ...]'
    """
    kind = kind_of(value)
    if kind == "dataframe":
        return t("checks.describe_dataframe", rows=value.shape[0], columns=value.shape[1])
    if kind == "series":
        return t("checks.describe_series", length=len(value))
    if kind == "array" and value.ndim > 1:
        return t("checks.describe_array", shape=" × ".join(map(str, value.shape)))
    return _repr.repr(value)


def _module_type(module: str, name: str) -> type | None:
    loaded = sys.modules.get(module)
    return getattr(loaded, name, None) if loaded is not None else None


def kind_of(value: Any) -> str:
    """The kind of a value, as pupils name it: ``"number"``, ``"text"``, ``"list"``, …

    Examples
    --------
    >>> kind_of(True), kind_of(3), kind_of("3"), kind_of(None)
    ('boolean', 'number', 'text', 'none')
    """
    ndarray = _module_type("numpy", "ndarray")
    numpy_bool = _module_type("numpy", "bool_")
    if isinstance(value, bool) or (numpy_bool and isinstance(value, numpy_bool)):
        return "boolean"
    if ndarray is not None and isinstance(value, ndarray):
        return "number" if value.ndim == 0 and value.dtype.kind in "iuf" else "array"
    simple = {str: "text", list: "list", tuple: "tuple", dict: "dict", set: "set", frozenset: "set"}
    for python_type, kind in simple.items():
        if isinstance(value, python_type):
            return kind
    if value is None:
        return "none"
    if isinstance(value, numbers.Real):
        return "number"
    for name in ("DataFrame", "Series"):
        pandas_type = _module_type("pandas", name)
        if pandas_type is not None and isinstance(value, pandas_type):
            return name.lower()
    return "function" if callable(value) else "other"


def compare(actual: Any, expected: Any, options: CompareOptions | None = None) -> Mismatch | None:
    """``None`` if ``actual`` matches ``expected``, else the first :class:`Mismatch` found.

    Parameters
    ----------
    actual : object
        The pupil's value.
    expected : object
        The right value; its kind decides how to compare.
    options : CompareOptions, optional
        Tolerances and text options; the defaults when omitted.

    Examples
    --------
    >>> compare([1, 2, 4], [1, 2, 3]).path
    '[2]'
    >>> compare(" Nice ", "nice", CompareOptions(ignore_case=True)) is None
    True
    """
    options = options or CompareOptions()
    expected_kind, actual_kind = kind_of(expected), kind_of(actual)
    comparer = _COMPARERS.get(expected_kind, _compare_equal)
    if not _accepts(expected_kind, actual_kind):
        return _wrong_type(actual, actual_kind, expected_kind)
    if (
        actual_kind in ("array", "list", "tuple")
        and expected_kind in ("array", "series")
        and _is_ragged(actual)
    ):
        return Mismatch("ragged")
    return comparer(actual, expected, options)


_ACCEPTED = {
    "number": {"number"},
    "boolean": {"boolean"},
    "text": {"text"},
    "list": {"list", "tuple", "array", "series"},
    "tuple": {"list", "tuple", "array", "series"},
    "dict": {"dict"},
    "set": {"set"},
    "array": {"array", "list", "tuple", "series"},
    "series": {"series", "array", "list", "tuple"},
    "dataframe": {"dataframe"},
}


def _accepts(expected_kind: str, actual_kind: str) -> bool:
    accepted = _ACCEPTED.get(expected_kind)
    return accepted is None or actual_kind in accepted


def _wrong_type(actual: Any, actual_kind: str, expected_kind: str) -> Mismatch:
    fields = {"actual_kind": actual_kind, "expected_kind": expected_kind}
    if actual_kind == "text" and expected_kind == "number" and _parses_as_number(actual):
        return Mismatch("text_not_number", {**fields, "text": actual.strip()})
    if (
        actual_kind == "series"
        and len(actual) == 1
        and expected_kind in ("number", "text", "boolean")
    ):
        return Mismatch("single_value_series", fields)
    return Mismatch("wrong_type", fields)


def _is_ragged(value: Any) -> bool:
    """True for nested lists whose rows differ in length (numpy cannot make an array of them)."""
    import numpy as np

    try:
        np.asarray(value)
    except ValueError:
        return True
    return False


def _parses_as_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def _numbers_close(actual: float, expected: float, options: CompareOptions) -> bool:
    actual, expected = float(actual), float(expected)
    if math.isnan(expected) or math.isnan(actual):
        return math.isnan(expected) and math.isnan(actual)
    if math.isinf(expected):
        return actual == expected
    return abs(actual - expected) <= options.tolerance + options.rel_tolerance * abs(expected)


def _compare_number(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    if _numbers_close(actual, expected, options):
        return None
    return Mismatch("different_value", {"actual": actual, "expected": expected})


def _compare_text(actual: str, expected: str, options: CompareOptions) -> Mismatch | None:
    def normal(text: str) -> str:
        text = text.strip() if options.strip else text
        return text.casefold() if options.ignore_case else text

    if normal(actual) == normal(expected):
        return None
    # Near misses get their own message; each names only what the pupil wrote.
    if normal(actual.strip()) == normal(expected):
        return Mismatch("surrounding_spaces", {"actual": actual})
    if normal(actual).casefold() == normal(expected).casefold():
        return Mismatch("different_case", {"actual": actual})
    if _without_accents(normal(actual)) == _without_accents(normal(expected)):
        return Mismatch("different_accents", {"actual": actual})
    return Mismatch("different_value", {"actual": actual, "expected": expected})


def _without_accents(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _compare_equal(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    try:
        equal = bool(actual == expected)
    except Exception:  # noqa: BLE001 - an odd __eq__ or an ambiguous truth value: not equal
        equal = False
    return None if equal else Mismatch("different_value", {"actual": actual, "expected": expected})


def _compare_sequence(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    actual = actual.tolist() if kind_of(actual) in ("array", "series") else list(actual)
    expected = list(expected)
    if len(actual) != len(expected):
        return Mismatch("length", {"actual_length": len(actual), "expected_length": len(expected)})
    if options.ignore_order:
        actual, expected = _sorted_or_same(actual), _sorted_or_same(expected)
    for index, (item, wanted) in enumerate(zip(actual, expected)):
        mismatch = compare(item, wanted, options)
        if mismatch is not None:
            return mismatch.at(f"[{index}]")
    return None


def _sorted_or_same(items: list) -> list:
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=repr)


def _compare_dict(actual: dict, expected: dict, options: CompareOptions) -> Mismatch | None:
    missing = [key for key in expected if key not in actual]
    if missing:
        return Mismatch("missing_keys", {"keys": missing})
    extra = [key for key in actual if key not in expected]
    if extra:
        return Mismatch("extra_keys", {"keys": extra})
    for key, wanted in expected.items():
        mismatch = compare(actual[key], wanted, options)
        if mismatch is not None:
            return mismatch.at(f"[{key!r}]")
    return None


def _compare_set(actual: set, expected: set, options: CompareOptions) -> Mismatch | None:
    if actual - expected:
        return Mismatch("extra_items", {"items": actual - expected})
    if expected - actual:
        return Mismatch("missing_items", {"count": len(expected - actual)})
    return None


def _compare_array(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    import numpy as np

    actual, expected = np.asarray(actual), np.asarray(expected)
    if actual.shape != expected.shape:
        shapes = {"actual_shape": actual.shape, "expected_shape": expected.shape}
        return Mismatch(
            "shape", {name: " × ".join(map(str, s)) or "()" for name, s in shapes.items()}
        )
    return _first_difference(actual, expected, options, labels=None)


def _first_difference(
    actual: Any, expected: Any, options: CompareOptions, labels: Any
) -> Mismatch | None:
    """Element-wise comparison of two numpy arrays of the same shape."""
    import numpy as np

    numeric = actual.dtype.kind in "biuf" and expected.dtype.kind in "biuf"
    if numeric:
        same = np.isclose(
            actual, expected, atol=options.tolerance, rtol=options.rel_tolerance, equal_nan=True
        )
    else:
        same = np.array(
            [compare(a, e, options) is None for a, e in zip(actual.flat, expected.flat)]
        )
        same = same.reshape(expected.shape)
    if same.all():
        return None
    position = tuple(int(i) for i in np.argwhere(~same)[0])
    step = (
        f"[{labels[position[0]]!r}]" if labels is not None else f"[{', '.join(map(str, position))}]"
    )
    first = Mismatch(
        "different_values",
        {"count": int((~same).sum()), "actual": actual[position], "expected": expected[position]},
    )
    return first.at(step)


def _pandas_values(series: Any) -> Any:
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    if is_numeric_dtype(series.dtype) and not is_bool_dtype(series.dtype):
        return series.to_numpy(dtype=float, na_value=float("nan"))
    return series.to_numpy(dtype=object)


def _compare_series(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    import numpy as np

    if kind_of(actual) != "series":
        return _compare_array(actual, _pandas_values(expected), options)
    if len(actual) != len(expected):
        return Mismatch("length", {"actual_length": len(actual), "expected_length": len(expected)})
    if options.check_index and not actual.index.equals(expected.index):
        return Mismatch("different_index", {})
    labels = list(expected.index)
    left, right = _pandas_values(actual), _pandas_values(expected)
    if left.dtype != right.dtype:
        left, right = np.asarray(left, dtype=object), np.asarray(right, dtype=object)
    return _first_difference(left, right, options, labels=labels)


def _compare_dataframe(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    missing = [column for column in expected.columns if column not in actual.columns]
    if missing:
        return Mismatch("missing_columns", {"keys": missing})
    extra = [column for column in actual.columns if column not in expected.columns]
    if extra:
        return Mismatch("extra_columns", {"keys": extra})
    if len(actual) != len(expected):
        return Mismatch("rows", {"actual_length": len(actual), "expected_length": len(expected)})
    if options.check_index and not actual.index.equals(expected.index):
        return Mismatch("different_index", {})
    for column in expected.columns:
        mismatch = _compare_series(actual[column], expected[column], options)
        if mismatch is not None:
            return mismatch.at(f"[{column!r}]")
    return None


def _compare_boolean(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    return _compare_equal(bool(actual), bool(expected), options)


def _compare_none(actual: Any, expected: Any, options: CompareOptions) -> Mismatch | None:
    return (
        None
        if actual is None
        else Mismatch("different_value", {"actual": actual, "expected": None})
    )


_COMPARERS = {
    "number": _compare_number,
    "boolean": _compare_boolean,
    "text": _compare_text,
    "none": _compare_none,
    "list": _compare_sequence,
    "tuple": _compare_sequence,
    "dict": _compare_dict,
    "set": _compare_set,
    "array": _compare_array,
    "series": _compare_series,
    "dataframe": _compare_dataframe,
}
