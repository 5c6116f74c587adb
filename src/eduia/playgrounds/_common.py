"""Small helpers shared by the playgrounds: colours, French numbers, sampling, map axes."""

from __future__ import annotations

from typing import Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import PlaygroundError

# Okabe & Ito's colour-blind-safe palette, used when eduia.plots offers none.
_OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
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
    try:
        from eduia.plots import PALETTE as colours  # the course-wide palette
    except (ImportError, AttributeError):
        colours = _OKABE_ITO
    colours = list(colours)
    return [colours[i % len(colours)] for i in range(count)]


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


def departement_names() -> dict[str, str]:
    """The name of each département by code, from the ``departements`` dataset (codes if absent).

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
        return {}


def map_axes(ax: Any, latitude: np.ndarray) -> None:
    """Set up ``ax`` as a map: French axis labels, and degrees of longitude shortened as on Earth.

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> map_axes(new_figure().add_subplot(), np.array([43.5, 44.5]))
    """
    ax.set_xlabel(t("playgrounds.longitude"))
    ax.set_ylabel(t("playgrounds.latitude"))
    middle = float(np.nanmean(latitude)) if len(latitude) else 44.0
    ax.set_aspect(1 / np.cos(np.radians(middle)))
