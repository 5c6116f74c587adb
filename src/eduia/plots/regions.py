"""The decision regions of a fitted classifier: the answer it gives at every point of the plane.

Colour is never alone: a line marks the borders between regions, each region carries its
answer written in it, and the points on top have one marker shape per class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from eduia.i18n import french_number, t
from eduia.plots._columns import PlotError, check_table, numeric, resolve, resolve_optional
from eduia.plots._style import (
    FONT_SIZES,
    category_colours,
    category_label,
    column_label,
    finish_axes,
    get_axes,
    named,
    set_summary,
)
from eduia.plots.points import draw_hue, hue_summary

_MARGIN = 0.05  # share of each axis' span added around the points


def _grid(x: np.ndarray, y: np.ndarray, resolution: int) -> tuple[np.ndarray, np.ndarray]:
    def span(values: np.ndarray) -> np.ndarray:
        low, high = np.nanmin(values), np.nanmax(values)
        margin = (high - low) * _MARGIN or 1.0
        return np.linspace(low - margin, high + margin, resolution)

    return np.meshgrid(span(x), span(y))


def predict_grid(
    model: Any, x_name: str, y_name: str, grid_x: np.ndarray, grid_y: np.ndarray
) -> np.ndarray:
    """``model``'s prediction at every grid point, shaped like the grid; errors in French.

    A scikit-learn model that learnt from a DataFrame gets a DataFrame with the same column
    names; any other model gets a plain two-column array.

    Examples
    --------
    >>> from eduia.learn import KNearestNeighbours
    >>> model = KNearestNeighbours(k=1).fit([[0, 0], [1, 1]], ["a", "b"])
    >>> predict_grid(model, "x", "y", *np.meshgrid([0, 1], [0, 1])).tolist()
    [['a', 'a'], ['a', 'b']]
    """
    if not callable(getattr(model, "predict", None)):
        raise PlotError(t("plots.not_a_model", kind=type(model).__name__))
    points = np.column_stack([grid_x.ravel(), grid_y.ravel()])
    names = getattr(model, "feature_names_in_", None)
    if names is not None:
        columns = [x_name, y_name] if x_name and y_name else list(names)
        points = pd.DataFrame(points, columns=columns)
    try:
        predictions = np.asarray(model.predict(points))
    except Exception as error:  # the pupil reads why in French, with the cause chained
        raise _explain_failure(names, x_name, y_name, error) from error
    return predictions.reshape(grid_x.shape)


def _explain_failure(names: Any, x_name: str, y_name: str, error: Exception) -> PlotError:
    from sklearn.exceptions import NotFittedError

    from eduia.learn import LearnError

    if isinstance(error, NotFittedError) or (isinstance(error, LearnError) and "fit" in str(error)):
        return PlotError(t("plots.not_fitted"))
    if names is None:
        return PlotError(t("plots.model_failed", detail=error))
    return PlotError(
        t("plots.wrong_features", learnt=", ".join(map(str, names)), x=x_name, y=y_name)
    )


def label_point(mask: np.ndarray) -> tuple[int, int]:
    """The (row, column) of ``mask`` farthest from its border: where a region's name fits best.

    Examples
    --------
    >>> mask = np.zeros((5, 8), dtype=bool)
    >>> mask[:, 2:] = True
    >>> label_point(mask)
    (2, 4)
    """
    from scipy.ndimage import distance_transform_edt

    distance = distance_transform_edt(np.pad(mask, 1))[1:-1, 1:-1]
    row, column = np.unravel_index(int(np.argmax(distance)), mask.shape)
    return int(row), int(column)


def _name_regions(
    ax: Any, codes: np.ndarray, grid_x: np.ndarray, grid_y: np.ndarray, names: list[str]
) -> None:
    """Draw the borders between regions and write each region's answer in it."""
    import matplotlib.patheffects as effects

    present = np.unique(codes)
    if len(present) > 1:
        levels = np.arange(len(names) - 1) + 0.5
        ax.contour(grid_x, grid_y, codes, levels=levels, colors="#333333", linewidths=1.2)
    halo = [effects.withStroke(linewidth=3, foreground="white")]
    for code in present:
        row, column = label_point(codes == code)
        ax.text(
            grid_x[row, column],
            grid_y[row, column],
            names[int(code)],
            ha="center",
            va="center",
            fontsize=FONT_SIZES["annotation"],
            fontweight="bold",
            path_effects=halo,
            zorder=3,
        )


def decision_regions(
    model: Any,
    data: pd.DataFrame | None = None,
    *,
    x: Any = None,
    y: Any = None,
    hue: Any = None,
    hue_labels: Mapping[Any, str] | None = None,
    resolution: int = 200,
    title: str | None = None,
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """The classes ``model`` predicts over the plane of ``x`` and ``y``, with the points on top.

    Parameters
    ----------
    model : fitted classifier
        Any model with ``predict`` fitted on the two columns ``x`` and ``y`` (scikit-learn or
        :mod:`eduia.learn`).
    data : DataFrame, optional
        The points to show; ``x``, ``y`` and ``hue`` name its columns.
    x, y : str or array-like
        The two features, in the order the model learnt them.
    hue : str or array-like, optional
        The true class of each point (its colour).
    hue_labels : dict, optional
        Names for the legend, e.g. ``{0: "pas de feu", 1: "feu"}``.
    resolution : int
        Grid points per axis (more: finer borders, slower).
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.
    **kwargs
        Passed to ``Axes.scatter`` for the points.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words (each answer's share of the plane) is
        :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> from sklearn.neighbors import KNeighborsClassifier
    >>> points = pd.DataFrame({"a": [0, 1, 5, 6], "b": [0, 1, 5, 6], "classe": [0, 0, 1, 1]})
    >>> model = KNeighborsClassifier(n_neighbors=1).fit(points[["a", "b"]], points["classe"])
    >>> ax = decision_regions(model, points, x="a", y="b", hue="classe")
    """
    from matplotlib.colors import ListedColormap

    data = check_table(data)
    (x_values, x_name), (y_values, y_name) = resolve(data, x, "x"), resolve(data, y, "y")
    x_numbers, y_numbers = numeric(x_values, "x", x_name), numeric(y_values, "y", y_name)
    hue_values, hue_name = resolve_optional(data, hue, "hue")
    grid_x, grid_y = _grid(x_numbers, y_numbers, resolution)
    predicted = predict_grid(model, x_name, y_name, grid_x, grid_y)
    known = list(hue_values.dropna().unique()) if hue_values is not None else []
    colours = category_colours([*known, *np.unique(predicted)])
    index_of = {value: index for index, value in enumerate(colours)}
    codes = np.vectorize(lambda value: index_of.get(value, 0), otypes=[int])(predicted)
    ax = get_axes(ax)
    extent = (grid_x.min(), grid_x.max(), grid_y.min(), grid_y.max())
    ax.imshow(
        codes,
        origin="lower",
        extent=extent,
        aspect="auto",
        alpha=0.3,
        interpolation="nearest",
        cmap=ListedColormap(list(colours.values())),
        vmin=0,
        vmax=max(len(colours) - 1, 1),
    )
    kwargs = {"s": 36, "alpha": 0.9, "edgecolors": "white", "linewidths": 0.5, **kwargs}
    draw_hue(ax, x_numbers, y_numbers, hue_values, hue_name=hue_name, labels=hue_labels, **kwargs)
    names = [category_label(value, hue_labels) for value in colours]
    _name_regions(ax, codes, grid_x, grid_y, names)
    shares = [
        t("plots.summary.share", name=names[code], percent=french_number(100 * share, 0))
        for code, share in enumerate(np.bincount(codes.ravel(), minlength=len(names)) / codes.size)
        if share > 0
    ]
    words = t("plots.summary.regions", x=named(x_name), y=named(y_name), shares=", ".join(shares))
    set_summary(ax, f"{words} {hue_summary(hue_values, hue_name, hue_labels)}")
    return finish_axes(ax, xlabel=column_label(x_name), ylabel=column_label(y_name), title=title)
