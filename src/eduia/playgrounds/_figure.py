"""The figure half of the playground framework: a figure drawn once, then only what changes.

A draw function builds its axes and artists once with :func:`scene`, declares those that move with
:func:`dynamic`, and the widget renders with :func:`render_png`, which repaints only the moving
artists over a kept background (matplotlib's blitting). Artists that must stay above the moving
ones are kept as pictures and laid over them (:func:`above`, :func:`kept_texts`,
:mod:`eduia.playgrounds._layers`). What each figure holds (its scene, its moving artists, its
background, its kept pictures) lives in one table here, keyed by the figure, not on the figure.

Of :mod:`eduia.playgrounds`, this module imports only :mod:`eduia.playgrounds._layers`; that module
and matplotlib only when called.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass
class _FigureState:
    key: Any = None
    artists: Any = None
    moving: list[Any] = field(default_factory=list)
    above: list[Any] = field(default_factory=list)
    texts: list[Any] = field(default_factory=list)
    background: Any = None
    overlay: Any = None  # the picture of the `above` artists (eduia.playgrounds._layers.Patch)
    stamps: Any = None  # the pictures of `texts` (eduia.playgrounds._layers.KeptPictures)
    freeze_layout: bool = False


_STATES: weakref.WeakKeyDictionary[Any, _FigureState] = weakref.WeakKeyDictionary()


def _state(fig: Figure) -> _FigureState:
    state = _STATES.get(fig)
    if state is None:
        state = _STATES[fig] = _FigureState()
    return state


def new_figure(figsize: tuple[float, float] = (7.0, 4.5), dpi: int = 90) -> Figure:
    """A matplotlib Figure drawn with Agg, outside pyplot (no global state, no leak).

    Examples
    --------
    >>> new_figure((4, 3)).get_size_inches().tolist()
    [4.0, 3.0]
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=figsize, dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def scene(fig: Figure, key: Any, build: Callable[[Figure], Any]) -> Any:
    """The artists ``build(fig)`` made on ``fig``, built once per ``key`` and then reused.

    A draw function calls it to create its axes and artists the first time, and gets the same
    artists back on the next calls with the same ``key`` (e.g. the playground's name and the id
    of its data), so that an update only changes data on existing artists. A different key
    clears the figure and builds again. The layout is computed at the first render after a
    build and then frozen, because constrained layout costs tens of milliseconds per draw.

    Examples
    --------
    >>> fig = new_figure()
    >>> first = scene(fig, "demo", lambda f: f.add_subplot())
    >>> scene(fig, "demo", lambda f: f.add_subplot()) is first
    True
    """
    state = _state(fig)
    if state.artists is not None and state.key == key:
        return state.artists
    fig.clear()
    state.moving, state.above, state.texts, state.background = [], [], [], None
    fig.set_layout_engine("constrained")
    state.artists = build(fig)
    state.key = key
    state.freeze_layout = True  # laid out once at the next render, then kept (speed)
    return state.artists


def dynamic(fig: Figure, *artists: Any) -> None:
    """Declare the artists that change from one update to the next (points, lines, texts).

    The widget draws everything else once, keeps that picture, and on each update pastes it
    back and draws only these artists (matplotlib's "blitting"): a map with its axes, ticks and
    legend then redraws in a few milliseconds. Call it from the ``build`` of :func:`scene`.
    When something *else* changes (axis limits, a rebuilt axes), call :func:`static_changed`.
    Dynamic artists are painted over all the others (in their z-order): declare as dynamic too
    any artist that must stay above them, e.g. points over a changing background image, or a
    legend inside the axes.

    Examples
    --------
    >>> fig = new_figure()
    >>> line, = fig.add_subplot().plot([0, 1], [0, 1])
    >>> dynamic(fig, line)
    """
    state = _state(fig)
    state.moving = [*state.moving, *artists]
    state.background = None


def above(fig: Figure, *artists: Any) -> None:
    """Declare artists that do not change but must stay above the :func:`dynamic` ones (a legend
    inside the axes, points over a moving background image).

    They are drawn once on a transparent layer, kept, and laid over each new picture: cheaper
    than drawing them again at each update (a legend's texts take 10-15 ms). Call it from the
    ``build`` of :func:`scene`; :func:`static_changed` draws them again.

    Examples
    --------
    >>> fig = new_figure()
    >>> ax = fig.add_subplot()
    >>> line, = ax.plot([0, 1], [0, 1], label="droite")
    >>> dynamic(fig, line)
    >>> above(fig, ax.legend())
    """
    state = _state(fig)
    state.above = [*state.above, *artists]
    state.background = None


def kept_texts(fig: Figure, *texts: Any) -> None:
    """Declare texts that change their words or colour but not their place or size (the numbers
    of a grid, a confusion matrix's counts): each version is drawn once, kept, and laid over the
    picture above the :func:`dynamic` artists. Drawing text is the slowest part of an update.

    Examples
    --------
    >>> fig = new_figure()
    >>> kept_texts(fig, fig.text(0.5, 0.5, "0"))
    """
    state = _state(fig)
    state.texts = [*state.texts, *texts]
    state.background = None


def static_changed(fig: Figure) -> None:
    """Tell the widget that more than the :func:`dynamic` artists changed: redraw all next time.

    Examples
    --------
    >>> static_changed(new_figure())
    """
    _state(fig).background = None


def render_png(fig: Figure) -> bytes:
    """The figure drawn with Agg, as PNG bytes (fast compression: speed over size).

    The picture is reduced to 256 colours (no dithering): invisible on a chart, and it makes the
    encoding about three times faster. When the draw function declared its changing artists with
    :func:`dynamic`, the rest of the figure is drawn once and reused.

    Examples
    --------
    >>> render_png(new_figure((2, 2)))[:4]
    b'\\x89PNG'
    """
    _draw(fig)
    return encode_png(fig)


def encode_png(fig: Figure) -> bytes:
    """What the figure's canvas shows now, as PNG bytes in 256 colours (see :func:`render_png`).

    Examples
    --------
    >>> fig = new_figure((2, 2))
    >>> fig.canvas.draw()
    >>> encode_png(fig)[:4]
    b'\\x89PNG'
    """
    from PIL import Image

    canvas = fig.canvas
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    image = image.convert("RGB").quantize(
        256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def _draw(fig: Figure) -> None:
    from eduia.playgrounds._layers import KeptPictures, draw_alone, lay_over, stamps

    canvas = fig.canvas
    state = _state(fig)
    moving = _in_order(state.moving)
    if state.background is None or not moving:
        layered = [*moving, *state.above, *state.texts] if moving else []
        for artist in layered:
            artist.set_animated(True)
        try:
            canvas.draw()
            if state.freeze_layout:  # see scene()
                fig.set_layout_engine("none")
                state.freeze_layout = False
            state.background = canvas.copy_from_bbox(fig.bbox)
            state.overlay = draw_alone(fig, _in_order(state.above)) if state.above else None
            state.stamps = KeptPictures()
        finally:
            for artist in layered:
                artist.set_animated(False)
    pictures = stamps(fig, state.texts, state.stamps) if moving else []
    canvas.restore_region(state.background)
    for artist in moving:
        (artist.axes or fig).draw_artist(artist)
    for picture in pictures:
        lay_over(fig, picture)
    if moving:
        lay_over(fig, state.overlay)


def _in_order(artists: list[Any]) -> list[Any]:
    return sorted(artists, key=lambda artist: artist.get_zorder())
