"""The look of every eduia chart, in one place: colours, shapes, font sizes, one-line summaries.

Colours come from Okabe & Ito's palette, readable by people with the common colour-vision
deficiencies; the order puts the most distinct colours first. Colour is never alone: each
category also gets its own marker shape and line style (:func:`category_markers`,
:func:`category_line_styles`), or its name written on the chart, so a greyscale print or a
pupil who tells no colours apart still separates them. Fonts are large enough to read on a
classroom projector from the back of the room. Every chart leaves a one-line summary in words
(:func:`summary`), the text equivalent of the picture.
"""

from __future__ import annotations

import functools
import weakref
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
#: Filled marker shapes, one per category (as many as :data:`MAX_CATEGORIES`), most distinct
#: first: circle, square, triangle, diamond... Filled, so that they stay visible without edges.
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*", "p", "h", "<", ">")
#: How each marker is called in a summary: the end of its message key ``plots.marker.<name>``.
MARKER_NAMES: dict[str, str] = dict(
    zip(
        MARKERS,
        (
            "circle",
            "square",
            "triangle_up",
            "diamond",
            "triangle_down",
            "plus",
            "cross",
            "star",
            "pentagon",
            "hexagon",
            "triangle_left",
            "triangle_right",
        ),
    )
)
#: Line styles, one per category of a line chart (with :data:`MARKERS` on the points).
LINE_STYLES: tuple[Any, ...] = ("-", "--", "-.", ":", (0, (5, 1, 1, 1, 1, 1)), (0, (8, 2)))
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


def _category_order(values: Iterable[Any]) -> dict[Any, int]:
    """Each distinct value's rank, as :func:`category_colours` gives them their colours."""
    distinct = sorted(set(values), key=str)
    if distinct and all(str(value) in DEPARTEMENT_NAMES for value in distinct):
        order = list(DEPARTEMENT_NAMES)
        return {value: order.index(str(value)) for value in distinct}
    return {value: i for i, value in enumerate(distinct)}


def category_markers(values: Iterable[Any]) -> dict[Any, str]:
    """A marker shape for each distinct value, in the order of :func:`category_colours`.

    A département always has the same shape, as it always has the same colour.

    Examples
    --------
    >>> category_markers([1, 0])
    {0: 'o', 1: 's'}
    >>> category_markers(["83"])["83"] == category_markers(["13", "83"])["83"]
    True
    """
    return {value: MARKERS[i % len(MARKERS)] for value, i in _category_order(values).items()}


def category_line_styles(values: Iterable[Any]) -> dict[Any, Any]:
    """A line style for each distinct value, in the order of :func:`category_colours`.

    Examples
    --------
    >>> category_line_styles(["b", "a"])
    {'a': '-', 'b': '--'}
    """
    return {
        value: LINE_STYLES[i % len(LINE_STYLES)] for value, i in _category_order(values).items()
    }


_SUMMARIES: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def set_summary(ax: Any, text: str) -> None:
    """Remember ``text`` as the one-line summary of the chart on ``ax`` (see :func:`summary`);
    in a notebook, it is shown below the picture (:mod:`eduia.plots._display`)."""
    from eduia.plots._display import show_summaries_below_charts

    _SUMMARIES[ax] = " ".join(str(text).split())
    show_summaries_below_charts()


def summary(chart: Any = None) -> str:
    """The one-line summary, in words, of the eduia chart drawn on ``chart``.

    ``chart`` is an Axes or a Figure (then one line per eduia chart in it); pyplot's current
    Figure when omitted. The summary says what the picture shows without needing its colours
    (how many points of each class, the tallest bar, the best score...): it is the text
    equivalent a screen reader reads beside the picture. Empty when no eduia chart is there.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from eduia.i18n import set_language
    >>> from eduia.plots import bar_chart
    >>> set_language("fr")
    >>> ax = bar_chart(x=["Gap", "Nice"], y=[41000, 348085], ax=plt.figure().add_subplot())
    >>> summary(ax).startswith("Diagramme en barres"), "Nice" in summary(ax)
    (True, True)
    """
    if chart is None:
        import matplotlib.pyplot as plt

        chart = plt.gcf()
    axes = getattr(chart, "axes", None)
    if isinstance(axes, list):  # a Figure
        return "\n".join(_SUMMARIES[ax] for ax in axes if ax in _SUMMARIES)
    return _SUMMARIES.get(chart, "")


def classes_summary(values: Any, hue_name: str, labels: Any = None) -> str:
    """« Un symbole et une couleur par feu : 52 « 0 » (ronds), 28 « feu » (carrés). »

    ``values`` are the class of each point (a pandas Series); the shapes are those of
    :func:`category_markers`.

    Examples
    --------
    >>> import pandas as pd
    >>> from eduia.i18n import set_language
    >>> set_language("fr")
    >>> classes_summary(pd.Series([0, 1, 1]), "feu", {1: "feu"})
    'Un symbole et une couleur par feu : 1 « 0 » (ronds), 2 « feu » (carrés).'
    """
    from eduia.i18n import t

    counts = values.dropna().value_counts()
    parts = [
        t(
            "plots.summary.class",
            count=int(counts[value]),
            name=category_label(value, labels),
            shape=t(f"plots.marker.{MARKER_NAMES[marker]}"),
        )
        for value, marker in category_markers(counts.index).items()
    ]
    name = column_label(hue_name) if hue_name else t("plots.summary.category")
    return t("plots.summary.classes", hue=name, classes=", ".join(parts))


def named(column: str, fallback: str = "plots.summary.value") -> str:
    """``column``'s label for a summary, or the words of message ``fallback`` when it has no name.

    Examples
    --------
    >>> from eduia.i18n import set_language
    >>> set_language("fr")
    >>> named("nombre_de_bases"), named("")
    ('nombre de bases', 'la valeur')
    """
    from eduia.i18n import t

    return column_label(column) if column else t(fallback)


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
