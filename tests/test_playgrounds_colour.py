"""The playgrounds' charts without colour: categories differ by shape, line style, hatching or
words as well as colour (issue 19), as tests/test_plots_accessibility.py checks for eduia.plots.

Each playground is drawn once (its defaults; kmeans_steps one step in, when the communes have
their groups) on the real data. In every axes, the categories seen by colour are gathered:

- points (scatters): per colour, the outlines of its markers;
- lines: per colour, its marker and line style, or a word written in that colour beside it;
- bars (bar and histogram containers): per colour, its hatching.

Two colours with the same signature differ by colour alone, and the test fails.
"""

from __future__ import annotations

import importlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.container import BarContainer

from eduia import i18n
from eduia.playgrounds import PLAYGROUNDS
from eduia.playgrounds._base import new_figure

#: Settings other than the defaults, where the defaults show a single category.
SETTINGS = {"kmeans_steps": {"step": 1}}


@pytest.fixture(autouse=True)
def _french_and_clean() -> None:
    i18n.set_language("fr")
    yield
    i18n._chosen_language = None
    plt.close("all")


def _colour(rgba) -> str:
    return to_hex(rgba, keep_alpha=False)


def _outline(path) -> tuple[float, ...]:
    vertices = path.vertices
    span = np.ptp(vertices, axis=0).max() or 1.0
    return tuple(np.round(vertices / span, 2).ravel())


def _points(ax) -> dict[str, frozenset]:
    """Each colour of ``ax``'s scatter points, with the outlines of its markers."""
    found: dict[str, set] = {}
    for collection in ax.collections:
        if not isinstance(collection, PathCollection) or not collection.get_visible():
            continue
        count, paths = len(collection.get_offsets()), collection.get_paths()
        faces = collection.get_facecolors()
        if not count or not len(paths) or not len(faces):
            continue
        for i in range(count):
            outline = _outline(paths[i % len(paths)])
            found.setdefault(_colour(faces[i % len(faces)]), set()).add(outline)
    return {colour: frozenset(outlines) for colour, outlines in found.items()}


def _lines(ax) -> dict[str, frozenset]:
    """Each colour of ``ax``'s drawn lines, with their marker and style or the words in that colour."""
    words: dict[str, set] = {}
    for text in ax.texts:
        if text.get_visible() and text.get_text().strip():
            words.setdefault(_colour(text.get_color()), set()).add(text.get_text())
    found: dict[str, set] = {}
    for line in ax.get_lines():
        if not line.get_visible() or len(line.get_xdata()) == 0:
            continue
        colour = _colour(line.get_color())
        signature = (line.get_marker(), str(line.get_linestyle()), *sorted(words.get(colour, ())))
        found.setdefault(colour, set()).add(signature)
    return {colour: frozenset(signatures) for colour, signatures in found.items()}


def _bars(ax) -> dict[str, frozenset]:
    """Each colour of ``ax``'s bars (bar charts, histograms), with its hatching."""
    found: dict[str, set] = {}
    for container in ax.containers:
        if not isinstance(container, BarContainer):
            continue
        for bar in container:
            if bar.get_visible() and bar.get_width() and bar.get_height():
                colour = _colour(bar.get_facecolor())
                found.setdefault(colour, set()).add(bar.get_hatch() or "")
    return {colour: frozenset(hatches) for colour, hatches in found.items()}


def _colour_only(signatures: dict[str, frozenset]) -> list[tuple[str, str]]:
    """The pairs of colours whose categories look the same once colour is gone."""
    colours = sorted(signatures)
    return [
        (a, b)
        for i, a in enumerate(colours)
        for b in colours[i + 1 :]
        if signatures[a] == signatures[b]
    ]


def _draw(name: str):
    module = importlib.import_module(f"eduia.playgrounds.{PLAYGROUNDS[name]}")
    fig = new_figure()
    getattr(module, f"draw_{name}")(fig=fig, **SETTINGS.get(name, {}))
    return fig


@pytest.mark.parametrize("name", list(PLAYGROUNDS))
def test_no_playground_tells_categories_apart_by_colour_alone(name: str) -> None:
    fig = _draw(name)
    seen = 0
    for number, ax in enumerate(fig.axes):
        for kind, gather in (("points", _points), ("lines", _lines), ("bars", _bars)):
            signatures = gather(ax)
            seen += len(signatures)
            clashes = _colour_only(signatures)
            assert not clashes, (
                f"{name}, axes {number}: {kind} of colours {clashes} differ by colour alone"
            )
    assert seen, f"{name}: nothing was found to check"


@pytest.mark.parametrize(
    ("name", "kind", "least"),
    [
        ("rule_vs_learned", _points, 2),
        ("tree_depth", _points, 2),
        ("neuron", _points, 2),
        ("commune_map", _points, 5),
        ("kmeans_steps", _points, 3),
        ("threshold", _bars, 2),
        ("fairness", _bars, 2),
        ("next_word", _bars, 2),
        ("complexity_curve", _lines, 2),
    ],
)
def test_the_checked_charts_really_have_several_categories(name, kind, least) -> None:
    """The test above is not empty: these charts do show several colours to tell apart."""
    fig = _draw(name)
    assert max(len(kind(ax)) for ax in fig.axes) >= least


def test_a_chart_told_apart_by_colour_alone_is_caught() -> None:
    ax = new_figure().add_subplot()
    ax.scatter([0, 1], [0, 1], color="#0072B2")
    ax.scatter([2, 3], [0, 1], color="#E69F00")
    ax.plot([0, 1], [0, 1], color="#0072B2")
    ax.plot([0, 1], [1, 0], color="#E69F00")
    ax.bar([0, 1], [1, 2], color=["#0072B2", "#E69F00"])
    for gather in (_points, _lines, _bars):
        assert _colour_only(gather(ax)) == [("#0072b2", "#e69f00")]
