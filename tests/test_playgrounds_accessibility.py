"""Every playground speaks in words too: a text equivalent beside its picture, labelled controls.

The browser test (tests/test_browser_accessibility.py) runs axe-core in JupyterLab; these tests
check the same promises at the Python level, cheaply, for all twelve playgrounds on the real data:

- the picture has a text equivalent beside it (``caption``: an ``aria-live="polite"`` region with
  words in it, read by screen readers) and a short text alternative (``data-eduia-alt``);
- the text equivalent is rewritten with the picture when a control moves;
- every control has a visible French label (or, for the squares of a grid, a name), and is a
  kind of widget that the keyboard alone works (sliders: arrows; lists; tick boxes; buttons).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from playgrounds import find_widgets

from eduia.playgrounds import PLAYGROUNDS

KEYBOARD_WIDGETS = ("IntSlider", "FloatSlider", "Dropdown", "Checkbox", "ToggleButton", "Button")


def _words(caption_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", caption_html)).strip()


def _shown(name: str):
    import eduia.playgrounds

    return getattr(eduia.playgrounds, name)()


@pytest.mark.parametrize("name", list(PLAYGROUNDS))
def test_every_playground_has_words_beside_its_picture_and_labelled_controls(name: str) -> None:
    shown = _shown(name)
    widget, controls = find_widgets(shown)
    assert widget.error is None, widget.error
    caption = widget.caption.value
    assert 'aria-live="polite"' in caption
    assert len(_words(caption)) >= 10, (
        f"{name}: no text equivalent beside the picture ({caption!r})"
    )
    alt = re.search(r'data-eduia-alt="([^"]*)"', caption)
    assert alt and len(html.unescape(alt.group(1))) >= 20, (
        f"{name}: the picture has no text alternative"
    )
    buttons = _all_buttons(shown)
    for control in [*controls, *buttons]:
        kind = type(control).__name__
        assert kind in KEYBOARD_WIDGETS, (
            f"{name}: {kind} is not known to work with the keyboard alone"
        )
        label = (control.description or control.tooltip or "").strip()
        assert label, f"{name}: a {kind} without a label"
        assert getattr(control, "disabled", False) is False or kind == "Button"


@pytest.mark.parametrize("name", list(PLAYGROUNDS))
def test_the_words_change_with_the_picture(name: str) -> None:
    widget, _ = find_widgets(_shown(name))
    sliders = [control for control in widget.controls.values() if hasattr(control, "max")]
    if not sliders:
        pytest.skip(f"{name} has no slider")
    slider = sliders[0]
    before_updates = widget.updates
    target = slider.max if slider.value != slider.max else slider.min
    slider.value = target  # what a pupil's arrow keys do, in the kernel
    assert widget.updates == before_updates + 1 and widget.error is None, widget.error
    assert len(_words(widget.caption.value)) >= 10
    from eduia.playgrounds._widget import _caption

    fresh = _caption(widget.result, widget.figure, widget._shown_values(), alt=widget.alt)
    assert widget.caption.value == fresh, "the text equivalent was not rewritten with the picture"


def _all_buttons(shown):
    import ipywidgets as widgets

    root = shown if isinstance(shown, widgets.Widget) else getattr(shown, "widget", None)
    found, pending = [], [root]
    while pending:
        node = pending.pop()
        if isinstance(node, widgets.Button):
            found.append(node)
        pending.extend(getattr(node, "children", ()))
    return found


def test_the_caption_falls_back_on_the_figure_titles_then_on_the_values() -> None:
    from eduia.playgrounds._base import new_figure
    from eduia.playgrounds._widget import _caption

    figure = new_figure()
    figure.add_subplot().set_title("Départ : 4 centres", loc="left")
    assert "Départ : 4 centres" in _caption(object(), figure)
    assert "Pente = 1.5" in _caption(object(), new_figure(), {"Pente": 1.5})

    class Result:
        summary = "Score : 3 <sur 4>"

    assert "Score : 3 &lt;sur 4&gt;" in _caption(Result(), figure, alt="Graphique")


def test_the_accessibility_script_is_shown_only_inside_a_kernel(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from eduia.playgrounds._widget import ACCESSIBILITY_SCRIPT, _display_accessibility_script

    _display_accessibility_script()  # plain Python: nothing printed
    assert capsys.readouterr().out == ""
    for promise in ("aria-label", "data-eduia-alt", "aria-live", "MutationObserver"):
        assert promise in ACCESSIBILITY_SCRIPT
