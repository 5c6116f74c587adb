"""Small models written from scratch with numpy, each readable in one screen.

They follow scikit-learn's verbs (``fit``, ``predict``, ``score``) so that a lesson can put the
hand-made model and scikit-learn's side by side; the tests check that both agree.

- :class:`KNearestNeighbours` with :func:`euclidean_distance` and :func:`majority_vote`
- :class:`LeastSquaresLine` with :func:`fit_line` and :func:`mean_squared_error`
- :class:`Perceptron` with its visible :meth:`Perceptron.step`
- :class:`KMeans` with its two visible steps :func:`assign` and :func:`move_centres`
- :class:`NextWordModel`, an n-gram model with temperature, and :func:`load_corpus`
- :class:`BytePairTokenizer`, byte-pair encoding learnt from a text

Examples
--------
>>> from eduia.learn import KNearestNeighbours
>>> KNearestNeighbours(k=1).fit([[0, 0], [5, 5]], ["a", "b"]).predict([[4, 4]]).tolist()
['b']
"""

from eduia.learn._checks import LearnError
from eduia.learn.bpe import BytePairTokenizer
from eduia.learn.kmeans import KMeans, assign, first_centres, inertia, move_centres
from eduia.learn.knn import KNearestNeighbours, euclidean_distance, majority_vote
from eduia.learn.line import LeastSquaresLine, fit_line, mean_squared_error
from eduia.learn.ngram import NextWordModel, detokenize, load_corpus, tokenize
from eduia.learn.perceptron import Perceptron

__all__ = [
    "BytePairTokenizer",
    "KMeans",
    "KNearestNeighbours",
    "LearnError",
    "LeastSquaresLine",
    "NextWordModel",
    "Perceptron",
    "assign",
    "detokenize",
    "euclidean_distance",
    "first_centres",
    "fit_line",
    "inertia",
    "load_corpus",
    "majority_vote",
    "mean_squared_error",
    "move_centres",
    "tokenize",
]
