"""The perceptron: one artificial neuron that learns from its mistakes.

The neuron computes a score ``weights · x + bias`` and answers the second class when the score
is positive, the first class otherwise. One learning :meth:`Perceptron.step` looks at one
example: if the answer is wrong (or the score is exactly 0), it pushes the weights and the bias
towards the right answer by ``learning_rate * x``. With ``shuffle=False, tol=None,
penalty=None`` scikit-learn's ``Perceptron`` follows exactly the same steps.
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
    check_positive,
)


class Perceptron:
    """A single neuron with a step activation, trained example by example.

    Parameters
    ----------
    learning_rate : float
        How far one mistake moves the weights (scikit-learn's ``eta0``).
    epochs : int
        How many passes over the training data :meth:`fit` makes.

    Examples
    --------
    >>> neuron = Perceptron(epochs=5).fit([[0, 0], [1, 1], [4, 4], [5, 5]], [0, 0, 1, 1])
    >>> neuron.predict([[0.5, 0], [6, 5]]).tolist()
    [0, 1]
    """

    def __init__(self, learning_rate: float = 1.0, epochs: int = 10) -> None:
        self.learning_rate = check_positive(learning_rate, "learning_rate")
        self.epochs = check_integer(epochs, "epochs")
        self.weights_: np.ndarray | None = None
        self.bias_: float = 0.0

    def initialise(self, X: Any, y: Any) -> Perceptron:
        """Set the weights and the bias to 0 and remember the two classes of ``y``."""
        X = as_features(X)
        classes = np.unique(as_labels(y, len(X)))
        if len(classes) != 2:
            raise LearnError(t("learn.two_classes", n=len(classes), classes=list(classes)))
        self.classes_ = classes
        self.weights_, self.bias_ = np.zeros(X.shape[1]), 0.0
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        """The score ``weights · x + bias`` of each row of ``X`` (positive means second class)."""
        check_fitted(self, "weights_", "perceptron")
        X = as_features(X)
        check_feature_count(X, len(self.weights_))
        return X @ self.weights_ + self.bias_

    def predict(self, X: Any) -> np.ndarray:
        """The class of each row of ``X``: the second class where the score is positive."""
        return self.classes_[(self.decision_function(X) > 0).astype(int)]

    def step(self, x: Any, label: Any) -> bool:
        """Learn from one example; ``True`` when the neuron was wrong and its weights moved."""
        check_fitted(self, "weights_", "perceptron")
        target = 1.0 if label == self.classes_[1] else -1.0
        row = as_features(np.reshape(np.asarray(x), (1, -1)), "x")
        check_feature_count(row, len(self.weights_))
        x = row[0]
        score = float(x @ self.weights_ + self.bias_)
        if target * score > 0:
            return False
        self.weights_ = self.weights_ + self.learning_rate * target * x
        self.bias_ = self.bias_ + self.learning_rate * target
        return True

    def train_epoch(self, X: Any, y: Any) -> int:
        """One pass over the examples in order; returns how many of them were mistakes."""
        X = as_features(X)
        labels = as_labels(y, len(X))
        return sum(self.step(x, label) for x, label in zip(X, labels))

    def fit(self, X: Any, y: Any) -> Perceptron:
        """Start from zero weights and make ``epochs`` passes over the examples."""
        self.initialise(X, y)
        for _ in range(self.epochs):
            self.train_epoch(X, y)
        return self

    def score(self, X: Any, y: Any) -> float:
        """Accuracy: the share of rows of ``X`` whose predicted class equals ``y``."""
        predictions = self.predict(X)
        return float(np.mean(predictions == as_labels(y, len(predictions))))
