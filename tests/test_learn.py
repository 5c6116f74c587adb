"""eduia.learn: the hand-made models agree with scikit-learn and refuse mistakes in French."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eduia import i18n
from eduia.learn import (
    KMeans,
    KNearestNeighbours,
    LearnError,
    LeastSquaresLine,
    NextWordModel,
    Perceptron,
    assign,
    euclidean_distance,
    fit_line,
    inertia,
    load_corpus,
    majority_vote,
    mean_squared_error,
    move_centres,
    tokenize,
)


@pytest.fixture
def blobs() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    centres = np.array([[0.0, 0.0], [4.0, 1.0], [1.0, 5.0]])
    X = np.vstack([rng.normal(centre, 1.2, size=(40, 2)) for centre in centres])
    return X, np.repeat(["04", "13", "83"], 40)


@pytest.fixture
def french() -> None:
    i18n.set_language("fr")
    yield
    i18n._chosen_language = None


# --- k nearest neighbours ------------------------------------------------------------------


def test_distance_and_vote_by_hand() -> None:
    assert euclidean_distance((0, 0), (3, 4)) == 5.0
    assert euclidean_distance([1, 2, 3], [1, 2, 3]) == 0.0
    assert majority_vote(["a", "b", "b"]) == "b"
    assert majority_vote(["b", "a"]) == "a"  # a tie goes to the smallest label


@pytest.mark.parametrize("k", [1, 3, 4, 7, 15])
def test_knn_agrees_with_sklearn(blobs, k: int) -> None:
    from sklearn.neighbors import KNeighborsClassifier

    X, y = blobs
    grid = np.random.default_rng(k).uniform(-3, 7, size=(500, 2))
    ours = KNearestNeighbours(k=k).fit(X, y)
    theirs = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X, y)
    np.testing.assert_array_equal(ours.predict(grid), theirs.predict(grid))
    np.testing.assert_allclose(ours.predict_proba(grid), theirs.predict_proba(grid))
    assert ours.score(X, y) == pytest.approx(theirs.score(X, y))


def test_knn_readable_path_matches_fast_path(blobs) -> None:
    X, y = blobs
    model = KNearestNeighbours(k=5).fit(pd.DataFrame(X, columns=["a", "b"]), pd.Series(y))
    points = X[::7] + 0.3
    assert [model.predict_one(p) for p in points] == model.predict(points).tolist()
    assert model.kneighbours(X[:1])[0, 0] == 0  # a training point is its own nearest neighbour


def test_knn_refuses_mistakes_in_french(blobs, french) -> None:
    X, y = blobs
    with pytest.raises(LearnError, match="que 120 exemples"):
        KNearestNeighbours(k=500).fit(X, y)
    with pytest.raises(LearnError, match="entier"):
        KNearestNeighbours(k=0)
    with pytest.raises(LearnError, match="fit"):
        KNearestNeighbours().predict(X)
    with pytest.raises(LearnError, match="une étiquette par exemple"):
        KNearestNeighbours().fit(X, y[:-1])
    with pytest.raises(LearnError, match="nombres"):
        KNearestNeighbours().fit([["Nice", 1.0], ["Gap", 2.0]], ["06", "05"])
    with pytest.raises(LearnError, match="dropna"):
        KNearestNeighbours(k=1).fit([[np.nan, 1.0], [2.0, 2.0]], ["a", "b"])
    with pytest.raises(LearnError, match="mêmes colonnes"):
        KNearestNeighbours(k=1).fit(X, y).predict([[1.0, 2.0, 3.0]])


def test_messages_exist_in_english(blobs) -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(LearnError, match="only 120 training examples"):
            KNearestNeighbours(k=500).fit(*blobs)
    finally:
        i18n._chosen_language = None


# --- least-squares line --------------------------------------------------------------------


def test_line_agrees_with_sklearn() -> None:
    from sklearn.linear_model import LinearRegression

    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 25, size=200)
    y = 150 - 3.2 * x + rng.normal(0, 8, size=200)
    theirs = LinearRegression().fit(x.reshape(-1, 1), y)
    ours = LeastSquaresLine().fit(pd.DataFrame({"temperature_c": x}), y)
    assert ours.slope_ == pytest.approx(theirs.coef_[0])
    assert ours.intercept_ == pytest.approx(theirs.intercept_)
    np.testing.assert_allclose(ours.predict(x[:10, None]), theirs.predict(x[:10, None]))
    assert ours.score(x[:, None], y) == pytest.approx(theirs.score(x[:, None], y))


def test_least_squares_is_the_smallest_error() -> None:
    x, y = [1, 2, 3, 4], [2.0, 4.5, 5.5, 8.0]
    slope, intercept = fit_line(x, y)
    best = mean_squared_error(x, y, slope, intercept)
    for nudge in (-0.1, 0.1):
        assert mean_squared_error(x, y, slope + nudge, intercept) > best
        assert mean_squared_error(x, y, slope, intercept + nudge) > best


def test_line_refuses_mistakes(french) -> None:
    with pytest.raises(LearnError, match="Tous les x sont égaux"):
        fit_line([2, 2, 2], [1, 2, 3])
    with pytest.raises(LearnError, match="une seule caractéristique"):
        fit_line([[1, 2], [3, 4]], [1, 2])
    with pytest.raises(LearnError, match="fit"):
        LeastSquaresLine().predict([[1.0]])


# --- perceptron ----------------------------------------------------------------------------


@pytest.mark.parametrize(("learning_rate", "epochs"), [(1.0, 1), (0.5, 3), (0.1, 20)])
def test_perceptron_agrees_with_sklearn(blobs, learning_rate: float, epochs: int) -> None:
    from sklearn.linear_model import Perceptron as SkPerceptron

    X, y = blobs
    X, y = X[:80], y[:80]  # two classes
    theirs = SkPerceptron(eta0=learning_rate, max_iter=epochs, tol=None, shuffle=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs.fit(X, y)
    ours = Perceptron(learning_rate=learning_rate, epochs=epochs).fit(X, y)
    np.testing.assert_allclose(ours.weights_, theirs.coef_[0])
    assert ours.bias_ == pytest.approx(theirs.intercept_[0])
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


def test_perceptron_step_moves_only_on_mistakes() -> None:
    neuron = Perceptron().initialise([[0, 0], [1, 1]], ["non", "oui"])
    assert neuron.step([2.0, 1.0], "oui") is True  # score 0 counts as a mistake
    np.testing.assert_array_equal(neuron.weights_, [2.0, 1.0])
    assert neuron.bias_ == 1.0
    assert neuron.step([2.0, 1.0], "oui") is False
    assert neuron.step([1.0, 0.0], "non") is True
    np.testing.assert_array_equal(neuron.weights_, [1.0, 1.0])
    assert neuron.predict([[-3, -3], [3, 3]]).tolist() == ["non", "oui"]


def test_perceptron_learns_separable_data_and_refuses_three_classes(blobs, french) -> None:
    X, y = blobs
    X, y = np.array([[0, 0], [0, 1], [5, 5], [6, 5]]), np.array([0, 0, 1, 1])
    neuron = Perceptron(epochs=20).fit(X, y)
    assert neuron.score(X, y) == 1.0
    assert neuron.train_epoch(X, y) == 0
    with pytest.raises(LearnError, match="deux classes"):
        Perceptron().fit(*blobs)


# --- k-means -------------------------------------------------------------------------------


@pytest.mark.parametrize("weighted", [False, True])
def test_kmeans_agrees_with_sklearn(blobs, weighted: bool) -> None:
    from sklearn.cluster import KMeans as SkKMeans

    X, _ = blobs
    weights = np.random.default_rng(1).uniform(0.1, 5, len(X)) if weighted else None
    start = X[[0, 1, 2]]  # three points of the same blob: k-means has work to do
    theirs = SkKMeans(n_clusters=3, init=start, n_init=1, algorithm="lloyd", tol=0)
    theirs.fit(X, sample_weight=weights)
    ours = KMeans(k=3).fit(X, centres=start, sample_weight=weights)
    np.testing.assert_array_equal(ours.groups_, theirs.labels_)
    np.testing.assert_allclose(ours.centres_, theirs.cluster_centers_)
    assert ours.inertia_ == pytest.approx(theirs.inertia_)
    assert ours.steps_ > 2
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


def test_kmeans_visible_steps() -> None:
    points = np.array([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [10.0, 2.0]])
    centres = np.array([[0.0, 0.0], [1.0, 2.0]])
    groups = assign(points, centres)
    assert groups.tolist() == [0, 1, 1, 1]
    moved = move_centres(points, groups, centres)
    np.testing.assert_allclose(moved, [[0.0, 0.0], [20 / 3, 4 / 3]])
    assert move_centres(points, [0, 0, 0, 0], centres)[1].tolist() == [1.0, 2.0]  # empty: stays
    assert inertia(points, assign(points, moved), moved) < inertia(points, groups, centres)


def test_kmeans_history_and_mistakes(blobs, french) -> None:
    X, _ = blobs
    model = KMeans(k=3, seed=4).fit(X)
    assert len(model.history_) == model.steps_ + 1
    with pytest.raises(LearnError, match="au plus 4 groupes"):
        KMeans(k=5).fit(X[:4])
    with pytest.raises(LearnError, match="3 lignes et 2 colonnes"):
        KMeans(k=3).fit(X, centres=[[0, 0]])


# --- next-word model -----------------------------------------------------------------------


def test_next_word_counts_and_temperature() -> None:
    model = NextWordModel(n=2).fit("Le Var est beau. Le Var est chaud. Le Var brûle.")
    assert model.probabilities("Le Var") == pytest.approx({"est": 2 / 3, "brûle": 1 / 3})
    cold = model.probabilities("Le Var", temperature=0.5)
    assert cold["est"] == pytest.approx(4 / 5)  # counts squared: 4 against 1
    hot = model.probabilities("Le Var", temperature=100)
    assert hot["est"] == pytest.approx(0.5, abs=0.01)
    every_word = {"Le", "Var", "est", "beau", "chaud", "brûle", ".", "<fin>"}
    assert set(model.probabilities("Inconnu")) == every_word  # back-off to no context at all


def test_generation_is_seeded_and_follows_the_counts() -> None:
    model = NextWordModel(n=3).fit(load_corpus())
    text = model.generate("Le mistral", temperature=1.0, seed=7)
    assert text == model.generate("Le mistral", temperature=1.0, seed=7)
    assert text.startswith("Le mistral ")
    texts = {model.generate("Les", temperature=1.5, seed=seed) for seed in range(10)}
    assert len(texts) > 3
    toy = NextWordModel(n=2).fit("Le Var est beau. Le Var est beau. Le Var brûle.")
    cold = {toy.generate("Le", temperature=0.05, seed=seed) for seed in range(20)}
    assert cold == {"Le Var est beau."}


def test_a_capital_at_the_start_finds_the_lower_case_context() -> None:
    model = NextWordModel(n=3).fit("Le chat dort. Un chat mange. Sous le chat.")
    assert model.probabilities("Le chat") == {".": 0.5, "dort": 0.5}  # not all 3 after « chat »
    assert model.probabilities("le chat") == model.probabilities("Le chat")


def test_corpus_is_french_and_about_the_region() -> None:
    hand_written = [line for line in load_corpus(facts=False).splitlines() if line.strip()]
    assert 40 <= len(hand_written) <= 80
    lines = [line for line in load_corpus().splitlines() if line.strip()]
    assert lines[: len(hand_written)] == hand_written and len(lines) > 3000
    assert all(line.endswith((".", "!", "?")) for line in lines)
    assert tokenize("L’île d'Or.") == ["L'", "île", "d'", "Or", "."]


def test_next_word_refuses_mistakes(french) -> None:
    with pytest.raises(LearnError, match="aucun mot"):
        NextWordModel().fit("   ")
    model = NextWordModel().fit("Il fait beau.")
    with pytest.raises(LearnError, match="strictement positif"):
        model.probabilities("Il", temperature=0)
    with pytest.raises(LearnError, match="fit"):
        NextWordModel().generate("Il")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.floats(-100, 100), st.floats(-100, 100)), min_size=2, max_size=6))
def test_distance_properties(points) -> None:
    a, b = points[0], points[1]
    assert euclidean_distance(a, b) == pytest.approx(euclidean_distance(b, a))
    assert euclidean_distance(a, b) >= 0
