"""The playground framework: how a lesson's interactive playground is written.

A playground is a declaration, in the spirit of ipywidgets' ``interactive_output``:

1. **A plain keyword function that computes and draws.** It takes the parameters the pupil moves
   (``k=5``, ``depth=2``...), optional data (``data=None`` loads the real dataset) and an optional
   matplotlib Figure ``fig`` (a new one when omitted), draws on it and returns a small result
   object with what it drew (predicted labels, error, accuracy...) and the figure. It knows
   nothing about widgets, so it is tested like any function. Its keyword defaults are the
   playground's defaults, written nowhere else. A bad parameter raises
   :class:`PlaygroundError` with a French message from the catalogue (keys
   ``playgrounds.<name>.*`` in ``eduia/messages/playgrounds.py``; the usual checks are
   ``check_range``, ``check_whole_number`` and ``check_choice`` in
   :mod:`eduia.playgrounds._common`). If the result has a
   ``summary`` attribute (scores in French words), the widget shows it as text under the
   figure: long changing sentences belong there rather than in the figure (text in a figure
   is slow to draw and unreadable by screen readers).
2. **Its controls**: :func:`int_slider`, :func:`float_slider`, :func:`dropdown` and
   :func:`checkbox`, each naming the keyword it feeds, its French label and its range, returned
   by a function called when the widget is built (it may take ``data`` to size a range).

:func:`playground` puts both into a :class:`Playground` declaration and generates the entry
function a lesson calls (``knn_map()``): same keywords and defaults as the draw function, minus
``fig``. It returns :func:`show` of the declaration, which builds the widget (controls, an image
of the figure and a message line) from :mod:`eduia.playgrounds._widget`; every control change
redraws the same figure (:mod:`eduia.playgrounds._figure`) and swaps the PNG bytes of one
``ipywidgets.Image``, which works in JupyterLab with no extension.
An error raised while drawing is shown in French inside the playground, never swallowed and never
as a raw traceback. Under nbgrader autograding (``NBGRADER_EXECUTION`` set) :func:`show` returns a
:class:`Placeholder` at once: nothing is loaded, computed or drawn.

Every pupil (see ``teacher_guide/accessibilite.md`` and ``tests/test_browser_accessibility.py``):

- give every control a French label (the widget shows it beside the control and, in JupyterLab,
  names the slider after it for screen readers);
- say what the picture shows in the result's ``summary``: the widget writes it beside the picture
  in an ``aria-live="polite"`` region that screen readers announce at each redraw. Without a
  ``summary`` the figure's axes titles are used, and without titles only the controls' values,
  which say little: write a ``summary``;
- give the playground a ``title``: the picture's text alternative names it;
- do not let colour alone carry an information: add a shape, a direct label or words.

Speed (budget: 100 ms per update at p95, see ``benchmarks/playgrounds.py``; from key press to
picture in the browser, ``benchmarks/browser_latency.py``):

- precompute what does not depend on the controls once per data object, with :func:`memo`;
- cache per parameter value inside that precomputed object (a plain dict is enough);
- build the axes and artists once per figure with :func:`scene`, then only update them
  (``set_offsets``, ``set_data``, ``set_text``...);
- declare the artists that change with :func:`dynamic`: the widget draws the rest once and
  then repaints only those (matplotlib's blitting), in z-order, over everything else;
- keep changing text short, or put it in the result's ``summary``; an update of 10 to 30 ms
  of CPU is typical (see the benchmark's « cpu p95 »).

Check a new playground with ``python benchmarks/playgrounds.py <name>``, and test that a fast
redraw gives the same picture as a full one: render with
:func:`eduia.playgrounds._figure.render_png`, call :func:`static_changed`, render again, and
compare the bytes.

Writing a playground
--------------------
>>> from eduia.playgrounds._base import int_slider, new_figure, playground
>>> def draw_squares(*, n: int = 3, fig=None):
...     fig = fig if fig is not None else new_figure()
...     fig.clear()
...     ax = fig.add_subplot()
...     ax.plot(range(n), [i * i for i in range(n)])
...     return [i * i for i in range(n)]
>>> @playground(draw=draw_squares, controls=lambda: [int_slider("n", "n", 1, 10)])
... def squares():
...     'Squares: move n.'
>>> draw_squares(n=4)
[0, 1, 4, 9]
>>> squares.declaration.defaults()
{'n': 3}

Then add the name to ``PLAYGROUNDS`` in ``eduia/playgrounds/__init__.py``: the module
``eduia/playgrounds/<name>.py`` must define the entry ``<name>``.
"""

from __future__ import annotations

import functools
import inspect
import os
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from eduia.errors import EduiaError
from eduia.i18n import t
from eduia.playgrounds._figure import (
    above,
    dynamic,
    kept_texts,
    new_figure,
    scene,
    static_changed,
)

__all__ = [
    "Control",
    "Placeholder",
    "Playground",
    "PlaygroundError",
    "above",
    "checkbox",
    "dropdown",
    "dynamic",
    "float_slider",
    "int_slider",
    "kept_texts",
    "load_dataset",
    "memo",
    "new_figure",
    "playground",
    "require_columns",
    "scene",
    "show",
    "static_changed",
    "under_autograding",
]

AUTOGRADING_VARIABLE = "NBGRADER_EXECUTION"


class PlaygroundError(EduiaError, ValueError):
    """A parameter or data problem a pupil can fix; its message is already in French (or English).

    Examples
    --------
    >>> raise PlaygroundError(t("playgrounds.empty_data"))  # doctest: +SKIP
    """


@dataclass(frozen=True)
class Control:
    """The declaration of one control: which keyword it feeds, its label and its range.

    Build one with :func:`int_slider`, :func:`float_slider`, :func:`dropdown` or :func:`checkbox`.
    ``value`` is the starting value; left at ``None``, the widget starts from the default of the
    draw function's keyword of the same name (the one place a default is written), else from the
    minimum, the first option or ``False``.
    ``options`` holds ``(label, value)`` pairs for a dropdown; ``continuous_update`` says whether a
    slider redraws while it is dragged (choose ``True`` when the update is fast).
    """

    name: str
    label: str
    kind: str
    value: Any = None
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    options: tuple[tuple[str, Any], ...] = ()
    continuous_update: bool = True
    description: str = ""

    def start(self, default: Any = None) -> Any:
        """The value the widget starts from: ``value``, else ``default``, else the first allowed.

        Examples
        --------
        >>> int_slider("k", "k", 1, 30).start(5), int_slider("k", "k", 1, 30).start()
        (5, 1)
        """
        for candidate in (self.value, default):
            if candidate is not None:
                return candidate
        if self.kind == "choice":
            return self.options[0][1] if self.options else None
        return False if self.kind == "bool" else self.minimum

    def sweep(self, steps: int = 12) -> list[Any]:
        """Values spread over the control's range, for benchmarks and tests.

        Examples
        --------
        >>> int_slider("k", "k", 1, 5).sweep(3)
        [1, 3, 5]
        """
        if self.kind == "choice":
            return [value for _, value in self.options]
        if self.kind == "bool":
            return [False, True]
        count = max(steps, 2)
        span = self.maximum - self.minimum
        values = [self.minimum + span * i / (count - 1) for i in range(count)]
        if self.kind == "int":
            return sorted({round(v) for v in values})
        return values


def int_slider(
    name: str,
    label: str,
    minimum: int,
    maximum: int,
    *,
    value: int | None = None,
    step: int = 1,
    continuous_update: bool = True,
    description: str = "",
) -> Control:
    """A slider of whole numbers feeding the keyword ``name``.

    Examples
    --------
    >>> int_slider("k", "k (voisins)", 1, 30, value=5).value
    5
    """
    return Control(
        name, label, "int", value, minimum, maximum, step, (), continuous_update, description
    )


def float_slider(
    name: str,
    label: str,
    minimum: float,
    maximum: float,
    *,
    value: float | None = None,
    step: float = 0.01,
    continuous_update: bool = True,
    description: str = "",
) -> Control:
    """A slider of decimal numbers feeding the keyword ``name``.

    Examples
    --------
    >>> float_slider("slope", "pente", -2.0, 2.0).minimum
    -2.0
    """
    return Control(
        name, label, "float", value, minimum, maximum, step, (), continuous_update, description
    )


def dropdown(
    name: str,
    label: str,
    options: Sequence[tuple[str, Any]],
    *,
    value: Any = None,
    description: str = "",
) -> Control:
    """A drop-down list of ``(label, value)`` options feeding the keyword ``name``.

    Examples
    --------
    >>> dropdown("zone", "Département", [("Var", "83"), ("Vaucluse", "84")]).start()
    '83'
    """
    options = tuple((str(label), option) for label, option in options)
    return Control(name, label, "choice", value, options=options, description=description)


def checkbox(name: str, label: str, *, value: bool | None = None, description: str = "") -> Control:
    """A tick box feeding the keyword ``name`` with ``True`` or ``False``.

    Examples
    --------
    >>> checkbox("best", "Montrer la meilleure droite").kind
    'bool'
    """
    value = None if value is None else bool(value)
    return Control(name, label, "bool", value, description=description)


@dataclass
class Playground:
    """The declaration of a playground: what :func:`show` needs to build its widget.

    Parameters
    ----------
    name : str
        The playground's name (``"knn_map"``), as listed in ``eduia.playgrounds.PLAYGROUNDS``.
    draw : callable
        The keyword function ``draw(fig=..., **fixed, **values)`` that computes and draws. Its
        keyword defaults are the controls' starting values.
    controls : callable
        Returns the list of :class:`Control`; called only when the widget is built, so that
        labels are translated and data read only then (never under autograding). It receives
        those of the playground's arguments it names (``def controls(data): ...``), or their
        defaults in ``draw``.
    values : mapping
        The arguments given to the playground: a control's starting value when it names a
        control (``None`` is ignored), else passed to ``draw`` unchanged (usually ``data``).
    fixed : mapping
        Keywords always passed to ``draw`` unchanged.
    title : str
        A French title shown above the controls (optional).
    figsize : tuple
        Size of the figure in inches.
    dpi : int
        Pixels per inch of the figure.
    setup : callable, optional
        ``setup(widget)`` adds to the built widget (a button...); not called under autograding.
    """

    name: str
    draw: Callable[..., Any]
    controls: Callable[..., Sequence[Control]]
    values: Mapping[str, Any] = field(default_factory=dict)
    fixed: Mapping[str, Any] = field(default_factory=dict)
    title: str = ""
    figsize: tuple[float, float] = (7.0, 4.5)
    dpi: int = 90
    setup: Callable[[Any], None] | None = None

    def arguments(self) -> dict[str, Any]:
        """Every argument given to the playground, fixed ones first."""
        return {**self.fixed, **self.values}

    def declared_controls(self) -> list[Control]:
        """The controls, ``controls`` being called with the arguments it names."""
        given = {**self.defaults(), **self.arguments()}
        return list(self.controls(**{name: given.get(name) for name in _keywords(self.controls)}))

    def defaults(self) -> dict[str, Any]:
        """The keyword defaults of ``draw``: the starting value of the control of each name."""
        return {
            name: parameter.default
            for name, parameter in _parameters(self.draw).items()
            if name != "fig" and parameter.default is not inspect.Parameter.empty
        }


def _parameters(function: Any) -> dict[str, inspect.Parameter]:
    try:
        return dict(inspect.signature(function).parameters)
    except (TypeError, ValueError):  # a builtin such as ``list``: no keywords to give
        return {}


def _keywords(function: Any) -> list[str]:
    kinds = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [name for name, p in _parameters(function).items() if p.kind in kinds]


def playground(
    *,
    draw: Callable[..., Any],
    controls: Callable[..., Sequence[Control]],
    title: str = "",
    figsize: tuple[float, float] = (7.0, 4.5),
    dpi: int = 90,
    setup: Callable[[Any], None] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare a playground; the decorated function's name and docstring become its entry's.

    The entry function takes, by keyword, the keywords of ``draw`` (except ``fig``) with the
    same defaults, and returns :func:`show` of the declaration. ``title`` is a catalogue key,
    translated when the playground is shown. The decorated function's body is never run.

    Examples
    --------
    >>> def draw_bars(*, n: int = 3, fig=None):
    ...     return list(range(n))
    >>> @playground(draw=draw_bars, controls=lambda: [int_slider("n", "n", 1, 9)])
    ... def bars():
    ...     "Some bars."
    >>> import inspect
    >>> inspect.signature(bars).parameters["n"].default, bars.__doc__
    (3, 'Some bars.')
    """

    def declare(stub: Callable[..., Any]) -> Callable[..., Any]:
        declaration = Playground(
            stub.__name__, draw, controls, figsize=figsize, dpi=dpi, setup=setup
        )
        keywords = [
            parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY)
            for name, parameter in _parameters(draw).items()
            if name != "fig" and name in _keywords(draw)
        ]
        accepted = {parameter.name for parameter in keywords}

        @functools.wraps(stub)
        def entry(**values: Any) -> Any:
            unknown = sorted(set(values) - accepted)
            if unknown:
                raise TypeError(
                    f"{stub.__name__}() got an unexpected keyword argument {unknown[0]!r}"
                )
            return show(replace(declaration, values=values, title=t(title) if title else ""))

        entry.__signature__ = inspect.Signature(keywords, return_annotation=Any)
        entry.declaration = declaration
        return entry

    return declare


class Placeholder:
    """What a playground returns under nbgrader autograding: a line of text, nothing computed.

    Examples
    --------
    >>> Placeholder("knn_map").name
    'knn_map'
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return t("playgrounds.autograding_placeholder", name=self.name)

    def _repr_html_(self) -> str:
        return f"<p><em>{self!r}</em></p>"


def under_autograding() -> bool:
    """True when nbgrader executes the notebook (``NBGRADER_EXECUTION`` is set).

    Examples
    --------
    >>> isinstance(under_autograding(), bool)
    True
    """
    return bool(os.environ.get(AUTOGRADING_VARIABLE))


def show(playground: Playground) -> Any:
    """The interactive widget of ``playground``, or a :class:`Placeholder` under autograding.

    Under autograding nothing is computed, drawn or imported (no matplotlib, no ipywidgets).

    Examples
    --------
    >>> show(Playground("demo", draw=print, controls=list))  # doctest: +SKIP
    """
    if under_autograding():
        return Placeholder(playground.name)
    from eduia.playgrounds._widget import PlaygroundWidget

    widget = PlaygroundWidget(playground)
    if playground.setup is not None:
        playground.setup(widget)
    return widget


_MEMO: dict[tuple[int, str], tuple[weakref.ref, Any]] = {}


def memo(data: Any, kind: str, build: Callable[[Any], Any]) -> Any:
    """``build(data)``, computed once per data object and ``kind``, kept while ``data`` lives.

    DataFrames are not hashable, so the cache is keyed by identity and emptied when the data
    object is garbage-collected. Treat ``data`` as read-only afterwards.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"x": [1, 2]})
    >>> memo(frame, "total", lambda d: int(d["x"].sum()))
    3
    """
    key = (id(data), kind)
    cached = _MEMO.get(key)
    if cached is not None and cached[0]() is data:
        return cached[1]
    value = build(data)
    try:
        reference = weakref.ref(data, lambda _ref, key=key: _MEMO.pop(key, None))
    except TypeError:  # not weak-referenceable: do not cache
        return value
    _MEMO[key] = (reference, value)
    return value


def load_dataset(name: str) -> Any:
    """The real dataset ``name`` from :mod:`eduia.datasets`, loaded once per session.

    Raises :class:`PlaygroundError` in French when the datasets are not available.

    Examples
    --------
    >>> communes = load_dataset("communes")  # doctest: +SKIP
    """
    cached = _DATASETS.get(name)
    if cached is not None:
        return cached
    try:
        from eduia.datasets import load
    except ImportError as error:
        raise PlaygroundError(
            t("playgrounds.dataset_unavailable", name=name, detail=error)
        ) from error
    try:
        frame = load(name)
    except Exception as error:  # missing file, unknown name...: the pupil reads it in French
        raise PlaygroundError(
            t("playgrounds.dataset_unavailable", name=name, detail=error)
        ) from error
    _DATASETS[name] = frame
    return frame


_DATASETS: dict[str, Any] = {}


def require_columns(data: Any, columns: Sequence[str], argument: str = "data") -> None:
    """Raise :class:`PlaygroundError` naming the missing columns of ``data``, if any.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"x": [1]}), ["x"])
    """
    missing = [column for column in columns if column not in getattr(data, "columns", ())]
    if missing:
        raise PlaygroundError(
            t("playgrounds.missing_columns", argument=argument, columns=", ".join(missing))
        )
