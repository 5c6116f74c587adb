"""Lesson 05 playgrounds: the alert threshold with its confusion matrix, and the complexity curve."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from eduia.playgrounds._base import Placeholder, PlaygroundError, static_changed
from eduia.playgrounds._widget import render_png
from eduia.playgrounds.threshold import (
    complexity_curve,
    draw_complexity_curve,
    draw_threshold,
    threshold,
)


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture(scope="module")
def air() -> pd.DataFrame:
    rng = np.random.default_rng(2)
    n = 500
    temperature = rng.uniform(5, 38, n)
    sunshine = rng.uniform(0, 14, n)
    wind = rng.uniform(0, 15, n)
    risk = 0.25 * (temperature - 30) + 0.4 * (sunshine - 10) - 0.3 * wind
    episode = (risk + rng.normal(0, 1.5, n) > 0).astype(int)
    return pd.DataFrame(
        {
            "temperature_max_c": temperature,
            "ensoleillement_h": sunshine,
            "vent_m_s": wind,
            "episode": episode,
        }
    )


@pytest.fixture(scope="module")
def days() -> pd.DataFrame:
    rng = np.random.default_rng(4)
    n = 600
    frame = pd.DataFrame(
        {
            "temperature_c": rng.uniform(5, 38, n),
            "humidite_pct": rng.uniform(20, 95, n),
            "vent_km_h": rng.uniform(0, 60, n),
            "jours_sans_pluie": rng.integers(0, 30, n),
        }
    )
    risk = (frame["temperature_c"] > 28) & (frame["humidite_pct"] < 50)
    frame["feu"] = np.where(rng.random(n) < 0.8, risk, ~risk).astype(int)
    return frame


THRESHOLDS = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0]


def test_confusion_counts_add_up_to_the_test_days(air):
    for value in THRESHOLDS:
        result = draw_threshold(threshold=value, data=air)
        assert sum(result.counts.values()) == len(result.truth) == 150
        assert (
            result.counts["true_positives"] + result.counts["false_negatives"] == result.truth.sum()
        )


def test_counts_move_monotonically_with_the_threshold(air):
    results = [draw_threshold(threshold=value, data=air) for value in THRESHOLDS]
    alerts = [r.counts["true_positives"] + r.counts["false_positives"] for r in results]
    missed = [r.counts["false_negatives"] for r in results]
    false_alerts = [r.counts["false_positives"] for r in results]
    assert alerts == sorted(alerts, reverse=True) and alerts[0] == 150
    assert missed == sorted(missed) and missed[0] == 0
    assert false_alerts == sorted(false_alerts, reverse=True)
    assert results[-1].recall <= results[0].recall == 1.0


def test_counts_match_a_computation_by_hand(air):
    result = draw_threshold(threshold=0.4, data=air)
    alerts, truth = result.probabilities >= 0.4, result.truth == 1
    assert result.counts == {
        "true_positives": int((alerts & truth).sum()),
        "false_negatives": int((~alerts & truth).sum()),
        "false_positives": int((alerts & ~truth).sum()),
        "true_negatives": int((~alerts & ~truth).sum()),
    }
    assert result.precision == pytest.approx((alerts & truth).sum() / alerts.sum())
    assert result.recall == pytest.approx((alerts & truth).sum() / truth.sum())


def test_matrix_cells_show_the_counts_in_french_words(air):
    result = draw_threshold(threshold=0.3, data=air)
    cells = [text.get_text() for text in result.figure.axes[0].texts[:4]]
    assert cells[0] == f"{result.counts['true_positives']}\nvrais positifs"
    assert "alertes manquées" in cells[1] and "fausses alertes" in cells[2]
    assert cells[1].startswith(str(result.counts["false_negatives"]))
    line = result.figure.axes[1].lines[0]
    assert list(line.get_xdata()) == [0.3, 0.3]
    assert "Précision" in result.summary and "rappel" in result.summary


@pytest.mark.parametrize("bad", [-0.1, 1.5, "haut"])
def test_impossible_thresholds_are_french_errors(air, bad):
    with pytest.raises(PlaygroundError, match="doit être entre 0"):
        draw_threshold(threshold=bad, data=air)


def test_one_class_only_is_a_french_error(air):
    with pytest.raises(PlaygroundError, match="des 0 et des 1"):
        draw_threshold(data=air.assign(episode=0))


def test_threshold_widget_redraws_and_fast_redraw_matches_full_draw(air):
    playground = threshold(data=air)
    before = playground.image.value
    playground.controls["threshold"].value = 0.9
    assert playground.image.value != before
    assert playground.result.threshold == 0.9
    static_changed(playground.figure)
    assert render_png(playground.figure) == playground.image.value


def test_complexity_curve_scores_are_those_of_real_trees(days):
    features = ["temperature_c", "humidite_pct", "vent_km_h", "jours_sans_pluie"]
    x_train, x_test, y_train, y_test = train_test_split(
        days[features].to_numpy(dtype=float),
        days["feu"].to_numpy(),
        test_size=0.3,
        random_state=0,
        stratify=days["feu"].to_numpy(),
    )
    tree = DecisionTreeClassifier(max_depth=4, random_state=0).fit(x_train, y_train)
    result = draw_complexity_curve(depth=4, data=days)
    assert result.train_accuracy == pytest.approx(tree.score(x_train, y_train))
    assert result.test_accuracy == pytest.approx(tree.score(x_test, y_test))
    assert sorted(result.curve) == list(range(1, 21))


def test_deep_trees_overfit_and_the_summary_says_so(days):
    shallow, deep = (
        draw_complexity_curve(depth=2, data=days),
        draw_complexity_curve(depth=20, data=days),
    )
    assert deep.train_accuracy > 0.95
    assert deep.train_accuracy - deep.test_accuracy > shallow.train_accuracy - shallow.test_accuracy
    assert "par cœur" in deep.summary
    marker = deep.figure.axes[0].lines[-1]
    assert list(marker.get_xdata()) == [20, 20]


@pytest.mark.parametrize("bad", [0, 21, 3.5])
def test_impossible_depths_are_french_errors(days, bad):
    with pytest.raises(PlaygroundError, match="rofondeur"):
        draw_complexity_curve(depth=bad, data=days)


def test_complexity_widget_redraws_and_fast_redraw_matches_full_draw(days):
    playground = complexity_curve(data=days)
    before = playground.image.value
    playground.controls["depth"].value = 12
    assert playground.image.value != before
    static_changed(playground.figure)
    assert render_png(playground.figure) == playground.image.value


def test_placeholders_under_autograding(monkeypatch, air, days):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(threshold(data=air), Placeholder)
    assert isinstance(complexity_curve(data=days), Placeholder)


def test_real_ozone_days():
    from eduia.playgrounds._base import load_dataset

    air = load_dataset("qualite_air")
    result = draw_threshold(threshold=0.3)
    assert sum(result.counts.values()) == len(result.truth) == round(0.3 * len(air))
    assert 0 < result.recall <= 1


@pytest.mark.slow  # 30 examples, two draw_threshold calls each: about 3.3 s
@settings(max_examples=30, deadline=None)
@given(low=st.floats(0, 1), high=st.floats(0, 1))
def test_raising_the_threshold_never_adds_alerts_nor_removes_missed_ones(air, low, high):
    low, high = sorted((low, high))
    before, after = (
        draw_threshold(threshold=low, data=air),
        draw_threshold(threshold=high, data=air),
    )
    assert after.alerts.sum() <= before.alerts.sum()
    assert after.counts["false_negatives"] >= before.counts["false_negatives"]
    assert after.counts["false_positives"] <= before.counts["false_positives"]
    assert sum(after.counts.values()) == sum(before.counts.values())
