"""Lesson 06 playground: k-means step by step on the map of the communes.

Where should ``k`` fire-watch bases go? k-means starts from ``k`` communes drawn at random,
then repeats two visible steps: each commune joins its nearest centre (*assign*), then each
centre moves to the middle of its communes (*move*), pulled harder by communes with many fires
when the weighting is on. The step slider walks through these half-steps one by one, and the inertia (the sum of the
squared distances from each commune to its centre, weighted by the fires when the weighting is
on) is shown at each of them: it never goes up. The start is chosen by a control: ``k`` communes
drawn at random with a seed the pupil picks, or k-means++ (each new centre drawn far from the
ones already chosen, with the same seed), which starts lower and more often ends at the lowest
inertia.

Distances are measured in kilometres (longitude degrees shortened by the cosine of the
latitude), so the groups are the ones a map reader expects. The whole run is computed once per
``(k, weighted, start, seed)`` with :mod:`eduia.learn.kmeans` and cached; moving the step slider
only recolours points and moves the centres.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    checkbox,
    dropdown,
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
    check_choice,
    check_whole_number,
    french_number,
    marker_path,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

COLUMNS = ("longitude", "latitude", "incendies_1973_2024")
MAX_K = 8
MAX_STEP = 40  # the step slider's end; « jusqu'à la fin » shows the last state
MAX_RUN = 400  # half-steps computed at most (k-means on the communes stops after 20 to 110)
SEED = 6
MAX_SEED = 20
STARTS = ("random", "kmeans++")
KM_PER_DEGREE = 111.2
_UNASSIGNED = "#BBBBBB"


@dataclass
class KmeansStepsResult:
    """What the map shows at one step: groups (``None`` before the first assignment), centres."""

    k: int
    step: int
    phase: str  # "start", "assign", "move" or "done"
    groups: np.ndarray | None
    centres: np.ndarray  # (k, 2): longitude, latitude
    mean_distance_km: float | None
    inertia: float | None  # km² (× fires when weighted); None before the first assignment
    inertias: list[float]  # the inertia of every half-step from step 1 to the last one
    start: str  # "random" or "kmeans++"
    seed: int
    summary: str
    figure: Figure


@dataclass
class _Run:
    states: list[tuple[np.ndarray | None, np.ndarray]]  # (groups, centres in km) per half-step
    inertias: list[float]  # inertia of states[1:]


@dataclass
class _Prepared:
    longitude: np.ndarray
    latitude: np.ndarray
    fires: np.ndarray
    km: np.ndarray  # (n, 2) positions in kilometres
    cos_latitude: float
    runs: dict[tuple[int, bool, str, int], _Run] = field(default_factory=dict)


def _prepare(data: pd.DataFrame) -> _Prepared:
    require_columns(data, COLUMNS)
    if len(data) < MAX_K:
        raise PlaygroundError(t("playgrounds.empty_data"))
    longitude = data["longitude"].to_numpy(dtype=float)
    latitude = data["latitude"].to_numpy(dtype=float)
    cos_latitude = float(np.cos(np.radians(np.nanmean(latitude))))
    km = np.column_stack([longitude * cos_latitude, latitude]) * KM_PER_DEGREE
    fires = data["incendies_1973_2024"].astype("Float64").fillna(0).to_numpy(dtype=float)
    return _Prepared(longitude, latitude, fires, km, cos_latitude)


def plus_plus_centres(
    points: np.ndarray, k: int, seed: int, weights: np.ndarray | None = None
) -> np.ndarray:
    """k-means++ starting centres: each new centre is a point drawn with a chance proportional
    to its weight times its squared distance to the nearest centre already chosen.

    Examples
    --------
    >>> points = np.array([[0.0, 0.0], [0.0, 1.0], [100.0, 0.0], [100.0, 1.0]])
    >>> sorted(plus_plus_centres(points, 2, seed=0)[:, 0].tolist())
    [0.0, 100.0]
    """
    rng = np.random.default_rng(seed)
    weights = np.ones(len(points)) if weights is None or weights.sum() <= 0 else weights
    chosen = [int(rng.choice(len(points), p=weights / weights.sum()))]
    nearest = ((points - points[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        chances = weights * nearest
        if chances.sum() <= 0:  # every point already on a centre: draw among the others
            chances = np.ones(len(points))
            chances[chosen] = 0
        chosen.append(int(rng.choice(len(points), p=chances / chances.sum())))
        nearest = np.minimum(nearest, ((points - points[chosen[-1]]) ** 2).sum(axis=1))
    return points[chosen].copy()


def _run(prepared: _Prepared, k: int, weighted: bool, start: str, seed: int) -> _Run:
    from eduia.learn.kmeans import assign, first_centres, inertia, move_centres

    key = (k, weighted, start, seed)
    if key not in prepared.runs:
        weights = prepared.fires if weighted else None
        if start == "kmeans++":
            centres = plus_plus_centres(prepared.km, k, seed, weights)
        else:
            centres = first_centres(prepared.km, k, seed=seed)
        states: list[tuple[np.ndarray | None, np.ndarray]] = [(None, centres)]
        inertias: list[float] = []
        while len(states) <= MAX_RUN:
            groups = assign(prepared.km, centres)
            moved = move_centres(prepared.km, groups, centres, sample_weight=weights)
            states += [(groups, centres), (groups, moved)]
            inertias += [
                inertia(prepared.km, groups, centres, weights),
                inertia(prepared.km, groups, moved, weights),
            ]
            if np.allclose(moved, centres):
                break
            centres = moved
        prepared.runs[key] = _Run(states, inertias)
    return prepared.runs[key]


def run_states(
    prepared: _Prepared, k: int, weighted: bool, start: str = "random", seed: int = SEED
) -> list[tuple[np.ndarray | None, np.ndarray]]:
    """Every half-step of k-means as ``(groups, centres in km)``, computed once per setting.

    Examples
    --------
    >>> import pandas as pd
    >>> communes = pd.DataFrame({"longitude": [5.0, 5.1, 7.0, 7.1] * 2, "latitude": [43.5] * 8,
    ...                          "incendies_1973_2024": [1] * 8})
    >>> states = run_states(_prepare(communes), k=2, weighted=False)
    >>> states[0][0] is None, len(states) % 2
    (True, 1)
    """
    return _run(prepared, k, weighted, start, seed).states


def _phase(step: int, count: int) -> str:
    if step == 0:
        return "start"
    if step >= count - 1:
        return "done"
    return "assign" if step % 2 == 1 else "move"


def _mean_distance(
    prepared: _Prepared, groups: np.ndarray | None, centres: np.ndarray, weighted: bool
) -> float | None:
    if groups is None:
        return None
    distances = np.linalg.norm(prepared.km - centres[groups], axis=1)
    weights = prepared.fires if weighted and prepared.fires.sum() > 0 else None
    return float(np.average(distances, weights=weights))


def _group_shapes() -> list[Any]:
    """The marker outline of each group, in the order of eduia.plots' :data:`MARKERS`."""
    from eduia.plots import MARKERS

    return [marker_path(marker) for marker in MARKERS]


def _build(fig: Figure, prepared: _Prepared) -> dict[str, Any]:
    from matplotlib.collections import LineCollection

    from eduia.plots import set_map_aspect
    from eduia.plots.maps import marker_sizes

    ax = fig.add_subplot()
    sizes = 6 + marker_sizes(prepared.fires) / 4
    communes = ax.scatter(
        prepared.longitude, prepared.latitude, s=sizes, color=_UNASSIGNED, linewidths=0
    )
    trails = ax.add_collection(LineCollection([], colors="black", linewidths=2), autolim=False)
    centres = ax.scatter([], [], s=260, marker="X", edgecolors="black", linewidths=1.5, zorder=3)
    set_map_aspect(ax, prepared.latitude)
    ax.set_xlabel(t("plots.longitude"))
    ax.set_ylabel(t("plots.latitude"))
    title = ax.set_title("", fontsize=12, loc="left")
    text = ax.text(
        0.01,
        0.01,
        "",
        transform=ax.transAxes,
        fontsize=11,
        bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "#cccccc"},
    )
    dynamic(fig, communes, trails, centres)
    kept_texts(fig, title, text)
    return {
        "communes": communes,
        "trails": trails,
        "centres": centres,
        "title": title,
        "text": text,
    }


def _check(k: Any, step: Any, start: Any, seed: Any) -> None:
    check_whole_number("k", k, 2, MAX_K)
    check_whole_number("step", step, 0, MAX_STEP)
    check_choice("start", start, STARTS)
    check_whole_number("seed", seed, 0, MAX_SEED)


def _caption(phase: str, step: int, k: int, weighted: bool, count: int, start: str) -> str:
    if phase == "start":
        key = "start_plusplus" if start == "kmeans++" else "start"
        return t(f"playgrounds.kmeans_steps.{key}", k=k)
    if phase == "done":
        return t("playgrounds.kmeans_steps.done", steps=count - 1)
    if phase == "move" and weighted:
        return t("playgrounds.kmeans_steps.move_weighted", step=step)
    return t(f"playgrounds.kmeans_steps.{phase}", step=step)


def _degrees(prepared: _Prepared, km: np.ndarray) -> np.ndarray:
    return np.column_stack([km[:, 0] / prepared.cos_latitude, km[:, 1]]) / KM_PER_DEGREE


def _inertia_text(value: float, weighted: bool) -> str:
    key = "inertia_weighted" if weighted else "inertia"
    return t(f"playgrounds.kmeans_steps.{key}", value=french_number(value / 1e6, 2))


def _summary(caption: str, run: _Run, shown: int, weighted: bool, start: str, seed: int) -> str:
    parts = [caption]
    if shown >= 1:
        inertia = _inertia_text(run.inertias[shown - 1], weighted)
        if 2 <= shown < len(run.states) - 1:
            before = french_number(run.inertias[shown - 2] / 1e6, 2)
            parts += [inertia, t("playgrounds.kmeans_steps.inertia_before", value=before)]
        else:
            parts.append(f"{inertia}.")
    key = "from_plusplus" if start == "kmeans++" else "from_random"
    parts.append(t(f"playgrounds.kmeans_steps.{key}", seed=seed))
    return " ".join(parts)


def draw_kmeans_steps(
    *,
    k: int = 4,
    step: int = 0,
    to_end: bool = False,
    weighted: bool = False,
    start: str = "random",
    seed: int = SEED,
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> KmeansStepsResult:
    """Draw the map of the communes after ``step`` half-steps of k-means with ``k`` centres.

    Parameters
    ----------
    k : int
        Number of centres (bases), 2 to 8.
    step : int
        0 shows the starting centres; odd steps assign the communes, even steps move the centres
        (0 to 40). Past the end of the run the final state is shown.
    to_end : bool
        Show the final state, when nothing moves any more, whatever ``step``.
    weighted : bool
        Weight each commune by its number of forest fires 1973-2024 (in the moves, the
        k-means++ draws and the inertia).
    start : {"random", "kmeans++"}
        How the starting centres are chosen: ``k`` communes drawn at random, or k-means++.
    seed : int
        The seed of the random draws of the start, 0 to 20: the same seed, the same start.
    data : DataFrame, optional
        The ``communes`` dataset (loaded when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    KmeansStepsResult

    Examples
    --------
    >>> result = draw_kmeans_steps(k=3, step=1, start="kmeans++", seed=2)  # doctest: +SKIP
    >>> result.phase  # doctest: +SKIP
    'assign'
    """
    from eduia.plots import PALETTE

    _check(k, step, start, seed)
    k, seed, weighted = int(k), int(seed), bool(weighted)
    data = load_dataset("communes") if data is None else data
    prepared = memo(data, "kmeans_steps", _prepare)
    run = _run(prepared, k, weighted, start, seed)
    states = run.states
    shown = len(states) - 1 if to_end else min(int(step), len(states) - 1)
    phase = _phase(shown, len(states))
    groups, centres_km = states[shown]
    centres = _degrees(prepared, centres_km)
    fig = fig if fig is not None else new_figure((7.5, 5.5))
    artists = scene(fig, ("kmeans_steps", id(prepared)), lambda f: _build(f, prepared))
    colours = np.array(PALETTE[:k])
    artists["communes"].set_facecolors(colours[groups] if groups is not None else _UNASSIGNED)
    # each group has its shape as well as its colour: readable without colour (issue 19)
    shapes = _group_shapes()
    artists["communes"].set_paths(
        [shapes[0]] if groups is None else [shapes[g % len(shapes)] for g in groups]
    )
    artists["centres"].set_offsets(centres)
    artists["centres"].set_facecolors(colours)
    artists["centres"].set_paths([shapes[g % len(shapes)] for g in range(k)])  # big, outlined
    moves = np.stack([_degrees(prepared, states[shown - 1][1]), centres], axis=1)
    artists["trails"].set_segments(moves if phase == "move" else [])
    caption = _caption(phase, shown, k, weighted, len(states), start)
    artists["title"].set_text(caption)
    distance = _mean_distance(prepared, groups, centres_km, weighted)
    value = run.inertias[shown - 1] if shown >= 1 else None
    key = (
        "playgrounds.kmeans_steps.distance_weighted"
        if weighted
        else "playgrounds.kmeans_steps.distance"
    )
    box = "" if distance is None else t(key, km=french_number(distance, 1))
    if value is not None:
        box = f"{_inertia_text(value, weighted)}\n{box}"
    artists["text"].set_text(box)
    artists["text"].set_visible(distance is not None)
    summary = _summary(caption, run, shown, weighted, start, seed)
    return KmeansStepsResult(
        k,
        shown,
        phase,
        groups,
        centres,
        distance,
        value,
        list(run.inertias),
        start,
        seed,
        summary,
        fig,
    )


def _controls() -> list:
    return [
        int_slider("k", t("playgrounds.kmeans_steps.k"), 2, MAX_K),
        int_slider("step", t("playgrounds.kmeans_steps.step"), 0, MAX_STEP),
        checkbox("to_end", t("playgrounds.kmeans_steps.to_end")),
        checkbox("weighted", t("playgrounds.kmeans_steps.weighted")),
        dropdown(
            "start",
            t("playgrounds.kmeans_steps.start_control"),
            [
                (t("playgrounds.kmeans_steps.start_random"), "random"),
                (t("playgrounds.kmeans_steps.start_plusplus_option"), "kmeans++"),
            ],
        ),
        int_slider("seed", t("playgrounds.kmeans_steps.seed"), 0, MAX_SEED),
    ]


@playground(
    draw=draw_kmeans_steps,
    controls=_controls,
    title="playgrounds.kmeans_steps.title",
    figsize=(7.5, 5.5),
)
def kmeans_steps() -> None:
    """The lesson-06 playground: k-means step by step on the map (assign, then move the centres).

    The inertia is shown at each step; the start is ``k`` communes drawn at random with
    ``seed``, or k-means++ (``start="kmeans++"``). Under nbgrader autograding it returns a
    placeholder and computes nothing.
    """
