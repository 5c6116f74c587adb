"""Lesson 04 playground: the depth of a decision tree, its drawing, its regions and its scores."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.tree import DecisionTreeClassifier

from eduia.playgrounds._base import Placeholder, PlaygroundError, static_changed
from eduia.playgrounds._widget import render_png
from eduia.playgrounds.tree_depth import draw_tree_depth, tree_depth


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture(scope="module")
def days() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    temperature = rng.uniform(5, 38, 400)
    rain = np.where(rng.random(400) < 0.6, 0.0, rng.exponential(6, 400))
    risk = (temperature > 28) & (rain < 2)
    fire = np.where(rng.random(400) < 0.85, risk, ~risk).astype(int)
    return pd.DataFrame({"tx_moy_c": temperature, "pluie_moy_mm": rain, "feu": fire})


@pytest.mark.parametrize("depth", [1, 3, 8])
def test_the_tree_has_the_chosen_depth_and_honest_scores(days, depth):
    result = draw_tree_depth(depth=depth, data=days)
    assert result.model.get_depth() <= depth
    assert result.model.max_depth == depth
    features = days[["tx_moy_c", "pluie_moy_mm"]].to_numpy()
    everything = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(features, days["feu"])
    assert result.model.tree_.n_node_samples[0] == pytest.approx(
        0.7 * len(days), abs=1
    )  # trained on 70 %
    assert 0.0 <= result.test_accuracy <= 1.0
    assert (
        everything.score(features, days["feu"]) >= result.model.score(features, days["feu"]) - 0.1
    )


def test_training_score_never_drops_with_depth(days):
    scores = [draw_tree_depth(depth=d, data=days).train_accuracy for d in range(1, 9)]
    assert scores == sorted(scores)
    assert scores[-1] > scores[0]


def test_figure_shows_the_tree_the_regions_and_the_marked_depth(days):
    shallow = draw_tree_depth(depth=1, data=days)
    tree_pixels = shallow.figure.artists[0].get_pixels().copy()
    regions = shallow.figure.axes[0].images[0].get_array().copy()
    deep = draw_tree_depth(depth=3, data=days, fig=shallow.figure)
    assert not np.array_equal(deep.figure.artists[0].get_pixels(), tree_pixels)
    assert not np.array_equal(deep.figure.axes[0].images[0].get_array(), regions)
    marker = deep.figure.axes[1].lines[-1]
    assert list(marker.get_xdata()) == [3, 3]
    assert list(marker.get_ydata()) == [deep.train_accuracy, deep.test_accuracy]
    assert "Profondeur 3 :" in deep.summary


def test_fast_redraw_matches_a_full_draw(days):
    result = draw_tree_depth(depth=1, data=days)
    render_png(result.figure)
    draw_tree_depth(depth=5, data=days, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


@pytest.mark.parametrize("bad", [0, 9, 2.5, None])
def test_impossible_depths_are_french_errors(days, bad):
    with pytest.raises(PlaygroundError, match="profondeur|Profondeur"):
        draw_tree_depth(depth=bad, data=days)


def test_widget_redraws_on_each_depth(days):
    playground = tree_depth(data=days)
    images = {playground.image.value}
    for depth in (1, 3, 6):
        playground.controls["depth"].value = depth
        assert playground.result.depth == depth
        images.add(playground.image.value)
    assert len(images) == 4
    assert "jours de test" in playground.caption.value


def test_placeholder_under_autograding(monkeypatch, days):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(tree_depth(data=days), Placeholder)


def test_days_with_a_date_are_split_by_date_never_by_row(days):
    dated = days.assign(date=pd.date_range("2024-01-01", periods=len(days), freq="D"))
    result = draw_tree_depth(depth=2, data=dated)
    learning = int((dated["date"].dt.day <= 15).sum())
    assert result.model.tree_.n_node_samples[0] == learning


def test_a_split_leaving_one_class_to_learn_is_a_french_error(days):
    dated = days.assign(date=pd.date_range("2024-01-01", periods=len(days), freq="D"))
    dated.loc[dated["date"].dt.day <= 15, "feu"] = 0
    with pytest.raises(PlaygroundError, match="au moins 10 jours"):
        draw_tree_depth(data=dated)


def test_the_real_days_of_2024_and_the_scores_lesson_04_describes():
    """Lesson 04's text: test best at depth 1 and 2 (about 77 %), training up to 91 % at 8."""
    result = {depth: draw_tree_depth(depth=depth) for depth in (1, 2, 8)}
    assert result[1].model.tree_.n_node_samples[0] == 180  # days 1–15 of each month of 2024
    assert round(result[1].test_accuracy, 3) == round(result[2].test_accuracy, 3) == 0.769
    best = max(draw_tree_depth(depth=depth).test_accuracy for depth in range(1, 9))
    assert best == result[1].test_accuracy
    assert round(result[8].train_accuracy, 2) == 0.91
    assert round(result[8].test_accuracy, 2) == 0.73
    regions = result[1].figure.axes[0].images[0].get_array()
    assert len({tuple(pixel) for row in regions for pixel in row}) == 2  # « deux régions »
