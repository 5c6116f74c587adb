"""Charts that judge a model: the confusion matrix in words, and scores against complexity.

Colour is never alone: each cell of the matrix is named in words (right answers in bold), and
the two score curves differ by marker shape and line style as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from eduia.i18n import french_number, t
from eduia.plots._columns import PlotError, check_table, numeric, resolve
from eduia.plots._style import (
    BINARY_COLOURS,
    FONT_SIZES,
    column_label,
    finish_axes,
    get_axes,
    named,
    set_summary,
)

#: The four cells, in reading order: (truth is positive, prediction is positive) → name.
#: Each name's French words are the message ``plots.<name>`` (« fausses alertes »...).
CELLS = {
    (True, True): "true_positives",
    (True, False): "false_negatives",
    (False, True): "false_positives",
    (False, False): "true_negatives",
}
_CORRECT, _WRONG = "#D9F0E6", "#FBE3D1"  # pale green for right answers, pale orange for mistakes


def confusion_counts(truth: Any, prediction: Any, positive: Any = 1) -> dict[str, int]:
    """How many true positives, missed alarms, false alarms and true negatives.

    Examples
    --------
    >>> confusion_counts([1, 1, 1, 0], [1, 0, 1, 1])
    {'true_positives': 2, 'false_negatives': 1, 'false_positives': 1, 'true_negatives': 0}
    """
    truth, prediction = np.asarray(truth), np.asarray(prediction)
    if truth.shape != prediction.shape:
        raise PlotError(
            t(
                "plots.length_mismatch",
                argument="prediction",
                received=prediction.size,
                expected=truth.size,
            )
        )
    values = sorted(set(truth.tolist()) | set(prediction.tolist()), key=str)
    if positive not in values and len(values) > 1:  # all « no » is a fine (if dull) answer
        raise PlotError(t("plots.unknown_positive", positive=positive, values=values))
    if len(values) > 2:
        raise PlotError(t("plots.too_many_classes", count=len(values), values=values))
    is_true, said = truth == positive, prediction == positive
    return {
        name: int(np.sum((is_true == real) & (said == guess)))
        for (real, guess), name in CELLS.items()
    }


def confusion_matrix(
    data: pd.DataFrame | None = None,
    *,
    truth: Any = None,
    prediction: Any = None,
    positive: Any = 1,
    names: Sequence[str] | None = None,
    title: str | None = None,
    ax: Any = None,
) -> Any:
    """The confusion matrix of a yes/no prediction, each cell named in French words.

    Parameters
    ----------
    data : DataFrame, optional
        The table; ``truth`` and ``prediction`` then name its columns.
    truth, prediction : str or array-like
        What really happened, and what the model said.
    positive : object
        The value meaning « yes » (a fire, an ozone episode); 1 by default.
    names : pair of str, optional
        How to call « no » and « yes », e.g. ``("pas d'épisode", "épisode")``.
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words (the four counts) is :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> ax = confusion_matrix(truth=[1, 1, 0, 0], prediction=[1, 0, 1, 0], names=("calme", "feu"))
    """
    data = check_table(data)
    truth_values, _ = resolve(data, truth, "truth")
    prediction_values, _ = resolve(data, prediction, "prediction")
    counts = list(
        confusion_counts(truth_values.to_numpy(), prediction_values.to_numpy(), positive).values()
    )
    no, yes = names or (t("plots.negative"), t("plots.positive", value=positive))
    ax = get_axes(ax)
    for index, ((real, guess), name) in enumerate(CELLS.items()):
        row, column = (0 if real else 1), (0 if guess else 1)
        ax.add_patch(_cell(column, row, _CORRECT if real == guess else _WRONG))
        ax.text(
            column,
            row,
            f"{counts[index]}\n{t('plots.' + name)}",
            ha="center",
            va="center",
            fontsize=FONT_SIZES["annotation"] + 2,
            fontweight="bold" if real == guess else "normal",
        )
    ax.set_xlim(-0.5, 1.5)
    ax.set_ylim(1.5, -0.5)
    ax.set_xticks([0, 1], [yes, no])
    ax.set_yticks([0, 1], [yes, no])
    ax.xaxis.set_label_position("top")
    ax.xaxis.tick_top()
    tp, fn, fp, tn = counts
    set_summary(ax, t("plots.summary.confusion", tp=tp, fn=fn, fp=fp, tn=tn))
    return finish_axes(ax, xlabel=t("plots.prediction"), ylabel=t("plots.truth"), title=title)


def _cell(column: int, row: int, colour: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(
        (column - 0.5, row - 0.5), 1, 1, facecolor=colour, edgecolor="white", linewidth=3
    )


def score_curve(
    data: pd.DataFrame | None = None,
    *,
    x: Any = None,
    train: Any = None,
    test: Any = None,
    title: str | None = None,
    ax: Any = None,
) -> Any:
    """Training and test scores against model complexity, with the best test score marked.

    Parameters
    ----------
    data : DataFrame, optional
        One row per complexity; ``x``, ``train`` and ``test`` then name its columns.
    x : str or array-like
        The complexity (tree depth, number of neighbours...).
    train, test : str or array-like
        The score on the training data and on the test data.
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words (the best test score) is :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> scores = pd.DataFrame({"profondeur": [1, 2, 3], "entrainement": [0.7, 0.8, 1.0],
    ...                        "test": [0.68, 0.75, 0.7]})
    >>> ax = score_curve(scores, x="profondeur", train="entrainement", test="test")
    """
    data = check_table(data)
    x_values, x_name = resolve(data, x, "x")
    complexity = numeric(x_values, "x", x_name)
    train_scores = numeric(resolve(data, train, "train")[0], "train", str(train))
    test_scores = numeric(resolve(data, test, "test")[0], "test", str(test))
    ax = get_axes(ax)
    ax.plot(
        complexity,
        train_scores,
        "o-",
        color=BINARY_COLOURS[0],
        linewidth=2.5,
        label=t("plots.train_score"),
    )
    ax.plot(
        complexity,
        test_scores,
        "s--",
        color=BINARY_COLOURS[1],
        linewidth=2.5,
        label=t("plots.test_score"),
    )
    words = t("plots.summary.scores_no_best", x=named(x_name))
    if np.isfinite(test_scores).any():
        best = int(np.nanargmax(test_scores))
        words = t(
            "plots.summary.scores",
            x=named(x_name),
            best=french_number(float(test_scores[best]), 2),
            at=f"{complexity[best]:g}",
        )
        ax.axvline(
            complexity[best],
            color="#555555",
            linestyle=":",
            linewidth=1.5,
            label=t("plots.best_test", value=f"{complexity[best]:g}"),
        )
    ax.legend(fontsize=FONT_SIZES["legend"])
    set_summary(ax, words)
    ax.grid(alpha=0.3)
    return finish_axes(ax, xlabel=column_label(x_name), ylabel=t("plots.score"), title=title)
