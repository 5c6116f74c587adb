"""Lesson 02 playground: the k-NN map of the départements."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from eduia.learn.knn import KNearestNeighbours
from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.knn_map import draw_knn_map, knn_map


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def communes() -> pd.DataFrame:
    """Three overlapping clouds of communes, so that a large k makes mistakes at the borders."""
    rng = np.random.default_rng(7)
    centres = {"04": (44.1, 6.2), "13": (43.5, 5.6), "83": (43.4, 6.3)}
    rows = [
        {
            "departement": code,
            "latitude": lat + rng.normal(0, 0.25),
            "longitude": lon + rng.normal(0, 0.25),
        }
        for code, (lat, lon) in centres.items()
        for _ in range(25)
    ]
    return pd.DataFrame(rows)


def test_k_equal_one_classifies_every_training_commune_correctly(communes):
    result = draw_knn_map(k=1, data=communes)
    assert result.accuracy == 1.0
    assert len(result.misclassified) == 0
    assert list(result.predicted) == list(communes["departement"])


@pytest.mark.parametrize("k", [3, 7, 15, 30])
def test_predictions_agree_with_the_readable_knn_model(communes, k):
    points = communes[["longitude", "latitude"]].to_numpy()
    expected = KNearestNeighbours(k=k).fit(points, communes["departement"]).predict(points)
    result = draw_knn_map(k=k, data=communes)
    assert list(result.predicted) == list(expected)
    wrong = expected != communes["departement"].to_numpy()
    assert result.accuracy == pytest.approx(1 - wrong.mean())
    assert list(result.misclassified.index) == list(communes.index[wrong])


def test_large_k_makes_mistakes_that_are_drawn_as_crosses(communes):
    result = draw_knn_map(k=30, data=communes)
    assert len(result.misclassified) > 0
    crosses = result.figure.axes[0].collections[-1].get_offsets()
    assert np.allclose(crosses, result.misclassified[["longitude", "latitude"]].to_numpy())
    assert result.figure.axes[0].get_title().startswith("k = 30 ")
    assert result.summary.startswith("k = 30 : ")


def test_background_shows_the_predicted_departement(communes):
    result = draw_knn_map(k=1, data=communes)
    background = result.figure.axes[0].images[0].get_array()
    assert background.shape[:2] == (110, 150)
    assert len({tuple(pixel) for pixel in background.reshape(-1, 4)}) == 3  # three départements


@pytest.mark.parametrize("bad", [0, 31, 2.5, "cinq"])
def test_impossible_k_is_a_french_error(communes, bad):
    with pytest.raises(PlaygroundError, match="k"):
        draw_knn_map(k=bad, data=communes)


def test_slider_is_described_with_k_and_moves_the_map(communes):
    playground = knn_map(data=communes)
    slider = playground.controls["k"]
    assert slider.description.startswith("k")
    assert playground.result.k == 5
    before = playground.image.value
    slider.value = 30
    assert playground.result.k == 30 and playground.image.value != before


def test_impossible_value_set_programmatically_is_shown_not_raised(communes):
    playground = knn_map(data=communes)
    playground.controls["k"].min = -3
    playground.controls["k"].value = -2
    assert "doit être entre 1 et" in playground.error
    assert 'role="alert"' in playground.message.value


def test_placeholder_under_autograding(monkeypatch, communes):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(knn_map(data=communes), Placeholder)


def test_fast_redraw_matches_a_full_draw(communes):
    from eduia.playgrounds._base import static_changed
    from eduia.playgrounds._widget import render_png

    result = draw_knn_map(k=1, data=communes)
    render_png(result.figure)
    draw_knn_map(k=20, data=communes, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


def test_real_communes_k_equal_one_is_perfect():
    from eduia.playgrounds._base import load_dataset

    communes = load_dataset("communes")
    assert draw_knn_map(k=1).accuracy == 1.0
    assert 0.9 < draw_knn_map(k=15).accuracy < 1.0
    assert len(draw_knn_map(k=15).predicted) == len(communes)
