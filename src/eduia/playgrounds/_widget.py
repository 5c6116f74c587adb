"""The widget half of the playground framework (see :mod:`eduia.playgrounds._base`).

Imports ipywidgets and matplotlib, so it is loaded only when a playground is shown. It reads a
:class:`~eduia.playgrounds._base.Playground` declaration by its attributes and imports nothing
of :mod:`eduia.playgrounds` but :mod:`eduia.playgrounds._figure`: dependencies point one way
(``_base`` → ``_widget`` → ``_figure``).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import ipywidgets as widgets

from eduia.errors import EduiaError
from eduia.i18n import t
from eduia.playgrounds._figure import new_figure, render_png

__all__ = [
    "ACCESSIBILITY_SCRIPT",
    "PlaygroundWidget",
    "give_back_memory",
    "make_control",
    "render_png",
]

_LABEL_STYLE = {"description_width": "initial"}
_SLIDER_LAYOUT = {"width": "32em"}


def make_control(control: Any, default: Any = None) -> widgets.Widget:
    """The keyboard-usable ipywidget for a :class:`~eduia.playgrounds._base.Control`.

    It starts from the control's value, else from ``default`` (the draw function's default).

    Examples
    --------
    >>> from eduia.playgrounds._base import int_slider
    >>> make_control(int_slider("k", "k", 1, 9, value=3)).value
    3
    """
    start = control.start(default)
    common = {"description": control.label, "style": _LABEL_STYLE}
    if control.description:
        common["tooltip"] = control.description
    if control.kind in ("int", "float"):
        slider = widgets.IntSlider if control.kind == "int" else widgets.FloatSlider
        return slider(
            value=start,
            min=control.minimum,
            max=control.maximum,
            step=control.step,
            continuous_update=control.continuous_update,
            layout=_SLIDER_LAYOUT,
            **common,
        )
    if control.kind == "choice":
        if start not in [value for _, value in control.options] and control.value is None:
            start = control.start()  # the draw function's default is not offered: the first
        return widgets.Dropdown(options=list(control.options), value=start, **common)
    if control.kind == "bool":
        return widgets.Checkbox(value=start, indent=False, **common)
    raise ValueError(f"unknown control kind {control.kind!r}")


#: Run once per page (guarded) when a playground is displayed in JupyterLab: ipywidgets gives a
#: slider's handle no accessible name and an image no ``alt``, and re-creates the HTML of a text
#: widget at each change (a live region made anew is not announced). This names every slider
#: handle after its visible label, copies the picture's text alternative (carried by the caption's
#: ``data-eduia-alt``) into its ``alt``
#: and marks the caption's lasting container as the ``aria-live`` region, now and for every
#: playground drawn later in the page.
ACCESSIBILITY_SCRIPT = """(() => {
  const fix = () => {
    for (const box of document.querySelectorAll('.eduia-playground .widget-slider')) {
      const label = box.querySelector('.widget-label');
      const handle = box.querySelector('[role=slider]');
      const text = label ? label.textContent.trim() : '';
      if (handle && text && handle.getAttribute('aria-label') !== text) {
        handle.setAttribute('aria-label', text);
      }
    }
    for (const box of document.querySelectorAll('.eduia-playground')) {
      const source = box.querySelector(':scope > .eduia-caption [data-eduia-alt]');
      const text = source ? source.getAttribute('data-eduia-alt') : '';
      for (const image of box.querySelectorAll(':scope > img.widget-image')) {
        if (text && image.getAttribute('alt') !== text) image.setAttribute('alt', text);
      }
    }
    for (const caption of document.querySelectorAll('.eduia-caption .widget-html-content')) {
      if (caption.getAttribute('aria-live') !== 'polite') caption.setAttribute('aria-live', 'polite');
    }
  };
  fix();
  if (window.eduiaAccessibility) return;
  window.eduiaAccessibility = new MutationObserver(fix);
  window.eduiaAccessibility.observe(document.body,
    {childList: true, subtree: true, attributes: true, attributeFilter: ['data-eduia-alt']});
})();"""

_CAPTION_STYLE = "font-size:1.05em;line-height:1.5"


def _caption(
    result: Any, figure: Any = None, values: dict[str, Any] | None = None, *, alt: str = ""
) -> str:
    """The text equivalent of the picture, as HTML read aloud by screen readers.

    The result's ``summary`` (scores in words) when it has one; otherwise the titles the draw
    function wrote in the figure (what it shows, already in words); otherwise the values of the
    controls it was drawn for. Never empty: every picture has its words beside it. ``alt``, the
    picture's short text alternative, rides along in ``data-eduia-alt`` (ipywidgets' Image has no
    ``alt``): :data:`ACCESSIBILITY_SCRIPT` copies it onto the image.

    Examples
    --------
    >>> _caption(None, values={"k": 3})
    '<div aria-live="polite" style="font-size:1.05em;line-height:1.5">Le graphique est à jour pour : k = 3.</div>'
    """
    text = str(getattr(result, "summary", "") or "")
    if not text and figure is not None:
        titles = [figure.get_suptitle()] if hasattr(figure, "get_suptitle") else []
        for ax in figure.axes:
            titles += [ax.get_title(loc) for loc in ("left", "center", "right")]
        text = "\n".join(title for title in titles if title and title.strip())
    if not text:
        shown = ", ".join(f"{name} = {value}" for name, value in (values or {}).items())
        text = t("accessibility.no_summary", values=shown or "—")
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    extra = f' data-eduia-alt="{html.escape(alt)}"' if alt else ""
    return f'<div aria-live="polite"{extra} style="{_CAPTION_STYLE}">{lines}</div>'


def give_back_memory() -> None:
    """Return to the system the heap memory freed since the last call (glibc's ``malloc_trim``).

    Building a playground computes large temporary arrays once (distances from every point of
    a map grid to every commune...). Python frees them, but glibc keeps the freed heap for
    later, so the kernel stays tens of MB larger than what it holds (measured: 58 MB after
    ``knn_map()``). Trimming gives that back; it costs a few milliseconds, once per playground,
    and does nothing where glibc is absent (Windows, macOS, musl).

    Examples
    --------
    >>> give_back_memory()
    """
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM: Any = None


def _display_accessibility_script() -> None:
    """Show :data:`ACCESSIBILITY_SCRIPT` in the page (only inside a Jupyter kernel)."""
    try:
        from IPython import get_ipython
        from IPython.display import Javascript, display
    except ImportError:  # pragma: no cover - ipywidgets depends on IPython
        return
    shell = get_ipython()
    if shell is not None and getattr(shell, "kernel", None) is not None:
        display(Javascript(ACCESSIBILITY_SCRIPT))


def _explain(error: Exception) -> str:
    """The French text shown for ``error``: its own message if it is a pupil's error."""
    if isinstance(error, EduiaError):  # PlaygroundError and every other pupil-facing error
        return str(error)
    return t("playgrounds.unexpected_error", kind=type(error).__name__, detail=error)


class PlaygroundWidget(widgets.VBox):
    """A playground on screen: its controls, the figure as a PNG image and a message line.

    Every control change calls the playground's draw function on the same figure with the
    gathered values, then swaps the image bytes. A :class:`PlaygroundError` or any other
    exception is shown in French in :attr:`message` (the last good image stays).

    Attributes
    ----------
    controls : dict
        The control widgets by keyword name.
    image : ipywidgets.Image
        The figure, as PNG bytes.
    caption : ipywidgets.HTML
        The ``summary`` of the last result (scores in words), if it has one: text in the page
        is read by screen readers and costs nothing to draw, unlike text in the figure.
    message : ipywidgets.HTML
        Empty, or the French explanation of the last error.
    result : object
        What the draw function returned last time it succeeded.
    error : str or None
        The text of the last error, ``None`` after a good update.

    Examples
    --------
    >>> from eduia.playgrounds import knn_map
    >>> playground = knn_map()  # doctest: +SKIP
    >>> playground.update(k=7)  # doctest: +SKIP
    """

    def __init__(self, playground: Any) -> None:
        self.playground = playground
        self.result: Any = None
        self.error: str | None = None
        try:
            self.declarations = playground.declared_controls()
        except Exception as error:  # noqa: BLE001 - e.g. the data of a drop-down list is unreadable
            self.declarations = []
            self._pending_error = _explain(error)
        else:
            self._pending_error = None
        defaults = playground.defaults()
        self.controls = {c.name: make_control(c, defaults.get(c.name)) for c in self.declarations}
        given = playground.arguments()
        wanted = {k: v for k, v in given.items() if v is not None and k in self.controls}
        note = " ".join(filter(None, self._set_values(wanted)))
        self.figure = new_figure(playground.figsize, dpi=playground.dpi)
        self.alt = t("accessibility.figure_alt", title=playground.title or playground.name)
        self.image = widgets.Image(format="png", layout={"max_width": "100%"})
        self.message = widgets.HTML()
        self.caption = widgets.HTML(layout={"margin": "0 0 0 1em"})
        self.caption.add_class("eduia-caption")
        self.updates = 0
        self._holding = False
        header = (
            [widgets.HTML(f"<b>{html.escape(playground.title)}</b>")] if playground.title else []
        )
        super().__init__(
            children=[*header, *self.controls.values(), self.image, self.caption, self.message]
        )
        self.add_class("eduia-playground")
        _display_accessibility_script()  # in a notebook: names the sliders, alt on the picture
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        if self._pending_error is not None:
            self._show_error(self._pending_error)
        elif self.redraw() is not None and note:
            self._show_note(note)
        give_back_memory()  # the set-up's temporary arrays (see benchmarks/kernel_memory.py)

    def fixed(self) -> dict[str, Any]:
        """The playground's arguments that are no control, passed to the draw function as given
        (read at each redraw: a composite widget may change them, see ``digit_drawing``)."""
        given = self.playground.arguments()
        return {name: value for name, value in given.items() if name not in self.controls}

    def values(self) -> dict[str, Any]:
        """The current value of every control, by keyword name."""
        return {name: control.value for name, control in self.controls.items()}

    def _shown_values(self) -> dict[str, Any]:
        """The controls' values by visible label, for the last-resort text equivalent."""
        return {
            (control.description or name): control.value for name, control in self.controls.items()
        }

    def redraw(self) -> Any:
        """Draw with the current values and show the image, or the error in French."""
        try:
            result = self.playground.draw(fig=self.figure, **self.fixed(), **self.values())
            self.image.value = render_png(self.figure)
        except Exception as error:  # noqa: BLE001 - shown to the pupil in French, never swallowed
            self._show_error(_explain(error))
            return None
        self.result, self.error = result, None
        self.message.value = ""
        self.caption.value = _caption(result, self.figure, self._shown_values(), alt=self.alt)
        self.updates += 1
        return result

    def update(self, **values: Any) -> Any:
        """Set several controls at once (one redraw) and return the new result.

        Examples
        --------
        >>> playground.update(slope=1.5, intercept=0.0)  # doctest: +SKIP
        """
        unknown = sorted(set(values) - set(self.controls))
        if unknown:
            self._show_error(t("playgrounds.unknown_control", names=", ".join(unknown)))
            return None
        with self._hold():
            refused, adjusted = self._set_values(values)
        if refused:  # nothing is redrawn: the pupil reads why
            self._show_error(refused)
            return None
        result = self.redraw()
        if result is not None and adjusted:
            self._show_note(adjusted)
        return result

    def _set_values(self, values: dict[str, Any]) -> tuple[str, str]:
        """Set the controls; return French notes on the values refused, and on those moved into
        a slider's range (a slider keeps its value between its minimum and maximum)."""
        refused, adjusted = [], []
        for name, value in values.items():
            control = self.controls[name]
            try:
                control.value = value
            except Exception as error:  # noqa: BLE001 - traitlets refuses the value: say so in French
                refused.append(t("playgrounds.refused_value", name=name, value=value, detail=error))
                continue
            if control.value != value:
                label = control.description or name
                adjusted.append(
                    t("playgrounds.value_adjusted", name=label, value=value, kept=control.value)
                )
        return " ".join(refused), " ".join(adjusted)

    @contextmanager
    def _hold(self) -> Iterator[None]:
        self._holding = True
        try:
            yield
        finally:
            self._holding = False

    def _on_change(self, _change: dict) -> None:
        if not self._holding:
            self.redraw()

    def _show_note(self, text: str) -> None:
        self.message.value = f'<div role="status" style="color:#7a4b00">{html.escape(text)}</div>'

    def _show_error(self, text: str) -> None:
        self.error = text
        self.message.value = (
            f'<div role="alert" style="color:#9f1d1d;font-weight:bold">{html.escape(text)}</div>'
        )
