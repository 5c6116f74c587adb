"""eduia.plots without colour: every chart separates its categories by shape, line style or
words as well as colour, and says what it shows in one line of French (issue 19).

Each case draws one chart with at least two categories and returns, per category, what tells
it apart once colour is gone (a marker's outline, a line style, a name written on the chart).
A chart whose categories differ by colour alone gives equal signatures and fails; a new chart
function without a case here fails :func:`test_every_chart_function_has_a_case`.
"""

from __future__ import annotations

import inspect

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

from eduia import i18n, plots

#: Public callables of eduia.plots that draw no chart.
NOT_CHARTS = {
    "category_colours",
    "category_line_styles",
    "category_markers",
    "confusion_counts",
    "set_map_aspect",
    "summary",
}


@pytest.fixture(autouse=True)
def _french_and_clean() -> None:
    i18n.set_language("fr")
    yield
    i18n._chosen_language = None
    plt.close("all")


def _days() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {"temperature_c": rng.uniform(10, 40, 60), "humidite_pct": rng.uniform(10, 90, 60)}
    )
    frame["feu"] = ((frame.temperature_c > 28) & (frame.humidite_pct < 45)).astype(int)
    frame["zone"] = np.where(frame.humidite_pct > 60, "côte", np.where(frame.feu, "sec", "plaine"))
    return frame


def _outline(collection: PathCollection) -> tuple[float, ...]:
    """A marker's shape, whatever its colour and size."""
    vertices = collection.get_paths()[0].vertices
    span = np.ptp(vertices, axis=0).max() or 1.0
    return tuple(np.round(vertices / span, 2).ravel())


def _point_shapes(ax) -> list[tuple[float, ...]]:
    return [
        _outline(c)
        for c in ax.collections
        if isinstance(c, PathCollection) and len(c.get_offsets())
    ]


def _plain(text: str) -> str:
    """``text`` with its French no-break spaces as plain ones."""
    return " ".join(text.split())


def _texts(ax) -> list[str]:
    return [text.get_text() for text in ax.texts if text.get_text().strip()]


# --- one case per chart function: (Axes, what tells each category apart without colour) -----


def _scatter():
    ax = plots.scatter(_days(), x="temperature_c", y="humidite_pct", hue="zone")
    return ax, _point_shapes(ax)


def _bar_chart():
    frame = pd.DataFrame({"departement": ["04", "13", "83"], "feux": [3, 9, 7]})
    ax = plots.bar_chart(frame, x="departement", y="feux")
    ticks = {
        round(tick, 6): label.get_text()
        for tick, label in zip(ax.get_xticks(), ax.get_xticklabels())
    }
    names = [ticks.get(round(bar.get_x() + bar.get_width() / 2, 6), "") for bar in ax.patches]
    assert all(names), "every bar has its category's name under it"
    return ax, names


def _line_chart():
    frame = pd.DataFrame(
        {
            "annee": [2020, 2021, 2022] * 3,
            "feux": [90, 80, 70, 300, 250, 260, 120, 130, 110],
            "departement": ["04"] * 3 + ["13"] * 3 + ["83"] * 3,
        }
    )
    ax = plots.line_chart(frame, x="annee", y="feux", hue="departement")
    return ax, [(line.get_marker(), str(line.get_linestyle())) for line in ax.get_lines()]


def _decision_regions():
    days = _days()
    model = KNeighborsClassifier(n_neighbors=3).fit(
        days[["temperature_c", "humidite_pct"]], days.feu
    )
    ax = plots.decision_regions(
        model,
        days,
        x="temperature_c",
        y="humidite_pct",
        hue="feu",
        hue_labels={1: "feu"},
        resolution=60,
    )
    assert len(set(_point_shapes(ax))) == 2, "the points of the two classes have two shapes"
    names = {"0": 0, "feu": 1}
    signatures = []
    for text in ax.texts:  # each region is named by a text standing inside it
        x, y = text.get_position()
        answer = model.predict(pd.DataFrame({"temperature_c": [x], "humidite_pct": [y]}))[0]
        assert names[text.get_text()] == answer, f"« {text.get_text()} » lies in its own region"
        signatures.append(text.get_text())
    return ax, signatures


def _region_map():
    communes = pd.DataFrame(
        {
            "longitude": [5.37, 5.45, 7.26, 6.08, 6.98],
            "latitude": [43.30, 43.53, 43.71, 44.56, 44.77],
            "departement": ["13", "13", "06", "05", "05"],
            "population": [873076, 146000, 348085, 41000, 80],
        }
    )
    ax = plots.region_map(communes, size="population")
    assert {"Bouches-du-Rhône", "Alpes-Maritimes", "Hautes-Alpes"} <= set(_texts(ax))
    other = plots.region_map(communes, hue="population", ax=plt.figure().add_subplot())
    assert len(set(_point_shapes(other))) == 5, "another hue's classes have their own shapes too"
    return ax, _point_shapes(ax)


def _confusion_matrix():
    ax = plots.confusion_matrix(truth=[1, 1, 1, 0, 0], prediction=[1, 0, 1, 1, 0])
    centres = {}
    for patch in ax.patches:
        x, y = patch.get_xy()
        centres[(x + 0.5, y + 0.5)] = patch
    words = {text.get_position(): text.get_text() for text in ax.texts}
    assert set(words) == set(centres), "every coloured cell has its words on it"
    return ax, list(words.values())


def _score_curve():
    scores = pd.DataFrame(
        {"k": [1, 3, 5, 7], "train": [1.0, 0.9, 0.85, 0.8], "test": [0.7, 0.8, 0.78, 0.75]}
    )
    ax = plots.score_curve(scores, x="k", train="train", test="test")
    return ax, [(line.get_marker(), str(line.get_linestyle())) for line in ax.get_lines()[:2]]


def _decision_tree():
    days = _days()
    model = DecisionTreeClassifier(max_depth=2, random_state=0).fit(
        days[["temperature_c", "humidite_pct"]], days.feu
    )
    ax = plots.decision_tree(model, class_names=["calme", "feu"])
    written = [
        line
        for text in _texts(ax)
        for line in text.splitlines()
        if line.startswith(f"{i18n.t('plots.tree.class')} = ")
    ]
    boxes = [text for text in ax.texts if text.get_bbox_patch() is not None]
    assert len(written) == len(boxes), "every coloured box writes its class"
    return ax, sorted(set(written))


CASES = {
    "scatter": _scatter,
    "bar_chart": _bar_chart,
    "line_chart": _line_chart,
    "decision_regions": _decision_regions,
    "region_map": _region_map,
    "confusion_matrix": _confusion_matrix,
    "score_curve": _score_curve,
    "decision_tree": _decision_tree,
}


def test_every_chart_function_has_a_case() -> None:
    charts = {
        name
        for name in plots.__all__
        if inspect.isfunction(getattr(plots, name)) and name not in NOT_CHARTS
    }
    assert charts == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_categories_are_told_apart_without_colour(name: str) -> None:
    _ax, signatures = CASES[name]()
    assert len(signatures) >= 2, "the case draws at least two categories"
    assert len(set(signatures)) == len(signatures), (
        f"{name}: two categories differ by colour alone: {signatures}"
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_chart_has_a_one_line_french_summary(name: str) -> None:
    ax, _ = CASES[name]()
    words = plots.summary(ax)
    assert words and "\n" not in words and len(words) < 400
    assert words == plots.summary(ax.figure).splitlines()[-1]
    i18n.set_language("en")
    assert plots.summary(ax) == words, "the summary is written when the chart is drawn"
    ax_en, _ = CASES[name]()
    assert plots.summary(ax_en) != words, "the English chart gets the English summary"


def test_the_check_catches_colour_alone() -> None:
    """Forcing one marker for every class leaves colour alone: the signatures then agree."""
    ax = plots.scatter(_days(), x="temperature_c", y="humidite_pct", hue="feu", marker="o")
    shapes = _point_shapes(ax)
    assert len(shapes) == 2 and len(set(shapes)) == 1


def test_scatter_summary_counts_each_class_and_names_its_shape() -> None:
    days = _days()
    ax = plots.scatter(days, x="temperature_c", y="humidite_pct", hue="feu", hue_labels={1: "feu"})
    words = _plain(plots.summary(ax))
    fires = int(days.feu.sum())
    assert f"Nuage de {len(days)} points" in words
    assert f"{len(days) - fires} « 0 » (ronds), {fires} « feu » (carrés)" in words
    legend = [handle.get_marker() for handle in ax.get_legend().legend_handles]
    assert legend == ["o", "s"], "the legend shows the shapes of the points"


def test_summaries_say_the_numbers_of_the_data() -> None:
    ax = plots.confusion_matrix(truth=[1, 1, 1, 0, 0], prediction=[1, 0, 1, 1, 0])
    assert "2 vrais positifs, 1 alerte manquée, 1 fausse alerte, 1 vrai négatif" in _plain(
        plots.summary(ax)
    )
    ax = plots.bar_chart(x=["Gap", "Nice"], y=[5, 2], ax=plt.figure().add_subplot())
    assert "la plus haute est « Gap » (5), la plus basse « Nice » (2)" in _plain(plots.summary(ax))
    assert plots.summary(plt.figure()) == ""


def _grey_marker_masks(**options) -> tuple[np.ndarray, np.ndarray]:
    """Two classes' points drawn side by side in greyscale: the two halves' dark pixels."""
    figure = plt.figure(figsize=(2, 1), dpi=100)
    ax = figure.add_axes((0, 0, 1, 1))
    frame = pd.DataFrame({"x": [0.0, 1.0], "y": [0.0, 0.0], "classe": ["a", "b"]})
    plots.scatter(frame, x="x", y="y", hue="classe", s=1200, alpha=1, ax=ax, **options)
    ax.set_xlim(-0.5, 1.5)
    ax.set_axis_off()
    ax.get_legend().remove()
    figure.canvas.draw()
    grey = np.asarray(figure.canvas.buffer_rgba())[..., :3].mean(axis=2) < 250
    left, right = np.array_split(grey, 2, axis=1)
    return left, right


def test_greyscale_keeps_the_classes_apart() -> None:
    """Printed in grey, the two classes' markers still cover different pixels (their shapes)."""
    left, right = _grey_marker_masks()
    assert left.sum() > 200 and right.sum() > 200
    assert (left ^ right).sum() > 0.05 * max(left.sum(), right.sum())
    same_left, same_right = _grey_marker_masks(marker="o")  # colour alone: identical in grey
    assert (same_left ^ same_right).sum() < 0.02 * same_left.sum()


def test_a_pupils_own_style_still_wins() -> None:
    """``marker=`` or ``ls=`` given by the pupil apply to every line; the other cue remains."""
    frame = pd.DataFrame({"x": [1, 2, 1, 2], "y": [1, 2, 3, 4], "groupe": ["a", "a", "b", "b"]})
    dashed = plots.line_chart(frame, x="x", y="y", hue="groupe", ls="--")
    assert [(line.get_marker(), line.get_linestyle()) for line in dashed.get_lines()] == [
        ("o", "--"),
        ("s", "--"),
    ]
    dots = plots.line_chart(
        frame, x="x", y="y", hue="groupe", marker=".", ax=plt.figure().add_subplot()
    )
    assert [(line.get_marker(), line.get_linestyle()) for line in dots.get_lines()] == [
        (".", "-"),
        (".", "--"),
    ]
