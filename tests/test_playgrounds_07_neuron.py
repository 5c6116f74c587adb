"""Lesson 07 playground: a neuron's weights and bias move its border; learning steps correct it."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from eduia.learn import Perceptron
from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.neuron import (
    LEARNING_RATE,
    draw_neuron,
    hidden_network,
    neuron,
    training_days,
)


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    dates = pd.date_range("2024-01-01", periods=300, freq="D")
    temperature = rng.uniform(5, 38, 300)
    rain = rng.uniform(0, 20, 300)
    fire = (temperature - 0.8 * rain > 20).astype(int)
    return pd.DataFrame({"date": dates, "tx_moy_c": temperature, "pluie_moy_mm": rain, "feu": fire})


def _learning(days):
    learn = days[days["date"].dt.day <= 15]
    raw = learn[["tx_moy_c", "pluie_moy_mm"]].to_numpy(float)
    return learn, raw, (raw - raw.mean(axis=0)) / raw.std(axis=0)


def test_the_split_is_by_date_never_by_row(days):
    learn = training_days(days["date"])
    assert learn.tolist() == (days["date"].dt.day <= 15).tolist()
    result = draw_neuron(data=days)
    assert 0 <= result.test_accuracy <= 1
    shuffled = days.sample(frac=1, random_state=0)  # the rows' order changes nothing
    again = draw_neuron(data=shuffled)
    assert again.test_accuracy == pytest.approx(result.test_accuracy)


def test_sliders_set_the_border_exactly(days):
    result = draw_neuron(w1=1.0, w2=-0.5, bias=0.2, data=days)
    assert result.steps == 0 and result.corrections == 0
    np.testing.assert_allclose(result.weights, [1.0, -0.5])
    learn, raw, scaled = _learning(days)
    expected = np.mean(((scaled @ [1.0, -0.5] + 0.2) > 0) == learn.feu.to_numpy())
    assert result.accuracy == pytest.approx(expected)
    for point in result.line:  # both ends of the drawn border have a score of 0
        z = (point - raw.mean(axis=0)) / raw.std(axis=0)
        assert z @ [1.0, -0.5] + 0.2 == pytest.approx(0, abs=1e-9)
    line = result.figure.axes[0].lines[2]
    np.testing.assert_allclose(np.column_stack(line.get_data()), result.line)
    a, c, d = result.real_weights  # the same score in °C and mm
    for (temperature, rain), z in zip(raw, scaled):
        assert a * temperature + c * rain + d == pytest.approx(z @ [1.0, -0.5] + 0.2)


def test_the_formula_is_written_with_the_numbers_plugged_in(days):
    result = draw_neuron(w1=1.0, w2=-0.5, bias=0.25, data=days)
    _, raw, scaled = _learning(days)
    row = result.example
    z = scaled[row]
    lines = result.summary.splitlines()
    assert lines[0].startswith("score = 1,00 × température ramenée − 0,50 × pluie ramenée + 0,25")
    score = z @ [1.0, -0.5] + 0.25
    plugged = f"1,00 × {_fr(z[0])} + (−0,50) × {_fr(z[1])} + 0,25 = {_fr(score)}"
    assert plugged in lines[1]
    said = "feu" if score > 0 else "pas de feu"
    assert f"il dit « {said} »" in lines[1]
    assert f"{raw[row, 0]:.1f} °C".replace(".", ",") in lines[1]
    assert "en vraies unités" in lines[2] and "× T (°C)" in lines[2]
    assert "jours d'apprentissage" in lines[3] and "jours de test" in lines[3]


def _fr(value: float) -> str:
    text = f"{abs(value):.2f}".replace(".", ",")
    return f"(−{text})" if value < 0 and text != "0,00" else text


def _fr_score(value: float) -> str:
    text = f"{abs(value):.2f}".replace(".", ",")
    return f"−{text}" if value < 0 and text != "0,00" else text


def test_learning_steps_are_perceptron_steps_in_the_seeds_order(days):
    _, _, scaled = _learning(days)
    labels = days[days["date"].dt.day <= 15].feu.to_numpy()
    for seed in (0, 3):
        result = draw_neuron(w1=0.0, w2=0.0, bias=0.0, steps=150, seed=seed, data=days)
        reference = Perceptron(learning_rate=LEARNING_RATE).initialise(scaled[:2], [0, 1])
        order = np.random.default_rng(seed).permutation(len(scaled))
        rows = [order[i % len(order)] for i in range(150)]
        corrections = sum(reference.step(scaled[row], labels[row]) for row in rows)
        np.testing.assert_allclose(result.weights, reference.weights_)
        assert result.bias == pytest.approx(reference.bias_)
        assert result.corrections == corrections > 0
        assert result.example == rows[-1]  # the summary shows the day of the last step
    assert result.accuracy > 0.85  # these made-up days are separable: learning works


def test_the_summary_of_a_step_uses_the_weights_before_the_correction(days):
    path = [draw_neuron(w1=0.5, w2=0.5, bias=0.0, steps=n, data=days) for n in (11, 12)]
    _, _, scaled = _learning(days)
    before, after = path
    z = scaled[after.example]
    score = z @ before.weights + before.bias
    assert f"= {_fr_score(score)} :" in after.summary.splitlines()[1]
    assert "Pas n° 12" in after.summary


def test_same_seed_replays_the_same_path_and_restart_goes_back(days):
    fig = draw_neuron(steps=40, data=days).figure
    short = draw_neuron(steps=40, data=days, fig=fig)
    longer = draw_neuron(steps=80, data=days, fig=fig)
    again = draw_neuron(steps=40, data=days, fig=fig)
    other_seed = draw_neuron(steps=40, seed=5, data=days, fig=fig)
    np.testing.assert_allclose(short.weights, again.weights)
    assert longer.corrections >= short.corrections
    assert not np.allclose(other_seed.weights, short.weights)
    assert "Après 40 pas" in again.summary
    playground = neuron(data=days, steps=30)
    playground.restart_button.click()
    assert playground.result.steps == 0
    np.testing.assert_allclose(playground.result.weights, [1.0, 0.0])


def test_a_small_learning_rate_crawls_and_a_large_one_jumps(days):
    def moves(rate):
        path = [
            draw_neuron(w1=-1.0, w2=0.0, steps=n, learning_rate=rate, data=days) for n in range(60)
        ]
        return [np.linalg.norm(b.weights - a.weights) for a, b in itertools.pairwise(path)]

    slow, fast = moves(0.01), moves(1.0)
    assert max(slow) < 0.05
    assert max(fast) > 0.5
    crawled = draw_neuron(w1=-1.0, w2=0.0, steps=59, learning_rate=0.01, data=days)
    assert crawled.weights[0] < 0  # after 59 steps it still points the wrong way
    with pytest.raises(PlaygroundError):
        draw_neuron(learning_rate=0.5, data=days)


def test_one_neuron_cannot_solve_the_chequerboard_two_hidden_neurons_can():
    best = max(
        draw_neuron(case="xor", steps=steps, w1=w, w2=-w).accuracy
        for steps in (0, 100, 400)
        for w in (0.5, 1)
    )
    assert best < 0.8
    network = draw_neuron(case="xor", two_neurons=True)
    assert network.hidden_accuracy == 1.0
    assert hidden_network(np.array([(0, 0), (0, 1), (1, 0), (1, 1)])).tolist() == [0, 1, 1, 0]
    assert "Neurone caché 1" in network.summary and "entre les deux droites" in network.summary
    axes = network.figure.axes[0]
    labels = [text.get_text() for text in axes.texts]
    assert "neurone caché 1 : « oui » au-dessus" in labels
    assert "neurone caché 2 : « oui » au-dessus" in labels
    assert axes.lines[2].get_xydata().size == 0  # the single neuron's line is hidden


def test_two_neurons_on_the_fire_days_says_where_to_look(days):
    result = draw_neuron(two_neurons=True, data=days)
    assert "cas impossible pour un neurone" in result.summary


@pytest.mark.parametrize(
    "values",
    [
        {"w1": 4.0},
        {"bias": float("nan")},
        {"w2": "fort"},
        {"steps": -1},
        {"steps": 2.5},
        {"seed": 10},
        {"learning_rate": "vite"},
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
    assert playground.controls["w1"].description == "Poids w1 (température)"
    assert "score = " in playground.caption.value
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(neuron(data=days), Placeholder)


def test_the_states_the_lesson_describes_on_the_real_days():
    """Lesson 07's text: 78 % is reachable with the sliders, the XOR case stops near 75 %."""
    start = draw_neuron()
    assert start.accuracy < 0.7  # the starting line is not good yet
    tuned = draw_neuron(w1=1.0, w2=0.0, bias=-0.75)
    assert tuned.accuracy >= 0.78 and tuned.test_accuracy > 0.75
    threshold = -tuned.real_weights[2] / tuned.real_weights[0]
    assert 26 < threshold < 28.5  # « au-dessus de 27 ou 28 °C par temps sec »
    upside_down = [draw_neuron(w1=-1.0, steps=n, learning_rate=0.01).accuracy for n in (1, 80)]
    assert max(upside_down) < 0.4  # a learning rate of 0,01 crawls
    best = max(
        draw_neuron(case="xor", w1=w1, w2=w2, bias=b).accuracy
        for w1 in (-2.0, 1.0, 3.0)
        for w2 in (-2.0, 1.0, 3.0)
        for b in (-1.0, 0.0, 3.0)
    )
    assert best == pytest.approx(0.75)
