"""k-means, one visible step at a time: assign each point to its nearest centre, then move
each centre to the middle (the mean) of its points, and repeat until nothing changes.

With ``sample_weight`` a point counts as many times as its weight (a commune with many fires
pulls its centre harder). Started from the same centres, scikit-learn's ``KMeans(init=centres,
n_init=1, algorithm="lloyd")`` finds the same groups.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from eduia.i18n import t
from eduia.learn._checks import (
    LearnError,
    as_features,
    check_feature_count,
    check_fitted,
    check_integer,
)


def assign(points: Any, centres: Any) -> np.ndarray:
    """The index of the nearest centre of each point (step 1 of k-means).

    Examples
    --------
    >>> assign([[0, 0], [9, 9], [1, 0]], [[0, 0], [10, 10]]).tolist()
    [0, 1, 0]
    """
    points, centres = as_features(points, "points"), as_features(centres, "centres")
    check_feature_count(centres, points.shape[1])
    squared = ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(squared, axis=1)


def move_centres(points: Any, groups: Any, centres: Any, sample_weight: Any = None) -> np.ndarray:
    """Each centre moved to the (weighted) mean of its points (step 2 of k-means).

    A centre with no point stays where it is.

    Examples
    --------
    >>> move_centres([[0, 0], [2, 0], [9, 9]], [0, 0, 1], [[5, 5], [9, 9]]).tolist()
    [[1.0, 0.0], [9.0, 9.0]]
    """
    points, centres = as_features(points, "points"), as_features(centres, "centres").copy()
    weights = np.ones(len(points)) if sample_weight is None else np.asarray(sample_weight, float)
    groups = np.asarray(groups)
    for index in range(len(centres)):
        members = groups == index
        if weights[members].sum() > 0:
            centres[index] = np.average(points[members], axis=0, weights=weights[members])
    return centres


def inertia(points: Any, groups: Any, centres: Any, sample_weight: Any = None) -> float:
    """Sum of the (weighted) squared distances from each point to its centre: smaller is tighter.

    Examples
    --------
    >>> inertia([[0, 0], [2, 0]], [0, 0], [[1, 0]])
    2.0
    """
    points, centres = as_features(points, "points"), as_features(centres, "centres")
    weights = np.ones(len(points)) if sample_weight is None else np.asarray(sample_weight, float)
    squared = ((points - centres[np.asarray(groups)]) ** 2).sum(axis=1)
    return float(np.sum(weights * squared))


def first_centres(points: Any, k: int, seed: int = 0) -> np.ndarray:
    """``k`` distinct points drawn at random (with ``seed``) as starting centres.

    Examples
    --------
    >>> first_centres([[0, 0], [1, 1], [2, 2]], k=2).shape
    (2, 2)
    """
    points = as_features(points, "points")
    k = check_integer(k, "k")
    if k > len(points):
        raise LearnError(t("learn.too_many_clusters", k=k, n=len(points)))
    chosen = np.random.default_rng(seed).choice(len(points), size=k, replace=False)
    return points[chosen].copy()


class KMeans:
    """Group points into ``k`` clusters by repeating :func:`assign` then :func:`move_centres`.

    Parameters
    ----------
    k : int
        Number of groups.
    max_steps : int
        At most this many assign-and-move rounds.
    seed : int
        Seed for drawing the starting centres when none are given to :meth:`fit`.

    Examples
    --------
    >>> model = KMeans(k=2).fit([[0, 0], [0, 1], [9, 9], [9, 8]], centres=[[0, 0], [9, 9]])
    >>> model.groups_.tolist(), model.centres_.tolist()
    ([0, 0, 1, 1], [[0.0, 0.5], [9.0, 8.5]])
    """

    def __init__(self, k: int = 3, max_steps: int = 300, seed: int = 0) -> None:
        self.k = check_integer(k, "k")
        self.max_steps = check_integer(max_steps, "max_steps")
        self.seed = seed
        self.centres_: np.ndarray | None = None

    def fit(self, X: Any, centres: Any = None, sample_weight: Any = None) -> KMeans:
        """Run rounds until the groups stop changing; ``history_`` keeps every centre position."""
        points = as_features(X)
        start = (
            first_centres(points, self.k, self.seed) if centres is None else as_features(centres)
        )
        if start.shape != (self.k, points.shape[1]):
            raise LearnError(
                t("learn.centres_shape", k=self.k, d=points.shape[1], shape=start.shape)
            )
        self.centres_, self.groups_, self.history_ = start, None, [start]
        for step in range(1, self.max_steps + 1):
            self.steps_ = step
            groups = assign(points, self.centres_)
            self.centres_ = move_centres(points, groups, self.centres_, sample_weight)
            self.history_.append(self.centres_)
            if self.groups_ is not None and np.array_equal(groups, self.groups_):
                break
            self.groups_ = groups
        self.groups_ = assign(points, self.centres_)
        self.inertia_ = inertia(points, self.groups_, self.centres_, sample_weight)
        return self

    def predict(self, X: Any) -> np.ndarray:
        """The group of each row of ``X``: the index of its nearest centre."""
        check_fitted(self, "centres_", "kmeans")
        return assign(X, self.centres_)
