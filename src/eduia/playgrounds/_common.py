"""Small helpers shared by the playgrounds: colours, French numbers, sampling, map axes."""

from __future__ import annotations

import functools
import importlib
from typing import Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import PlaygroundError

# Okabe & Ito's colour-blind-safe palette, used when eduia.plots offers none.
_OKABE_ITO = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)
POSITIVE_COLOUR = "#D55E00"  # e.g. a fire day, an ozone episode
NEGATIVE_COLOUR = "#0072B2"
_DISPLAY_POINTS = 1500  # points drawn in a scatter: enough to see, fast to render


def palette(count: int) -> list[str]:
    """``count`` colour-blind-safe colours (eduia.plots' palette when it exists).

    Examples
    --------
    >>> len(palette(6))
    6
    """
    colours = list(_plots_style("PALETTE", _OKABE_ITO))
    return [colours[i % len(colours)] for i in range(count)]


def category_colours(values: Any) -> dict[Any, str]:
    """A colour per distinct value, the same as in every eduia chart (fixed per département).

    Examples
    --------
    >>> sorted(category_colours(["83", "13"]))
    ['13', '83']
    """
    shared = _plots_style("category_colours", None)
    if shared is not None:
        return dict(shared(values))
    distinct = sorted(set(values), key=str)
    return dict(zip(distinct, palette(len(distinct))))


def _plots_style(name: str, default: Any) -> Any:
    """``name`` from eduia.plots (public, else its style module), or ``default`` if absent."""
    for module in ("eduia.plots", "eduia.plots._style"):
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    return default


def french_number(value: float, decimals: int = 0) -> str:
    """``value`` written the French way: narrow spaces between thousands, a decimal comma.

    Examples
    --------
    >>> french_number(1234567)
    '1\u202f234\u202f567'
    >>> french_number(0.5, 2)
    '0,50'
    """
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def percent(value: float) -> str:
    """A share written as a French percentage.

    Examples
    --------
    >>> percent(0.875)
    '87,5\u202f%'
    """
    return f"{french_number(100 * value, 1)}\u202f%"


def display_sample(count: int, limit: int = _DISPLAY_POINTS, seed: int = 0) -> np.ndarray:
    """Indices of at most ``limit`` rows out of ``count``, always the same ones (sorted).

    Examples
    --------
    >>> display_sample(5).tolist()
    [0, 1, 2, 3, 4]
    """
    if count <= limit:
        return np.arange(count)
    return np.sort(np.random.default_rng(seed).choice(count, size=limit, replace=False))


def check_range(name: str, value: Any, minimum: float, maximum: float) -> None:
    """Raise :class:`PlaygroundError` in French unless ``minimum <= value <= maximum``.

    Examples
    --------
    >>> check_range("k", 3, 1, 30)
    """
    try:
        inside = minimum <= value <= maximum
    except TypeError:
        inside = False
    if not inside:
        raise PlaygroundError(
            t("playgrounds.out_of_range", name=name, minimum=minimum, maximum=maximum, value=value)
        )


def axis_label(column: str) -> str:
    """The label of a column on an axis, as eduia.plots writes it.

    Examples
    --------
    >>> axis_label("temperature_c")  # doctest: +SKIP
    'temperature c'
    """
    label = _plots_style("column_label", None)
    return label(column) if label is not None else str(column).replace("_", " ")


def departement_names() -> dict[str, str]:
    """The name of each département by code (the ``departements`` dataset, else eduia.plots).

    Examples
    --------
    >>> departement_names().get("13", "13")  # doctest: +SKIP
    'Bouches-du-Rhône'
    """
    from eduia.playgrounds._base import load_dataset

    try:
        table = load_dataset("departements")
        return dict(zip(table["code"].astype(str), table["nom"].astype(str)))
    except (PlaygroundError, KeyError):
        return dict(_plots_style("DEPARTEMENT_NAMES", {}))


def departement_label(code: str, names: dict[str, str]) -> str:
    """« 13 Bouches-du-Rhône », or the bare code when its name is unknown.

    Examples
    --------
    >>> departement_label("13", {"13": "Bouches-du-Rhône"})
    '13 Bouches-du-Rhône'
    """
    return f"{code} {names.get(code, '')}".strip()


def class_picture(classes: np.ndarray, colours: list[str], alpha: float = 0.35) -> np.ndarray:
    """An RGBA picture (uint8) with one colour per class index: ready for ``imshow``, no colour map.

    Giving ``imshow`` finished colours spares it the normalisation it would redo at every draw.

    Examples
    --------
    >>> class_picture(np.array([[0, 1]]), ["#000000", "#ffffff"]).shape
    (1, 2, 4)
    """
    from matplotlib.colors import to_rgba_array

    table = to_rgba_array(colours)
    table[:, 3] = alpha
    return (table[classes] * 255).round().astype(np.uint8)


def add_picture(fig: Any, pixels: np.ndarray, x: int, y: int) -> Any:
    """Paste ``pixels`` (RGBA, uint8) on ``fig`` with their lower-left corner at pixel ``(x, y)``.

    ``Figure.figimage`` resamples its image at every draw, even at its own size; the artist
    returned here copies the pixels as they are, which makes swapping a large picture (a tree
    drawing) cheap. Change the picture with ``artist.set_pixels(new_pixels)``.

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> picture = add_picture(new_figure(), np.zeros((2, 2, 4), np.uint8), 0, 0)
    >>> picture.get_pixels().shape
    (2, 2, 4)
    """
    picture = _picture_class()(pixels, x, y)
    fig.add_artist(picture)
    return picture


@functools.cache
def _picture_class() -> type:
    from matplotlib.artist import Artist

    class Picture(Artist):
        def __init__(self, pixels: np.ndarray, x: int, y: int) -> None:
            super().__init__()
            self._x, self._y = x, y
            self.set_pixels(pixels)

        def set_pixels(self, pixels: np.ndarray) -> None:
            self._pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
            self._bottom_up = np.ascontiguousarray(self._pixels[::-1])
            self.stale = True

        def get_pixels(self) -> np.ndarray:
            return self._pixels

        def draw(self, renderer: Any) -> None:
            if not self.get_visible():
                return
            context = renderer.new_gc()
            renderer.draw_image(context, self._x, self._y, self._bottom_up)
            context.restore()

    return Picture
