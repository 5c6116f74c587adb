"""Small helpers shared by the playgrounds: colours, French numbers, checks, splits, drawing."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from eduia import i18n
from eduia.i18n import t
from eduia.playgrounds._base import PlaygroundError, load_dataset

POSITIVE_COLOUR = "#D55E00"  # e.g. a fire day, an ozone episode
NEGATIVE_COLOUR = "#0072B2"
_DISPLAY_POINTS = 1500  # points drawn in a scatter: enough to see, fast to render
TEST_SHARE = 0.3  # share of the rows kept aside to test a model


def palette(count: int) -> list[str]:
    """``count`` colour-blind-safe colours, eduia.plots' palette repeated as needed.

    Examples
    --------
    >>> len(palette(6))
    6
    """
    from eduia.plots import PALETTE

    return [PALETTE[i % len(PALETTE)] for i in range(count)]


def category_colours(values: Any) -> dict[Any, str]:
    """A colour per distinct value, the same as in every eduia chart (fixed per département).

    Examples
    --------
    >>> sorted(category_colours(["83", "13"]))
    ['13', '83']
    """
    from eduia.plots import category_colours as shared

    return dict(shared(values))


def french_number(value: float, decimals: int = 0) -> str:
    """``value`` written the French way (:func:`eduia.i18n.french_number`, rounded as charts are).

    Examples
    --------
    >>> french_number(1234567)
    '1\u202f234\u202f567'
    >>> french_number(0.5, 2)
    '0,50'
    """
    return i18n.french_number(value, decimals, half_up=False)


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


def check_choice(name: str, value: Any, choices: Any) -> None:
    """Raise :class:`PlaygroundError` in French unless ``value`` is one of ``choices``.

    Examples
    --------
    >>> check_choice("Mesure", "error", ("error", "missed"))
    >>> try:
    ...     check_choice("Mesure", "x", ("error", "missed"))
    ... except PlaygroundError:
    ...     print("refused")
    refused
    """
    if value not in choices:
        raise PlaygroundError(t("playgrounds.unknown_choice", name=name, value=value))


def check_whole_number(
    name: str, value: Any, minimum: int, maximum: int, message: str = "learn.positive_integer"
) -> None:
    """Raise :class:`PlaygroundError` in French unless ``value`` is a whole number in the range.

    ``True`` and ``False`` are refused, and so are decimal numbers such as ``2.0``. ``message``
    is the catalogue key said when ``value`` is not a whole number (its fields may be ``name``,
    ``minimum`` and ``value``); a number outside ``minimum``...``maximum`` is refused by
    :func:`check_range`.

    Examples
    --------
    >>> check_whole_number("k", 3, 1, 30)
    >>> try:
    ...     check_whole_number("k", 2.0, 1, 30)
    ... except PlaygroundError:
    ...     print("refused")
    refused
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise PlaygroundError(t(message, name=name, minimum=minimum, value=value))
    check_range(name, value, minimum, maximum)


def split_train_test(features: np.ndarray, labels: np.ndarray) -> list[np.ndarray]:
    """``[x_train, x_test, y_train, y_test]``: 70 % of the rows to learn, 30 % to test.

    Always the same rows (fixed seed), and each class keeps its share in both parts.

    Examples
    --------
    >>> x_train, x_test, y_train, y_test = split_train_test(np.arange(20.0)[:, None], np.arange(20) % 2)
    >>> len(y_train), len(y_test), int(y_test.sum())
    (14, 6, 3)
    """
    from sklearn.model_selection import train_test_split

    return train_test_split(features, labels, test_size=TEST_SHARE, random_state=0, stratify=labels)


def trees_by_depth(
    train: tuple[np.ndarray, np.ndarray], test: tuple[np.ndarray, np.ndarray], max_depth: int
) -> tuple[dict[int, Any], dict[int, tuple[float, float]]]:
    """A decision tree for each depth from 1 to ``max_depth``, and its training and test accuracy.

    ``train`` and ``test`` are ``(features, labels)`` pairs. Returns ``(trees, scores)``, both by
    depth; ``scores[depth]`` is ``(training accuracy, test accuracy)``.

    Examples
    --------
    >>> data = (np.arange(8.0)[:, None], np.arange(8) % 2)
    >>> trees, scores = trees_by_depth(data, data, 2)
    >>> sorted(scores), trees[2].get_depth()
    ([1, 2], 2)
    """
    from sklearn.tree import DecisionTreeClassifier

    trees, scores = {}, {}
    for depth in range(1, max_depth + 1):
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(*train)
        trees[depth] = tree
        scores[depth] = (tree.score(*train), tree.score(*test))
    return trees, scores


def grid_points(extent: tuple[float, float, float, float], size: tuple[int, int]) -> np.ndarray:
    """``size[0]`` × ``size[1]`` points evenly spread over ``extent`` (x_min, x_max, y_min, y_max).

    Row by row from the bottom, so that predictions reshaped to ``(size[1], size[0])`` form the
    picture that ``imshow(..., origin="lower", extent=extent)`` expects.

    Examples
    --------
    >>> grid_points((0, 1, 0, 2), (2, 3)).tolist()
    [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 2.0], [1.0, 2.0]]
    """
    xs = np.linspace(extent[0], extent[1], size[0])
    ys = np.linspace(extent[2], extent[3], size[1])
    return np.column_stack([np.tile(xs, len(ys)), np.repeat(ys, len(xs))])


def axis_label(column: str) -> str:
    """The label of a column on an axis, as eduia.plots writes it.

    Examples
    --------
    >>> axis_label("temperature_c")  # doctest: +SKIP
    'temperature c'
    """
    from eduia.plots._style import column_label

    return column_label(column)


def departement_names() -> dict[str, str]:
    """The name of each département by code (the ``departements`` dataset, else eduia.plots').

    Examples
    --------
    >>> departement_names().get("13", "13")  # doctest: +SKIP
    'Bouches-du-Rhône'
    """
    from eduia.plots import DEPARTEMENT_NAMES

    try:
        table = load_dataset("departements")
        return dict(zip(table["code"].astype(str), table["nom"].astype(str)))
    except (PlaygroundError, KeyError):
        return dict(DEPARTEMENT_NAMES)


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


def region_image(ax: Any, pixels: np.ndarray, extent: tuple[float, float, float, float]) -> Any:
    """Show ``pixels`` (a picture of decision regions) stretched over ``extent`` of ``ax``.

    The first row of ``pixels`` is the bottom of the axes, as :func:`grid_points` orders them.

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> region_image(new_figure().add_subplot(), np.zeros((2, 3, 4)), (0, 1, 0, 1)).get_extent()
    [0, 1, 0, 1]
    """
    return ax.imshow(pixels, extent=extent, origin="lower", aspect="auto", interpolation="nearest")


@functools.cache
def marker_path(marker: str) -> Any:
    """The outline of ``marker`` (one of eduia.plots' :data:`MARKERS`), for ``set_paths``.

    A scatter given one outline per point shows each category with its own shape, without
    redrawing the scatter (issue 19: readable without colour).

    Examples
    --------
    >>> marker_path("s").vertices.shape[1]
    2
    """
    from matplotlib.markers import MarkerStyle

    style = MarkerStyle(marker)
    return style.get_path().transformed(style.get_transform())


def scatter_classes(
    ax: Any,
    x: np.ndarray,
    y: np.ndarray,
    labels: np.ndarray,
    shown: np.ndarray,
    names: tuple[str, str],
    *,
    size: float,
    alpha: float,
    colours: tuple[str, str] = (NEGATIVE_COLOUR, POSITIVE_COLOUR),
) -> list[Any]:
    """One scatter for the rows ``shown`` of class 0, one for class 1, named for the legend.

    The two classes differ by shape as well as colour (eduia.plots' :func:`category_markers`),
    so the chart still reads without colour (issue 19).

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> ax = new_figure().add_subplot()
    >>> points = scatter_classes(ax, np.arange(3.0), np.arange(3.0), np.array([0, 1, 1]),
    ...                          np.arange(3), ("non", "oui"), size=6, alpha=0.6)
    >>> [len(p.get_offsets()) for p in points]
    [1, 2]
    """
    from eduia.plots import category_markers

    markers = category_markers([0, 1])
    return [
        ax.scatter(
            x[rows],
            y[rows],
            s=size,
            color=colour,
            marker=markers[value],
            alpha=alpha,
            linewidths=0,
            label=name,
        )
        for value, (colour, name) in enumerate(zip(colours, names))
        for rows in [shown[labels[shown] == value]]
    ]


def depth_score_curve(ax: Any, scores: dict[int, tuple[float, float]]) -> None:
    """The training and test accuracy of trees against their depth (:func:`eduia.plots.score_curve`).

    ``scores`` maps each depth to ``(training accuracy, test accuracy)``.

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> ax = new_figure().add_subplot()
    >>> depth_score_curve(ax, {1: (0.7, 0.7), 2: (0.9, 0.8)})  # doctest: +SKIP
    """
    from eduia.plots import score_curve

    depths = np.array(sorted(scores))
    score_curve(
        x=depths,
        train=np.array([scores[d][0] for d in depths]),
        test=np.array([scores[d][1] for d in depths]),
        ax=ax,
    )
    ax.set_xlabel(t("playgrounds.tree_depth_label"))


def ring_marker(ax: Any, size: float) -> Any:
    """An empty black ring on ``ax``, to circle the chosen points (``marker.set_data(xs, ys)``).

    Examples
    --------
    >>> from eduia.playgrounds._base import new_figure
    >>> ring_marker(new_figure().add_subplot(), 15).get_markerfacecolor()
    'none'
    """
    (marker,) = ax.plot(
        [],
        [],
        "o",
        markersize=size,
        markerfacecolor="none",
        markeredgecolor="black",
        markeredgewidth=2,
    )
    return marker


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
