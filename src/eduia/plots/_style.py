"""The look of every eduia chart, in one place: colours, font sizes, category colours.

Colours come from Okabe & Ito's palette, readable by people with the common colour-vision
deficiencies; the order puts the most distinct colours first. Fonts are large enough to read
on a classroom projector from the back of the room.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

#: Okabe & Ito's colour-blind-safe palette, most distinct colours first.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
#: Two classes (no / yes, 0 / 1): blue for the negative one, vermillion for the positive one.
BINARY_COLOURS: tuple[str, str] = ("#0072B2", "#D55E00")
#: A continuous value (temperature, population...): a perceptually uniform colour map.
CONTINUOUS_COLOURMAP = "viridis"
#: The six départements of the Région Sud, always drawn in the same colour.
DEPARTEMENT_NAMES: dict[str, str] = {
    "04": "Alpes-de-Haute-Provence",
    "05": "Hautes-Alpes",
    "06": "Alpes-Maritimes",
    "13": "Bouches-du-Rhône",
    "83": "Var",
    "84": "Vaucluse",
}
FONT_SIZES = {"title": 16, "label": 14, "ticks": 12, "legend": 12, "annotation": 13}
#: Where a legend goes when it would hide data: outside the Axes, to the right, top-aligned.
LEGEND_OUTSIDE: dict[str, Any] = {"loc": "upper left", "bbox_to_anchor": (1.01, 1)}
MAX_CATEGORIES = 12  # more distinct values than this: the hue is read as a continuous number


def category_colours(values: Iterable[Any]) -> dict[Any, str]:
    """A colour for each distinct value: fixed ones for départements, else the palette in order.

    Examples
    --------
    >>> category_colours(["83", "13"])["13"] == category_colours(["13"])["13"]
    True
    >>> category_colours([0, 1])
    {0: '#0072B2', 1: '#D55E00'}
    """
    distinct = sorted(set(values), key=str)
    if distinct and all(str(value) in DEPARTEMENT_NAMES for value in distinct):
        order = list(DEPARTEMENT_NAMES)
        return {value: PALETTE[order.index(str(value))] for value in distinct}
    if len(distinct) == 2:
        return dict(zip(distinct, BINARY_COLOURS))
    return {value: PALETTE[i % len(PALETTE)] for i, value in enumerate(distinct)}


def category_label(value: Any, labels: dict[Any, str] | None = None) -> str:
    """How a category is named in a legend: the given label, « 13 Bouches-du-Rhône », or the value.

    Examples
    --------
    >>> category_label("13")
    '13 Bouches-du-Rhône'
    >>> category_label(1, {1: "feu"})
    'feu'
    """
    if labels and value in labels:
        return str(labels[value])
    name = DEPARTEMENT_NAMES.get(str(value))
    return f"{value} {name}" if name else str(value)


#: Unit suffixes of column names, dropped from an axis label when the unit is written out.
_UNIT_SUFFIXES = ("_ug_m3", "_km_h", "_m_s", "_km2", "_gwh", "_pct", "_mm", "_ha", "_c", "_h")


@functools.lru_cache(maxsize=1)
def shipped_columns() -> dict[str, tuple[str, str]]:
    """Each column of eduia's datasets: its short title (when its datasheet gives one) and unit.

    Read once from the datasets' own metadata (``datapackage.json``); empty when the datasets
    cannot be read, and then labels fall back to the column names.

    Examples
    --------
    >>> shipped_columns().get("temperature_c", ("", "°C"))[1]
    '°C'
    """
    try:
        from eduia.datasets import catalog

        resources = catalog.package()["resources"]
    except (ImportError, OSError, KeyError, ValueError):
        return {}
    found: dict[str, tuple[str, str]] = {}
    for resource in resources:
        for field in resource.get("schema", {}).get("fields", []):
            found.setdefault(field["name"], (field.get("title", ""), field.get("unit", "")))
    return found


def column_label(name: str) -> str:
    """A column name as an axis label, with its unit when the datasets' metadata give it.

    Examples
    --------
    >>> column_label("nombre_de_bases")
    'nombre de bases'
    >>> column_label("temperature_c")  # doctest: +SKIP
    'temperature (°C)'
    """
    name = str(name)
    title, unit = shipped_columns().get(name, ("", ""))
    if not title:
        suffix = next((s for s in _UNIT_SUFFIXES if unit and name.endswith(s)), "")
        title = name[: len(name) - len(suffix)].replace("_", " ")
    return f"{title} ({unit})" if unit else title


def finish_axes(ax: Any, *, xlabel: str = "", ylabel: str = "", title: str | None = None) -> Any:
    """Put French labels in projector-sized fonts on ``ax`` and return it.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> finish_axes(plt.figure().add_subplot(), xlabel="mois").get_xlabel()
    'mois'
    """
    ax.set_xlabel(xlabel, fontsize=FONT_SIZES["label"])
    ax.set_ylabel(ylabel, fontsize=FONT_SIZES["label"])
    ax.tick_params(labelsize=FONT_SIZES["ticks"])
    set_title(ax, title)
    return ax


def set_title(ax: Any, title: str | None) -> None:
    """Give ``ax`` the chart's title in a projector-sized font; no title when ``title`` is empty.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = plt.figure().add_subplot()
    >>> set_title(ax, "Feux de forêt")
    >>> ax.get_title()
    'Feux de forêt'
    """
    if title:
        ax.set_title(title, fontsize=FONT_SIZES["title"])


def column_legend(ax: Any, column: str, **options: Any) -> Any:
    """A legend on ``ax`` titled with ``column``'s label, in projector-sized fonts.

    ``options`` go to ``Axes.legend`` (``handles=``, ``loc=``...).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = plt.figure().add_subplot()
    >>> _ = ax.plot([0, 1], label="Gap")
    >>> column_legend(ax, "nombre_de_bases").get_title().get_text()
    'nombre de bases'
    """
    return ax.legend(
        title=column_label(column),
        fontsize=FONT_SIZES["legend"],
        title_fontsize=FONT_SIZES["legend"],
        **options,
    )


def get_axes(ax: Any = None) -> Any:
    """``ax``, or pyplot's current Axes when ``ax`` is ``None`` (as seaborn does).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> get_axes() is plt.gca()
    True
    """
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    return ax
