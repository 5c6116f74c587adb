"""Lesson 03 playground: a line by hand with its live squared error, and the best line."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eduia.playgrounds._base import Placeholder, PlaygroundError, new_figure
from eduia.playgrounds.line_fit import draw_line_fit, line_fit


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    temperature = rng.uniform(-2, 32, 400)
    consumption = 150 - 2.2 * temperature + rng.normal(0, 8, 400)
    return pd.DataFrame({"temperature_c": temperature, "consommation_gwh": consumption})


@pytest.mark.parametrize(("slope", "intercept"), [(0.0, 100.0), (-2.0, 150.0), (1.5, -20.0)])
def test_error_is_the_mean_squared_error_computed_by_hand(days, slope, intercept):
    result = draw_line_fit(slope=slope, intercept=intercept, data=days)
    gaps = days["consommation_gwh"] - (slope * days["temperature_c"] + intercept)
    assert result.error == pytest.approx(float((gaps**2).mean()))


def test_best_line_is_least_squares_and_beats_any_hand_line(days):
    result = draw_line_fit(slope=-2.0, intercept=150.0, data=days)
    slope, intercept = np.polyfit(days["temperature_c"], days["consommation_gwh"], 1)
    assert (result.best_slope, result.best_intercept) == pytest.approx((slope, intercept))
    assert result.best_error <= result.error
    assert draw_line_fit(slope=slope, intercept=intercept, data=days).error == pytest.approx(
        result.best_error
    )


def test_drawn_line_and_text_follow_the_sliders(days):
    result = draw_line_fit(slope=-1.0, intercept=120.0, show_best=True, data=days)
    ax = result.figure.axes[0]
    best, line = ax.lines
    xs, ys = line.get_data()
    assert np.allclose(ys, -1.0 * np.asarray(xs) + 120.0)
    assert best.get_visible()
    assert "Meilleure droite" in ax.texts[0].get_text()
    hidden = draw_line_fit(
        slope=-1.0, intercept=120.0, show_best=False, data=days, fig=result.figure
    )
    assert not hidden.figure.axes[0].lines[0].get_visible()


def test_other_columns_can_be_chosen():
    fires = pd.DataFrame({"annee": [2000, 2001, 2002], "nombre_feux": [10, 8, 6]})
    result = draw_line_fit(slope=-2, intercept=4010, data=fires, x="annee", y="nombre_feux")
    assert result.error == pytest.approx(0.0)
    assert result.best_slope == pytest.approx(-2.0)


def test_bad_inputs_are_french_errors(days):
    with pytest.raises(PlaygroundError, match="colonnes"):
        draw_line_fit(data=days, x="temperature")
    with pytest.raises(PlaygroundError, match="deux points"):
        draw_line_fit(data=pd.DataFrame({"temperature_c": [1, 1], "consommation_gwh": [2, 3]}))
    with pytest.raises(PlaygroundError, match="nombres"):
        draw_line_fit(slope=float("nan"), data=days)


def test_widget_sliders_redraw_and_error_is_live(days):
    playground = line_fit(data=days)
    slope_slider = playground.controls["slope"]
    assert slope_slider.min < -2.2 < slope_slider.max
    before, first_error = playground.image.value, playground.result.error
    playground.update(slope=-2.2, intercept=150.0)
    assert playground.image.value != before
    assert playground.result.error < first_error
    playground.controls["show_best"].value = True
    assert playground.figure.axes[0].lines[0].get_visible()


def test_placeholder_under_autograding(monkeypatch, days):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(line_fit(data=days), Placeholder)


def test_fast_redraw_matches_a_full_draw(days):
    from eduia.playgrounds._base import static_changed
    from eduia.playgrounds._widget import render_png

    result = draw_line_fit(slope=0.0, intercept=100.0, data=days)
    render_png(result.figure)
    draw_line_fit(slope=-2.0, intercept=150.0, show_best=True, data=days, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


def test_real_electricity_consumption_falls_when_it_gets_warmer():
    result = draw_line_fit()  # the shipped dataset by default
    assert result.best_slope < 0
    assert result.best_error < result.error  # the flat starting line is worse than the best one


_FIGURE = new_figure()  # one figure for every example, as the widget does


@settings(max_examples=40, deadline=None)
@given(
    slope=st.floats(-10, 10, allow_nan=False),
    intercept=st.floats(-500, 500, allow_nan=False),
)
def test_error_matches_the_hand_computation_for_any_line(slope, intercept):
    points = pd.DataFrame(
        {"temperature_c": [-1.0, 4.0, 12.5, 30.0], "consommation_gwh": [160, 140, 120, 90]}
    )
    result = draw_line_fit(slope=slope, intercept=intercept, data=points, fig=_FIGURE)
    gaps = points["consommation_gwh"] - (slope * points["temperature_c"] + intercept)
    assert result.error == pytest.approx(float((gaps**2).mean()))
    assert result.error >= result.best_error - 1e-9
