"""Lesson 03 playground: draw a line by hand, watch its squared error, then see the best line.

The pupil moves the slope and the intercept of ``y = slope × x + intercept``; the vertical gaps
between some points and the line are drawn, and the mean squared error (computed on every row
with :func:`eduia.learn.line.mean_squared_error`) is updated live next to the error of the
least-squares line (:func:`eduia.learn.line.fit_line`), which a tick box shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    checkbox,
    dynamic,
    float_slider,
    kept_texts,
    load_dataset,
    memo,
    new_figure,
    playground,
    require_columns,
    scene,
)
from eduia.playgrounds._common import (
    NEGATIVE_COLOUR,
    POSITIVE_COLOUR,
    axis_label,
    display_sample,
    french_number,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

DEFAULT_DATASET = "consommation_electrique"
DEFAULT_X, DEFAULT_Y = "temperature_c", "consommation_gwh"
_GAPS_SHOWN = 40  # vertical gaps drawn: enough to see the idea, few enough to stay readable


@dataclass
class LineFitResult:
    """The pupil's line, its mean squared error, and the best (least-squares) line."""

    slope: float
    intercept: float
    error: float
    best_slope: float
    best_intercept: float
    best_error: float
    summary: str
    figure: Figure


@dataclass
class _Prepared:
    x: np.ndarray
    y: np.ndarray
    best: tuple[float, float]
    best_error: float
    slope_range: tuple[float, float, float]  # minimum, maximum, step
    intercept_range: tuple[float, float, float]
    shown: np.ndarray  # indices of the points drawn
    gaps: np.ndarray  # indices of the points whose gap to the line is drawn


def _nice_range(centre: float, half_width: float) -> tuple[float, float, float]:
    """A slider range around ``centre``, with a round step giving about 400 positions."""
    half_width = half_width if half_width > 0 else 1.0
    step = 10 ** math.floor(math.log10(2 * half_width / 400))
    low = math.floor((centre - half_width) / step) * step
    high = math.ceil((centre + half_width) / step) * step
    return round(low, 10), round(high, 10), step


def _prepare(data: pd.DataFrame, x: str, y: str) -> _Prepared:
    from eduia.learn.line import fit_line, mean_squared_error

    require_columns(data, [x, y])
    try:
        table = data[[x, y]].astype(float).dropna()
    except (TypeError, ValueError) as error:
        raise PlaygroundError(t("playgrounds.line_fit.not_numbers", x=x, y=y)) from error
    if len(table) < 2 or table[x].nunique() < 2:
        raise PlaygroundError(t("playgrounds.line_fit.too_few_points"))
    xs, ys = table[x].to_numpy(), table[y].to_numpy()
    slope, intercept = fit_line(xs, ys)
    slope_half = 2 * max(abs(slope), ys.std() / xs.std())
    intercept_half = (ys.max() - ys.min()) + slope_half * np.abs(xs).max()
    shown = display_sample(len(xs))
    return _Prepared(
        x=xs,
        y=ys,
        best=(slope, intercept),
        best_error=mean_squared_error(xs, ys, slope, intercept),
        slope_range=_nice_range(slope, slope_half),
        intercept_range=_nice_range(intercept, intercept_half),
        shown=shown,
        gaps=shown[:: max(1, len(shown) // _GAPS_SHOWN)],
    )


def _prepared(data: pd.DataFrame | None, x: str, y: str) -> tuple[pd.DataFrame, _Prepared]:
    data = load_dataset(DEFAULT_DATASET) if data is None else data
    return data, memo(data, f"line_fit:{x}:{y}", lambda frame: _prepare(frame, x, y))


def _build(fig: Figure, prepared: _Prepared, x: str, y: str) -> dict[str, Any]:
    from matplotlib.collections import LineCollection

    ax = fig.add_subplot()
    ax.scatter(
        prepared.x[prepared.shown],
        prepared.y[prepared.shown],
        s=8,
        color="#888888",
        alpha=0.6,
        linewidths=0,
    )
    margin_x = 0.05 * np.ptp(prepared.x)
    margin_y = 0.1 * np.ptp(prepared.y)
    ax.set_xlim(prepared.x.min() - margin_x, prepared.x.max() + margin_x)
    ax.set_ylim(prepared.y.min() - margin_y, prepared.y.max() + margin_y)
    ax.set_xlabel(axis_label(x))
    ax.set_ylabel(axis_label(y))
    gaps = ax.add_collection(
        LineCollection([], colors=POSITIVE_COLOUR, linewidths=1, alpha=0.8), autolim=False
    )
    (best,) = ax.plot(
        [], [], "--", color="black", linewidth=2, label=t("playgrounds.line_fit.best_line")
    )
    (line,) = ax.plot(
        [], [], color=NEGATIVE_COLOUR, linewidth=3, label=t("playgrounds.line_fit.your_line")
    )
    # below the axes, where no line passes: drawn once, never over a moving line
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncols=2, fontsize=9, frameon=False)
    text = ax.text(
        0.02,
        0.97,
        "",
        transform=ax.transAxes,
        va="top",
        fontsize=10,
        bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "#cccccc"},
    )
    dynamic(fig, gaps, best, line)
    kept_texts(fig, text)
    return {"gaps": gaps, "best": best, "line": line, "text": text, "xlim": ax.get_xlim()}


def draw_line_fit(
    *,
    slope: float | None = None,
    intercept: float | None = None,
    show_best: bool = False,
    data: pd.DataFrame | None = None,
    x: str = DEFAULT_X,
    y: str = DEFAULT_Y,
    fig: Figure | None = None,
) -> LineFitResult:
    """Draw the line ``y = slope × x + intercept`` over the points and compute its error.

    Parameters
    ----------
    slope, intercept : float, optional
        The pupil's line; ``None`` gives a flat line through the mean of ``y``.
    show_best : bool
        Also draw the least-squares line.
    data : DataFrame, optional
        The points (``consommation_electrique`` when omitted).
    x, y : str
        The columns on the horizontal and vertical axes.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    LineFitResult
        The line, its mean squared error over every row, the best line and its error.

    Examples
    --------
    >>> import pandas as pd
    >>> points = pd.DataFrame({"a": [0, 1, 2], "b": [1, 3, 5]})
    >>> draw_line_fit(slope=2, intercept=1, data=points, x="a", y="b").error
    0.0
    """
    from eduia.learn.line import mean_squared_error

    data, prepared = _prepared(data, x, y)
    slope = 0.0 if slope is None else slope
    intercept = float(prepared.y.mean()) if intercept is None else intercept
    if not all(
        isinstance(v, (int, float, np.number)) and math.isfinite(v) for v in (slope, intercept)
    ):
        raise PlaygroundError(
            t("playgrounds.line_fit.bad_number", slope=slope, intercept=intercept)
        )
    error = mean_squared_error(prepared.x, prepared.y, slope, intercept)
    fig = fig if fig is not None else new_figure()
    artists = scene(fig, ("line_fit", id(prepared)), lambda f: _build(f, prepared, x, y))
    ends = np.array(artists["xlim"])
    artists["line"].set_data(ends, slope * ends + intercept)
    best_slope, best_intercept = prepared.best
    artists["best"].set_data(ends, best_slope * ends + best_intercept)
    artists["best"].set_visible(bool(show_best))
    gx, gy = prepared.x[prepared.gaps], prepared.y[prepared.gaps]
    artists["gaps"].set_segments(
        np.stack([np.column_stack([gx, gy]), np.column_stack([gx, slope * gx + intercept])], axis=1)
    )
    key = "playgrounds.line_fit.errors_with_best" if show_best else "playgrounds.line_fit.error"
    summary = t(key, error=french_number(error, 2), best=french_number(prepared.best_error, 2))
    artists["text"].set_text(summary)
    return LineFitResult(
        float(slope),
        float(intercept),
        error,
        best_slope,
        best_intercept,
        prepared.best_error,
        summary,
        fig,
    )


def _controls(data: pd.DataFrame | None, x: str, y: str) -> list:
    _, prepared = _prepared(data, x, y)
    (s_low, s_high, s_step), (i_low, i_high, i_step) = (
        prepared.slope_range,
        prepared.intercept_range,
    )
    return [
        float_slider(
            "slope", t("playgrounds.line_fit.slope"), s_low, s_high, value=0.0, step=s_step
        ),
        float_slider(
            "intercept",
            t("playgrounds.line_fit.intercept"),
            i_low,
            i_high,
            value=round(float(prepared.y.mean()) / i_step) * i_step,
            step=i_step,
        ),
        checkbox("show_best", t("playgrounds.line_fit.show_best")),
    ]


@playground(draw=draw_line_fit, controls=_controls, title="playgrounds.line_fit.title")
def line_fit() -> None:
    """The lesson-03 playground: slope and intercept sliders, live squared error, the best line.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
