"""Lesson 01 playground: the pupil's own rule against a rule learned from the data.

The pupil writes a rule with two sliders, « alerte s'il fait au moins T °C et qu'il tombe au
plus P mm de pluie », and sees it as a dashed box over the real days of 2024 in the
Bouches-du-Rhône (``feux_meteo_jour``). A decision tree of depth 1 or 2 learns its own rule from
the same two measurements; its alert zone is shaded. Both rules are scored live on every day:
share of days rightly predicted, share of fires detected, number of false alerts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    dynamic,
    float_slider,
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
    check_range,
    class_picture,
    display_sample,
    french_number,
    grid_points,
    percent,
    region_image,
    scatter_classes,
)
from eduia.playgrounds._fire_days import (
    DATASET,
    LABEL,
    RAIN,
    TEMPERATURE,
    axis_to_rain,
    label_axes,
    rain_to_axis,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

X, Y = TEMPERATURE, RAIN
DEPTHS = (1, 2)
RAIN_MAX = 500.0  # mm: any day's rain; the slider stops at RAIN_SLIDER_MAX, where fires stop
RAIN_SLIDER_MAX = 20.0
_GRID = (160, 120)
_ZONE_COLOUR, _ZONE_ALPHA = "#E69F00", 0.33


@dataclass
class RuleScore:
    """How well a rule predicts: right days, fires detected, false alerts."""

    accuracy: float
    detected: float  # share of fire days with an alert (recall)
    false_alerts: int


@dataclass
class RuleVsLearnedResult:
    """Both rules' predictions for every day, and their scores."""

    pupil_predictions: np.ndarray
    learned_predictions: np.ndarray
    pupil: RuleScore
    learned: RuleScore
    learned_rule: str
    summary: str
    figure: Figure


@dataclass
class _Prepared:
    x: np.ndarray
    rain: np.ndarray  # mm
    y: np.ndarray  # the rain's position on the square-root axis
    label: np.ndarray
    shown: np.ndarray
    extent: tuple[float, float, float, float]
    grid: np.ndarray
    learned: dict[int, tuple[np.ndarray, np.ndarray, str]]  # depth -> (days, RGBA zone, rule text)


def _prepare(data: pd.DataFrame) -> _Prepared:
    require_columns(data, (X, Y, LABEL))
    table = data[[X, Y, LABEL]].dropna()
    if len(table) == 0 or table[LABEL].nunique() < 2:
        raise PlaygroundError(t("playgrounds.rule_vs_learned.need_both_classes"))
    x, rain = table[X].to_numpy(dtype=float), table[Y].to_numpy(dtype=float)
    y = rain_to_axis(rain)
    extent = (x.min() - 1, x.max() + 1, 0.0, y.max() + 0.3)
    grid = grid_points(extent, _GRID)
    grid = np.column_stack([grid[:, 0], axis_to_rain(grid[:, 1])])  # the trees read millimetres
    labels = table[LABEL].to_numpy(dtype=int)
    prepared = _Prepared(x, rain, y, labels, display_sample(len(x)), extent, grid, {})
    for depth in DEPTHS:  # two small trees: learn both now, so that no update waits for one
        _learn(prepared, depth)
    return prepared


def _describe(tree: Any) -> str:
    """The learned rule in French words: the conditions leading to an alert, joined by « ou »."""
    structure = tree.tree_
    names = {0: (t("playgrounds.temperature_word"), "°C"), 1: (t("playgrounds.rain_word"), "mm")}
    paths: list[str] = []

    def walk(node: int, conditions: list[str]) -> None:
        if structure.children_left[node] == -1:
            if np.argmax(structure.value[node][0]) == 1:
                paths.append(" et ".join(conditions) or t("playgrounds.rule_vs_learned.always"))
            return
        (name, unit), cut = names[structure.feature[node]], structure.threshold[node]
        cut = f"{french_number(cut, 1)} {unit}"
        walk(structure.children_left[node], [*conditions, f"{name} ≤ {cut}"])
        walk(structure.children_right[node], [*conditions, f"{name} > {cut}"])

    walk(0, [])
    return " ; ".join(paths) if paths else t("playgrounds.rule_vs_learned.never")


def _learn(prepared: _Prepared, depth: int) -> tuple[np.ndarray, np.ndarray, str]:
    if depth not in prepared.learned:
        from sklearn.tree import DecisionTreeClassifier

        features = np.column_stack([prepared.x, prepared.rain])
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(features, prepared.label)
        alerts = tree.predict(prepared.grid).reshape(_GRID[1], _GRID[0])
        grid = class_picture(alerts, ["#ffffff", _ZONE_COLOUR], alpha=_ZONE_ALPHA)
        grid[alerts == 0, 3] = 0  # no colour where the learned rule gives no alert
        prepared.learned[depth] = (tree.predict(features), grid, _describe(tree))
    return prepared.learned[depth]


def score_rule(predictions: np.ndarray, truth: np.ndarray) -> RuleScore:
    """Share of right days, share of fires detected and number of false alerts of a rule.

    Examples
    --------
    >>> score_rule(np.array([1, 0, 1]), np.array([1, 0, 0]))
    RuleScore(accuracy=0.6666666666666666, detected=1.0, false_alerts=1)
    """
    fires = truth == 1
    detected = float(predictions[fires].mean()) if fires.any() else 0.0
    return RuleScore(
        float((predictions == truth).mean()), detected, int((predictions[~fires] == 1).sum())
    )


def _build(fig: Figure, prepared: _Prepared) -> dict[str, Any]:
    from matplotlib.patches import Rectangle

    ax = fig.add_subplot()
    zone = region_image(ax, prepared.learned[DEPTHS[0]][1], prepared.extent)
    names = (t("playgrounds.rule_vs_learned.no_fire"), t("playgrounds.rule_vs_learned.fire"))
    points = scatter_classes(
        ax, prepared.x, prepared.y, prepared.label, prepared.shown, names, size=14, alpha=0.6
    )
    box = ax.add_patch(
        Rectangle(
            (0, 0),
            0,
            0,
            fill=False,
            linestyle="--",
            linewidth=2.5,
            edgecolor="black",
            label=t("playgrounds.rule_vs_learned.your_rule"),
        )
    )
    ax.add_patch(
        Rectangle(
            (0, 0),
            0,
            0,
            color=_ZONE_COLOUR,
            alpha=_ZONE_ALPHA,
            label=t("playgrounds.rule_vs_learned.learned_zone"),
        )
    )
    ax.set_xlim(*prepared.extent[:2])
    ax.set_ylim(*prepared.extent[2:])
    label_axes(ax, prepared.extent[3])
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    learned_text = fig.text(0.01, 0.01, "", fontsize=9, va="bottom")
    fig.get_layout_engine().set(rect=(0, 0.06, 1, 0.94))
    dynamic(fig, zone, *points, box)  # the points stay above the learned zone
    kept_texts(fig, learned_text)
    return {"zone": zone, "box": box, "learned_text": learned_text}


def draw_rule_vs_learned(
    *,
    temperature: float = 28.0,
    rain: float = 1.0,
    depth: int = 2,
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> RuleVsLearnedResult:
    """Score the rule « alerte si température ≥ ``temperature`` et pluie ≤ ``rain`` mm ».

    Parameters
    ----------
    temperature : float
        The pupil's temperature threshold (°C): an alert needs at least this temperature.
    rain : float
        The pupil's rain threshold (mm): an alert needs at most this much rain that day.
    depth : int
        Depth of the learned decision tree (1 or 2).
    data : DataFrame, optional
        Days with ``tx_moy_c``, ``pluie_moy_mm`` and ``feu`` (the real ``feux_meteo_jour``
        when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    RuleVsLearnedResult
        Both rules' predictions for every day, their scores, the learned rule in words.

    Examples
    --------
    >>> result = draw_rule_vs_learned(temperature=28, rain=1)  # doctest: +SKIP
    >>> round(result.pupil.accuracy, 2)  # doctest: +SKIP
    0.78
    """
    data = load_dataset(DATASET) if data is None else data
    prepared = memo(data, "rule_vs_learned", _prepare)
    check_range(t("playgrounds.rule_vs_learned.depth"), depth, min(DEPTHS), max(DEPTHS))
    check_range(t("playgrounds.rule_vs_learned.rain"), rain, 0, RAIN_MAX)
    check_range(t("playgrounds.rule_vs_learned.temperature"), temperature, -30, 60)
    pupil = ((prepared.x >= temperature) & (prepared.rain <= rain)).astype(int)
    learned, grid, rule = _learn(prepared, int(depth))
    pupil_score, learned_score = (
        score_rule(pupil, prepared.label),
        score_rule(learned, prepared.label),
    )
    fig = fig if fig is not None else new_figure()
    artists = scene(fig, ("rule_vs_learned", id(prepared)), lambda f: _build(f, prepared))
    artists["zone"].set_data(grid)
    artists["learned_text"].set_text(t("playgrounds.rule_vs_learned.learned_rule", rule=rule))
    artists["box"].set_bounds(
        temperature,
        prepared.extent[2],
        prepared.extent[1] - temperature,
        float(rain_to_axis(rain)) - prepared.extent[2],
    )
    summary = "\n".join(
        [
            _score_line("playgrounds.rule_vs_learned.pupil_score", pupil_score),
            _score_line("playgrounds.rule_vs_learned.learned_score", learned_score, depth=depth),
            t("playgrounds.rule_vs_learned.learned_rule", rule=rule),
        ]
    )
    return RuleVsLearnedResult(pupil, learned, pupil_score, learned_score, rule, summary, fig)


def _score_line(key: str, score: RuleScore, **fields: Any) -> str:
    return t(
        key,
        accuracy=percent(score.accuracy),
        detected=percent(score.detected),
        false_alerts=french_number(score.false_alerts),
        **fields,
    )


def _controls(data: pd.DataFrame | None) -> list:
    frame = load_dataset(DATASET) if data is None else data
    require_columns(frame, (X, Y, LABEL))
    low, high = np.floor(frame[X].min()), np.ceil(frame[X].max())
    return [
        float_slider(
            "temperature",
            t("playgrounds.rule_vs_learned.temperature"),
            float(low),
            float(high),
            step=0.5,
        ),
        float_slider("rain", t("playgrounds.rule_vs_learned.rain"), 0.0, RAIN_SLIDER_MAX, step=0.5),
        int_slider("depth", t("playgrounds.rule_vs_learned.depth"), min(DEPTHS), max(DEPTHS)),
    ]


@playground(
    draw=draw_rule_vs_learned, controls=_controls, title="playgrounds.rule_vs_learned.title"
)
def rule_vs_learned() -> None:
    """The lesson-01 playground: your threshold rule against a learned rule, scored live.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
