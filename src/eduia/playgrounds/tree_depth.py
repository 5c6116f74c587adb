"""Lesson 04 playground: a decision tree's depth, the tree itself and its decision regions.

The pupil moves the depth of a tree learned on the real days of 2024 in the Bouches-du-Rhône
(``feux_meteo_jour``: the day's highest temperature and its rain). The days from the 1st to the
15th of each month train the tree, the others test it (a split by date, never by row).
The figure shows the tree (drawn by :func:`eduia.plots.decision_tree`, down to depth 3), the
regions where it gives the alert, and the training and test scores for every depth
(:func:`eduia.plots.score_curve`) with the chosen depth marked: deep trees learn the training
days by heart and stop improving on new days.

Speed: the trees, their regions and their drawings are computed once per data set (a drawing
for depths 1, 2, 3 and one for deeper trees, since only three levels are drawn); an update only
swaps two images and moves a marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    dynamic,
    int_slider,
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
    add_picture,
    check_whole_number,
    class_picture,
    depth_score_curve,
    display_sample,
    grid_points,
    percent,
    region_image,
    ring_marker,
    scatter_classes,
    split_train_test,
    trees_by_depth,
)
from eduia.playgrounds._fire_days import (
    DATASET,
    DATE,
    LABEL,
    RAIN,
    TEMPERATURE,
    axis_to_rain,
    label_axes,
    rain_to_axis,
    training_days,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

X, Y = TEMPERATURE, RAIN
MAX_DEPTH = 8
DRAWN_LEVELS = 3  # deeper levels show as « (...) » in the tree drawing
_DPI = 80
_TREE_SIZE = (16.0, 4.2)  # inches: the tree drawing, readable down to depth 3
_FIGURE_SIZE = (16.0, 8.4)
_GRID = (200, 150)


@dataclass
class TreeDepthResult:
    """The tree of the chosen depth, its predictions on the test days and its two scores."""

    depth: int
    model: Any
    train_accuracy: float
    test_accuracy: float
    summary: str
    figure: Figure


@dataclass
class _Prepared:
    train: tuple[np.ndarray, np.ndarray]
    test: tuple[np.ndarray, np.ndarray]
    extent: tuple[float, float, float, float]
    models: dict[int, Any]
    scores: dict[int, tuple[float, float]]
    regions: dict[int, np.ndarray]  # RGBA picture of where each tree gives the alert
    drawings: dict[int, np.ndarray]  # min(depth, DRAWN_LEVELS + 1) -> RGBA picture of the tree
    # depth -> where each class's name is written in its region (None: no such region), so that
    # the regions read without colour (issue 19)
    names_at: dict[int, list[tuple[float, float] | None]] = field(default_factory=dict)


def _split(
    data: pd.DataFrame,
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    require_columns(data, (X, Y, LABEL))
    columns = [X, Y, LABEL, DATE] if DATE in data.columns else [X, Y, LABEL]
    table = data[columns].dropna()
    labels = table[LABEL].to_numpy(dtype=int)
    if len(table) < 10 or len(np.unique(labels)) < 2:
        raise PlaygroundError(t("playgrounds.tree_depth.too_few_days"))
    features = table[[X, Y]].to_numpy(dtype=float)
    if DATE not in table.columns:  # a table without dates: a fixed, stratified row split
        x_train, x_test, y_train, y_test = split_train_test(features, labels)
        return (x_train, y_train), (x_test, y_test)
    learn = training_days(table[DATE])
    if len(np.unique(labels[learn])) < 2 or learn.all() or not learn.any():
        raise PlaygroundError(t("playgrounds.tree_depth.too_few_days"))
    return (features[learn], labels[learn]), (features[~learn], labels[~learn])


def _draw_tree(model: Any) -> np.ndarray:
    from eduia.plots import decision_tree

    fig = new_figure(_TREE_SIZE, dpi=_DPI)
    decision_tree(
        model,
        feature_names=[t("playgrounds.temperature_word"), t("playgrounds.rain_word")],
        class_names=[t("playgrounds.class_no_fire"), t("playgrounds.class_fire")],
        max_depth=DRAWN_LEVELS,
        ax=fig.add_subplot(),
    )
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).copy()


def _prepare(data: pd.DataFrame) -> _Prepared:
    from eduia.plots.regions import label_point

    train, test = _split(data)
    everything = np.vstack([train[0], test[0]])
    west, east = everything[:, 0].min(), everything[:, 0].max()
    extent = (west - 1, east + 1, 0.0, float(rain_to_axis(everything[:, 1].max())) + 0.3)
    on_axes = grid_points(extent, _GRID)
    grid = np.column_stack([on_axes[:, 0], axis_to_rain(on_axes[:, 1])])  # trees read millimetres
    on_axes = on_axes.reshape(_GRID[1], _GRID[0], 2)
    prepared = _Prepared(train, test, extent, *trees_by_depth(train, test, MAX_DEPTH), {}, {})
    for depth, model in prepared.models.items():
        alerts = model.predict(grid).reshape(_GRID[1], _GRID[0])
        prepared.regions[depth] = class_picture(
            alerts, [NEGATIVE_COLOUR, POSITIVE_COLOUR], alpha=0.3
        )
        prepared.names_at[depth] = [
            tuple(on_axes[label_point(alerts == value)]) if (alerts == value).any() else None
            for value in (0, 1)
        ]
    for depth in range(1, DRAWN_LEVELS + 2):
        prepared.drawings[depth] = _draw_tree(prepared.models[depth])
    return prepared


def _build(fig: Figure, prepared: _Prepared) -> dict[str, Any]:
    from matplotlib import patheffects

    fig.set_layout_engine("none")
    tree = add_picture(fig, prepared.drawings[1], 0, int(_FIGURE_SIZE[1] * _DPI / 2))
    ax = fig.add_axes((0.05, 0.07, 0.36, 0.38))
    regions = region_image(ax, prepared.regions[1], prepared.extent)
    (x_test, y_test), shown = prepared.test, display_sample(len(prepared.test[1]), 800)
    names = (t("playgrounds.class_no_fire"), t("playgrounds.class_fire"))
    points = scatter_classes(
        ax, x_test[:, 0], rain_to_axis(x_test[:, 1]), y_test, shown, names, size=12, alpha=0.7
    )
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]
    region_names = [
        ax.text(
            0,
            0,
            name,
            ha="center",
            va="center",
            fontsize=9,
            fontweight="bold",
            path_effects=halo,
            zorder=3,
        )
        for name in names
    ]
    ax.set_xlim(*prepared.extent[:2])
    ax.set_ylim(*prepared.extent[2:])
    label_axes(ax, prepared.extent[3])
    ax.set_title(t("playgrounds.tree_depth.regions_title"), fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    curve = fig.add_axes((0.56, 0.07, 0.40, 0.38))
    depth_score_curve(curve, prepared.scores)
    marker = ring_marker(curve, 16)
    # the points stay above the regions, as in a full draw
    dynamic(fig, tree, regions, *points, *region_names, marker)
    return {"tree": tree, "regions": regions, "marker": marker, "region_names": region_names}


def draw_tree_depth(
    *, depth: int = 2, data: pd.DataFrame | None = None, fig: Figure | None = None
) -> TreeDepthResult:
    """Learn a decision tree of depth ``depth`` on real fire days and draw it with its regions.

    Parameters
    ----------
    depth : int
        The tree's depth (number of questions in a row), from 1 to 8.
    data : DataFrame, optional
        Days with ``tx_moy_c``, ``pluie_moy_mm`` and ``feu`` (the real ``feux_meteo_jour``
        when omitted). With a ``date`` column, days 1–15 of each month train the tree and the
        others test it; without one, a fixed 70 % of the rows train it and 30 % test it.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    TreeDepthResult
        The fitted tree (scikit-learn) and its accuracy on the training and the test days.

    Examples
    --------
    >>> result = draw_tree_depth(depth=3)  # doctest: +SKIP
    >>> result.model.get_depth()  # doctest: +SKIP
    3
    """
    data = load_dataset(DATASET) if data is None else data
    prepared = memo(data, "tree_depth", _prepare)
    check_whole_number(
        t("playgrounds.tree_depth_label"), depth, 1, MAX_DEPTH, "playgrounds.tree_depth.not_integer"
    )
    fig = fig if fig is not None else new_figure(_FIGURE_SIZE, dpi=_DPI)
    artists = scene(fig, ("tree_depth", id(prepared)), lambda f: _build(f, prepared))
    artists["tree"].set_pixels(prepared.drawings[min(depth, DRAWN_LEVELS + 1)])
    artists["regions"].set_data(prepared.regions[depth])
    for text, place in zip(artists["region_names"], prepared.names_at[depth]):
        text.set_visible(place is not None)
        if place is not None:
            text.set_position(place)
    train_accuracy, test_accuracy = prepared.scores[depth]
    artists["marker"].set_data([depth, depth], [train_accuracy, test_accuracy])
    summary = t(
        "playgrounds.tree_depth.summary",
        depth=depth,
        train=percent(train_accuracy),
        test=percent(test_accuracy),
    )
    if depth > DRAWN_LEVELS:
        summary += "\n" + t("playgrounds.tree_depth.deeper", levels=DRAWN_LEVELS)
    return TreeDepthResult(
        int(depth), prepared.models[depth], train_accuracy, test_accuracy, summary, fig
    )


@playground(
    draw=draw_tree_depth,
    controls=lambda: [int_slider("depth", t("playgrounds.tree_depth_label"), 1, MAX_DEPTH)],
    title="playgrounds.tree_depth.title",
    figsize=_FIGURE_SIZE,
    dpi=_DPI,
)
def tree_depth() -> None:
    """The lesson-04 playground: a depth slider, the tree, its decision regions and its scores.

    Building it learns and draws the trees once (a second or two); then each move is instant.
    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
