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
    humidity = rng.uniform(20, 95, 600)
    risk = (temperature > 28) & (humidity < 50)
    fire = np.where(rng.random(600) < 0.9, risk, ~risk).astype(int)
    return pd.DataFrame({"temperature_c": temperature, "humidite_pct": humidity, "feu": fire})


def test_pupil_rule_is_scored_against_a_computation_by_hand(days):
    result = draw_rule_vs_learned(temperature=30, humidity=45, data=days)
    alert = (days["temperature_c"] >= 30) & (days["humidite_pct"] <= 45)
    assert list(result.pupil_predictions) == list(alert.astype(int))
    assert result.pupil.accuracy == pytest.approx((alert.astype(int) == days["feu"]).mean())
    assert result.pupil.detected == pytest.approx(alert[days["feu"] == 1].mean())
    assert result.pupil.false_alerts == int((alert & (days["feu"] == 0)).sum())


@pytest.mark.parametrize("depth", [1, 2])
def test_learned_rule_is_a_decision_tree_of_the_chosen_depth(days, depth):
    features = days[["temperature_c", "humidite_pct"]].to_numpy()
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(features, days["feu"])
    result = draw_rule_vs_learned(depth=depth, data=days)
    assert list(result.learned_predictions) == list(tree.predict(features))
    assert result.learned.accuracy == pytest.approx(tree.score(features, days["feu"]))


def test_learned_rule_is_described_in_french_words(days):
    result = draw_rule_vs_learned(depth=2, data=days)
    assert "température >" in result.learned_rule
    assert "La règle apprise donne l'alerte si" in result.summary
    assert result.summary.startswith("Votre règle : ")


def test_a_good_hand_rule_scores_better_than_a_silly_one(days):
    good = draw_rule_vs_learned(temperature=28, humidity=50, data=days).pupil.accuracy
    silly = draw_rule_vs_learned(temperature=5, humidity=100, data=days).pupil.accuracy
    assert good > 0.8 > silly


def test_score_rule_counts():
    score = score_rule(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))
    assert (score.accuracy, score.detected, score.false_alerts) == (0.5, 0.5, 1)


def test_the_dashed_box_is_the_pupil_alert_zone(days):
    result = draw_rule_vs_learned(temperature=25, humidity=60, data=days)
    box = result.figure.axes[0].patches[0]
    assert box.get_x() == 25
    assert box.get_y() + box.get_height() == pytest.approx(60)


@pytest.mark.parametrize(
    ("field", "value"), [("depth", 3), ("humidity", 150), ("temperature", "chaud")]
)
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
    assert playground.caption.value != caption and "Votre règle" in playground.caption.value
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

    result = draw_rule_vs_learned(temperature=20, humidity=80, depth=2, data=days)
    render_png(result.figure)
    draw_rule_vs_learned(temperature=31, humidity=40, depth=1, data=days, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


def test_real_fire_days_when_the_dataset_ships():
    from eduia.playgrounds._base import load_dataset

    try:
        days = load_dataset("jours_risque_incendie")
    except PlaygroundError:
        pytest.skip("the fire-risk days are not built yet")
    result = draw_rule_vs_learned(temperature=28, humidity=45, depth=2)
    assert len(result.pupil_predictions) == len(days)
    assert result.learned.accuracy >= 1 - days["feu"].mean()  # at least as good as « never a fire »
