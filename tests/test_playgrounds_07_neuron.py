"""Lesson 07 playground: a neuron's weights and bias move its border; learning steps correct it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from eduia.learn import Perceptron
from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.neuron import LEARNING_RATE, SEED, draw_neuron, neuron


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    temperature = rng.uniform(5, 38, 300)
    humidity = rng.uniform(15, 95, 300)
    fire = (temperature - 0.4 * humidity > 8).astype(int)
    return pd.DataFrame({"temperature_c": temperature, "humidite_pct": humidity, "feu": fire})


def _scaled(days):
    raw = days[["temperature_c", "humidite_pct"]].to_numpy(float)
    return (raw - raw.mean(axis=0)) / raw.std(axis=0)


def test_sliders_set_the_border_exactly(days):
    result = draw_neuron(w1=1.0, w2=-0.5, bias=0.2, data=days)
    assert result.steps == 0 and result.corrections == 0
    np.testing.assert_allclose(result.weights, [1.0, -0.5])
    scaled = _scaled(days)
    expected = np.mean(((scaled @ [1.0, -0.5] + 0.2) > 0) == days.feu)
    assert result.accuracy == pytest.approx(expected)
    raw = days[["temperature_c", "humidite_pct"]].to_numpy(float)
    for point in result.line:  # both ends of the drawn border have a score of 0
        z = (point - raw.mean(axis=0)) / raw.std(axis=0)
        assert z @ [1.0, -0.5] + 0.2 == pytest.approx(0, abs=1e-9)
    line = result.figure.axes[0].lines[1]
    np.testing.assert_allclose(np.column_stack(line.get_data()), result.line)


def test_learning_steps_are_perceptron_steps(days):
    result = draw_neuron(w1=0.0, w2=0.0, bias=0.0, steps=150, data=days)
    neuron_ = Perceptron(learning_rate=LEARNING_RATE).initialise(_scaled(days)[:2], [0, 1])
    order = np.random.default_rng(SEED).permutation(len(days))
    corrections = sum(neuron_.step(_scaled(days)[row], days.feu[row]) for row in order[:150])
    np.testing.assert_allclose(result.weights, neuron_.weights_)
    assert result.bias == pytest.approx(neuron_.bias_)
    assert result.corrections == corrections > 0
    assert result.accuracy > 0.85  # the data are separable: learning works


def test_more_steps_continue_the_same_path(days):
    fig = draw_neuron(steps=40, data=days).figure
    short = draw_neuron(steps=40, data=days, fig=fig)
    longer = draw_neuron(steps=80, data=days, fig=fig)
    again = draw_neuron(steps=40, data=days, fig=fig)
    np.testing.assert_allclose(short.weights, again.weights)
    assert longer.corrections >= short.corrections
    assert "après 40 pas" in again.figure.axes[0].texts[0].get_text()


def test_one_neuron_cannot_solve_the_chequerboard():
    best = max(
        draw_neuron(case="xor", steps=steps, w1=w, w2=-w).accuracy
        for steps in (0, 100, 200)
        for w in (0.5, 1)
    )
    assert best < 0.7


@pytest.mark.parametrize(
    "values",
    [
        {"w1": 4.0},
        {"bias": float("nan")},
        {"w2": "fort"},
        {"steps": -1},
        {"steps": 2.5},
        {"case": "pluie"},
    ],
)
def test_bad_values_are_explained(days, values):
    with pytest.raises(PlaygroundError):
        draw_neuron(data=days, **values)


def test_missing_column_and_widget(days, monkeypatch):
    with pytest.raises(PlaygroundError, match="feu"):
        draw_neuron(data=days.drop(columns="feu"))
    playground = neuron(data=days)
    assert playground.error is None
    assert playground.update(steps=10).steps == 10
    assert playground.controls["w1"].description == "Poids de la température"
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(neuron(data=days), Placeholder)
