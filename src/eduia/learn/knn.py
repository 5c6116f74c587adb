"""k nearest neighbours, written to be read: distance, neighbours, majority vote.

To guess the label of a new point, find the ``k`` training points closest to it and let them
vote; the most frequent label wins (a tie goes to the smallest label, as in scikit-learn's
``KNeighborsClassifier``).
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
    check_integer,
)

_ROWS_PER_BATCH = 2048  # bounds memory when predicting a whole grid of points


def euclidean_distance(a: Any, b: Any) -> float:
    """The straight-line distance between points ``a`` and ``b`` (Pythagoras).

    Examples
    --------
    >>> euclidean_distance((0, 0), (3, 4))
    5.0
    """
    difference = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    return float(np.sqrt(np.sum(difference**2)))


def majority_vote(labels: Any) -> Any:
    """The most frequent label; among equally frequent labels, the smallest one.

    Examples
    --------
    >>> majority_vote(["13", "83", "13"])
    '13'
    """
    values, counts = np.unique(np.asarray(labels), return_counts=True)
    return values.tolist()[np.argmax(counts)]


class KNearestNeighbours:
    """Classify a point by the majority label of its ``k`` nearest training points.

    Parameters
    ----------
    k : int
        How many neighbours vote (at least 1, at most the number of training examples).

    Examples
    --------
    >>> model = KNearestNeighbours(k=1).fit([[0, 0], [10, 10]], ["a", "b"])
    >>> model.predict([[1, 2], [9, 8]]).tolist()
    ['a', 'b']
    """

    def __init__(self, k: int = 5) -> None:
        self.k = check_integer(k, "k")
        self.points_: np.ndarray | None = None
        self.labels_: np.ndarray | None = None
        self.classes_: np.ndarray | None = None

    def fit(self, X: Any, y: Any) -> KNearestNeighbours:
        """Remember the training points ``X`` and their labels ``y``: that is all k-NN learns."""
        self.points_ = as_features(X)
        self.labels_ = as_labels(y, len(self.points_))
        if self.k > len(self.points_):
            raise LearnError(t("learn.k_too_large", k=self.k, n=len(self.points_)))
        self.classes_ = np.unique(self.labels_)
        return self

    def predict_one(self, point: Any) -> Any:
        """The label of one point: distances, the ``k`` nearest, their vote."""
        check_fitted(self, "points_", "knn")
        distances = [euclidean_distance(point, other) for other in self.points_]
        nearest = np.argsort(distances, kind="stable")[: self.k]
        return majority_vote(self.labels_[nearest])

    def kneighbours(self, X: Any) -> np.ndarray:
        """Indices of the ``k`` nearest training points of each row of ``X``, nearest first."""
        check_fitted(self, "points_", "knn")
        X = as_features(X)
        check_feature_count(X, self.points_.shape[1])
        batches = [
            self._nearest(X[i : i + _ROWS_PER_BATCH]) for i in range(0, len(X), _ROWS_PER_BATCH)
        ]
        return np.vstack(batches)

    def _nearest(self, rows: np.ndarray) -> np.ndarray:
        squared = ((rows[:, None, :] - self.points_[None, :, :]) ** 2).sum(axis=2)
        candidates = np.argpartition(squared, self.k - 1, axis=1)[:, : self.k]
        order = np.argsort(np.take_along_axis(squared, candidates, axis=1), axis=1, kind="stable")
        return np.take_along_axis(candidates, order, axis=1)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Share of the ``k`` neighbours in each class (columns in the order of ``classes_``)."""
        check_fitted(self, "points_", "knn")
        neighbour_classes = np.searchsorted(self.classes_, self.labels_)[self.kneighbours(X)]
        votes = neighbour_classes[:, :, None] == np.arange(len(self.classes_))
        return votes.sum(axis=1) / self.k

    def predict(self, X: Any) -> np.ndarray:
        """The voted label of each row of ``X`` (ties go to the smallest label)."""
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def score(self, X: Any, y: Any) -> float:
        """Accuracy: the share of rows of ``X`` whose predicted label equals ``y``."""
        predictions = self.predict(X)
        return float(np.mean(predictions == as_labels(y, len(predictions))))
