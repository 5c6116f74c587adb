"""Lesson 08 playground: a clickable 16 × 16 grid, what the AI sees (8 × 8), its guess."""

from __future__ import annotations

import numpy as np
import pytest

from eduia.learn import digits
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


def _one() -> np.ndarray:
    drawing = np.zeros((16, 16), dtype=bool)
    drawing[2:14, 7:9] = True  # a plain « 1 », two squares wide
    return drawing


def test_the_network_is_trained_offline_on_the_bundled_digits_and_is_good():
    from sklearn.datasets import load_digits

    data = load_digits()
    assert digit_model().score(data.data[:500] / INK, data.target[:500]) > 0.95


def test_what_the_ai_sees_is_the_drawing_cut_in_blocks_and_counted():
    result = draw_digit_drawing(drawing=_one())
    np.testing.assert_array_equal(result.bitmap, digits.normalise(_one()))
    np.testing.assert_array_equal(result.pixels, digits.what_the_ai_sees(_one()))
    assert result.bitmap.shape == (32, 32) and result.pixels.shape == (8, 8)
    assert result.pixels.sum() == result.bitmap.sum()  # every black pixel counted once
    bitmap_ax, seen_ax, _bars = result.figure.axes
    np.testing.assert_array_equal(seen_ax.images[0].get_array(), result.pixels)
    np.testing.assert_array_equal(bitmap_ax.images[0].get_array(), result.bitmap.astype(float))
    shown = [int(text.get_text()) for text in seen_ax.texts]
    assert shown == result.pixels.astype(int).ravel().tolist()  # the 64 numbers, row by row
    assert "Ce que voit l'IA" in seen_ax.get_title()


def test_probabilities_are_the_models_own_and_a_lesson_can_pass_its_network():
    result = draw_digit_drawing(drawing=_one())
    expected = digit_model().predict_proba(result.pixels.reshape(1, -1) / INK)[0]
    np.testing.assert_allclose(result.probabilities, expected)
    widths = [bar.get_width() for bar in result.figure.axes[2].patches]
    np.testing.assert_allclose(widths, result.probabilities)
    assert result.prediction == 1
    assert result.summary.startswith("L'IA pense que c'est un 1")

    class AlwaysSeven:
        def predict_proba(self, pixels):
            assert pixels.shape == (1, 64) and pixels.max() <= 1.0  # the pixels divided by 16
            return np.eye(10)[[7]]

    assert draw_digit_drawing(drawing=_one(), model=AlwaysSeven()).prediction == 7


def test_the_network_reads_most_generated_examples():
    fig, right = None, 0
    for drawing, label in zip(*digits.french_style_digits()):
        result = draw_digit_drawing(drawing=drawing, fig=fig)
        fig = result.figure
        right += result.prediction == label
    assert right >= 32  # of 40: the generated digits are digits, if not quite Istanbul's


def test_empty_grid_asks_for_a_drawing():
    result = draw_digit_drawing()
    assert result.prediction is None
    assert not result.probabilities.any()
    assert "Dessine un chiffre" in result.summary


@pytest.mark.parametrize(
    "drawing", [np.ones((8, 8)), np.full((16, 16), 16.0), [["noir"] * 16] * 16, -np.ones(256)]
)
def test_bad_drawings_are_explained(drawing):
    with pytest.raises(PlaygroundError, match="16 × 16"):
        draw_digit_drawing(drawing=drawing)


def test_clicks_change_the_drawing_and_the_answer(tmp_path, monkeypatch):
    widget = DigitDrawingWidget(folder=tmp_path)
    assert widget.playground.result.prediction is None
    assert len(widget.cells) == 256
    assert widget.cells[17].tooltip == "case ligne 2, colonne 2"
    widget.cells[17].value = True  # a click (or Space on the focused square), thick brush
    assert widget.state["drawing"][1:3, 1:3].all() and widget.state["drawing"].sum() == 4
    assert widget.playground.result.prediction is not None
    assert widget.cells[34].value and widget.cells[34].style.button_color == "#222222"
    widget.brush.value = 1
    widget.cells[17].value = False  # the thin brush clears one square only
    assert widget.state["drawing"].sum() == 3
    updates = widget.playground.updates
    assert widget.show_example().prediction == 0
    assert widget.playground.updates == updates + 1  # the 256 squares change, one redraw
    assert sum(cell.value for cell in widget.cells) == int(examples()[0].sum())
    assert widget.set_drawing(None).prediction is None
    assert not any(cell.value for cell in widget.cells)
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(digit_drawing(), Placeholder)


def test_kept_digits_stay_in_the_lesson_folder(tmp_path):
    widget = DigitDrawingWidget(folder=tmp_path)
    assert "0 chiffre gardé" in widget.kept.value
    assert widget.keep() is None  # nothing drawn, no digit chosen: says how
    assert "choisis" in widget.kept.value and not (tmp_path / digits.FILE_NAME).exists()
    widget.set_drawing(_one())
    widget.label.value = 1
    path = widget.keep()
    assert path == tmp_path / digits.FILE_NAME
    assert widget.label.value is None
    widget.show_example()
    widget.label.value = 0
    widget.keep()
    assert "2 chiffres gardés" in widget.kept.value and "envoyé ailleurs" in widget.kept.value
    drawings, labels = digits.load_drawings(tmp_path)
    assert labels.tolist() == [1, 0]
    np.testing.assert_array_equal(drawings[0], _one())
    assert "2 chiffres gardés" in DigitDrawingWidget(folder=tmp_path).kept.value
