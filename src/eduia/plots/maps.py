"""A map of the Région Sud drawn from commune coordinates: no tiles, no internet, just points.

Longitude and latitude go on plain axes; one degree of longitude is shorter than one degree of
latitude away from the equator, so the axes are stretched by ``1 / cos(latitude)`` to keep the
region's true shape. Colour is never alone: each département (or class of ``hue``) has its own
marker shape too, and the départements' names are written on the map.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from eduia.i18n import french_number, t
from eduia.plots._columns import check_table, numeric, resolve, resolve_optional
from eduia.plots._style import (
    DEPARTEMENT_NAMES,
    FONT_SIZES,
    LEGEND_OUTSIDE,
    column_legend,
    finish_axes,
    get_axes,
    named,
    set_summary,
)
from eduia.plots.points import draw_hue, hue_summary

LARGEST_MARKER = 600.0  # area in points² of the commune with the largest value
SMALLEST_MARKER = 3.0


def set_map_aspect(ax: Any, latitude: np.ndarray) -> None:
    """Stretch ``ax`` so that a kilometre east is as long as a kilometre north.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = plt.figure().add_subplot()
    >>> set_map_aspect(ax, np.array([43.0, 45.0]))
    >>> round(ax.get_aspect(), 3)
    1.39
    """
    middle = float(np.nanmean(latitude)) if np.isfinite(latitude).any() else 44.0
    ax.set_aspect(1 / np.cos(np.radians(middle)))


def marker_sizes(values: np.ndarray, largest: float | None = None) -> np.ndarray:
    """Marker areas proportional to ``values`` (missing or negative values get the smallest).

    Examples
    --------
    >>> marker_sizes(np.array([0.0, 50.0, 100.0])).tolist()
    [3.0, 300.0, 600.0]
    """
    top = largest if largest else np.nanmax(values, initial=0.0)
    if not top or not np.isfinite(top):
        return np.full(len(values), SMALLEST_MARKER)
    sizes = LARGEST_MARKER * np.nan_to_num(values, nan=0.0).clip(min=0) / top
    return np.maximum(sizes, SMALLEST_MARKER)


def _size_legend(ax: Any, values: np.ndarray, name: str) -> None:
    top = float(np.nanmax(values))
    magnitude = 10 ** np.floor(np.log10(top)) if top > 0 else 1
    references = [r for r in (magnitude / 10, magnitude / 2, magnitude) if r > 0]
    handles = [
        ax.scatter(
            [],
            [],
            s=float(marker_sizes(np.array([r]), top)[0]),
            color="#999999",
            label=f"{r:,.0f}".replace(",", "\u202f"),
        )
        for r in references
    ]
    colour_legend = ax.get_legend()
    column_legend(
        ax,
        name,
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.14),
        ncols=len(handles),
        frameon=False,
    )
    if colour_legend is not None:
        ax.add_artist(colour_legend)


def _departement_labels(
    ax: Any, longitude: np.ndarray, latitude: np.ndarray, codes: pd.Series
) -> None:
    import matplotlib.patheffects as effects

    halo = [effects.withStroke(linewidth=3, foreground="white")]
    frame = pd.DataFrame({"lon": longitude, "lat": latitude, "code": codes.astype(str).to_numpy()})
    for code, group in frame.groupby("code"):
        name = DEPARTEMENT_NAMES.get(str(code), str(code))
        ax.annotate(
            name,
            (group["lon"].median(), group["lat"].median()),
            ha="center",
            va="center",
            fontsize=FONT_SIZES["annotation"],
            fontweight="bold",
            path_effects=halo,
        )


def region_map(
    data: pd.DataFrame | None = None,
    *,
    hue: Any = "departement",
    size: Any = None,
    longitude: Any = "longitude",
    latitude: Any = "latitude",
    labels: bool = True,
    hue_labels: Mapping[Any, str] | None = None,
    title: str | None = None,
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """The communes as points on a map, coloured by ``hue`` and sized by ``size``.

    Parameters
    ----------
    data : DataFrame
        One row per commune, e.g. ``eduia.datasets.load("communes")``.
    hue : str or array-like, optional
        The colour of each commune: its département by default, or any column (``None``: one colour).
    size : str or array-like, optional
        A number per commune (population, fires...); marker areas are proportional to it.
    longitude, latitude : str or array-like
        The coordinates' columns.
    labels : bool
        Write each département's name at the middle of its communes (when ``hue`` is the
        département).
    hue_labels : dict, optional
        Names for the colour legend.
    title : str, optional
        The map's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.
    **kwargs
        Passed to ``Axes.scatter``.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words is :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> communes = pd.DataFrame({"longitude": [5.37, 7.26], "latitude": [43.3, 43.7],
    ...                          "departement": ["13", "06"], "population_municipale": [873076, 348085]})
    >>> ax = region_map(communes, size="population_municipale")
    """
    data = check_table(data)
    lon_values, _ = resolve(data, longitude, "longitude")
    lat_values, _ = resolve(data, latitude, "latitude")
    lon, lat = (
        numeric(lon_values, "longitude", str(longitude)),
        numeric(lat_values, "latitude", str(latitude)),
    )
    hue_values, hue_name = resolve_optional(data, hue, "hue")
    sizes = SMALLEST_MARKER * 4
    if size is not None:
        size_values, size_name = resolve(data, size, "size")
        size_numbers = numeric(size_values, "size", size_name)
        sizes = marker_sizes(size_numbers)
    ax = get_axes(ax)
    kwargs = {"alpha": 0.75, "edgecolors": "white", "linewidths": 0.3, **kwargs}
    named_on_map = (
        labels
        and hue_values is not None
        and set(hue_values.dropna().astype(str)) <= set(DEPARTEMENT_NAMES)
    )
    draw_hue(
        ax,
        lon,
        lat,
        hue_values,
        hue_name=hue_name,
        labels=hue_labels,
        legend=LEGEND_OUTSIDE,
        s=sizes,
        **kwargs,
    )
    if named_on_map:  # the names on the map say it all: no colour legend
        ax.get_legend().remove()
        _departement_labels(ax, lon, lat, hue_values)
    if size is not None:
        _size_legend(ax, size_numbers, size_name)
    words = [t("plots.summary.map", count=len(lon))]
    if named_on_map:
        words.append(t("plots.summary.map_departements"))
    words.append(hue_summary(hue_values, hue_name, hue_labels))
    if size is not None and np.isfinite(size_numbers).any():
        largest = french_number(float(np.nanmax(size_numbers)))
        words.append(t("plots.summary.sizes", size=named(size_name), largest=largest))
    set_summary(ax, " ".join(words))
    set_map_aspect(ax, lat)
    return finish_axes(ax, xlabel=t("plots.longitude"), ylabel=t("plots.latitude"), title=title)
