"""Lesson 05 playgrounds: evaluate a model honestly.

- :func:`threshold`: a model estimates, for each test day, the probability of an ozone episode;
  the pupil chooses the alert threshold and sees the confusion matrix in French words
  (:func:`eduia.plots.confusion_matrix`) change live: fewer missed alerts cost more false ones.
- :func:`complexity_curve`: training and test scores of decision trees against their depth
  (:func:`eduia.plots.score_curve`); the slider marks one depth and says how far apart the two
  scores are, so that over-fitting shows as a growing gap.

Both learn once on 70 % of the days (fixed seed) and score on the other 30 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    above,
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
    NEGATIVE_COLOUR,
    POSITIVE_COLOUR,
    check_range,
    check_whole_number,
    depth_score_curve,
    french_number,
    percent,
    ring_marker,
    split_train_test,
    trees_by_depth,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

THRESHOLD_DATASET = "qualite_air"
THRESHOLD_FEATURES = ("temperature_max_c", "ensoleillement_h", "vent_m_s")
THRESHOLD_TARGET = "episode"
CURVE_DATASET = "jours_risque_incendie"
CURVE_FEATURES = ("temperature_c", "humidite_pct", "vent_km_h", "jours_sans_pluie")
CURVE_TARGET = "feu"
MAX_DEPTH = 20
_BINS = np.linspace(0, 1, 41)
_THRESHOLD_FIGSIZE = (10.5, 4.5)


def _split(data: pd.DataFrame, features: Sequence[str], target: str) -> tuple[np.ndarray, ...]:
    """Features and 0/1 labels, split 70 % / 30 % with a fixed seed, keeping the share of 1s."""
    require_columns(data, [*features, target])
    table = data[[*features, target]].dropna()
    labels = table[target].to_numpy()
    if len(table) < 10 or set(np.unique(labels)) != {0, 1}:
        raise PlaygroundError(t("playgrounds.threshold.need_both_classes", target=target))
    return split_train_test(table[list(features)].to_numpy(dtype=float), labels.astype(int))


# --- threshold ---------------------------------------------------------------------------------


@dataclass
class ThresholdResult:
    """The alerts given at one threshold on the test days, and their confusion counts."""

    threshold: float
    probabilities: np.ndarray
    truth: np.ndarray
    alerts: np.ndarray
    counts: dict[str, int]  # true_positives, false_negatives, false_positives, true_negatives
    precision: float  # share of alerts that were right
    recall: float  # share of episodes that got an alert
    summary: str
    figure: Figure


@dataclass
class _Scored:
    probabilities: np.ndarray
    truth: np.ndarray


def _score_days(data: pd.DataFrame, features: Sequence[str], target: str) -> _Scored:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x_train, x_test, y_train, y_test = _split(data, features, target)
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(x_train, y_train)
    return _Scored(model.predict_proba(x_test)[:, 1], y_test)


def _build_threshold(fig: Figure, scored: _Scored) -> dict[str, Any]:
    from eduia.plots import confusion_matrix

    matrix_ax, histogram_ax = fig.subplots(1, 2, width_ratios=(1.2, 1))
    names = (t("playgrounds.threshold.no_episode"), t("playgrounds.threshold.episode"))
    confusion_matrix(truth=scored.truth, prediction=scored.truth, names=names, ax=matrix_ax)
    # the two classes differ by hatching as well as colour: readable without colour (issue 19)
    classes = ((0, NEGATIVE_COLOUR, names[0], None), (1, POSITIVE_COLOUR, names[1], "//"))
    for value, colour, name, hatch in classes:
        histogram_ax.hist(
            scored.probabilities[scored.truth == value],
            bins=_BINS,
            color=colour,
            alpha=0.6,
            hatch=hatch,
            label=name,
        )
    histogram_ax.set_yscale("log")
    histogram_ax.set_xlabel(t("playgrounds.threshold.probability"))
    histogram_ax.set_ylabel(t("playgrounds.threshold.days"))
    line = histogram_ax.axvline(
        0.5, color="black", linewidth=2.5, label=t("playgrounds.threshold.threshold")
    )
    legend = histogram_ax.legend(fontsize=9, loc="upper right")
    cells = list(matrix_ax.texts[:4])  # in the order of eduia.plots.evaluation.CELLS
    dynamic(fig, line)
    kept_texts(fig, *cells)
    above(fig, legend)  # the legend stays above the moving line, as in a full draw
    return {"line": line, "cells": cells}


def draw_threshold(
    *,
    threshold: float = 0.5,
    data: pd.DataFrame | None = None,
    features: Sequence[str] = THRESHOLD_FEATURES,
    target: str = THRESHOLD_TARGET,
    fig: Figure | None = None,
) -> ThresholdResult:
    """Alert on the test days whose estimated probability is at least ``threshold``.

    Parameters
    ----------
    threshold : float
        Between 0 and 1: give the alert when the model's probability reaches it.
    data : DataFrame, optional
        The days (``qualite_air`` when omitted).
    features, target : columns
        What the model (a logistic regression) reads, and the 0/1 column it predicts.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    ThresholdResult
        The alerts, the four confusion counts, the precision and the recall.

    Examples
    --------
    >>> result = draw_threshold(threshold=0.3)  # doctest: +SKIP
    >>> sum(result.counts.values()) == len(result.truth)  # doctest: +SKIP
    True
    """
    from eduia.plots import confusion_counts
    from eduia.plots.evaluation import CELLS

    data = load_dataset(THRESHOLD_DATASET) if data is None else data
    features = tuple(features)
    scored = memo(
        data, f"threshold:{features}:{target}", lambda frame: _score_days(frame, features, target)
    )
    check_range(t("playgrounds.threshold.threshold"), threshold, 0.0, 1.0)
    alerts = (scored.probabilities >= threshold).astype(int)
    counts = confusion_counts(scored.truth, alerts, positive=1)
    fig = fig if fig is not None else new_figure(_THRESHOLD_FIGSIZE)
    artists = scene(fig, ("threshold", id(scored)), lambda f: _build_threshold(f, scored))
    artists["line"].set_xdata([threshold, threshold])
    for cell, name in zip(artists["cells"], CELLS.values()):
        cell.set_text(f"{counts[name]}\n{t('plots.' + name)}")
    said, happened = counts["true_positives"] + counts["false_positives"], int(scored.truth.sum())
    precision = counts["true_positives"] / said if said else 0.0
    recall = counts["true_positives"] / happened if happened else 0.0
    summary = t(
        "playgrounds.threshold.summary",
        threshold=french_number(threshold, 2),
        alerts=said,
        right=counts["true_positives"],
        missed=counts["false_negatives"],
        false_alerts=counts["false_positives"],
        precision=percent(precision),
        recall=percent(recall),
    )
    return ThresholdResult(
        float(threshold),
        scored.probabilities,
        scored.truth,
        alerts,
        counts,
        precision,
        recall,
        summary,
        fig,
    )


@playground(
    draw=draw_threshold,
    controls=lambda: [
        float_slider("threshold", t("playgrounds.threshold.threshold"), 0.0, 1.0, step=0.01)
    ],
    title="playgrounds.threshold.title",
    figsize=_THRESHOLD_FIGSIZE,
)
def threshold() -> None:
    """The lesson-05 playground: an alert threshold and the live confusion matrix in words.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """


# --- complexity_curve --------------------------------------------------------------------------


@dataclass
class ComplexityResult:
    """Training and test accuracy of the tree of the chosen depth (and of every depth)."""

    depth: int
    train_accuracy: float
    test_accuracy: float
    curve: dict[int, tuple[float, float]]  # depth -> (train, test)
    summary: str
    figure: Figure


def _score_depths(
    data: pd.DataFrame, features: Sequence[str], target: str
) -> dict[int, tuple[float, float]]:
    x_train, x_test, y_train, y_test = _split(data, features, target)
    _, curve = trees_by_depth((x_train, y_train), (x_test, y_test), MAX_DEPTH)
    return curve


def _build_curve(fig: Figure, curve: dict[int, tuple[float, float]]) -> dict[str, Any]:
    ax = fig.add_subplot()
    depth_score_curve(ax, curve)
    low, high = ax.get_ylim()
    (gap,) = ax.plot([], [], color="black", linewidth=6, alpha=0.35, solid_capstyle="butt")
    marker = ring_marker(ax, 15)
    ax.set_ylim(low, high)
    dynamic(fig, gap, marker)
    above(fig, ax.get_legend())  # the legend stays above the marker, as in a full draw
    return {"gap": gap, "marker": marker}


def draw_complexity_curve(
    *,
    depth: int = 3,
    data: pd.DataFrame | None = None,
    features: Sequence[str] = CURVE_FEATURES,
    target: str = CURVE_TARGET,
    fig: Figure | None = None,
) -> ComplexityResult:
    """Training and test accuracy of decision trees of every depth, with ``depth`` marked.

    Parameters
    ----------
    depth : int
        The depth to look at, from 1 to 20.
    data : DataFrame, optional
        The examples (``jours_risque_incendie`` when omitted).
    features, target : columns
        What the trees read, and the 0/1 column they predict.
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    ComplexityResult
        The two scores at ``depth`` and the whole curve.

    Examples
    --------
    >>> result = draw_complexity_curve(depth=15)  # doctest: +SKIP
    >>> result.train_accuracy > result.test_accuracy  # doctest: +SKIP
    True
    """
    data = load_dataset(CURVE_DATASET) if data is None else data
    features = tuple(features)
    curve = memo(
        data,
        f"complexity_curve:{features}:{target}",
        lambda frame: _score_depths(frame, features, target),
    )
    check_whole_number(
        t("playgrounds.tree_depth_label"), depth, 1, MAX_DEPTH, "playgrounds.tree_depth.not_integer"
    )
    fig = fig if fig is not None else new_figure()
    artists = scene(fig, ("complexity_curve", id(curve)), lambda f: _build_curve(f, curve))
    train_accuracy, test_accuracy = curve[depth]
    artists["marker"].set_data([depth, depth], [train_accuracy, test_accuracy])
    artists["gap"].set_data([depth, depth], [train_accuracy, test_accuracy])
    gap = 100 * (train_accuracy - test_accuracy)
    summary = t(
        "playgrounds.complexity_curve.summary",
        depth=depth,
        train=percent(train_accuracy),
        test=percent(test_accuracy),
        gap=french_number(gap, 1),
    )
    if gap >= 5:
        summary += "\n" + t("playgrounds.complexity_curve.overfitting")
    return ComplexityResult(int(depth), train_accuracy, test_accuracy, dict(curve), summary, fig)


@playground(
    draw=draw_complexity_curve,
    controls=lambda: [int_slider("depth", t("playgrounds.tree_depth_label"), 1, MAX_DEPTH)],
    title="playgrounds.complexity_curve.title",
)
def complexity_curve() -> None:
    """The lesson-05 playground: training and test scores against the depth of a tree.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
