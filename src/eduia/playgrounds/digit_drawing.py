"""Lesson 08 playground: draw a digit on an 8 × 8 grid and see what a small network guesses.

The grid has the size of scikit-learn's bundled digits (1 797 images of 8 × 8 pixels, shipped
with scikit-learn: no download). A small neural network (one hidden layer of 32 neurons) learns
them once per session, on the original grey images and on black-and-white copies, since a
pupil's drawing is black and white. Each click switches one square; the picture the network
sees and its probability for each digit are redrawn at once.
"""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    Placeholder,
    Playground,
    PlaygroundError,
    dynamic,
    new_figure,
    scene,
    under_autograding,
)
from eduia.playgrounds._common import percent

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SIZE = 8
INK = 16.0  # the darkest value in scikit-learn's digits
HIDDEN_NEURONS = 32


@dataclass
class DigitResult:
    """The network's answer for one drawing (``prediction`` is ``None`` for an empty grid)."""

    pixels: np.ndarray  # (8, 8), 0 to 16
    prediction: int | None
    probabilities: np.ndarray  # (10,), zeros for an empty grid
    figure: Figure


@functools.lru_cache(maxsize=1)
def digit_model() -> Any:
    """A small neural network trained on scikit-learn's bundled digits (once per session).

    Examples
    --------
    >>> digit_model().predict_proba(np.zeros((1, 64))).shape  # doctest: +SKIP
    (1, 10)
    """
    from sklearn.datasets import load_digits
    from sklearn.neural_network import MLPClassifier

    digits = load_digits()
    black_and_white = np.where(digits.data >= INK / 2, INK, 0.0)
    images = np.vstack([digits.data, black_and_white]) / INK
    labels = np.concatenate([digits.target, digits.target])
    model = MLPClassifier(hidden_layer_sizes=(HIDDEN_NEURONS,), max_iter=150, random_state=0)
    # 150 passes: 96 % right on unseen digits, trained in about a second
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return model.fit(images, labels)


@functools.lru_cache(maxsize=1)
def examples() -> np.ndarray:
    """One black-and-white example of each digit 0 to 9 from the dataset, shape (10, 8, 8).

    Examples
    --------
    >>> examples().shape
    (10, 8, 8)
    """
    from sklearn.datasets import load_digits

    digits = load_digits()
    first = [int(np.flatnonzero(digits.target == digit)[0]) for digit in range(10)]
    return np.where(digits.images[first] >= INK / 2, INK, 0.0)


def as_pixels(pixels: Any) -> np.ndarray:
    """``pixels`` as an 8 × 8 float grid from 0 to 16 (``True`` squares become 16).

    Examples
    --------
    >>> as_pixels([[True] * 8] * 8).max()
    np.float64(16.0)
    """
    if pixels is None:
        return np.zeros((SIZE, SIZE))
    try:
        grid = np.asarray(pixels, dtype=float)
    except (TypeError, ValueError):
        raise PlaygroundError(t("playgrounds.digit_drawing.bad_pixels")) from None
    if grid.size != SIZE * SIZE or not np.all((grid >= 0) & (grid <= INK)):
        raise PlaygroundError(t("playgrounds.digit_drawing.bad_pixels"))
    if np.asarray(pixels).dtype == bool:
        grid = grid * INK
    return grid.reshape(SIZE, SIZE)


def _build(fig: Figure) -> dict[str, Any]:
    from eduia.plots import BINARY_COLOURS

    picture_ax, bars_ax = fig.subplots(1, 2, width_ratios=[1, 1.3])
    picture = picture_ax.imshow(np.zeros((SIZE, SIZE)), cmap="gray_r", vmin=0, vmax=INK)
    picture_ax.set_xticks([])
    picture_ax.set_yticks([])
    picture_ax.set_title(t("playgrounds.digit_drawing.seen"), fontsize=11)
    bars = bars_ax.barh(range(10), np.zeros(10), color=BINARY_COLOURS[0])
    bars_ax.set_yticks(range(10), [str(digit) for digit in range(10)], fontsize=12)
    bars_ax.invert_yaxis()
    bars_ax.set_xlim(0, 1)
    bars_ax.set_xlabel(t("playgrounds.probability_word"))
    bars_ax.set_ylabel(t("playgrounds.digit_drawing.digit"))
    guess = fig.suptitle("", fontsize=14)
    dynamic(fig, picture, *bars, guess)
    return {"picture": picture, "bars": bars, "guess": guess}


def draw_digit_drawing(*, pixels: Any = None, fig: Figure | None = None) -> DigitResult:
    """Show the drawing as the network sees it and its probability for each digit.

    Parameters
    ----------
    pixels : array-like, optional
        8 × 8 numbers from 0 (white) to 16 (black), or 8 × 8 booleans; ``None`` is an empty grid.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    DigitResult

    Examples
    --------
    >>> zero = np.zeros((8, 8)); zero[1:7, [2, 5]] = 16; zero[[1, 6], 3:5] = 16
    >>> draw_digit_drawing(pixels=zero).prediction  # doctest: +SKIP
    0
    """
    from eduia.plots import BINARY_COLOURS

    grid = as_pixels(pixels)
    fig = fig if fig is not None else new_figure((7.5, 4.0))
    artists = scene(fig, "digit_drawing", _build)
    artists["picture"].set_data(grid)
    if grid.any():
        probabilities = digit_model().predict_proba(grid.reshape(1, -1) / INK)[0]
        prediction = int(np.argmax(probabilities))
        text = t(
            "playgrounds.digit_drawing.guess",
            digit=prediction,
            probability=percent(probabilities[prediction]),
        )
    else:
        probabilities, prediction, text = np.zeros(10), None, t("playgrounds.digit_drawing.empty")
    for digit, bar in enumerate(artists["bars"]):
        bar.set_width(probabilities[digit])
        bar.set_color(BINARY_COLOURS[1] if digit == prediction else BINARY_COLOURS[0])
    artists["guess"].set_text(text)
    return DigitResult(grid, prediction, probabilities, fig)


class DigitDrawingWidget:
    """The clickable 8 × 8 grid beside the playground's picture and probabilities.

    Each square is a toggle button (usable with the keyboard: Tab, then Space); the playground
    part is eduia's standard playground widget, so errors show in French in the same place.

    Examples
    --------
    >>> widget = DigitDrawingWidget()  # doctest: +SKIP
    >>> widget.set_pixels(np.eye(8, dtype=bool)).prediction  # doctest: +SKIP
    """

    def __init__(self, pixels: Any = None) -> None:
        import ipywidgets as widgets

        from eduia.playgrounds._widget import PlaygroundWidget

        digit_model()  # learn now, so that the first click answers at once
        self.state = {"pixels": as_pixels(pixels)}
        self.cells = [self._cell(row, column) for row in range(SIZE) for column in range(SIZE)]
        grid = widgets.GridBox(
            self.cells,
            layout={"grid_template_columns": f"repeat({SIZE}, 2.4em)", "grid_gap": "2px"},
        )
        clear = widgets.Button(description=t("playgrounds.digit_drawing.clear"), icon="eraser")
        example = widgets.Button(description=t("playgrounds.digit_drawing.example"), icon="image")
        clear.on_click(lambda _button: self.set_pixels(None))
        example.on_click(lambda _button: self.show_example())
        self.shown_examples = 0
        self.playground = PlaygroundWidget(
            Playground(
                name="digit_drawing",
                draw=draw_digit_drawing,
                controls=list,
                fixed=self.state,
                title=t("playgrounds.digit_drawing.title"),
                figsize=(7.5, 4.0),
            )
        )
        self.widget = widgets.HBox(
            [widgets.VBox([grid, widgets.HBox([clear, example])]), self.playground]
        )
        self._paint()

    def _cell(self, row: int, column: int) -> Any:
        import ipywidgets as widgets

        cell = widgets.ToggleButton(
            value=bool(self.state["pixels"][row, column] >= INK / 2),
            tooltip=t("playgrounds.digit_drawing.cell", row=row + 1, column=column + 1),
            layout={"width": "2.4em", "height": "2.4em", "padding": "0"},
        )
        cell.observe(lambda change: self._on_click(row, column, change["new"]), names="value")
        return cell

    def _on_click(self, row: int, column: int, on: bool) -> None:
        if getattr(self, "_loading", False):
            return
        self.state["pixels"][row, column] = INK if on else 0.0
        self._paint()
        self.playground.redraw()

    def _paint(self) -> None:
        for cell in self.cells:
            cell.style.button_color = "#222222" if cell.value else "#F2F2F2"

    def set_pixels(self, pixels: Any) -> DigitResult | None:
        """Put ``pixels`` on the grid (``None`` clears it) and return the network's new answer."""
        self.state["pixels"][:] = as_pixels(pixels)
        self._loading = True
        try:
            for index, cell in enumerate(self.cells):
                cell.value = bool(self.state["pixels"].flat[index] >= INK / 2)
        finally:
            self._loading = False
        self._paint()
        return self.playground.redraw()

    def show_example(self) -> DigitResult | None:
        """Put the next example digit (0, 1, 2...) from the dataset on the grid."""
        digit = self.shown_examples % 10
        self.shown_examples += 1
        return self.set_pixels(examples()[digit])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def digit_drawing(*, pixels: Any = None) -> Any:
    """The lesson-08 playground: a clickable 8 × 8 grid, the prediction and its probabilities.

    Under nbgrader autograding it returns a placeholder and trains nothing.

    Examples
    --------
    >>> from eduia.playgrounds import digit_drawing
    >>> digit_drawing()  # doctest: +SKIP
    """
    if under_autograding():
        return Placeholder("digit_drawing")
    return DigitDrawingWidget(pixels)
