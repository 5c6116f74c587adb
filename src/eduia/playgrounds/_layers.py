"""Pictures of a few artists, drawn once on a transparent layer and laid over each new frame.

Drawing text is the slowest part of a playground's update (a legend takes 10-15 ms, the 64
numbers of the digit grid 40 ms): :mod:`eduia.playgrounds._figure` keeps what such artists
look like as small RGBA patches (:class:`Patch`) and pastes them with "over" compositing instead
of drawing them again. Patches are uint8, cropped to the pixels the artists cover.

This module imports matplotlib only through the figures it is given, and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Above this many bytes of kept pictures of texts, a figure forgets them all (a slider swept
#: end to end over hundreds of positions must not grow the pupil's kernel without bound).
MAX_STAMP_BYTES = 4 * 2**20


class KeptPictures(dict):
    """Pictures by key, forgotten all at once past :data:`MAX_STAMP_BYTES`."""

    nbytes = 0

    def keep(self, key: tuple, patch: Patch | None) -> None:
        if self.nbytes > MAX_STAMP_BYTES:
            self.clear()
        self[key] = patch
        self.nbytes += 0 if patch is None else patch.pixels.nbytes

    def clear(self) -> None:
        super().clear()
        self.nbytes = 0


@dataclass(frozen=True)
class Patch:
    """An RGBA picture (uint8, straight alpha) to lay at pixel row ``top``, column ``left``.

    Its colours multiplied by its opacity, and the share it leaves to what is under it, are
    computed once (uint16): laying it over is then a few integer operations.
    """

    top: int
    left: int
    pixels: Any
    premultiplied: Any = field(init=False, repr=False, compare=False)
    left_over: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        alpha = self.pixels[:, :, 3:].astype(np.uint16)
        premultiplied = self.pixels.astype(np.uint16) * alpha
        premultiplied[:, :, 3:] = alpha * 255
        object.__setattr__(self, "premultiplied", premultiplied + 127)  # rounded by // 255
        object.__setattr__(self, "left_over", 255 - alpha)


def draw_alone(fig: Figure, artists: list[Any]) -> Patch | None:
    """``artists`` drawn alone, in this order, on the figure's canvas cleared to transparent: the
    part they cover, or None when they cover nothing. The canvas must be redrawn afterwards.

    Examples
    --------
    >>> from eduia.playgrounds._figure import new_figure
    >>> fig = new_figure((2, 2))
    >>> fig.canvas.draw()
    >>> patch = draw_alone(fig, [fig.text(0.5, 0.5, "8")])
    >>> patch.pixels.shape[2], int(patch.pixels[:, :, 3].max())
    (4, 255)
    """
    renderer = fig.canvas.get_renderer()
    renderer.clear()  # transparent
    for artist in artists:
        (artist.axes or fig).draw_artist(artist)
    layer = np.asarray(fig.canvas.buffer_rgba())
    row, column = _covered(fig, artists, renderer, layer.shape[:2])
    alpha = layer[row, column, 3]
    rows, columns = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    if not len(rows):
        return None
    top, bottom = row.start + rows[0], row.start + rows[-1] + 1
    left, right = column.start + columns[0], column.start + columns[-1] + 1
    return Patch(int(top), int(left), layer[top:bottom, left:right].copy())


#: Pixels around an artist's box that its drawing may still cover (antialiasing, a halo, a
#: text's background box).
MARGIN = 12


def _covered(fig: Figure, artists: list[Any], renderer: Any, shape: tuple[int, int]):
    """The rows and columns of the canvas that ``artists`` may cover (the whole canvas when
    matplotlib cannot say): scanning only those keeps a new text's picture cheap."""
    height, width = shape
    try:
        boxes = [artist.get_window_extent(renderer) for artist in artists]
        patches = [getattr(artist, "get_bbox_patch", lambda: None)() for artist in artists]
        boxes += [patch.get_window_extent(renderer) for patch in patches if patch is not None]
        x0, x1 = min(b.x0 for b in boxes) - MARGIN, max(b.x1 for b in boxes) + MARGIN
        y0, y1 = min(b.y0 for b in boxes) - MARGIN, max(b.y1 for b in boxes) + MARGIN
    except Exception:  # noqa: BLE001 - an artist without a box: scan everything
        return slice(0, height), slice(0, width)
    if not all(np.isfinite([x0, x1, y0, y1])):
        return slice(0, height), slice(0, width)
    top, bottom = max(0, int(height - y1)), min(height, int(np.ceil(height - y0)))
    left, right = max(0, int(x0)), min(width, int(np.ceil(x1)))
    if top >= bottom or left >= right:
        return slice(0, height), slice(0, width)
    return slice(top, bottom), slice(left, right)


def lay_over(fig: Figure, patch: Patch | None) -> None:
    """Paint ``patch`` over what the figure's canvas shows ("over" compositing, in place).

    Examples
    --------
    >>> from eduia.playgrounds._figure import new_figure
    >>> fig = new_figure((1, 1))
    >>> fig.canvas.draw()
    >>> lay_over(fig, Patch(0, 0, np.full((2, 2, 4), [255, 0, 0, 255], np.uint8)))
    >>> np.asarray(fig.canvas.buffer_rgba())[0, 0].tolist()
    [255, 0, 0, 255]
    """
    if patch is None:
        return
    height, width = patch.pixels.shape[:2]
    canvas = np.asarray(fig.canvas.buffer_rgba())
    region = canvas[patch.top : patch.top + height, patch.left : patch.left + width]
    under = region * patch.left_over  # uint16: at most 255 * 255
    under += patch.premultiplied
    region[:] = under // 255


def text_key(index: int, text: Any) -> tuple:
    """What a kept text's picture depends on: its words, colour, place and look.

    Examples
    --------
    >>> from eduia.playgrounds._figure import new_figure
    >>> text_key(0, new_figure().text(0.1, 0.2, "7"))[:3]
    (0, '7', 'black')
    """
    return (
        index,
        text.get_text(),
        str(text.get_color()),
        tuple(text.get_position()),
        text.get_visible(),
        text.get_fontsize(),
        text.get_fontweight(),
        text.get_rotation(),
        text.get_alpha(),
    )


def stamps(fig: Figure, texts: list[Any], kept: KeptPictures) -> list[Patch | None]:
    """The picture of each of ``texts``, from ``kept`` or drawn alone now (and kept).

    Draws on the canvas when a picture is missing: call it before the canvas is restored.
    """
    pictures = []
    for index, text in enumerate(texts):
        key = text_key(index, text)
        if key not in kept:
            kept.keep(key, draw_alone(fig, [text]))
        pictures.append(kept[key])
    return pictures


__all__ = [
    "MAX_STAMP_BYTES",
    "KeptPictures",
    "Patch",
    "draw_alone",
    "lay_over",
    "stamps",
    "text_key",
]
