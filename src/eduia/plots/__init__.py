"""Pupil-facing charts in French, in the style of seaborn: ``data=``, ``x=``, ``y=``, ``hue=``.

Every function takes a table and column names, draws on ``ax`` (pyplot's current Axes when
omitted) and returns the Axes for further tweaking. Colours come from one colour-blind-safe
palette (:data:`PALETTE`) and are never alone: categories also differ by marker shape
(:data:`MARKERS`), line style (:data:`LINE_STYLES`) or their name written on the chart, so the
chart reads in greyscale too. :func:`summary` gives each chart's one-line summary in French
words, its text equivalent. Fonts are sized for a projector, and a wrong column name raises a
:class:`PlotError` in French that names the argument and suggests the closest column.

- :func:`scatter`: points coloured by class
- :func:`bar_chart` and :func:`line_chart`: a value per category, a value over time
- :func:`decision_regions`: what a fitted classifier answers over the plane
- :func:`region_map`: the communes on a map of the region, by département, sized by a value
- :func:`confusion_matrix`: vrais positifs, fausses alertes, alertes manquées, vrais négatifs
- :func:`score_curve`: training and test scores against model complexity
- :func:`decision_tree`: a decision tree drawn in French
- :func:`summary`: what a chart shows, in one line of words

Examples
--------
>>> import pandas as pd
>>> from eduia import plots
>>> days = pd.DataFrame({"temperature_c": [20, 35], "vent_km_h": [10, 50], "feu": [0, 1]})
>>> ax = plots.scatter(days, x="temperature_c", y="vent_km_h", hue="feu")
>>> plots.summary(ax).startswith("Nuage de 2 points")
True
"""

from eduia.plots._columns import PlotError
from eduia.plots._style import (
    BINARY_COLOURS,
    DEPARTEMENT_NAMES,
    FONT_SIZES,
    LINE_STYLES,
    MARKERS,
    PALETTE,
    category_colours,
    category_line_styles,
    category_markers,
    summary,
)
from eduia.plots.charts import bar_chart, line_chart
from eduia.plots.evaluation import confusion_counts, confusion_matrix, score_curve
from eduia.plots.maps import region_map, set_map_aspect
from eduia.plots.points import scatter
from eduia.plots.regions import decision_regions
from eduia.plots.trees import decision_tree

__all__ = [
    "BINARY_COLOURS",
    "DEPARTEMENT_NAMES",
    "FONT_SIZES",
    "LINE_STYLES",
    "MARKERS",
    "PALETTE",
    "PlotError",
    "bar_chart",
    "category_colours",
    "category_line_styles",
    "category_markers",
    "confusion_counts",
    "confusion_matrix",
    "decision_regions",
    "decision_tree",
    "line_chart",
    "region_map",
    "scatter",
    "score_curve",
    "set_map_aspect",
    "summary",
]
