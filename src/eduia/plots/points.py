"""Points on two axes, coloured by class: the first chart of most lessons."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from eduia.i18n import french_number, t
from eduia.plots._columns import check_table, numeric, resolve, resolve_optional
from eduia.plots._style import (
    CONTINUOUS_COLOURMAP,
    FONT_SIZES,
    MAX_CATEGORIES,
    category_colours,
    category_label,
    category_markers,
    classes_summary,
    column_label,
    column_legend,
    finish_axes,
    get_axes,
    named,
    set_summary,
)


def is_categorical(values: pd.Series) -> bool:
    """True when ``values`` are classes (text, yes/no, few values) rather than a measure.

    Examples
    --------
    >>> is_categorical(pd.Series(["04", "13"])), is_categorical(pd.Series(np.linspace(0, 1, 50)))
    (True, False)
    """
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return True
    return values.nunique(dropna=True) <= MAX_CATEGORIES


def draw_hue(
    ax: Any,
    x: np.ndarray,
    y: np.ndarray,
    hue: pd.Series | None,
    *,
    hue_name: str = "",
    labels: Mapping[Any, str] | None = None,
    legend: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> None:
    """Scatter ``(x, y)`` on ``ax``: one colour and one marker shape per class of ``hue``, or a
    colour scale (viridis, whose lightness alone already orders the values).

    ``s=`` may hold one size per point; ``legend`` holds extra ``Axes.legend`` arguments;
    ``marker=`` forces one shape for every class (then only colour tells them apart).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = plt.figure().add_subplot()
    >>> draw_hue(ax, np.array([0, 1]), np.array([1, 0]), pd.Series(["04", "13"]))
    >>> len(ax.collections)
    2
    """
    if hue is None:
        ax.scatter(x, y, color=category_colours([0, 1, 2])[0], **kwargs)
        return
    if not is_categorical(hue):
        cloud = ax.scatter(
            x, y, c=numeric(hue, "hue", hue_name), cmap=CONTINUOUS_COLOURMAP, **kwargs
        )
        bar = ax.figure.colorbar(cloud, ax=ax)
        bar.set_label(column_label(hue_name), fontsize=FONT_SIZES["label"])
        return
    from matplotlib.lines import Line2D

    values, sizes, handles = hue.to_numpy(), kwargs.pop("s", None), []
    forced = kwargs.pop("marker", None)
    markers = category_markers(hue.dropna())
    for value, colour in category_colours(hue.dropna()).items():
        chosen = values == value
        size = sizes[chosen] if np.ndim(sizes) == 1 and len(sizes) == len(x) else sizes
        marker = forced or markers[value]
        ax.scatter(x[chosen], y[chosen], s=size, color=colour, marker=marker, **kwargs)
        label = category_label(value, labels)
        handles.append(
            Line2D([], [], marker=marker, linestyle="", color=colour, markersize=9, label=label)
        )
    column_legend(ax, hue_name, handles=handles, **(legend or {}))


def hue_summary(hue: pd.Series | None, hue_name: str, labels: Any = None) -> str:
    """What ``hue`` adds to a scatter's summary: each class's count and shape, or the colour scale.

    Examples
    --------
    >>> from eduia.i18n import set_language
    >>> set_language("fr")
    >>> hue_summary(None, "")
    ''
    >>> hue_summary(pd.Series(np.linspace(5, 35, 30)), "t")
    'La couleur suit t, de 5 (violet foncé) à 35 (jaune clair).'
    """
    if hue is None or not len(hue.dropna()):
        return ""
    if is_categorical(hue):
        return classes_summary(hue, hue_name, labels)
    numbers = numeric(hue, "hue", hue_name)
    return t(
        "plots.summary.scale",
        hue=named(hue_name),
        low=french_number(np.nanmin(numbers)),
        high=french_number(np.nanmax(numbers)),
    )


def scatter(
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
    """Points ``(x, y)``, coloured by the class (or the value) in ``hue``.

    Parameters
    ----------
    data : DataFrame, optional
        The table; ``x``, ``y`` and ``hue`` then name its columns.
    x, y : str or array-like
        The columns (or values) on the horizontal and vertical axes; numbers.
    hue : str or array-like, optional
        The column whose classes colour the points (a number with many values: a colour scale).
    hue_labels : dict, optional
        Names for the legend, e.g. ``{0: "pas de feu", 1: "feu"}``.
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.
    **kwargs
        Passed to ``Axes.scatter`` (``s=``, ``alpha=``...); ``marker=`` gives every class the
        same shape instead of one shape per class.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words is :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> days = pd.DataFrame({"temperature_c": [20, 35], "humidite_pct": [60, 15], "feu": [0, 1]})
    >>> ax = scatter(days, x="temperature_c", y="humidite_pct", hue="feu")
    """
    data = check_table(data)
    x_values, x_name = resolve(data, x, "x")
    y_values, y_name = resolve(data, y, "y")
    hue_values, hue_name = resolve_optional(data, hue, "hue")
    ax = get_axes(ax)
    kwargs = {"s": 36, "alpha": 0.8, "linewidths": 0, **kwargs}
    x_numbers = numeric(x_values, "x", x_name)
    draw_hue(
        ax,
        x_numbers,
        numeric(y_values, "y", y_name),
        hue_values,
        hue_name=hue_name,
        labels=hue_labels,
        **kwargs,
    )
    words = t("plots.summary.scatter", count=len(x_numbers), x=named(x_name), y=named(y_name))
    set_summary(ax, f"{words} {hue_summary(hue_values, hue_name, hue_labels)}")
    return finish_axes(ax, xlabel=column_label(x_name), ylabel=column_label(y_name), title=title)
