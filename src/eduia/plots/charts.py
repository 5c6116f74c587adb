"""Bars and lines: a value per category, a value over time, coloured by group.

Colour is never alone: each bar has its category's name under it, and each line its own marker
shape and line style.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from eduia.i18n import french_number, t
from eduia.plots._columns import check_table, numeric, resolve, resolve_optional
from eduia.plots._style import (
    FONT_SIZES,
    LEGEND_OUTSIDE,
    category_colours,
    category_label,
    category_line_styles,
    category_markers,
    column_label,
    column_legend,
    finish_axes,
    get_axes,
    named,
    set_summary,
)


def chart_number(value: float) -> str:
    """A tick or bar label: :func:`eduia.i18n.french_number`, one decimal below 100 at most.

    Rounded as Python's ``format`` rounds (1234.5 gives « 1 234 »).

    Examples
    --------
    >>> chart_number(2087658), chart_number(12.5), chart_number(12.0)
    ('2\u202f087\u202f658', '12,5', '12')
    """
    decimals = 0 if abs(value) >= 100 or float(value).is_integer() else 1
    return french_number(value, decimals, half_up=False)


def _axis_number(value: float) -> str:
    """:func:`chart_number`, but a year stays a year (« 2020 », not « 2 020 »).

    Examples
    --------
    >>> _axis_number(2020.0), _axis_number(12.5)
    ('2020', '12,5')
    """
    if float(value).is_integer() and 1000 <= value < 3000:
        return str(int(value))
    return chart_number(value)


def _french_ticks(axis: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _position: chart_number(value)))


def _tick_name(value: Any, labels: Mapping[Any, str] | None) -> str:
    return textwrap.fill(category_label(value, labels), width=10, break_on_hyphens=True)


def bar_chart(
    data: pd.DataFrame | None = None,
    *,
    x: Any = None,
    y: Any = None,
    labels: Mapping[Any, str] | None = None,
    values: bool = True,
    title: str | None = None,
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """One bar per category of ``x``, as high as ``y`` (summed when a category repeats).

    Parameters
    ----------
    data : DataFrame, optional
        The table; ``x`` and ``y`` then name its columns.
    x : str or array-like
        The categories (départements are named and coloured as on every eduia chart).
    y : str or array-like
        The numbers.
    labels : dict, optional
        Names of the categories under the bars.
    values : bool
        Write each bar's value above it, the French way (« 1 234,5 »).
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.
    **kwargs
        Passed to ``Axes.bar``.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words (tallest and shortest bars) is :func:`eduia.plots.summary`.

    Examples
    --------
    >>> departements = pd.DataFrame({"code": ["04", "13"], "population_municipale_2023": [168054, 2087658]})
    >>> ax = bar_chart(departements, x="code", y="population_municipale_2023")
    """
    data = check_table(data)
    (x_values, x_name), (y_values, y_name) = resolve(data, x, "x"), resolve(data, y, "y")
    totals = pd.Series(numeric(y_values, "y", y_name)).groupby(x_values.to_numpy()).sum()
    colours = category_colours(totals.index)
    ax = get_axes(ax)
    positions = np.arange(len(totals))
    bars = ax.bar(positions, totals.to_numpy(), color=[colours[c] for c in totals.index], **kwargs)
    ax.set_xticks(positions, [_tick_name(c, labels) for c in totals.index])
    _french_ticks(ax.yaxis)
    if values:
        ax.bar_label(bars, labels=[chart_number(v) for v in totals], fontsize=FONT_SIZES["ticks"])
    if len(totals):
        top, bottom = totals.idxmax(), totals.idxmin()
        words = t(
            "plots.summary.bars",
            x=named(x_name, "plots.summary.category"),
            top=category_label(top, labels),
            top_value=chart_number(totals[top]),
            bottom=category_label(bottom, labels),
            bottom_value=chart_number(totals[bottom]),
        )
        set_summary(ax, words)
    return finish_axes(ax, xlabel=column_label(x_name), ylabel=column_label(y_name), title=title)


def line_chart(
    data: pd.DataFrame | None = None,
    *,
    x: Any = None,
    y: Any = None,
    hue: Any = None,
    hue_labels: Mapping[Any, str] | None = None,
    title: str | None = None,
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """``y`` against ``x`` (years, months...), one line per group of ``hue``.

    Parameters
    ----------
    data : DataFrame, optional
        The table; ``x``, ``y`` and ``hue`` then name its columns.
    x, y : str or array-like
        The horizontal values (sorted before drawing) and the numbers.
    hue : str or array-like, optional
        One line per group (e.g. ``"departement"``).
    hue_labels : dict, optional
        Names for the legend.
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.
    **kwargs
        Passed to ``Axes.plot`` (``marker=`` or ``linestyle=`` then apply to every line).

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words is :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> fires = pd.DataFrame({"annee": [2020, 2021, 2020, 2021], "nombre_feux": [90, 80, 300, 250],
    ...                       "departement": ["04", "04", "13", "13"]})
    >>> ax = line_chart(fires, x="annee", y="nombre_feux", hue="departement")
    """
    data = check_table(data)
    (x_values, x_name), (y_values, y_name) = resolve(data, x, "x"), resolve(data, y, "y")
    frame = pd.DataFrame({"x": numeric(x_values, "x", x_name), "y": numeric(y_values, "y", y_name)})
    hue_values, hue_name = resolve_optional(data, hue, "hue")
    if hue_values is not None:
        frame["group"] = hue_values.to_numpy()
    groups = frame.groupby("group") if hue is not None else [(None, frame)]
    colours = category_colours(frame["group"].dropna()) if hue is not None else {None: "#0072B2"}
    ax = get_axes(ax)
    keys = list(colours)
    markers = category_markers(keys) if hue is not None else {None: "o"}
    styles = category_line_styles(keys) if hue is not None else {None: "-"}
    kwargs = {"linewidth": 2.5, "markersize": 6, **kwargs}
    for group, rows in groups:
        rows = rows.sort_values("x")
        label = category_label(group, hue_labels) if hue is not None else None
        style = {"marker": markers[group], **kwargs}
        if "ls" not in kwargs:  # matplotlib refuses both spellings at once
            style.setdefault("linestyle", styles[group])
        ax.plot(rows["x"], rows["y"], color=colours[group], label=label, **style)
    if hue is not None:
        column_legend(ax, hue_name, handlelength=3.5, **LEGEND_OUTSIDE)
    _line_summary(ax, frame, x_name, y_name, hue_name if hue is not None else None, hue_labels)
    ax.grid(alpha=0.3)
    _french_ticks(ax.yaxis)
    return finish_axes(ax, xlabel=column_label(x_name), ylabel=column_label(y_name), title=title)


def _line_summary(
    ax: Any,
    frame: pd.DataFrame,
    x_name: str,
    y_name: str,
    hue_name: str | None,
    labels: Mapping[Any, str] | None,
) -> None:
    xs = frame["x"].dropna()
    if not len(xs):
        return
    fields = {
        "x": named(x_name),
        "y": named(y_name),
        "start": _axis_number(xs.min()),
        "end": _axis_number(xs.max()),
    }
    if hue_name is None:
        set_summary(ax, t("plots.summary.line", **fields))
        return
    groups = sorted(frame["group"].dropna().unique(), key=str)
    names = ", ".join(f"« {category_label(group, labels)} »" for group in groups)
    hue = named(hue_name, "plots.summary.category")
    set_summary(ax, t("plots.summary.lines", count=len(groups), hue=hue, groups=names, **fields))
