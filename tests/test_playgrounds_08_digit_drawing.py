"""Lesson 08 playground: a clickable 8 × 8 grid, the network's guess and its probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.digit_drawing import (
    INK,
    DigitDrawingWidget,
    digit_drawing,
    digit_model,
    draw_digit_drawing,
    examples,
)


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


def test_the_network_is_trained_offline_on_the_bundled_digits_and_is_good():
    from sklearn.datasets import load_digits

    digits = load_digits()
    model = digit_model()
    assert model.score(digits.data[:500] / INK, digits.target[:500]) > 0.95


def test_each_example_digit_is_recognised_and_shown():
    fig = None
    for digit in range(10):
        result = draw_digit_drawing(pixels=examples()[digit], fig=fig)
        fig = result.figure
        assert result.prediction == digit
        assert result.probabilities.sum() == pytest.approx(1.0)
        picture_ax, bars_ax = fig.axes
        np.testing.assert_array_equal(picture_ax.images[0].get_array(), examples()[digit])
        widths = [bar.get_width() for bar in bars_ax.patches]
        np.testing.assert_allclose(widths, result.probabilities)
        assert fig._suptitle.get_text().startswith(f"L'IA pense que c'est un {digit}")


def test_probabilities_are_the_models_own():
    drawing = np.zeros((8, 8), dtype=bool)
    drawing[1:7, 3:5] = True
    result = draw_digit_drawing(pixels=drawing)
    expected = digit_model().predict_proba(drawing.reshape(1, -1) * 1.0)[0]
    np.testing.assert_allclose(result.probabilities, expected)
    assert result.pixels.max() == INK


def test_empty_grid_asks_for_a_drawing():
    result = draw_digit_drawing()
    assert result.prediction is None
    assert not result.probabilities.any()
    assert "Dessinez un chiffre" in result.figure._suptitle.get_text()


@pytest.mark.parametrize(
    "pixels", [np.ones((7, 7)), np.full((8, 8), 20.0), [["noir"] * 8] * 8, -np.ones(64)]
)
def test_bad_drawings_are_explained(pixels):
    with pytest.raises(PlaygroundError, match="8 × 8"):
        draw_digit_drawing(pixels=pixels)


def test_clicks_change_the_drawing_and_the_answer(monkeypatch):
    widget = DigitDrawingWidget()
    assert widget.playground.result.prediction is None
    assert len(widget.cells) == 64
    assert widget.cells[9].tooltip == "case ligne 2, colonne 2"
    widget.cells[9].value = True  # a click (or Space on the focused square)
    assert widget.state["pixels"][1, 1] == INK
    assert widget.playground.result.prediction is not None
    assert widget.cells[9].style.button_color == "#222222"
    updates = widget.playground.updates
    assert widget.show_example().prediction == 0
    assert widget.playground.updates == updates + 1  # the 64 squares change, one redraw
    assert sum(cell.value for cell in widget.cells) == int((examples()[0] > 0).sum())
    assert widget.set_pixels(None).prediction is None
    assert not any(cell.value for cell in widget.cells)
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(digit_drawing(), Placeholder)
