"""Lesson 10 playground: error rates by département, before and after correcting a data gap."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.fairness import PENALTY, draw_fairness, fairness, fit_logistic, rates


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(2)
    dates = pd.date_range("2016-01-01", periods=400, freq="D")
    frames = []
    for zone, risk in (("04", 0.0), ("13", 0.5), ("83", 0.8)):
        weather = pd.DataFrame(
            {
                "date": dates,
                "zone": zone,
                "temperature_c": rng.uniform(0, 38, len(dates)),
                "humidite_pct": rng.uniform(15, 95, len(dates)),
                "vent_km_h": rng.uniform(0, 60, len(dates)),
                "jours_sans_pluie": rng.integers(0, 40, len(dates)),
            }
        )
        score = (weather.temperature_c - 25) / 5 - (weather.humidite_pct - 50) / 20 + risk
        weather["feu"] = (score + rng.normal(0, 0.8, len(dates)) > 0).astype(int)
        frames.append(weather)
    return pd.concat(frames, ignore_index=True)


def test_hand_made_logistic_regression_agrees_with_sklearn():
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 3))
    y = (X @ [1.5, -1.0, 0.5] + rng.normal(0, 1, 300) > 0.8).astype(int)
    ours = fit_logistic(np.column_stack([np.ones(300), X]), y)
    theirs = LogisticRegression(
        C=1 / PENALTY, class_weight="balanced", tol=1e-10, max_iter=1000
    ).fit(X, y)
    np.testing.assert_allclose(ours[1:], theirs.coef_[0], rtol=1e-4, atol=1e-6)
    assert ours[0] == pytest.approx(theirs.intercept_[0], rel=1e-4, abs=1e-6)


def test_rates_by_measure():
    truth = np.array([1, 1, 0, 0, 1, 0])
    predicted = np.array([1, 0, 1, 0, 1, 0])
    zone = np.array(["04", "04", "04", "04", "13", "13"])
    assert rates(truth, predicted, zone, ["04", "13"], "error") == {"04": 0.5, "13": 0.0}
    assert rates(truth, predicted, zone, ["04", "13"], "missed") == {"04": 0.5, "13": 0.0}
    assert rates(truth, predicted, zone, ["04", "13"], "false_alarm") == {"04": 0.5, "13": 0.0}


def test_no_gap_means_no_difference(days):
    result = draw_fairness(departement="04", gap=0, data=days)
    assert result.before == result.after


def test_a_gap_hurts_its_departement_and_the_correction_repairs_it(days):
    fig = draw_fairness(departement="13", gap=0, data=days).figure
    complete = draw_fairness(departement="13", gap=0, data=days, fig=fig)
    gap = draw_fairness(departement="13", gap=100, data=days, fig=fig)
    assert gap.before["13"] > complete.before["13"] + 0.3  # fires of 13 are now missed
    assert gap.after["13"] < gap.before["13"] - 0.3  # leaving the unrecorded days out repairs it
    assert abs(gap.before["83"] - complete.before["83"]) < 0.1  # other départements barely move


def test_bars_and_text_show_the_rates(days):
    result = draw_fairness(departement="83", gap=60, measure="error", data=days)
    ax = result.figure.axes[0]
    heights = [bar.get_height() for bar in ax.patches[1:]]
    assert heights == pytest.approx([*result.before.values(), *result.after.values()])
    assert ax.get_ylabel() == "taux d'erreur"
    assert ax.get_title(loc="left").startswith("Var, 60 % des jours sans relevé\ntaux d'erreur : ")
    again = draw_fairness(departement="83", gap=60, measure="missed", data=days, fig=result.figure)
    assert again.figure.axes[0].get_ylabel() == "part des feux manqués"


@pytest.mark.parametrize(
    "values", [{"departement": "75"}, {"gap": 120}, {"gap": 10.5}, {"measure": "justice"}]
)
def test_bad_values_are_explained(days, values):
    with pytest.raises(PlaygroundError):
        draw_fairness(data=days, **values)


def test_missing_column_widget_and_autograding(days, monkeypatch):
    with pytest.raises(PlaygroundError, match="feu"):
        draw_fairness(data=days.drop(columns="feu"))
    playground = fairness(data=days)
    assert playground.error is None
    assert [value for _, value in playground.controls["departement"].options] == ["04", "13", "83"]
    assert playground.update(gap=100).gap == 100
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(fairness(data=days), Placeholder)


def test_the_states_lesson_10_describes():
    """Lesson 10's text: the 04's missed fires at 0, 50 and 100 % of days without records."""
    complete = draw_fairness(departement="04", gap=0)
    half = draw_fairness(departement="04", gap=50, fig=complete.figure)
    full = draw_fairness(departement="04", gap=100, fig=complete.figure)
    assert round(complete.before["04"], 2) == 0.34
    assert (round(half.before["04"], 2), round(half.after["04"], 2)) == (0.66, 0.38)
    assert (round(full.before["04"], 2), round(full.after["04"], 2)) == (1.0, 0.71)
    for code in ("05", "06", "13", "83", "84"):  # « les autres départements bougent à peine »
        assert abs(half.before[code] - complete.before[code]) < 0.1


def test_the_title_says_the_days_are_simulated():
    title = fairness().children[0].value
    assert "jours simulés" in title
