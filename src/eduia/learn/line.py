"""The least-squares line: the straight line ``y = slope * x + intercept`` closest to the points.

"Closest" means the smallest mean squared error: the average of the squared vertical gaps
between each point and the line. The best slope and intercept have a formula:
``slope = covariance(x, y) / variance(x)`` and the line goes through the mean point.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from eduia.i18n import t
from eduia.learn._checks import (
    LearnError,
    as_features,
    as_labels,
    check_feature_count,
    check_fitted,
)


def _one_feature(x: Any, name: str = "x") -> np.ndarray:
    values = as_features(x, name)
    if values.shape[1] != 1:
        raise LearnError(t("learn.single_x", received=values.shape[1]))
    return values[:, 0]


def mean_squared_error(x: Any, y: Any, slope: float, intercept: float) -> float:
    """Average of the squared vertical gaps between the points and the line.

    Examples
    --------
    >>> mean_squared_error([0, 1], [1, 3], slope=2.0, intercept=1.0)
    0.0
    """
    x = _one_feature(x)
    y = as_labels(y, len(x)).astype(float)
    gaps = y - (slope * x + intercept)
    return float(np.mean(gaps**2))


def fit_line(x: Any, y: Any) -> tuple[float, float]:
    """The ``(slope, intercept)`` of the least-squares line through the points ``(x, y)``.

    Examples
    --------
    >>> fit_line([0, 1, 2], [1, 3, 5])
    (2.0, 1.0)
    """
    x = _one_feature(x)
    y = as_labels(y, len(x)).astype(float)
    x_gap, y_gap = x - x.mean(), y - y.mean()
    if not np.any(x_gap):
        raise LearnError(t("learn.constant_x"))
    slope = float(np.sum(x_gap * y_gap) / np.sum(x_gap**2))
    intercept = float(y.mean() - slope * x.mean())
    return slope, intercept


class LeastSquaresLine:
    """A scikit-learn-like model wrapping :func:`fit_line`: ``fit``, ``predict``, ``score``.

    Examples
    --------
    >>> line = LeastSquaresLine().fit([[0], [1], [2]], [1, 3, 5])
    >>> line.slope_, line.intercept_
    (2.0, 1.0)
    >>> line.predict([[10]]).tolist()
    [21.0]
    """

    def __init__(self) -> None:
        self.slope_: float | None = None
        self.intercept_: float | None = None

    def fit(self, X: Any, y: Any) -> LeastSquaresLine:
        """Find the best slope and intercept for the points ``(X, y)``."""
        self.slope_, self.intercept_ = fit_line(X, y)
        return self

    def predict(self, X: Any) -> np.ndarray:
        """The value of the line at each ``x`` of ``X``."""
        check_fitted(self, "slope_", "line")
        x = as_features(X)
        check_feature_count(x, 1)
        return self.slope_ * x[:, 0] + self.intercept_

    def score(self, X: Any, y: Any) -> float:
        """R²: 1 for a perfect line, 0 for a line no better than the mean of ``y``."""
        predictions = self.predict(X)
        y = as_labels(y, len(predictions)).astype(float)
        return float(1 - np.sum((y - predictions) ** 2) / np.sum((y - y.mean()) ** 2))
