"""Input checks shared by the models of :mod:`eduia.learn`, with French messages.

A pupil's mistake (a text column, a missing value, ``k`` larger than the data) becomes a
:class:`LearnError` that says what to change, never a numpy traceback.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any

import numpy as np

from eduia.errors import EduiaError
from eduia.i18n import t


class LearnError(EduiaError, ValueError):
    """A model of :mod:`eduia.learn` received something it cannot use; the message says why."""


def as_features(X: Any, name: str = "X") -> np.ndarray:
    """``X`` (DataFrame, list of rows, array) as a 2-D float array, one row per example.

    A 1-D input is read as one feature (one column).

    Examples
    --------
    >>> as_features([1, 2, 3]).shape
    (3, 1)
    """
    values = X.to_numpy() if hasattr(X, "to_numpy") else X
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise LearnError(t("learn.not_numeric", name=name)) from None
    if array.ndim == 1:
        array = array.reshape(-1, 1)
    if array.ndim != 2:
        raise LearnError(t("learn.too_many_dimensions", name=name))
    if array.shape[0] == 0:
        raise LearnError(t("learn.empty", name=name))
    if np.isnan(array).any():
        raise LearnError(t("learn.missing_values", name=name))
    return array


def as_labels(y: Any, n_rows: int, name: str = "y") -> np.ndarray:
    """``y`` as a 1-D array with one label per row of ``X``.

    Examples
    --------
    >>> as_labels(["a", "b"], 2).tolist()
    ['a', 'b']
    """
    labels = np.asarray(y.to_numpy() if hasattr(y, "to_numpy") else y).ravel()
    if labels.shape[0] != n_rows:
        raise LearnError(t("learn.length_mismatch", n_rows=n_rows, n_labels=labels.shape[0]))
    if labels.dtype.kind == "f" and np.isnan(labels).any():
        raise LearnError(t("learn.missing_values", name=name))
    return labels


def check_integer(value: Any, name: str, minimum: int = 1) -> int:
    """``value`` as an ``int`` when it is a whole number ``>= minimum``, else a :class:`LearnError`.

    Examples
    --------
    >>> check_integer(3, "k")
    3
    """
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise LearnError(t("learn.positive_integer", name=name, minimum=minimum, value=value))
    return int(value)


def check_positive(value: Any, name: str) -> float:
    """``value`` as a ``float`` when it is a number ``> 0``, else a :class:`LearnError`.

    Examples
    --------
    >>> check_positive(2, "temperature")
    2.0
    """
    if isinstance(value, bool) or not isinstance(value, Real) or not value > 0:
        raise LearnError(t("learn.positive_number", name=name, value=value))
    return float(value)


def check_fitted(model: Any, attribute: str, model_key: str) -> None:
    """Raise a :class:`LearnError` when ``model`` has not been fitted (``attribute`` unset).

    Examples
    --------
    >>> class Model:
    ...     points_ = [[0, 0]]
    >>> check_fitted(Model(), "points_", "knn")
    """
    if getattr(model, attribute, None) is None:
        raise LearnError(t("learn.not_fitted", model=t(f"learn.model_name.{model_key}")))


def check_feature_count(X: np.ndarray, expected: int) -> None:
    """Raise a :class:`LearnError` when ``X`` has another number of columns than at training.

    Examples
    --------
    >>> check_feature_count(np.zeros((3, 2)), 2)
    """
    if X.shape[1] != expected:
        raise LearnError(t("learn.feature_count", expected=expected, received=X.shape[1]))
