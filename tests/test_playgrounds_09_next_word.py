"""Lesson 09 playground: next-word generation with a temperature slider and probability bars."""

from __future__ import annotations

import numpy as np
import pytest

from eduia.learn import NextWordModel, load_corpus
from eduia.learn.ngram import END
from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.next_word import SHOWN_WORDS, STARTS, draw_next_word, next_word

CORPUS = "Le Var est beau. Le Var est chaud. Le Var brûle. Le Var est beau."


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


def test_text_and_bars_come_from_the_model():
    result = draw_next_word(start="Le Var est", temperature=1.0, seed=4, corpus=CORPUS)
    model = NextWordModel(n=2).fit(CORPUS)
    assert result.probabilities == pytest.approx({"beau": 2 / 3, "chaud": 1 / 3})
    assert result.text == model.generate("Le Var est", temperature=1.0, seed=4)
    assert result.words[3] == result.chosen
    bars = result.figure.axes[1].patches
    assert [bar.get_width() for bar in bars[:2]] == pytest.approx([2 / 3, 1 / 3])
    labels = [text.get_text() for text in result.figure.axes[1].texts]
    assert labels[0].startswith("beau") and "66,7" in labels[0]
    chosen_bar = bars[["beau", "chaud"].index(result.chosen)]
    assert (
        chosen_bar.get_facecolor()
        != bars[1 - ["beau", "chaud"].index(result.chosen)].get_facecolor()
    )
    assert result.figure.axes[0].texts[0].get_text().startswith("Le Var est")


def test_temperature_sharpens_or_flattens_the_bars():
    cold = draw_next_word(start="Le Var est", temperature=0.1, corpus=CORPUS)
    hot = draw_next_word(start="Le Var est", temperature=3.0, corpus=CORPUS)
    assert cold.probabilities["beau"] > 0.99
    assert 0.5 < hot.probabilities["beau"] < 0.6
    assert {
        draw_next_word(start="Le Var est", temperature=0.1, seed=s, corpus=CORPUS).chosen
        for s in range(10)
    } == {"beau"}


def test_seed_replays_and_changes_the_draw():
    texts = {draw_next_word(start="", temperature=1.5, seed=seed).text for seed in range(8)}
    assert len(texts) > 3
    again = draw_next_word(start="", temperature=1.5, seed=3)
    assert again.text == draw_next_word(start="", temperature=1.5, seed=3).text


def test_rare_words_are_grouped_in_one_bar():
    result = draw_next_word(start="", temperature=1.0)
    assert len(result.probabilities) > SHOWN_WORDS
    widths = [bar.get_width() for bar in result.figure.axes[1].patches]
    assert sum(widths) == pytest.approx(1.0)
    assert result.figure.axes[1].texts[SHOWN_WORDS].get_text().startswith("(autres mots)")


def test_every_start_of_the_menu_works_with_the_real_corpus():
    model = NextWordModel(n=3).fit(load_corpus())
    for start in STARTS:
        result = draw_next_word(start=start, temperature=0.7, context=2)
        assert result.text.lower().startswith(start.lower().rstrip(","))
        assert result.chosen in model.probabilities(start) or result.chosen == END


@pytest.mark.parametrize(
    "values",
    [
        {"temperature": 0},
        {"temperature": 9.0},
        {"seed": -1},
        {"seed": 1.5},
        {"context": 3},
        {"start": 12},
    ],
)
def test_bad_values_are_explained(values):
    with pytest.raises(PlaygroundError):
        draw_next_word(**values)


def test_widget_and_autograding(monkeypatch):
    playground = next_word()
    assert playground.error is None
    assert playground.controls["temperature"].description == "Température"
    result = playground.update(temperature=0.2, seed=5)
    assert np.isclose(sum(result.probabilities.values()), 1.0)
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(next_word(), Placeholder)
