"""Lesson 01 playground: the pupil's threshold rule against a learned rule, scored live."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.tree import DecisionTreeClassifier

from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.rule_vs_learned import draw_rule_vs_learned, rule_vs_learned, score_rule


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    temperature = rng.uniform(5, 38, 600)
    rain = np.where(rng.random(600) < 0.6, 0.0, rng.exponential(6, 600))
    risk = (temperature > 28) & (rain < 2)
    fire = np.where(rng.random(600) < 0.9, risk, ~risk).astype(int)
    return pd.DataFrame({"tx_moy_c": temperature, "pluie_moy_mm": rain, "feu": fire})


def test_pupil_rule_is_scored_against_a_computation_by_hand(days):
    result = draw_rule_vs_learned(temperature=30, rain=1.5, data=days)
    alert = (days["tx_moy_c"] >= 30) & (days["pluie_moy_mm"] <= 1.5)
    assert list(result.pupil_predictions) == list(alert.astype(int))
    assert result.pupil.accuracy == pytest.approx((alert.astype(int) == days["feu"]).mean())
    assert result.pupil.detected == pytest.approx(alert[days["feu"] == 1].mean())
    assert result.pupil.false_alerts == int((alert & (days["feu"] == 0)).sum())


@pytest.mark.parametrize("depth", [1, 2])
def test_learned_rule_is_a_decision_tree_of_the_chosen_depth(days, depth):
    features = days[["tx_moy_c", "pluie_moy_mm"]].to_numpy()
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(features, days["feu"])
    result = draw_rule_vs_learned(depth=depth, data=days)
    assert list(result.learned_predictions) == list(tree.predict(features))
    assert result.learned.accuracy == pytest.approx(tree.score(features, days["feu"]))


def test_learned_rule_is_described_in_french_words(days):
    result = draw_rule_vs_learned(depth=2, data=days)
    assert "température >" in result.learned_rule and " °C" in result.learned_rule
    assert "pluie ≤" in result.learned_rule and " mm" in result.learned_rule
    assert "La règle apprise donne l'alerte si" in result.summary
    assert result.summary.startswith("Ta règle : ")


def test_a_good_hand_rule_scores_better_than_a_silly_one(days):
    good = draw_rule_vs_learned(temperature=28, rain=2, data=days).pupil.accuracy
    silly = draw_rule_vs_learned(temperature=5, rain=100, data=days).pupil.accuracy
    assert good > 0.8 > silly


def test_score_rule_counts():
    score = score_rule(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))
    assert (score.accuracy, score.detected, score.false_alerts) == (0.5, 0.5, 1)


def test_the_dashed_box_is_the_pupil_alert_zone_on_the_square_root_rain_axis(days):
    result = draw_rule_vs_learned(temperature=25, rain=4, data=days)
    ax = result.figure.axes[0]
    box = ax.patches[0]
    assert box.get_x() == 25
    assert box.get_y() + box.get_height() == pytest.approx(2.0)  # √4 mm
    ticks = dict(zip([label.get_text() for label in ax.get_yticklabels()], ax.get_yticks()))
    assert ticks["5"] == pytest.approx(5**0.5)
    assert "pluie du jour (mm" in ax.get_ylabel()
    assert ax.get_xlabel() == "température maximale du jour (°C)"


@pytest.mark.parametrize(("field", "value"), [("depth", 3), ("rain", -1), ("temperature", "chaud")])
def test_impossible_settings_are_french_errors(days, field, value):
    with pytest.raises(PlaygroundError, match="doit être entre"):
        draw_rule_vs_learned(data=days, **{field: value})


def test_data_with_one_class_only_is_a_french_error(days):
    with pytest.raises(PlaygroundError, match="jours avec feu et des jours sans feu"):
        draw_rule_vs_learned(data=days.assign(feu=0))


def test_widget_scores_live_and_redraws(days):
    playground = rule_vs_learned(data=days)
    before, caption = playground.image.value, playground.caption.value
    playground.controls["temperature"].value = 20.0
    assert playground.image.value != before
    assert playground.caption.value != caption and "Ta règle" in playground.caption.value
    image = playground.image.value
    playground.controls["depth"].value = 1
    assert playground.image.value != image
    assert (
        playground.result.learned_predictions.tolist()
        == draw_rule_vs_learned(depth=1, data=days).learned_predictions.tolist()
    )


def test_placeholder_under_autograding(monkeypatch, days):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(rule_vs_learned(data=days), Placeholder)


def test_fast_redraw_matches_a_full_draw(days):
    from eduia.playgrounds._base import static_changed
    from eduia.playgrounds._widget import render_png

    result = draw_rule_vs_learned(temperature=20, rain=8, depth=2, data=days)
    render_png(result.figure)
    draw_rule_vs_learned(temperature=31, rain=0.5, depth=1, data=days, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


def test_the_real_days_of_2024_and_the_state_lesson_01_describes():
    """Lesson 01's text: the learned rule is a temperature threshold near 26 °C (then rain)."""
    import eduia

    days = eduia.datasets.load("feux_meteo_jour")
    result = draw_rule_vs_learned(temperature=28, rain=1, depth=1)
    assert len(result.pupil_predictions) == len(days) == 366
    alert = (days["tx_moy_c"] >= 28) & (days["pluie_moy_mm"] <= 1)
    assert list(result.pupil_predictions) == list(alert.astype(int))
    assert result.learned.accuracy > 1 - days["feu"].mean()  # better than « never a fire »
    assert result.learned_rule == "température > 25,9 °C"
    depth_2 = draw_rule_vs_learned(temperature=28, rain=1, depth=2).learned_rule
    assert depth_2 == "température > 25,9 °C et pluie ≤ 1,1 mm"
