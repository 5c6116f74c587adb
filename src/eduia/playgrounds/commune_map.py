"""Lesson 00 playground: the map of the communes, filtered by population and département.

The pupil moves a population slider and picks a département; the map keeps the communes that
pass the filter, coloured by département and sized by population, and says how many communes and
inhabitants remain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from eduia.i18n import t
from eduia.playgrounds._base import (
    PlaygroundError,
    dropdown,
    dynamic,
    int_slider,
    kept_texts,
    load_dataset,
    memo,
    new_figure,
    playground,
    require_columns,
    scene,
)
from eduia.playgrounds._common import (
    category_colours,
    check_choice,
    departement_label,
    departement_names,
    french_number,
    marker_path,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

COLUMNS = ("code_insee", "nom", "departement", "latitude", "longitude", "population_municipale")
ALL_REGION = ""
MAX_POPULATION_SLIDER = 50_000
FIGSIZE = (9.5, 5.5)  # room for eduia.plots' projector-sized legends


@dataclass
class CommuneMapResult:
    """What the map shows: the communes kept, their number and their total population."""

    selected: pd.DataFrame
    count: int
    population: int
    summary: str
    figure: Figure


@dataclass
class _Prepared:
    longitude: np.ndarray
    latitude: np.ndarray
    population: np.ndarray  # missing populations (Ristolas) count as 0
    departement: np.ndarray
    codes: list[str]
    colours: np.ndarray  # one RGBA row per commune
    shapes: list[Any]  # one marker outline per commune: its département's shape (issue 19)
    sizes: np.ndarray


def _prepare(data: pd.DataFrame) -> _Prepared:
    from matplotlib.colors import to_rgba_array

    from eduia.plots import category_markers
    from eduia.plots.maps import marker_sizes

    require_columns(data, COLUMNS)
    if len(data) == 0:
        raise PlaygroundError(t("playgrounds.empty_data"))
    population = data["population_municipale"].astype("Float64").fillna(0).to_numpy(dtype=float)
    departement = data["departement"].astype(str).to_numpy()
    codes = sorted(set(departement))
    named = category_colours(codes)
    colour_of = dict(zip(codes, to_rgba_array([named[code] for code in codes])))
    shape_of = {code: marker_path(marker) for code, marker in category_markers(codes).items()}
    return _Prepared(
        longitude=data["longitude"].to_numpy(dtype=float),
        latitude=data["latitude"].to_numpy(dtype=float),
        population=population,
        departement=departement,
        codes=codes,
        colours=np.array([colour_of[code] for code in departement]),
        shapes=[shape_of[code] for code in departement],
        sizes=marker_sizes(population),  # the scale of eduia.plots.region_map
    )


def _build(fig: Figure, prepared: _Prepared, data: pd.DataFrame) -> dict[str, Any]:
    from eduia.plots import region_map

    ax = fig.add_subplot()
    # every commune, faint, with the legends of eduia's map; the chosen ones are drawn on top
    region_map(data, size="population_municipale", labels=False, alpha=0.12, ax=ax)
    # the colour legend sits right of the map, outside what constrained layout reserves: keep room
    fig.get_layout_engine().set(rect=(0, 0, 0.75, 1))
    shown = ax.scatter([], [], linewidths=0.3, edgecolors="white", alpha=0.9)
    title = ax.set_title("")
    dynamic(fig, shown)
    kept_texts(fig, title)
    return {"ax": ax, "shown": shown, "title": title}


def draw_commune_map(
    *,
    min_population: int = 0,
    departement: str | None = ALL_REGION,
    data: pd.DataFrame | None = None,
    fig: Figure | None = None,
) -> CommuneMapResult:
    """Draw the communes with at least ``min_population`` inhabitants in ``departement``.

    Parameters
    ----------
    min_population : int
        Keep the communes with at least this many inhabitants (municipal population).
    departement : str, optional
        A département code (``"13"``); ``""`` or ``None`` keeps the whole region.
    data : DataFrame, optional
        The ``communes`` dataset (loaded when omitted).
    fig : Figure, optional
        The figure to draw on (a new one when omitted); drawing again on it only moves points.

    Returns
    -------
    CommuneMapResult
        The communes kept (rows of ``data``), their number and their total population.

    Examples
    --------
    >>> result = draw_commune_map(min_population=20_000, departement="83")  # doctest: +SKIP
    >>> result.count  # doctest: +SKIP
    15
    """
    data = load_dataset("communes") if data is None else data
    prepared = memo(data, "commune_map", _prepare)
    if isinstance(min_population, bool) or not isinstance(min_population, (int, np.integer, float)):
        raise PlaygroundError(t("playgrounds.commune_map.bad_population", value=min_population))
    departement = departement or ALL_REGION
    if departement != ALL_REGION:
        check_choice(t("playgrounds.commune_map.departement"), departement, prepared.codes)
    keep = prepared.population >= min_population
    if departement != ALL_REGION:
        keep &= prepared.departement == departement
    fig = fig if fig is not None else new_figure(FIGSIZE)
    artists = scene(fig, ("commune_map", id(prepared)), lambda f: _build(f, prepared, data))
    artists["shown"].set_offsets(
        np.column_stack([prepared.longitude[keep], prepared.latitude[keep]])
    )
    artists["shown"].set_sizes(prepared.sizes[keep])
    artists["shown"].set_facecolors(prepared.colours[keep])
    artists["shown"].set_paths([prepared.shapes[i] for i in np.flatnonzero(keep)])
    count, population = int(keep.sum()), int(prepared.population[keep].sum())
    summary = t(
        "playgrounds.commune_map.summary",
        count=french_number(count),
        population=french_number(population),
    )
    artists["title"].set_text(summary)
    return CommuneMapResult(data.loc[keep], count, population, summary, fig)


def _controls(data: pd.DataFrame | None) -> list:
    data = load_dataset("communes") if data is None else data
    names = departement_names()
    codes = sorted(set(data["departement"].astype(str)))
    options = [(t("playgrounds.commune_map.all_region"), ALL_REGION)]
    options += [(departement_label(code, names), code) for code in codes]
    return [
        int_slider(
            "min_population",
            t("playgrounds.commune_map.min_population"),
            0,
            MAX_POPULATION_SLIDER,
            step=500,
        ),
        dropdown("departement", t("playgrounds.commune_map.departement"), options),
    ]


@playground(
    draw=draw_commune_map,
    controls=_controls,
    title="playgrounds.commune_map.title",
    figsize=FIGSIZE,
)
def commune_map() -> None:
    """The lesson-00 playground: filter the map of the communes by population and département.

    Under nbgrader autograding it returns a placeholder and computes nothing.
    """
