"""Lesson 02 playground: rebuild the map of the départements with k nearest neighbours.

Each commune is classified by the département of its ``k`` nearest communes (latitude,
longitude). The background shows the département the model predicts at each place; communes
that the vote gets wrong are crossed out. With ``k = 1`` every commune is its own nearest
neighbour, so none is wrong; a larger ``k`` smooths the borders and misclassifies border towns.

The neighbours come from :class:`eduia.learn.knn.KNearestNeighbours`, computed once for the
largest ``k``; each ``k`` then only counts the first ``k`` votes (same result, ties going to the
smallest code).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    dynamic,
    int_slider,
    kept_texts,
    load_dataset,
    memo,
    new_figure,
    playground,
    require_columns,
    scene,
)
from eduia.playgrounds._common import (
    category_colours,
    check_whole_number,
    french_number,
    grid_points,
    percent,
    region_image,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

COLUMNS = ("latitude", "longitude", "departement")
MAX_K = 30
GRID_SIZE = (150, 110)  # columns, rows of the background of predicted départements
FIGSIZE = (9.5, 5.5)  # room for eduia.plots' projector-sized legend


@dataclass
class KnnMapResult:
    """What the map shows for one ``k``: each commune's predicted département and the mistakes."""

    k: int
    predicted: np.ndarray
    misclassified: pd.DataFrame
    accuracy: float
    summary: str
    figure: Figure


@dataclass
class _Prepared:
    points: np.ndarray  # (n, 2): longitude, latitude
    labels: np.ndarray  # the true département of each commune
    classes: np.ndarray  # the codes, sorted
    commune_votes: np.ndarray  # (n, max_k, classes): running vote counts of the nearest communes
    grid_votes: np.ndarray  # the same for each cell of the background grid
    extent: tuple[float, float, float, float]
    colours: np.ndarray  # RGBA per class
    predictions: dict[int, tuple[np.ndarray, np.ndarray]]  # cache: k -> (communes, grid)


def _running_votes(neighbours: np.ndarray, label_index: np.ndarray, count: int) -> np.ndarray:
    classes_of_neighbours = label_index[neighbours]  # (rows, max_k)
    one_hot = classes_of_neighbours[:, :, None] == np.arange(count)
    return np.cumsum(one_hot, axis=1, dtype=np.int16)


def _prepare(data: pd.DataFrame) -> _Prepared:
    from matplotlib.colors import to_rgba_array

    from eduia.learn.knn import KNearestNeighbours

    require_columns(data, COLUMNS)
    if len(data) < 2:
        raise PlaygroundError(t("playgrounds.empty_data"))
    points = data[["longitude", "latitude"]].to_numpy(dtype=float)
    labels = data["departement"].astype(str).to_numpy()
    classes, label_index = np.unique(labels, return_inverse=True)
    model = KNearestNeighbours(k=min(MAX_K, len(points))).fit(points, labels)
    (west, south), (east, north) = points.min(axis=0) - 0.1, points.max(axis=0) + 0.1
    grid = grid_points((west, east, south, north), GRID_SIZE)
    named = category_colours(list(classes))
    colours = to_rgba_array([named[code] for code in classes])
    colours[:, 3] = 0.35
    return _Prepared(
        points=points,
        labels=labels,
        classes=classes,
        commune_votes=_running_votes(model.kneighbours(points), label_index, len(classes)),
        grid_votes=_running_votes(model.kneighbours(grid), label_index, len(classes)),
        extent=(west, east, south, north),
        colours=colours,
        predictions={},
    )


def _predict(prepared: _Prepared, k: int) -> tuple[np.ndarray, np.ndarray]:
    if k not in prepared.predictions:
        communes = np.argmax(prepared.commune_votes[:, k - 1, :], axis=1)
        grid = np.argmax(prepared.grid_votes[:, k - 1, :], axis=1)
        prepared.predictions[k] = (communes, grid.reshape(GRID_SIZE[1], GRID_SIZE[0]))
    return prepared.predictions[k]


def _build(fig: Figure, prepared: _Prepared, data: pd.DataFrame) -> dict[str, Any]:
    from eduia.plots import region_map

    ax = fig.add_subplot()
    empty = np.zeros((GRID_SIZE[1], GRID_SIZE[0], 4))
    regions = region_image(ax, empty, prepared.extent)
    # the communes in their true département's colour and shape, each département's name written
    # on the map: the predicted regions read without colour (issue 19)
    region_map(data, ax=ax)
    communes = list(ax.collections)
    wrong = ax.scatter([], [], s=40, marker="x", c="black", linewidths=1.2)
    title = ax.set_title("")
    dynamic(fig, regions, *communes, wrong)  # the communes stay above the regions
    kept_texts(fig, title)
    return {"regions": regions, "wrong": wrong, "title": title}


def draw_knn_map(
    *, k: int = 5, data: pd.DataFrame | None = None, fig: Figure | None = None
) -> KnnMapResult:
    """Classify every commune by its ``k`` nearest communes and draw the predicted map.

    Parameters
    ----------
    k : int
        Number of neighbours that vote, from 1 to 30 (and at most the number of communes).
    data : DataFrame, optional
        Communes with ``latitude``, ``longitude`` and ``departement`` (the ``communes`` dataset
        when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    KnnMapResult
        The predicted département of each commune, the misclassified rows, the accuracy.

    Examples
    --------
    >>> draw_knn_map(k=1).accuracy  # doctest: +SKIP
    1.0
    """
    data = load_dataset("communes") if data is None else data
    prepared = memo(data, "knn_map", _prepare)
    largest = prepared.commune_votes.shape[1]
    check_whole_number("k", k, 1, largest, "playgrounds.knn_map.k_not_integer")
    communes, grid = _predict(prepared, int(k))
    predicted = prepared.classes[communes]
    wrong = predicted != prepared.labels
    fig = fig if fig is not None else new_figure(FIGSIZE)
    artists = scene(fig, ("knn_map", id(prepared)), lambda f: _build(f, prepared, data))
    artists["regions"].set_data(prepared.colours[grid])
    artists["wrong"].set_offsets(prepared.points[wrong])
    accuracy = float(1 - wrong.mean())
    artists["title"].set_text(t("playgrounds.knn_map.figure_title", k=k))
    summary = t(
        "playgrounds.knn_map.summary",
        k=k,
        right=french_number(len(wrong) - wrong.sum()),
        total=french_number(len(wrong)),
        accuracy=percent(accuracy),
        wrong=french_number(wrong.sum()),
    )
    return KnnMapResult(int(k), predicted, data.loc[wrong], accuracy, summary, fig)


def _controls(data: pd.DataFrame | None) -> list:
    frame = load_dataset("communes") if data is None else data
    return [int_slider("k", t("playgrounds.knn_map.k"), 1, min(MAX_K, len(frame)))]


@playground(
    draw=draw_knn_map, controls=_controls, title="playgrounds.knn_map.title", figsize=FIGSIZE
)
def knn_map() -> None:
    """The lesson-02 playground: a « k » slider and the map of predicted départements.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
