"""Lesson 07 playground: one artificial neuron, its weights and bias, and its learning steps.

The neuron computes ``score = w1 × x + w2 × y + b`` on two measures brought to a common scale
(0 is the mean of the training days, 1 one spread, i.e. standard deviation) and says « feu »
where the score is positive: its border is a straight line. On the real fire days of 2024
(``feux_meteo_jour``) the measures are the day's highest temperature and its rain; the days
are split by date (1st–15th of each month to learn, the rest to test), never by row.

The pupil sets the weights and the bias with sliders; the summary under the figure writes the
formula with the numbers plugged in, for the day the neuron is looking at, and the same score in
real units (°C and mm). Then the « pas d'apprentissage » slider lets it learn: starting from
those weights, the neuron looks at the training days one at a time, in an order fixed by the
seed (the same seed replays the same path: « recommencer » goes back to step 0), and corrects
itself after each mistake (:meth:`eduia.learn.Perceptron.step`) by the learning rate.

The second data case, four clouds of points in a chequerboard (« XOR »), shows why one neuron
is not enough: no straight line separates it. Two hidden neurons, drawn as two lines, and an
output neuron that combines them (« oui » between the two lines) solve it.
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
    float_slider,
    int_slider,
    load_dataset,
    memo,
    new_figure,
    playground,
    require_columns,
    scene,
)
from eduia.playgrounds._common import (
    check_choice,
    check_range,
    check_whole_number,
    french_number,
    percent,
    ring_marker,
    scatter_classes,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

DATASET = "feux_meteo_jour"
FEATURES = ("tx_moy_c", "pluie_moy_mm")
FIRE_COLUMNS = ("date", *FEATURES, "feu")
LAST_TRAINING_DAY = 15  # days 1–15 of each month learn, the rest test: every season in both
CASES = ("fires", "xor")
LEARNING_RATES = (0.01, 0.1, 1.0)
LEARNING_RATE = 0.1
MAX_WEIGHT = 3.0
MAX_STEPS = 400
MAX_SEED = 9
RAIN_TOP_MM = 30.0  # the rain axis stops there (4 days of 2024 had more)
# The two hidden neurons of the XOR case, and the output neuron that combines them:
# hidden 1 says « oui » above x + y = 0,5, hidden 2 above x + y = 1,5, the output says
# « groupe B » when hidden 1 says oui and hidden 2 says non (1 × h1 − 1 × h2 − 0,5 > 0).
HIDDEN = ((np.array([1.0, 1.0]), -0.5), (np.array([1.0, 1.0]), -1.5))
OUTPUT = (np.array([1.0, -1.0]), -0.5)
LABEL_PLACES = ((0.3, 0.2), (0.8, 0.7))  # on each hidden line, away from the four clouds


@dataclass
class NeuronResult:
    """The neuron after ``steps`` learning steps from the sliders' weights."""

    weights: np.ndarray  # on the common scale
    bias: float
    steps: int
    corrections: int
    accuracy: float  # on the training days (all the points of the XOR case)
    test_accuracy: float | None  # on the test days (None for the XOR case)
    line: np.ndarray | None  # (2, 2): two points of the border in the measures' units
    real_weights: np.ndarray  # (3,): the same score in the measures' units: a, c, d
    example: int  # the row the summary computes the score of
    summary: str
    figure: Figure
    hidden_accuracy: float | None = None  # the two hidden neurons' network, when shown


@dataclass
class _Case:
    raw: np.ndarray  # (n, 2) training measures in their units
    scaled: np.ndarray  # (n, 2) on the common scale
    labels: np.ndarray  # 0 or 1
    mean: np.ndarray
    spread: np.ndarray
    names: tuple[str, str]  # axis labels
    short_names: tuple[str, str]  # the measures in the formula
    units: tuple[str, str]
    class_names: tuple[str, str]
    box: tuple[float, float, float, float]
    day_names: list[str]  # how the summary names each row
    test_scaled: np.ndarray | None = None
    test_labels: np.ndarray | None = None
    orders: dict[int, np.ndarray] = field(default_factory=dict)
    trajectories: dict[tuple, list] = field(default_factory=dict)

    def order(self, seed: int) -> np.ndarray:
        """The order in which the neuron sees the examples: the same for the same seed."""
        if seed not in self.orders:
            self.orders[seed] = np.random.default_rng(seed).permutation(len(self.raw))
        return self.orders[seed]


def training_days(dates: Any) -> np.ndarray:
    """True for the days that learn (1st–15th of each month), False for the days that test.

    The split is by date, never by row: neighbouring days have almost the same weather, so a
    row split would test the neuron on days it has nearly seen.

    Examples
    --------
    >>> training_days(["2024-07-15", "2024-07-16"]).tolist()
    [True, False]
    """
    import pandas as pd

    return (pd.to_datetime(pd.Series(dates)).dt.day <= LAST_TRAINING_DAY).to_numpy()


def _scale(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, spread = raw.mean(axis=0), raw.std(axis=0)
    spread[spread == 0] = 1.0
    return mean, spread


def _fires_case(data: pd.DataFrame) -> _Case:
    require_columns(data, FIRE_COLUMNS)
    data = data.dropna(subset=list(FIRE_COLUMNS))
    learn = training_days(data["date"])
    if learn.sum() < 2 or (~learn).sum() < 1 or data["feu"][learn].nunique() != 2:
        raise PlaygroundError(t("playgrounds.empty_data"))
    raw = data[list(FEATURES)].to_numpy(dtype=float)
    mean, spread = _scale(raw[learn])
    labels = data["feu"].to_numpy().astype(int)
    dates = [french_date(day) for day in data["date"][learn]]
    top = min(max(float(raw[learn, 1].max()), 1.0), RAIN_TOP_MM)
    low, high = raw[learn, 0].min(), raw[learn, 0].max()
    margin = 0.05 * (high - low)
    return _Case(
        raw=raw[learn],
        scaled=(raw[learn] - mean) / spread,
        labels=labels[learn],
        mean=mean,
        spread=spread,
        names=(t("playgrounds.neuron.temperature_axis"), t("playgrounds.neuron.rain_axis")),
        short_names=(t("playgrounds.neuron.temperature"), t("playgrounds.neuron.rain")),
        units=("°C", "mm"),
        class_names=(t("playgrounds.class_no_fire"), t("playgrounds.class_fire")),
        box=(low - margin, high + margin, -0.03 * top, top),
        day_names=dates,
        test_scaled=(raw[~learn] - mean) / spread,
        test_labels=labels[~learn],
    )


def _xor_case(_data: Any = None) -> _Case:
    rng = np.random.default_rng(7)
    corners = np.array([(0, 0), (1, 1), (0, 1), (1, 0)], dtype=float)
    groups = np.repeat(np.arange(4), 60)
    raw = corners[groups] + rng.normal(0, 0.12, size=(len(groups), 2))
    labels = (groups >= 2).astype(int)  # group B: the two corners (0, 1) and (1, 0)
    mean, spread = _scale(raw)
    return _Case(
        raw=raw,
        scaled=(raw - mean) / spread,
        labels=labels,
        mean=mean,
        spread=spread,
        names=("x", "y"),
        short_names=("x", "y"),
        units=("", ""),
        class_names=(t("playgrounds.neuron.group_a"), t("playgrounds.neuron.group_b")),
        box=(-0.5, 1.5, -0.5, 1.5),
        day_names=[t("playgrounds.neuron.point_name", number=i + 1) for i in range(len(raw))],
    )


def french_date(day: Any) -> str:
    """A date written the French way: « 10 juillet 2024 ».

    Examples
    --------
    >>> french_date("2024-07-10")
    '10 juillet 2024'
    """
    import pandas as pd

    day = pd.Timestamp(day)
    month = t("playgrounds.neuron.months").split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def trajectory(
    case: _Case,
    start: tuple[float, float, float],
    steps: int,
    learning_rate: float = LEARNING_RATE,
    seed: int = 0,
) -> list[tuple[np.ndarray, float, int]]:
    """``(weights, bias, corrections so far)`` after 0, 1, ... ``steps`` learning steps.

    Step ``i`` (from 1) looks at the row ``case.order(seed)[(i - 1) % n]``; the same ``start``,
    ``learning_rate`` and ``seed`` always give the same path.

    Examples
    --------
    >>> path = trajectory(_xor_case(), (0.0, 0.0, 0.0), 5)
    >>> len(path), path[1][2]
    (6, 1)
    """
    from eduia.learn import Perceptron

    key = (start, learning_rate, seed)
    path = case.trajectories.setdefault(key, [(np.array(start[:2]), start[2], 0)])
    if len(path) > steps:
        return path
    order = case.order(seed)
    neuron = Perceptron(learning_rate=learning_rate).initialise(case.scaled[:2], [0, 1])
    neuron.weights_, neuron.bias_ = path[-1][0].copy(), path[-1][1]
    corrections = path[-1][2]
    for index in range(len(path) - 1, steps):
        row = order[index % len(order)]
        corrections += neuron.step(case.scaled[row], case.labels[row])
        path.append((neuron.weights_.copy(), float(neuron.bias_), corrections))
    return path


def in_units(case: _Case, weights: np.ndarray, bias: float) -> np.ndarray:
    """The same score in the measures' own units: ``(a, c, d)`` with ``score = a × x + c × y + d``.

    Examples
    --------
    >>> case = _xor_case()
    >>> case.mean[:], case.spread[:] = (1.0, 0.0), (2.0, 1.0)
    >>> in_units(case, np.array([1.0, 1.0]), 0.0).tolist()
    [0.5, 1.0, -0.5]
    """
    a, c = weights / case.spread
    return np.array([a, c, bias - a * case.mean[0] - c * case.mean[1]])


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
    a, c, d = in_units(case, weights, bias)
    return _half_plane(np.array([a, c]), d, box)


def _half_plane(
    weights: np.ndarray, bias: float, box: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray | None]:
    x0, x1, y0, y1 = box
    corners = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)
    polygon, crossings = _clip(corners, weights, bias)
    line = np.array(crossings[:2]) if len(crossings) >= 2 else None
    return polygon, line


def _clip(
    polygon: np.ndarray, weights: np.ndarray, bias: float
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The part of the convex ``polygon`` where ``weights · p + bias > 0``, and where it is cut.

    Examples
    --------
    >>> square = np.array([(0, 0), (2, 0), (2, 2), (0, 2)], dtype=float)
    >>> kept, cuts = _clip(square, np.array([1.0, 0.0]), -1.0)
    >>> kept.tolist(), len(cuts)
    ([[1.0, 0.0], [2.0, 0.0], [2.0, 2.0], [1.0, 2.0]], 2)
    """
    values = polygon @ weights + bias
    kept, crossings = [], []
    for i in range(len(polygon)):
        j = (i + 1) % len(polygon)
        p, q, vp, vq = polygon[i], polygon[j], values[i], values[j]
        if vp > 0:
            kept.append(p)
        if (vp > 0) != (vq > 0):
            crossing = p + vp / (vp - vq) * (q - p)
            kept.append(crossing)
            crossings.append(crossing)
    return (np.array(kept) if kept else np.zeros((0, 2))), crossings


def hidden_network(points: np.ndarray) -> np.ndarray:
    """What the two hidden neurons and the output neuron say (1 = groupe B) for ``points``.

    Examples
    --------
    >>> hidden_network(np.array([(0, 0), (0, 1), (1, 0), (1, 1)])).tolist()
    [0, 1, 1, 0]
    """
    hidden = np.column_stack([(points @ w + b > 0) for w, b in HIDDEN]).astype(float)
    return (hidden @ OUTPUT[0] + OUTPUT[1] > 0).astype(int)


def _build(fig: Figure, case: _Case) -> dict[str, Any]:
    from matplotlib.patches import Polygon

    from eduia.plots import BINARY_COLOURS

    ax = fig.add_subplot()
    box = case.box
    zone = ax.add_patch(
        Polygon(
            np.zeros((1, 2)),
            closed=True,
            facecolor=BINARY_COLOURS[1],
            alpha=0.12,
            label=t("playgrounds.neuron.alert_zone", label=case.class_names[1]),
        )
    )
    y = np.minimum(case.raw[:, 1], box[3])  # a day of heavy rain sits on the top edge
    scatter_classes(
        ax,
        case.raw[:, 0],
        y,
        case.labels,
        np.arange(len(case.raw)),
        case.class_names,
        size=16,
        alpha=0.6,
        colours=BINARY_COLOURS,
    )
    example = ring_marker(ax, 11)
    example.set_label(t("playgrounds.neuron.example_day"))
    (start,) = ax.plot(
        [], [], "--", color="#777777", linewidth=2, label=t("playgrounds.neuron.start_line")
    )
    (line,) = ax.plot([], [], color="black", linewidth=3, label=t("playgrounds.neuron.line"))
    hidden = [ax.plot([], [], color=colour, linewidth=2.5)[0] for colour in ("#0072B2", "#CC79A7")]
    labels = [
        ax.text(
            0,
            0,
            "",
            color=colour,
            fontsize=9,
            fontweight="bold",
            ha="center",
            va="center",
            rotation=-45,
            transform_rotates_text=True,
            bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"},
        )
        for colour in ("#0072B2", "#CC79A7")
    ]
    ax.set_xlim(box[0], box[1])
    ax.set_ylim(box[2], box[3])
    ax.set_xlabel(case.names[0])
    ax.set_ylabel(case.names[1])
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    dynamic(fig, zone, example, start, line, *hidden, *labels)
    return {
        "zone": zone,
        "example": example,
        "start": start,
        "line": line,
        "hidden": hidden,
        "labels": labels,
    }


def _check(values: dict[str, Any], steps: Any, learning_rate: Any, seed: Any, case: Any) -> None:
    check_choice(t("playgrounds.neuron.case"), case, CASES)
    for name, value in values.items():
        check_range(name, value, -MAX_WEIGHT, MAX_WEIGHT)  # refuses text and NaN too
    check_whole_number("steps", steps, 0, MAX_STEPS)
    check_choice(t("playgrounds.neuron.learning_rate"), learning_rate, LEARNING_RATES)
    check_whole_number("seed", seed, 0, MAX_SEED)


def _number(value: float, decimals: int = 2) -> str:
    """A factor of the formula: « 0,50 », or « (−0,50) » when negative."""
    text = french_number(abs(value), decimals)
    return f"(−{text})" if value < 0 and text.strip("0,") else text


def _signed(value: float, decimals: int = 2) -> str:
    """« + 0,50 » or « − 0,50 »: a term of the score formula."""
    text = french_number(abs(value), decimals)
    return f"{'−' if value < 0 and text.strip('0,') else '+'} {text}"


def _case(case: str, data: pd.DataFrame | None) -> _Case:
    if case == "xor":
        return memo(_xor_case, "neuron_xor", _xor_case)
    data = load_dataset(DATASET) if data is None else data
    return memo(data, "neuron_fires", _fires_case)


def _accuracy(scaled: np.ndarray, labels: np.ndarray, weights: np.ndarray, bias: float) -> float:
    return float(np.mean(((scaled @ weights + bias) > 0) == labels))


def _summary(
    case: _Case,
    before: tuple[np.ndarray, float],
    after: tuple[np.ndarray, float],
    row: int,
    progress: tuple[int, int, float, int],
    accuracies: tuple[float, float | None],
) -> str:
    """The formula with the numbers plugged in, the same score in real units, the scores.

    ``before`` are the weights the neuron used on the example ``row`` (those of the previous
    step), ``after`` the weights it has now; ``progress`` is steps, corrections, rate, seed.
    """
    steps, corrections, learning_rate, seed = progress
    (weights, bias), (now_weights, now_bias) = before, after
    x = case.scaled[row]
    value = float(x @ weights + bias)
    said = case.class_names[int(value > 0)]
    truth = case.class_names[int(case.labels[row])]
    verdict = "right" if said == truth else ("corrected" if steps else "wrong")
    lines = [
        t(
            "playgrounds.neuron.formula",
            w1=french_number(now_weights[0], 2),
            w2=_signed(now_weights[1]),
            b=_signed(now_bias),
            x=case.short_names[0],
            y=case.short_names[1],
            yes=case.class_names[1],
        ),
        t(
            f"playgrounds.neuron.example_{'step' if steps else 'start'}",
            step=steps,
            day=case.day_names[row],
            raw=_measures(case, row),
            w1=french_number(weights[0], 2),
            x1=_number(x[0]),
            w2=_number(weights[1]),
            x2=_number(x[1]),
            b=_signed(bias),
            score=_signed(value).replace("+ ", "").replace("− ", "−"),
            said=said,
            truth=truth,
            verdict=t(f"playgrounds.neuron.{verdict}"),
        ),
    ]
    if case.test_scaled is not None:
        a, c, d = in_units(case, now_weights, now_bias)
        lines.append(
            t("playgrounds.neuron.in_units", a=french_number(a, 3), c=_signed(c, 3), d=_signed(d))
        )
        lines.append(
            t(
                "playgrounds.neuron.scores",
                train=percent(accuracies[0]),
                test=percent(accuracies[1]),
            )
        )
    else:
        lines.append(t("playgrounds.neuron.score_points", accuracy=percent(accuracies[0])))
    lines.append(
        t(
            "playgrounds.neuron.progress",
            steps=steps,
            corrections=corrections,
            rate=french_number(learning_rate, 2),
            seed=seed,
        )
    )
    return "\n".join(lines)


def _measures(case: _Case, row: int) -> str:
    if case.test_scaled is None:
        return t(
            "playgrounds.neuron.point_measures",
            x=french_number(case.raw[row, 0], 2),
            y=french_number(case.raw[row, 1], 2),
        )
    return t(
        "playgrounds.neuron.day_measures",
        temperature=french_number(case.raw[row, 0], 1),
        rain=french_number(case.raw[row, 1], 1),
    )


def draw_neuron(
    *,
    w1: float = 1.0,
    w2: float = 0.0,
    bias: float = 0.0,
    steps: int = 0,
    learning_rate: float = LEARNING_RATE,
    seed: int = 0,
    case: str = "fires",
    two_neurons: bool = False,
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> NeuronResult:
    """Draw the neuron's border for weights ``w1``, ``w2`` and ``bias`` after ``steps`` learning steps.

    Parameters
    ----------
    w1, w2 : float
        Weights of the first measure (temperature) and the second one (rain), -3 to 3, on the
        common scale.
    bias : float
        The bias, -3 to 3.
    steps : int
        Learning steps taken from these weights, one example at a time (0 to 400).
    learning_rate : float
        How far one mistake moves the weights: 0.01, 0.1 or 1.
    seed : int
        The seed of the order in which the examples are seen (0 to 9): the same seed replays
        the same path.
    case : str
        ``"fires"`` (the real days of 2024) or ``"xor"`` (four clouds no line can separate).
    two_neurons : bool
        In the XOR case, draw the two hidden neurons (two lines) and their combination.
    data : DataFrame, optional
        The ``feux_meteo_jour`` dataset (loaded when omitted and needed).
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
    _check({"w1": w1, "w2": w2, "bias": bias}, steps, learning_rate, seed, case)
    prepared = _case(case, data)
    start = (float(w1), float(w2), float(bias))
    steps, seed, learning_rate = int(steps), int(seed), float(learning_rate)
    path = trajectory(prepared, start, steps, learning_rate, seed)
    weights, final_bias, corrections = path[steps]
    order = prepared.order(seed)
    row = int(order[(steps - 1) % len(order)]) if steps else int(order[0])
    before = path[steps - 1][:2] if steps else (weights, final_bias)
    accuracy = _accuracy(prepared.scaled, prepared.labels, weights, final_bias)
    test_accuracy = (
        None
        if prepared.test_scaled is None
        else _accuracy(prepared.test_scaled, prepared.test_labels, weights, final_bias)
    )
    fig = fig if fig is not None else new_figure((8.0, 5.0))
    artists = scene(fig, ("neuron", id(prepared)), lambda f: _build(f, prepared))
    polygon, line = border(prepared, weights, final_bias, prepared.box)
    _, start_line = border(prepared, np.array(start[:2]), start[2], prepared.box)
    show_network = bool(two_neurons) and case == "xor"
    show_single = not show_network
    artists["zone"].set_xy(polygon if len(polygon) and show_single else np.zeros((1, 2)))
    artists["line"].set_data(*(line.T if line is not None and show_single else ([], [])))
    show_start = steps > 0 and start_line is not None and show_single
    artists["start"].set_data(*(start_line.T if show_start else ([], [])))
    raw = prepared.raw[row]
    artists["example"].set_data(
        *(([raw[0]], [min(raw[1], prepared.box[3])]) if show_single else ([], []))
    )
    hidden_accuracy = _draw_network(artists, prepared) if show_network else None
    if not show_network:
        for hidden_line, label in zip(artists["hidden"], artists["labels"]):
            hidden_line.set_data([], [])
            label.set_text("")
    summary = _summary(
        prepared,
        before,
        (weights, final_bias),
        row,
        (steps, corrections, learning_rate, seed),
        (accuracy, test_accuracy),
    )
    if show_network:
        summary = t("playgrounds.neuron.network", accuracy=percent(hidden_accuracy))
    elif two_neurons:
        summary = f"{summary}\n{t('playgrounds.neuron.network_only_xor')}"
    return NeuronResult(
        weights,
        final_bias,
        steps,
        corrections,
        accuracy,
        test_accuracy,
        line,
        in_units(prepared, weights, final_bias),
        row,
        summary,
        fig,
        hidden_accuracy,
    )


def _draw_network(artists: dict[str, Any], case: _Case) -> float:
    """Draw the two hidden neurons' lines, the band where the output says B; its accuracy."""
    for number, ((weights, bias), hidden_line, label) in enumerate(
        zip(HIDDEN, artists["hidden"], artists["labels"]), start=1
    ):
        _, line = _half_plane(weights, bias, case.box)
        hidden_line.set_data(*line.T)
        label.set_position(LABEL_PLACES[number - 1])
        label.set_text(t("playgrounds.neuron.hidden_label", number=number))
    # the band between the two lines, where the output neuron says « groupe B »
    x0, x1, y0, y1 = case.box
    band = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)
    band, _ = _clip(band, HIDDEN[0][0], HIDDEN[0][1])
    band, _ = _clip(band, -HIDDEN[1][0], -HIDDEN[1][1])
    artists["zone"].set_xy(band if len(band) else np.zeros((1, 2)))
    return float(np.mean(hidden_network(case.raw) == case.labels))


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
        float_slider("w1", t("playgrounds.neuron.weight_1"), -MAX_WEIGHT, MAX_WEIGHT, step=0.05),
        float_slider("w2", t("playgrounds.neuron.weight_2"), -MAX_WEIGHT, MAX_WEIGHT, step=0.05),
        float_slider("bias", t("playgrounds.neuron.bias"), -MAX_WEIGHT, MAX_WEIGHT, step=0.05),
        int_slider("steps", t("playgrounds.neuron.steps"), 0, MAX_STEPS),
        dropdown(
            "learning_rate",
            t("playgrounds.neuron.learning_rate"),
            [(french_number(rate, 2), rate) for rate in LEARNING_RATES],
        ),
        int_slider("seed", t("playgrounds.neuron.seed"), 0, MAX_SEED),
        checkbox("two_neurons", t("playgrounds.neuron.two_neurons")),
    ]


@playground(
    draw=draw_neuron,
    controls=_controls,
    title="playgrounds.neuron.title",
    figsize=(8.0, 5.0),
    setup=lambda widget: _add_restart_button(widget),
)
def neuron() -> None:
    """The lesson-07 playground: weight and bias sliders move the border; steps let it learn.

    A « Recommencer » button puts the steps back to 0: with the same seed, the neuron then
    replays exactly the same path. Under nbgrader autograding it returns a placeholder and
    computes nothing.
    """


def _add_restart_button(playground: Any) -> None:
    """A « Recommencer » button under the controls: steps back to 0, same seed, same start."""
    if "steps" not in playground.controls:  # the controls could not be built
        return
    import ipywidgets as widgets

    button = widgets.Button(description=t("playgrounds.neuron.restart"), icon="undo")
    button.on_click(lambda _button: playground.update(steps=0))
    children = list(playground.children)
    children.insert(children.index(playground.image), button)
    playground.children = tuple(children)
    playground.restart_button = button
