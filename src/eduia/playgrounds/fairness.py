"""Lesson 10 playground: error rates by département, before and after correcting the data.

In the real fire database (BDIFF) some places and years were simply not recorded: the
Alpes-de-Haute-Provence have no fire at all for 1973-1977, which means « not collected », not
« no fire ». This playground replays that gap on the fire-risk days: in one département, the
first part of the period has no fire record. *Before correction* those days are counted as
« pas de feu »; *after correction* they are left out of training. A model (logistic regression
on the weather and the département, balanced between fire and no-fire days) is trained both
ways and judged on the same test days, whose records are complete. The bars compare each
département's error, missed fires or false alarms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
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
    departement_label,
    percent,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

WEATHER = ("temperature_c", "humidite_pct", "vent_km_h", "jours_sans_pluie")
COLUMNS = ("date", "zone", *WEATHER, "feu")
MEASURES = ("error", "missed", "false_alarm")
TEST_SHARE = 0.3
SEED = 10
PENALTY = 1.0  # L2 penalty of the logistic regression (scikit-learn's C = 1 / PENALTY)


def fit_logistic(
    X: np.ndarray, y: np.ndarray, penalty: float = PENALTY, iterations: int = 25
) -> np.ndarray:
    """Weights of a balanced logistic regression by Newton's method; column 0 is the intercept.

    Each class weighs as much as the other in total (scikit-learn's ``class_weight="balanced"``);
    the L2 penalty leaves the intercept free.

    Examples
    --------
    >>> X = np.column_stack([np.ones(4), [0.0, 1.0, 2.0, 3.0]])
    >>> weights = fit_logistic(X, np.array([0, 0, 1, 1]))
    >>> bool(weights[1] > 0)
    True
    """
    counts = np.bincount(y, minlength=2).astype(float)
    sample_weight = len(y) / (2 * np.maximum(counts, 1))[y]
    ridge = penalty * np.eye(X.shape[1])
    ridge[0, 0] = 0.0
    weights = np.zeros(X.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ weights)))
        gradient = X.T @ (sample_weight * (p - y)) + ridge @ weights
        hessian = (X * (sample_weight * p * (1 - p))[:, None]).T @ X + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-8:  # Newton's method converges in a handful of steps
            break
    return weights


@dataclass
class FairnessResult:
    """Each département's rate (of ``measure``) on the test days, before and after correction."""

    departement: str
    gap: int
    measure: str
    before: dict[str, float]
    after: dict[str, float]
    figure: Figure


@dataclass
class _Prepared:
    X: np.ndarray  # intercept, scaled weather, one column per département
    y: np.ndarray
    zone: np.ndarray
    position: np.ndarray  # 0 for the first day of the period, 1 for the last
    train: np.ndarray  # boolean mask
    codes: list[str]
    cache: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def _prepare(data: pd.DataFrame) -> _Prepared:
    import pandas as pd

    require_columns(data, COLUMNS)
    if len(data) < 20 or data["feu"].nunique() != 2:
        raise PlaygroundError(t("playgrounds.empty_data"))
    weather = data[list(WEATHER)].to_numpy(dtype=float)
    weather = (weather - weather.mean(axis=0)) / np.where(
        weather.std(axis=0) > 0, weather.std(axis=0), 1
    )
    zone = data["zone"].astype(str).to_numpy()
    codes = sorted(set(zone))
    one_hot = (zone[:, None] == np.array(codes)[None, :]).astype(float)
    days = pd.to_datetime(data["date"]).to_numpy().astype("datetime64[D]").astype(float)
    position = (days - days.min()) / max(days.max() - days.min(), 1)
    train = np.random.default_rng(SEED).random(len(data)) >= TEST_SHARE
    X = np.column_stack([np.ones(len(data)), weather, one_hot])
    return _Prepared(X, data["feu"].to_numpy(dtype=int), zone, position, train, codes)


def predictions(prepared: _Prepared, departement: str, gap: int) -> tuple[np.ndarray, np.ndarray]:
    """Test-day predictions of the model trained before and after correcting the gap (cached).

    Examples
    --------
    >>> from eduia.playgrounds._base import load_dataset
    >>> prepared = _prepare(load_dataset("jours_risque_incendie"))  # doctest: +SKIP
    >>> before, after = predictions(prepared, "04", 100)  # doctest: +SKIP
    """
    from threadpoolctl import threadpool_limits

    key = (departement, gap)
    if key not in prepared.cache:
        unrecorded = (prepared.zone == departement) & (prepared.position < gap / 100)
        # « not collected » read as « no fire »
        recorded_labels = np.where(unrecorded, 0, prepared.y)
        # matrices of 11 columns: one BLAS thread is faster, and leaves the other core free
        with threadpool_limits(1, user_api="blas"):
            before = fit_logistic(prepared.X[prepared.train], recorded_labels[prepared.train])
            kept = prepared.train & ~unrecorded
            after = fit_logistic(prepared.X[kept], prepared.y[kept])
        test = prepared.X[~prepared.train]
        prepared.cache[key] = ((test @ before > 0).astype(int), (test @ after > 0).astype(int))
    return prepared.cache[key]


def rates(
    truth: np.ndarray, predicted: np.ndarray, zone: np.ndarray, codes: list[str], measure: str
) -> dict[str, float]:
    """The ``measure`` of each département: error rate, share of fires missed, or of false alarms.

    Examples
    --------
    >>> rates(np.array([1, 0]), np.array([0, 0]), np.array(["04", "04"]), ["04"], "missed")
    {'04': 1.0}
    """
    result = {}
    for code in codes:
        rows = zone == code
        if measure == "missed":
            rows &= truth == 1
        elif measure == "false_alarm":
            rows &= truth == 0
        result[code] = float(np.mean(predicted[rows] != truth[rows])) if rows.any() else 0.0
    return result


def _build(fig: Figure, codes: list[str]) -> dict[str, Any]:
    from eduia.plots import BINARY_COLOURS, DEPARTEMENT_NAMES

    ax = fig.add_subplot()
    positions = np.arange(len(codes))
    top = 1.45  # room above the bars for the legend
    highlight = ax.axvspan(-0.5, 0.5, ymax=1 / top, color="#F0E442", alpha=0.35, linewidth=0)
    before = ax.bar(
        positions - 0.2,
        np.zeros(len(codes)),
        width=0.4,
        color=BINARY_COLOURS[1],
        alpha=0.55,
        hatch="//",
        label=t("playgrounds.fairness.before"),
    )
    after = ax.bar(
        positions + 0.2,
        np.zeros(len(codes)),
        width=0.4,
        color=BINARY_COLOURS[0],
        label=t("playgrounds.fairness.after"),
    )
    names = [f"{code}\n{DEPARTEMENT_NAMES.get(code, '')}".replace("-", "-\n", 1) for code in codes]
    ax.set_xticks(positions, names, fontsize=9)
    ax.set_xlim(-0.5, len(codes) - 0.5)
    ax.set_ylim(0, top)
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.legend(loc="upper left", fontsize=9, framealpha=1)
    ylabel = ax.set_ylabel("")
    summary = ax.set_title("", fontsize=11, loc="left")
    dynamic(fig, highlight, *before, *after)
    kept_texts(fig, ylabel, summary)
    return {
        "highlight": highlight,
        "before": before,
        "after": after,
        "ylabel": ylabel,
        "summary": summary,
    }


def _check(departement: Any, gap: Any, measure: Any, codes: list[str]) -> None:
    check_choice(t("playgrounds.fairness.departement"), departement, codes)
    check_choice(t("playgrounds.fairness.measure"), measure, MEASURES)
    check_whole_number("gap", gap, 0, 100)


def draw_fairness(
    *,
    departement: str = "04",
    gap: int = 50,
    measure: str = "missed",
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> FairnessResult:
    """Compare each département's ``measure`` before and after correcting ``departement``'s gap.

    Parameters
    ----------
    departement : str
        The département whose first ``gap`` % of days have no fire record (``"04"``...).
    gap : int
        Share of the period without records, in percent (0 to 100).
    measure : str
        ``"error"`` (all test days), ``"missed"`` (fire days the model misses) or
        ``"false_alarm"`` (calm days the model flags).
    data : DataFrame, optional
        The ``jours_risque_incendie`` dataset (loaded when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    FairnessResult

    Examples
    --------
    >>> result = draw_fairness(departement="04", gap=100)  # doctest: +SKIP
    >>> result.before["04"] > result.after["04"]  # doctest: +SKIP
    True
    """
    from eduia.plots import DEPARTEMENT_NAMES

    data = load_dataset("jours_risque_incendie") if data is None else data
    prepared = memo(data, "fairness", _prepare)
    _check(departement, gap, measure, prepared.codes)
    before_predicted, after_predicted = predictions(prepared, departement, int(gap))
    truth, zone = prepared.y[~prepared.train], prepared.zone[~prepared.train]
    before = rates(truth, before_predicted, zone, prepared.codes, measure)
    after = rates(truth, after_predicted, zone, prepared.codes, measure)
    fig = fig if fig is not None else new_figure((8.5, 5.0))
    artists = scene(fig, ("fairness", id(prepared)), lambda f: _build(f, prepared.codes))
    for index, code in enumerate(prepared.codes):
        artists["before"][index].set_height(before[code])
        artists["after"][index].set_height(after[code])
    chosen = prepared.codes.index(departement)
    artists["highlight"].set_x(chosen - 0.5)
    label = t(f"playgrounds.fairness.{measure}")
    artists["ylabel"].set_text(label)
    artists["summary"].set_text(
        t(
            "playgrounds.fairness.summary",
            name=DEPARTEMENT_NAMES.get(departement, departement),
            measure=label,
            before=percent(before[departement]),
            after=percent(after[departement]),
            gap=int(gap),
        )
    )
    return FairnessResult(departement, int(gap), measure, before, after, fig)


def _controls(data: pd.DataFrame | None) -> list:
    from eduia.plots import DEPARTEMENT_NAMES

    data = load_dataset("jours_risque_incendie") if data is None else data
    codes = sorted(set(data["zone"].astype(str)))
    return [
        dropdown(
            "departement",
            t("playgrounds.fairness.departement"),
            [(departement_label(code, DEPARTEMENT_NAMES), code) for code in codes],
        ),
        int_slider("gap", t("playgrounds.fairness.gap"), 0, 100, step=10),
        dropdown(
            "measure",
            t("playgrounds.fairness.measure"),
            [(t(f"playgrounds.fairness.{m}"), m) for m in MEASURES],
        ),
    ]


@playground(
    draw=draw_fairness, controls=_controls, title="playgrounds.fairness.title", figsize=(8.5, 5.0)
)
def fairness() -> None:
    """The lesson-10 playground: error rate by département before and after correcting the data.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
