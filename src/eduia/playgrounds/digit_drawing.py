"""Lesson 08 playground: draw a digit on a 16 × 16 grid, see what the AI sees and what it guesses.

scikit-learn's bundled digits (1 797 digits, shipped with scikit-learn: no download) were made
from 32 × 32 black-and-white bitmaps cut into 8 × 8 blocks of 4 × 4 pixels, each block becoming
its number of black pixels (0 to 16). The playground does exactly that to the pupil's drawing
(:func:`eduia.learn.digits.what_the_ai_sees`: cropped to its bounding box, enlarged to 32 pixels
high, centred, counted), so that the drawing reaches the network as the learned digits did. Three
panels: the 32 × 32 bitmap with its 4 × 4 blocks, « ce que voit l'IA » (the 8 × 8 numbers), and
the network's probability for each digit. A lesson can pass its own trained network.

A click switches one square, or a 2 × 2 square with the thick brush. « Garder ce chiffre » keeps
the drawing and its digit in ``mes_chiffres.csv`` in the lesson's folder: on this machine only,
nothing is sent anywhere.
"""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.learn import digits
from eduia.playgrounds._base import (
    Placeholder,
    Playground,
    PlaygroundError,
    above,
    dynamic,
    kept_texts,
    new_figure,
    scene,
    under_autograding,
)
from eduia.playgrounds._common import percent

if TYPE_CHECKING:
    from matplotlib.figure import Figure

GRID = digits.GRID
SIZE = 8
INK = 16.0  # the darkest value in scikit-learn's digits
HIDDEN_NEURONS = 32
FIGSIZE = (10.0, 3.8)


@dataclass
class DigitResult:
    """The network's answer for one drawing (``prediction`` is ``None`` for an empty grid)."""

    drawing: np.ndarray  # (16, 16) booleans, the pupil's squares
    bitmap: np.ndarray  # (32, 32) booleans, the drawing enlarged and centred
    pixels: np.ndarray  # (8, 8), 0 to 16: what the AI sees
    prediction: int | None
    probabilities: np.ndarray  # (10,), zeros for an empty grid
    summary: str
    figure: Figure


@functools.lru_cache(maxsize=1)
def digit_model() -> Any:
    """A small neural network trained on scikit-learn's bundled digits (once per session).

    It reads the 64 numbers divided by 16 (from 0 to 1), as the lesson's network does.

    Examples
    --------
    >>> digit_model().predict_proba(np.zeros((1, 64))).shape  # doctest: +SKIP
    (1, 10)
    """
    from sklearn.datasets import load_digits
    from sklearn.neural_network import MLPClassifier

    data = load_digits()
    model = MLPClassifier(hidden_layer_sizes=(HIDDEN_NEURONS,), max_iter=150, random_state=0)
    with warnings.catch_warnings():  # 150 passes: about 97 % right, learned in half a second
        warnings.simplefilter("ignore")
        return model.fit(data.data / INK, data.target)


@functools.lru_cache(maxsize=1)
def examples() -> np.ndarray:
    """The generated « à la française » drawings the example button shows, shape (40, 16, 16)."""
    return digits.french_style_digits()[0]


def as_drawing(drawing: Any) -> np.ndarray:
    """``drawing`` as a fresh 16 × 16 boolean grid (``None`` is an empty grid).

    Examples
    --------
    >>> as_drawing(None).shape
    (16, 16)
    """
    if drawing is None:
        return np.zeros((GRID, GRID), dtype=bool)
    try:
        grid = digits.as_drawing(drawing)
    except ValueError:
        raise PlaygroundError(t("digits.bad_drawing")) from None
    if grid.shape != (GRID, GRID):
        raise PlaygroundError(t("digits.bad_drawing"))
    return grid.copy()


def _build(fig: Figure) -> dict[str, Any]:
    from eduia.plots import BINARY_COLOURS

    bitmap_ax, seen_ax, bars_ax = fig.subplots(1, 3, width_ratios=[1, 1, 1.2])
    bitmap = bitmap_ax.imshow(np.zeros((32, 32)), cmap="gray_r", vmin=0, vmax=1)
    lines = [
        axline(line - 0.5, color="#56B4E9", linewidth=0.7)
        for line in range(4, 32, 4)
        for axline in (bitmap_ax.axhline, bitmap_ax.axvline)
    ]
    bitmap_ax.set_title(t("playgrounds.digit_drawing.bitmap"), fontsize=10)
    seen = seen_ax.imshow(np.zeros((SIZE, SIZE)), cmap="gray_r", vmin=0, vmax=INK)
    numbers = [
        seen_ax.text(column, row, "", ha="center", va="center", fontsize=8)
        for row in range(SIZE)
        for column in range(SIZE)
    ]
    seen_ax.set_title(t("playgrounds.digit_drawing.seen"), fontsize=10)
    for ax in (bitmap_ax, seen_ax):
        ax.set_xticks([])
        ax.set_yticks([])
    bars = bars_ax.barh(range(10), np.zeros(10), color=BINARY_COLOURS[0])
    bars_ax.set_yticks(range(10), [str(digit) for digit in range(10)], fontsize=11)
    bars_ax.invert_yaxis()
    bars_ax.set_xlim(0, 1)
    bars_ax.set_xlabel(t("playgrounds.probability_word"))
    bars_ax.set_ylabel(t("playgrounds.digit_drawing.digit"))
    dynamic(fig, bitmap, seen, *bars)
    kept_texts(fig, *numbers)
    above(fig, *lines)  # the block lines over the bitmap
    return {"bitmap": bitmap, "seen": seen, "numbers": numbers, "bars": bars}


def draw_digit_drawing(
    *, drawing: Any = None, model: Any = None, fig: Figure | None = None
) -> DigitResult:
    """Show the drawing as the AI sees it (8 × 8 numbers) and its probability for each digit.

    Parameters
    ----------
    drawing : array-like, optional
        16 × 16 booleans (or 0 and 1), ``True`` for a black square; ``None`` is an empty grid.
    model : classifier, optional
        A trained scikit-learn classifier of 64 numbers from 0 to 1 (the pixels divided by 16),
        e.g. the lesson's network; by default :func:`digit_model`.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    DigitResult

    Examples
    --------
    >>> one = np.zeros((16, 16), dtype=bool); one[2:14, 7:9] = True
    >>> draw_digit_drawing(drawing=one).prediction  # doctest: +SKIP
    1
    """
    from eduia.plots import BINARY_COLOURS

    grid = as_drawing(drawing)
    bitmap = digits.normalise(grid)
    pixels = digits.count_blocks(bitmap).astype(float)
    fig = fig if fig is not None else new_figure(FIGSIZE)
    artists = scene(fig, "digit_drawing", _build)
    artists["bitmap"].set_data(bitmap.astype(float))
    artists["seen"].set_data(pixels)
    for text, value in zip(artists["numbers"], pixels.flat):
        text.set_text(str(int(value)))
        text.set_color("white" if value > INK / 2 else "#444444")
    if grid.any():
        model = model if model is not None else digit_model()
        probabilities = np.asarray(model.predict_proba(pixels.reshape(1, -1) / INK)[0], float)
        prediction = int(np.argmax(probabilities))
        summary = t(
            "playgrounds.digit_drawing.guess",
            digit=prediction,
            probability=percent(probabilities[prediction]),
        )
    else:
        probabilities, prediction = np.zeros(10), None
        summary = t("playgrounds.digit_drawing.empty")
    for digit, bar in enumerate(artists["bars"]):
        bar.set_width(probabilities[digit])
        chosen = digit == prediction
        bar.set_color(BINARY_COLOURS[1] if chosen else BINARY_COLOURS[0])
        # the guess is hatched and outlined as well as coloured: readable without colour
        bar.set_hatch("//" if chosen else None)
        if chosen:
            bar.set_edgecolor("black")
    return DigitResult(grid, bitmap, pixels, prediction, probabilities, summary, fig)


class DigitDrawingWidget:
    """The clickable 16 × 16 grid beside the playground's three panels, and « Garder ce chiffre ».

    Each square is a toggle button (usable with the keyboard: Tab, then Space); the playground
    part is eduia's standard playground widget, so errors show in French in the same place.

    Examples
    --------
    >>> widget = DigitDrawingWidget()  # doctest: +SKIP
    >>> widget.set_drawing(np.eye(16, dtype=bool)).prediction  # doctest: +SKIP
    """

    def __init__(
        self, drawing: Any = None, model: Any = None, folder: Path | str | None = None
    ) -> None:
        import ipywidgets as widgets

        from eduia.playgrounds._widget import PlaygroundWidget

        if model is None:
            model = digit_model()  # learn now, so that the first click answers at once
        self.folder = folder
        self.state = {"drawing": as_drawing(drawing), "model": model}
        self._loading = False
        self.cells = [self._cell(row, column) for row in range(GRID) for column in range(GRID)]
        grid = widgets.GridBox(
            self.cells,
            layout={"grid_template_columns": f"repeat({GRID}, 1.4em)", "grid_gap": "1px"},
        )
        self.brush = widgets.Dropdown(
            options=[
                (t("playgrounds.digit_drawing.brush_thick"), 2),
                (t("playgrounds.digit_drawing.brush_thin"), 1),
            ],
            value=2,
            description=t("playgrounds.digit_drawing.brush"),
            layout={"width": "16em"},
        )
        clear = widgets.Button(description=t("playgrounds.digit_drawing.clear"), icon="eraser")
        example = widgets.Button(description=t("playgrounds.digit_drawing.example"), icon="image")
        clear.on_click(lambda _button: self.set_drawing(None))
        example.on_click(lambda _button: self.show_example())
        self.label = widgets.Dropdown(
            options=list(range(10)),
            value=None,
            description=t("playgrounds.digit_drawing.label"),
            layout={"width": "10em"},
        )
        keep = widgets.Button(description=t("playgrounds.digit_drawing.keep"), icon="save")
        keep.on_click(lambda _button: self.keep())
        self.kept = widgets.HTML()
        self.shown_examples = 0
        self.playground = PlaygroundWidget(
            Playground(
                name="digit_drawing",
                draw=draw_digit_drawing,
                controls=list,
                fixed=self.state,
                title=t("playgrounds.digit_drawing.title"),
                figsize=FIGSIZE,
            )
        )
        self.widget = widgets.HBox(
            [
                widgets.VBox(
                    [
                        self.brush,
                        grid,
                        widgets.HBox([clear, example]),
                        widgets.HBox([self.label, keep]),
                        self.kept,
                    ]
                ),
                self.playground,
            ]
        )
        self._show_kept(len(digits.load_drawings(folder)[1]))
        self._paint()

    def _cell(self, row: int, column: int) -> Any:
        import ipywidgets as widgets

        cell = widgets.ToggleButton(
            value=bool(self.state["drawing"][row, column]),
            tooltip=t("playgrounds.digit_drawing.cell", row=row + 1, column=column + 1),
            layout={"width": "1.4em", "height": "1.4em", "padding": "0"},
        )
        cell.observe(lambda change: self._on_click(row, column, change["new"]), names="value")
        return cell

    def _on_click(self, row: int, column: int, on: bool) -> None:
        if self._loading:
            return
        side = self.brush.value
        drawing = self.state["drawing"].copy()
        drawing[row : row + side, column : column + side] = on
        self.set_drawing(drawing)

    def _paint(self) -> None:
        for cell in self.cells:
            cell.style.button_color = "#222222" if cell.value else "#F2F2F2"

    def set_drawing(self, drawing: Any) -> DigitResult | None:
        """Put ``drawing`` on the grid (``None`` clears it) and return the network's new answer."""
        self.state["drawing"] = as_drawing(drawing)
        self._loading = True
        try:
            for index, cell in enumerate(self.cells):
                cell.value = bool(self.state["drawing"].flat[index])
        finally:
            self._loading = False
        self._paint()
        return self.playground.redraw()

    def show_example(self) -> DigitResult | None:
        """Put the next generated example (a 0, a 1, a 2...) on the grid."""
        digit, variant = self.shown_examples % 10, (self.shown_examples // 10) % digits.VARIANTS
        self.shown_examples += 1
        return self.set_drawing(examples()[digit * digits.VARIANTS + variant])

    def keep(self) -> Path | None:
        """Keep the drawing and the chosen digit in ``mes_chiffres.csv`` (on this machine only)."""
        if self.label.value is None or not self.state["drawing"].any():
            self.kept.value = html_line(t("playgrounds.digit_drawing.keep_how"), "#9f1d1d")
            return None
        path = digits.save_drawing(self.state["drawing"], int(self.label.value), self.folder)
        self._show_kept(len(digits.load_drawings(self.folder)[1]))
        self.label.value = None
        return path

    def _show_kept(self, count: int) -> None:
        key = "kept_one" if count <= 1 else "kept_many"
        text = t(f"playgrounds.digit_drawing.{key}", count=count, file=digits.FILE_NAME)
        self.kept.value = html_line(text, "#444444")

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def html_line(text: str, colour: str) -> str:
    """``text`` as one escaped HTML line in ``colour``."""
    import html

    return f'<div role="status" style="color:{colour}">{html.escape(text)}</div>'


def digit_drawing(
    *, drawing: Any = None, model: Any = None, folder: Path | str | None = None
) -> Any:
    """The lesson-08 playground: a clickable 16 × 16 grid, what the AI sees, its guess.

    Parameters
    ----------
    drawing : array-like, optional
        A 16 × 16 drawing to start from.
    model : classifier, optional
        The lesson's own trained network (64 numbers from 0 to 1); by default a small network
        trained on scikit-learn's digits.
    folder : path, optional
        Where « Garder ce chiffre » keeps ``mes_chiffres.csv`` (by default the lesson's folder).

    Under nbgrader autograding it returns a placeholder and trains nothing.

    Examples
    --------
    >>> from eduia.playgrounds import digit_drawing
    >>> digit_drawing()  # doctest: +SKIP
    """
    if under_autograding():
        return Placeholder("digit_drawing")
    return DigitDrawingWidget(drawing, model, folder)
