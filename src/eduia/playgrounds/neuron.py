"""Lesson 07 playground: one artificial neuron, its weights and bias, and its learning steps.

The neuron computes ``score = w1 × x + w2 × y + b`` on two measures brought to a common scale
(mean 0, spread 1) and says « feu » where the score is positive: its border is a straight line.
The pupil sets the weights and the bias with sliders, then moves the « pas d'apprentissage »
slider: starting from those weights, the neuron looks at examples one at a time and corrects
itself after each mistake (:meth:`eduia.learn.Perceptron.step`). The second data case, a
chequerboard, shows why one neuron is not enough: no straight line separates it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    Playground,
    PlaygroundError,
    dropdown,
    dynamic,
    float_slider,
    int_slider,
    load_dataset,
    memo,
    new_figure,
    require_columns,
    scene,
    show,
)
from eduia.playgrounds._common import (
    check_choice,
    check_range,
    check_whole_number,
    display_sample,
    french_number,
    percent,
    scatter_classes,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

FIRE_COLUMNS = ("temperature_c", "humidite_pct", "feu")
CASES = ("fires", "xor")
MAX_WEIGHT = 3.0
MAX_STEPS = 200
LEARNING_RATE = 0.1
SEED = 7


@dataclass
class NeuronResult:
    """The neuron after ``steps`` learning steps from the sliders' weights."""

    weights: np.ndarray  # on the common scale
    bias: float
    steps: int
    corrections: int
    accuracy: float
    line: np.ndarray | None  # (2, 2): two points of the border in the measures' units
    figure: Figure


@dataclass
class _Case:
    raw: np.ndarray  # (n, 2) measures in their units
    scaled: np.ndarray  # (n, 2) on the common scale
    labels: np.ndarray  # 0 or 1
    mean: np.ndarray
    spread: np.ndarray
    names: tuple[str, str]  # axis labels
    class_names: tuple[str, str]
    order: np.ndarray  # the order in which the neuron sees the examples
    shown: np.ndarray  # rows drawn
    trajectories: dict[tuple[float, float, float], list] = field(default_factory=dict)


def _make_case(raw: np.ndarray, labels: np.ndarray, names: tuple, class_names: tuple) -> _Case:
    mean, spread = raw.mean(axis=0), raw.std(axis=0)
    spread[spread == 0] = 1.0
    order = np.random.default_rng(SEED).permutation(len(raw))
    return _Case(
        raw,
        (raw - mean) / spread,
        labels.astype(int),
        mean,
        spread,
        names,
        class_names,
        order,
        display_sample(len(raw), 800),
    )


def _fires_case(data: pd.DataFrame) -> _Case:
    from eduia.playgrounds._common import axis_label

    require_columns(data, FIRE_COLUMNS)
    if len(data) < 2 or data["feu"].nunique() != 2:
        raise PlaygroundError(t("playgrounds.empty_data"))
    raw = data[["temperature_c", "humidite_pct"]].to_numpy(dtype=float)
    names = (axis_label("temperature_c"), axis_label("humidite_pct"))
    classes = (t("playgrounds.class_no_fire"), t("playgrounds.class_fire"))
    return _make_case(raw, data["feu"].to_numpy(), names, classes)


def _xor_case(_data: Any = None) -> _Case:
    rng = np.random.default_rng(SEED)
    raw = rng.uniform(-1, 1, size=(400, 2))
    labels = (raw[:, 0] * raw[:, 1] > 0).astype(int)
    return _make_case(
        raw, labels, ("x", "y"), (t("playgrounds.neuron.group_a"), t("playgrounds.neuron.group_b"))
    )


def trajectory(
    case: _Case, start: tuple[float, float, float], steps: int
) -> list[tuple[np.ndarray, float, int]]:
    """``(weights, bias, corrections so far)`` after 0, 1, ... ``steps`` learning steps.

    Examples
    --------
    >>> path = trajectory(_xor_case(), (0.0, 0.0, 0.0), 5)
    >>> len(path), path[1][2]
    (6, 1)
    """
    from eduia.learn import Perceptron

    path = case.trajectories.setdefault(start, [(np.array(start[:2]), start[2], 0)])
    if len(path) > steps:
        return path
    neuron = Perceptron(learning_rate=LEARNING_RATE).initialise(case.scaled[:2], [0, 1])
    neuron.weights_, neuron.bias_ = path[-1][0].copy(), path[-1][1]
    corrections = path[-1][2]
    for index in range(len(path) - 1, steps):
        row = case.order[index % len(case.order)]
        corrections += neuron.step(case.scaled[row], case.labels[row])
        path.append((neuron.weights_.copy(), float(neuron.bias_), corrections))
    return path


def border(
    case: _Case, weights: np.ndarray, bias: float, box: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray | None]:
    """The part of ``box`` where the neuron says « yes » (a polygon) and its border line, in units.

    ``box`` is ``(x_min, x_max, y_min, y_max)``; the line is ``None`` when it misses the box.

    Examples
    --------
    >>> case = _xor_case()
    >>> case.mean[:], case.spread[:] = 0.0, 1.0
    >>> zone, line = border(case, np.array([1.0, 0.0]), 0.0, (-1, 1, -1, 1))
    >>> line.tolist()
    [[0.0, -1.0], [0.0, 1.0]]
    """
    a, c = weights / case.spread
    d = bias - a * case.mean[0] - c * case.mean[1]
    x0, x1, y0, y1 = box
    corners = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    values = corners @ np.array([a, c]) + d
    polygon, crossings = [], []
    for i in range(4):
        p, q, vp, vq = corners[i], corners[(i + 1) % 4], values[i], values[(i + 1) % 4]
        if vp > 0:
            polygon.append(p)
        if (vp > 0) != (vq > 0):
            crossing = p + vp / (vp - vq) * (q - p)
            polygon.append(crossing)
            crossings.append(crossing)
    line = np.array(crossings[:2]) if len(crossings) >= 2 else None
    return (np.array(polygon) if polygon else np.zeros((0, 2))), line


def _box(case: _Case) -> tuple[float, float, float, float]:
    low, high = case.raw.min(axis=0), case.raw.max(axis=0)
    margin = 0.05 * (high - low)
    return (low[0] - margin[0], high[0] + margin[0], low[1] - margin[1], high[1] + margin[1])


def _build(fig: Figure, case: _Case) -> dict[str, Any]:
    from matplotlib.patches import Polygon

    from eduia.plots import BINARY_COLOURS

    ax = fig.add_subplot()
    box = _box(case)
    zone = ax.add_patch(
        Polygon(
            np.zeros((0, 2)),
            closed=True,
            facecolor=BINARY_COLOURS[1],
            alpha=0.12,
            label=t("playgrounds.neuron.alert_zone", label=case.class_names[1]),
        )
    )
    scatter_classes(
        ax,
        case.raw[:, 0],
        case.raw[:, 1],
        case.labels,
        case.shown,
        case.class_names,
        size=12,
        alpha=0.6,
        colours=BINARY_COLOURS,
    )
    (start,) = ax.plot(
        [], [], "--", color="#777777", linewidth=2, label=t("playgrounds.neuron.start_line")
    )
    (line,) = ax.plot([], [], color="black", linewidth=3, label=t("playgrounds.neuron.line"))
    ax.set_xlim(box[0], box[1])
    ax.set_ylim(box[2], box[3])
    ax.set_xlabel(case.names[0])
    ax.set_ylabel(case.names[1])
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    text = ax.text(0.0, -0.16, "", transform=ax.transAxes, va="top", fontsize=10)
    dynamic(fig, zone, start, line, text)
    return {"zone": zone, "start": start, "line": line, "text": text, "box": box}


def _check(values: dict[str, Any], steps: Any, case: Any) -> None:
    check_choice(t("playgrounds.neuron.case"), case, CASES)
    for name, value in values.items():
        check_range(name, value, -MAX_WEIGHT, MAX_WEIGHT)  # refuses text and NaN too
    check_whole_number("steps", steps, 0, MAX_STEPS)


def _signed(value: float) -> str:
    """« + 0,50 » or « − 0,50 »: a term of the score formula."""
    return f"{'−' if value < 0 else '+'} {french_number(abs(value), 2)}"


def _case(case: str, data: pd.DataFrame | None) -> _Case:
    if case == "xor":
        return memo(_xor_case, "neuron_xor", _xor_case)
    data = load_dataset("jours_risque_incendie") if data is None else data
    return memo(data, "neuron_fires", _fires_case)


def draw_neuron(
    *,
    w1: float = 1.0,
    w2: float = 0.0,
    bias: float = 0.0,
    steps: int = 0,
    case: str = "fires",
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> NeuronResult:
    """Draw the neuron's border for weights ``w1``, ``w2`` and ``bias`` after ``steps`` learning steps.

    Parameters
    ----------
    w1, w2 : float
        Weights of the first measure (temperature) and the second one (humidity), -3 to 3.
    bias : float
        The bias, -3 to 3.
    steps : int
        Learning steps taken from these weights, one example at a time (0 to 200).
    case : str
        ``"fires"`` (fire-risk days) or ``"xor"`` (a chequerboard no line can separate).
    data : DataFrame, optional
        The ``jours_risque_incendie`` dataset (loaded when omitted and needed).
    fig : Figure, optional
        The figure to draw on (a new one when omitted).

    Returns
    -------
    NeuronResult

    Examples
    --------
    >>> result = draw_neuron(w1=1.0, w2=-1.0, bias=0.0, steps=20)  # doctest: +SKIP
    >>> 0 <= result.accuracy <= 1  # doctest: +SKIP
    True
    """
    _check({"w1": w1, "w2": w2, "bias": bias}, steps, case)
    prepared = _case(case, data)
    start = (float(w1), float(w2), float(bias))
    weights, final_bias, corrections = trajectory(prepared, start, int(steps))[int(steps)]
    accuracy = float(np.mean(((prepared.scaled @ weights + final_bias) > 0) == prepared.labels))
    fig = fig if fig is not None else new_figure((8.0, 5.0))
    artists = scene(fig, ("neuron", id(prepared)), lambda f: _build(f, prepared))
    polygon, line = border(prepared, weights, final_bias, artists["box"])
    artists["zone"].set_xy(polygon if len(polygon) else np.zeros((1, 2)))
    artists["line"].set_data(*(line.T if line is not None else ([], [])))
    _, start_line = border(prepared, np.array(start[:2]), start[2], artists["box"])
    show_start = steps > 0 and start_line is not None
    artists["start"].set_data(*(start_line.T if show_start else ([], [])))
    artists["text"].set_text(
        t(
            "playgrounds.neuron.summary",
            w1=french_number(weights[0], 2),
            w2=_signed(weights[1]),
            b=_signed(final_bias),
            x=prepared.names[0],
            y=prepared.names[1],
            accuracy=percent(accuracy),
            steps=int(steps),
            corrections=corrections,
        )
    )
    return NeuronResult(weights, final_bias, int(steps), corrections, accuracy, line, fig)


def _controls() -> list:
    return [
        dropdown(
            "case",
            t("playgrounds.neuron.case"),
            [
                (t("playgrounds.neuron.case_fires"), "fires"),
                (t("playgrounds.neuron.case_xor"), "xor"),
            ],
        ),
        float_slider(
            "w1",
            t("playgrounds.neuron.weight_temperature"),
            -MAX_WEIGHT,
            MAX_WEIGHT,
            value=1.0,
            step=0.1,
        ),
        float_slider(
            "w2",
            t("playgrounds.neuron.weight_humidity"),
            -MAX_WEIGHT,
            MAX_WEIGHT,
            value=0.0,
            step=0.1,
        ),
        float_slider(
            "bias", t("playgrounds.neuron.bias"), -MAX_WEIGHT, MAX_WEIGHT, value=0.0, step=0.1
        ),
        int_slider("steps", t("playgrounds.neuron.steps"), 0, MAX_STEPS, value=0),
    ]


def neuron(
    *,
    w1: float = 1.0,
    w2: float = 0.0,
    bias: float = 0.0,
    steps: int = 0,
    case: str = "fires",
    data: pd.DataFrame | None = None,
) -> Any:
    """The lesson-07 playground: weight and bias sliders move the border; steps let it learn.

    Under nbgrader autograding it returns a placeholder and computes nothing.

    Examples
    --------
    >>> from eduia.playgrounds import neuron
    >>> neuron(case="xor")  # doctest: +SKIP
    """
    return show(
        Playground(
            name="neuron",
            draw=draw_neuron,
            controls=_controls,
            values={"w1": w1, "w2": w2, "bias": bias, "steps": steps, "case": case},
            fixed={"data": data},
            title=t("playgrounds.neuron.title"),
            figsize=(8.0, 5.0),
        )
    )
