"""Lesson 09 playground: a text generator, word by word, with a temperature slider.

The model (:class:`eduia.learn.NextWordModel`) has counted, in a short French text about the
region written for the course, which word follows which. To write, it draws the next word at
random according to these counts. The temperature reshapes the draw: near 0 the most frequent
word always wins (the text repeats the corpus), high values give rare words their chance (the
text invents). The bars show the probabilities of the first word drawn after the start; the
« tirage » slider changes the random draw, so the same settings give the same text again.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    dropdown,
    dynamic,
    float_slider,
    int_slider,
    kept_texts,
    new_figure,
    playground,
    scene,
)
from eduia.playgrounds._common import (
    check_choice,
    check_range,
    check_whole_number,
    french_number,
    percent,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STARTS = (
    "",
    "Le mistral",
    "En été,",
    "Les touristes",
    "Marseille",
    "La lavande",
    "Un feu de forêt",
    "En 2017",
    "La région",
)
SHOWN_WORDS = 8
MAX_WORDS = 30
MAX_SEED = 50
TEMPERATURE_RANGE = (0.1, 3.0)


@dataclass
class NextWordResult:
    """The text written and the probabilities of its first new word."""

    text: str
    words: list[str]
    probabilities: dict[str, float]  # every possible next word after the start
    chosen: str  # the first word drawn (the end mark when the sentence stops at once)
    figure: Figure


@functools.lru_cache(maxsize=4)
def _model(corpus: str, context: int) -> Any:
    from eduia.learn import NextWordModel

    return NextWordModel(n=context + 1).fit(corpus)


@functools.lru_cache(maxsize=1)
def _default_corpus() -> str:
    from eduia.learn import load_corpus

    return load_corpus()


def _check(start: Any, temperature: Any, seed: Any, context: Any) -> None:
    if not isinstance(start, str):
        raise PlaygroundError(t("playgrounds.next_word.bad_start", value=start))
    check_range("temperature", temperature, *TEMPERATURE_RANGE)
    check_whole_number("seed", seed, 0, MAX_SEED)
    check_choice(t("playgrounds.next_word.context"), context, (1, 2))


def _word_label(word: str) -> str:
    from eduia.learn.ngram import END

    return t("playgrounds.next_word.end") if word == END else word


def _build(fig: Figure) -> dict[str, Any]:
    from eduia.plots import BINARY_COLOURS

    text_ax, bars_ax = fig.subplots(2, 1, height_ratios=[1, 2.2])
    text_ax.axis("off")
    text = text_ax.text(0.0, 0.95, "", va="top", fontsize=13, transform=text_ax.transAxes)
    bars = bars_ax.barh(range(SHOWN_WORDS + 1), np.zeros(SHOWN_WORDS + 1), color=BINARY_COLOURS[0])
    labels = [bars_ax.text(0.01, i, "", va="center", fontsize=11) for i in range(SHOWN_WORDS + 1)]
    bars_ax.set_yticks([])
    bars_ax.invert_yaxis()
    bars_ax.set_xlim(0, 1.25)
    bars_ax.set_xlabel(t("playgrounds.probability_word"))
    caption = bars_ax.set_title("", fontsize=11, loc="left")
    dynamic(fig, *bars, *labels)
    kept_texts(fig, text, caption)
    return {"text": text, "bars": bars, "labels": labels, "caption": caption}


def _bars(probabilities: dict[str, float]) -> list[tuple[str, float, list[str]]]:
    """The shown bars: ``(label, probability, words in the bar)``, the rest in one last bar."""
    words = list(probabilities)
    shown = [(_word_label(word), probabilities[word], [word]) for word in words[:SHOWN_WORDS]]
    rest = words[SHOWN_WORDS:]
    if rest:
        shown.append((t("playgrounds.next_word.others"), sum(probabilities[w] for w in rest), rest))
    return shown


def draw_next_word(
    *,
    start: str = "Le mistral",
    temperature: float = 1.0,
    seed: int = 0,
    context: int = 1,
    corpus: str | None = None,
    fig: Figure | None = None,
) -> NextWordResult:
    """Write a sentence after ``start`` and show the probabilities of its first new word.

    Parameters
    ----------
    start : str
        The beginning of the text (``""``: a new sentence).
    temperature : float
        0.1 to 3: low is careful and repetitive, high is surprising.
    seed : int
        Number of the random draw (0 to 50): the same number gives the same text.
    context : int
        How many previous words the model looks at (1 or 2).
    corpus : str, optional
        The training text (the course's text about the region when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    NextWordResult

    Examples
    --------
    >>> draw_next_word(start="Le mistral", temperature=0.1, seed=3).chosen  # doctest: +SKIP
    'souffle'
    """
    from eduia.learn.ngram import END, detokenize, tokenize
    from eduia.plots import BINARY_COLOURS

    _check(start, temperature, seed, context)
    model = _model(_default_corpus() if corpus is None else corpus, int(context))
    probabilities = model.probabilities(start, float(temperature))
    words = model.generate_words(start, MAX_WORDS, float(temperature), int(seed))
    already = len(tokenize(start))
    chosen = words[already] if len(words) > already else END
    fig = fig if fig is not None else new_figure((8.0, 5.5))
    artists = scene(fig, "next_word", _build)
    text = detokenize(words)
    artists["text"].set_text(textwrap.fill(text, width=70))
    bars = _bars(probabilities)
    for index, (bar, label) in enumerate(zip(artists["bars"], artists["labels"])):
        name, probability, members = bars[index] if index < len(bars) else ("", 0.0, [])
        bar.set_width(probability)
        picked = chosen in members
        bar.set_color(BINARY_COLOURS[1] if picked else BINARY_COLOURS[0])
        # the chosen word is hatched and outlined as well as coloured: readable without colour
        bar.set_hatch("//" if picked else None)
        if picked:
            bar.set_edgecolor("black")
        label.set_text(f"{name}  {percent(probability)}" if name else "")
        label.set_x(probability + 0.01)
    context_text = detokenize(tokenize(start)[-context:]) or t(
        "playgrounds.next_word.sentence_start"
    )
    artists["caption"].set_text(
        t(
            "playgrounds.next_word.after",
            context=context_text,
            temperature=french_number(float(temperature), 1),
        )
    )
    return NextWordResult(text, words, probabilities, chosen, fig)


def _controls() -> list:
    starts = [(t("playgrounds.next_word.sentence_start") if s == "" else s, s) for s in STARTS]
    contexts = [(t("playgrounds.next_word.context_words", count=count), count) for count in (1, 2)]
    return [
        dropdown("start", t("playgrounds.next_word.start"), starts),
        float_slider(
            "temperature",
            t("playgrounds.next_word.temperature"),
            *TEMPERATURE_RANGE,
            step=0.1,
        ),
        int_slider("seed", t("playgrounds.next_word.seed"), 0, MAX_SEED),
        dropdown("context", t("playgrounds.next_word.context"), contexts),
    ]


@playground(
    draw=draw_next_word,
    controls=_controls,
    title="playgrounds.next_word.title",
    figsize=(8.0, 5.5),
)
def next_word() -> None:
    """The lesson-09 playground: a temperature slider, the text written, the next-word bars.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
