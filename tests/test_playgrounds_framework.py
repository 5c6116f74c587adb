"""The playground framework: controls, widget, redraw, errors in French, autograding placeholder."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from eduia import playgrounds
from eduia.i18n import t
from eduia.playgrounds._base import (
    Placeholder,
    Playground,
    PlaygroundError,
    checkbox,
    dropdown,
    float_slider,
    int_slider,
    memo,
    new_figure,
    scene,
    show,
)


def draw_demo(*, n: int = 3, scale: float = 1.0, colour: str = "C0", grid: bool = False, fig=None):
    """A tiny playground: n bars; n = 0 is a pupil's error."""
    if n < 1:
        raise PlaygroundError(
            t("playgrounds.out_of_range", name="n", minimum=1, maximum=9, value=n)
        )
    fig = fig if fig is not None else new_figure((3, 2))
    ax = scene(fig, "demo", lambda f: f.add_subplot())
    ax.clear()
    heights = [scale * (i + 1) for i in range(n)]
    ax.bar(range(n), heights, color=colour)
    ax.grid(grid)
    return heights


def demo_controls():
    return [
        int_slider("n", "n", 0, 9, value=3),
        float_slider("scale", "échelle", 0.5, 2.0, value=1.0),
        dropdown("colour", "couleur", [("bleu", "C0"), ("orange", "C1")]),
        checkbox("grid", "grille"),
    ]


def demo(**values):
    return show(Playground("demo", draw=draw_demo, controls=demo_controls, values=values))


@pytest.fixture(autouse=True)
def _not_autograding(monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setenv("EDUIA_LANG", "fr")


def test_widget_builds_with_keyboard_controls_and_initial_values():
    import ipywidgets as widgets

    playground = demo(n=5)
    assert isinstance(playground, widgets.VBox)
    assert isinstance(playground.controls["n"], widgets.IntSlider)
    assert isinstance(playground.controls["scale"], widgets.FloatSlider)
    assert isinstance(playground.controls["colour"], widgets.Dropdown)
    assert isinstance(playground.controls["grid"], widgets.Checkbox)
    assert playground.controls["scale"].description == "échelle"
    assert playground.result == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert playground.image.value[:4] == b"\x89PNG"
    assert playground.error is None


def test_changing_a_control_redraws_the_image():
    playground = demo()
    before = playground.image.value
    playground.controls["n"].value = 7
    assert playground.result == [float(i) for i in range(1, 8)]
    assert playground.image.value != before
    after_n = playground.image.value
    playground.controls["colour"].value = "C1"
    assert playground.image.value != after_n


def test_update_sets_several_controls_with_one_redraw():
    playground = demo()
    count = playground.updates
    result = playground.update(n=2, scale=2.0)
    assert result == [2.0, 4.0]
    assert playground.updates == count + 1


def test_pupil_error_is_shown_in_french_and_not_raised():
    playground = demo()
    good_image = playground.image.value
    playground.controls["n"].value = 0
    assert playground.error == t(
        "playgrounds.out_of_range", name="n", minimum=1, maximum=9, value=0
    )
    assert "doit être entre" in playground.message.value
    assert playground.image.value == good_image  # the last good picture stays
    playground.controls["n"].value = 4
    assert playground.error is None and playground.message.value == ""


def test_unexpected_error_is_shown_in_french_with_its_detail():
    def broken(*, n=1, fig=None):
        raise ZeroDivisionError("division by zero")

    playground = show(
        Playground("broken", draw=broken, controls=lambda: [int_slider("n", "n", 1, 3)])
    )
    assert "n'a pas pu se redessiner" in playground.error
    assert "ZeroDivisionError" in playground.error
    assert "Traceback" not in playground.message.value


def test_impossible_values_set_programmatically_do_not_raise():
    playground = demo()
    playground.update(colour="violet")  # not an option of the dropdown
    assert "ne convient pas" in playground.error
    playground.update(nothing=1)
    assert "pas de réglage" in playground.error


def test_english_messages_are_available(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "en")
    playground = demo()
    playground.update(n=0)
    assert playground.error.startswith("“n” must be between")


def test_placeholder_under_autograding_computes_nothing(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")

    def must_not_run(**_):
        raise AssertionError("drawn under autograding")

    def controls_must_not_run():
        raise AssertionError("controls built under autograding")

    result = show(Playground("demo", draw=must_not_run, controls=controls_must_not_run))
    assert isinstance(result, Placeholder)
    assert "correction automatique" in repr(result)
    assert "correction automatique" in result._repr_html_()


def test_placeholder_imports_neither_matplotlib_nor_ipywidgets():
    code = (
        "import os, sys; os.environ['NBGRADER_EXECUTION'] = 'autograde'\n"
        "from eduia.playgrounds._base import Playground, show\n"
        "print(type(show(Playground('x', draw=None, controls=None))).__name__)\n"
        "print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == ["Placeholder", "False", "False"]


def test_sweep_covers_each_control_range():
    assert int_slider("k", "k", 1, 30).sweep(4) == [1, 11, 20, 30]
    assert float_slider("x", "x", 0.0, 1.0).sweep(3) == [0.0, 0.5, 1.0]
    assert dropdown("c", "c", [("a", 1), ("b", 2)]).sweep() == [1, 2]
    assert checkbox("g", "g").sweep() == [False, True]


def test_scene_is_rebuilt_only_for_a_new_key():
    fig = new_figure()
    first = scene(fig, "a", lambda f: f.add_subplot())
    assert scene(fig, "a", lambda f: f.add_subplot()) is first
    second = scene(fig, "b", lambda f: f.add_subplot())
    assert second is not first and fig.axes == [second]


def test_memo_computes_once_per_object_and_forgets_dead_objects():
    import gc

    import pandas as pd

    calls = []
    frame = pd.DataFrame({"x": [1, 2, 3]})
    build = lambda d: calls.append(1) or int(d["x"].sum())
    assert memo(frame, "sum", build) == 6
    assert memo(frame, "sum", build) == 6
    assert len(calls) == 1
    other = pd.DataFrame({"x": [4]})
    assert memo(other, "sum", build) == 4
    from eduia.playgrounds import _base

    del frame
    gc.collect()
    assert len([key for key in _base._MEMO if key[1] == "sum"]) == 1


def test_package_lists_every_lesson_playground_lazily():
    assert set(playgrounds.PLAYGROUNDS) >= {
        "commune_map",
        "rule_vs_learned",
        "knn_map",
        "line_fit",
        "tree_depth",
        "threshold",
        "complexity_curve",
        "kmeans_steps",
        "neuron",
        "digit_drawing",
        "next_word",
        "fairness",
    }
    assert set(playgrounds.__all__) >= set(playgrounds.PLAYGROUNDS)


def test_missing_playground_module_fails_with_a_clear_error(monkeypatch):
    monkeypatch.setitem(playgrounds.PLAYGROUNDS, "not_written_yet", "not_written_yet")
    with pytest.raises(ImportError, match="pas encore disponible"):
        playgrounds.not_written_yet  # noqa: B018


def test_import_eduia_playgrounds_stays_light():
    code = "import eduia.playgrounds, sys; print(any(m in sys.modules for m in ('numpy', 'matplotlib', 'ipywidgets', 'pandas')))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.strip() == "False"


def test_package_attribute_stays_the_function_after_module_import():
    name = next(n for n, m in playgrounds.PLAYGROUNDS.items() if n == m and _exists(m))
    module = importlib.import_module(f"eduia.playgrounds.{name}")
    assert getattr(playgrounds, name) is getattr(module, name)
    assert callable(getattr(playgrounds, name))


def _exists(module: str) -> bool:
    return importlib.util.find_spec(f"eduia.playgrounds.{module}") is not None


def test_fast_redraw_of_dynamic_artists_gives_the_same_picture_as_a_full_draw():
    from eduia.playgrounds._base import dynamic, static_changed
    from eduia.playgrounds._widget import render_png

    fig = new_figure((3, 2))

    def build(f):
        ax = f.add_subplot()
        ax.set_xlim(0, 10)
        ax.set_ylim(0, 10)
        (line,) = ax.plot([], [], "o-")
        dynamic(f, line)
        return line

    line = scene(fig, "blit", build)
    first = render_png(fig)
    line.set_data([1, 5, 9], [2, 8, 3])
    fast = render_png(fig)
    assert fast != first
    static_changed(fig)
    assert render_png(fig) == fast


def _pixels(png: bytes):
    import io

    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _layered_scene(fig):
    """A moving line under an opaque legend kept above it, and a grid number kept as text."""
    from eduia.playgrounds._base import above, dynamic, kept_texts

    def build(f):
        ax = f.add_subplot()
        ax.set_xlim(0, 10)
        ax.set_ylim(0, 10)
        (line,) = ax.plot([], [], color="red", linewidth=8, label="ligne")
        legend = ax.legend(loc="center", framealpha=1, fontsize=14)
        number = ax.text(2, 8, "", fontsize=16, color="blue")
        dynamic(f, line)
        above(f, legend)
        kept_texts(f, number)
        return line, legend, number

    return scene(fig, "layers", build)


def test_kept_texts_and_artists_above_look_as_in_a_full_matplotlib_draw():
    from eduia.playgrounds._figure import encode_png
    from eduia.playgrounds._widget import render_png

    fig = new_figure((3, 3))
    line, legend, number = _layered_scene(fig)
    pictures = {}
    for words in ("1", "27", "1"):
        line.set_data([0, 10], [5, 5])  # across the legend in the middle
        number.set_text(words)
        pictures.setdefault(words, []).append(_pixels(render_png(fig)))
    assert (pictures["1"][0] == pictures["1"][1]).all()  # the kept picture of "1", pasted again
    assert (pictures["1"][0] != pictures["27"][0]).any()  # new words, new picture
    fig.canvas.draw()  # matplotlib alone, nothing kept: the legend drawn over the line
    plain = encode_png(fig)
    difference = abs(_pixels(plain) - pictures["1"][1])
    assert difference.mean() < 0.05 and (difference.max(axis=2) > 40).sum() < 20
    centre = fig.transFigure.inverted().transform(legend.get_window_extent().corners().mean(0))
    height, width = pictures["1"][1].shape[:2]
    row, column = int((1 - centre[1]) * height), int(centre[0] * width)
    assert pictures["1"][1][row, column].tolist() != [255, 0, 0]  # the line stays under it


def test_the_pictures_kept_of_texts_are_bounded():
    from eduia.playgrounds._figure import _state
    from eduia.playgrounds._layers import MAX_STAMP_BYTES, stamps
    from eduia.playgrounds._widget import render_png

    fig = new_figure((4, 4))
    _, _, number = _layered_scene(fig)
    number.set(x=0, y=0.5, fontsize=60)  # a big picture per value: the budget is soon reached
    render_png(fig)
    kept = _state(fig).stamps
    biggest, largest_patch = 0, 0
    for value in range(200):  # a slider swept over hundreds of values
        number.set_text(f"{value:03d} 888")
        stamps(fig, [number], kept)
        biggest = max(biggest, kept.nbytes)
        largest_patch = max(largest_patch, max(p.pixels.nbytes for p in kept.values() if p))
    assert 200 * largest_patch > 2 * MAX_STAMP_BYTES  # unbounded, it would hold twice the budget
    assert 0 < kept.nbytes and biggest <= MAX_STAMP_BYTES + largest_patch
    assert sum(patch.pixels.nbytes for patch in kept.values()) == kept.nbytes


def test_result_summary_is_shown_as_text_under_the_figure():
    from dataclasses import dataclass

    @dataclass
    class Scored:
        summary: str

    def draw(*, n=1, fig=None):
        return Scored(summary=f"Score : {n} <sur 3>\nDeuxième ligne")

    playground = show(
        Playground("scored", draw=draw, controls=lambda: [int_slider("n", "n", 1, 3)])
    )
    assert "Score : 1 &lt;sur 3&gt;<br>Deuxième ligne" in playground.caption.value
    assert 'aria-live="polite"' in playground.caption.value
    playground.controls["n"].value = 2
    assert "Score : 2" in playground.caption.value


LESSONS_00_TO_05 = [
    "commune_map",
    "rule_vs_learned",
    "knn_map",
    "line_fit",
    "tree_depth",
    "threshold",
    "complexity_curve",
]


def test_lesson_playgrounds_cost_nothing_under_autograding():
    code = (
        "import os, sys; os.environ['NBGRADER_EXECUTION'] = 'autograde'\n"
        "import eduia.playgrounds as p\n"
        f"print(sorted({{type(getattr(p, n)()).__name__ for n in {LESSONS_00_TO_05!r}}}))\n"
        "print(sorted(m for m in ('matplotlib', 'ipywidgets', 'sklearn', 'pandas') if m in sys.modules))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.splitlines() == ["['Placeholder']", "[]"]


def test_playground_displays_as_a_jupyter_widget_view():
    bundle = demo()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_starting_values_out_of_range_or_refused_are_explained_not_raised():
    playground = demo(n=50, colour="violet")
    assert playground.result == [float(i) for i in range(1, 10)]  # n kept at the slider's maximum
    assert playground.error is None
    assert "ne peut pas valoir 50" in playground.message.value
    assert "ne convient pas" in playground.message.value
    playground.update(n=99)
    assert playground.controls["n"].value == 9
    assert "ne peut pas valoir 99" in playground.message.value


DECLARED = [name for name in playgrounds.PLAYGROUNDS if name != "digit_drawing"]


@pytest.mark.parametrize("name", DECLARED)
def test_entry_function_takes_the_draw_functions_keywords_and_defaults(name):
    import inspect

    entry = getattr(playgrounds, name)
    draw = entry.declaration.draw
    wanted = {
        key: parameter.default
        for key, parameter in inspect.signature(draw).parameters.items()
        if key != "fig"
    }
    given = inspect.signature(entry).parameters
    assert {key: parameter.default for key, parameter in given.items()} == wanted
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in given.values())
    assert entry.__name__ == name and entry.__doc__


def test_an_unknown_keyword_of_an_entry_function_is_a_type_error():
    with pytest.raises(TypeError, match="'kk'"):
        playgrounds.knn_map(kk=3)


def test_a_control_starts_from_the_draw_functions_default():
    def draw(*, n: int = 4, fig=None):
        return n

    shown = show(Playground("d", draw=draw, controls=lambda: [int_slider("n", "n", 1, 9)]))
    assert shown.controls["n"].value == 4 and shown.result == 4


def test_the_figure_keeps_no_private_state_of_the_framework():
    from eduia.playgrounds._base import dynamic
    from eduia.playgrounds._widget import render_png

    fig = new_figure((2, 2))
    scene(fig, "state", lambda f: dynamic(f, *f.add_subplot().plot([0, 1], [0, 1])))
    render_png(fig)
    assert not [name for name in vars(fig) if name.startswith("_eduia")]


def test_no_import_cycle_between_the_playground_modules():
    import ast
    from pathlib import Path

    folder = Path(playgrounds.__file__).parent
    graph = {}
    for path in folder.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "eduia.playgrounds."
            ):
                imported.add(node.module.rsplit(".", 1)[1])
        graph[path.stem] = imported - {path.stem}

    def reaches(start, goal, seen=()):
        return any(
            n == goal or (n not in seen and reaches(n, goal, (*seen, n)))
            for n in graph.get(start, ())
        )

    assert [name for name in graph if reaches(name, name)] == []
