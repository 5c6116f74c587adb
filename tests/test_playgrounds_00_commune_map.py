"""Lesson 00 playground: the map of the communes filtered by population and département."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.commune_map import commune_map, draw_commune_map


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def communes() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    rows = []
    for code, (lat, lon) in {"04": (44.1, 6.2), "13": (43.5, 5.1), "83": (43.4, 6.3)}.items():
        for i in range(10):
            rows.append(
                {
                    "code_insee": f"{code}{i:03d}",
                    "nom": f"Commune {code}-{i}",
                    "departement": code,
                    "latitude": lat + rng.normal(0, 0.1),
                    "longitude": lon + rng.normal(0, 0.1),
                    "superficie_km2": 10.0,
                    "population_municipale": int(rng.integers(50, 60_000)),
                    "population_totale": 0,
                    "incendies_1973_2024": 0,
                    "surface_brulee_ha_1973_2024": 0.0,
                }
            )
    frame = pd.DataFrame(rows)
    frame["population_municipale"] = frame["population_municipale"].astype("Int64")
    frame.loc[0, "population_municipale"] = pd.NA  # like Ristolas
    return frame


def test_filter_keeps_exactly_the_communes_above_the_threshold(communes):
    result = draw_commune_map(min_population=5_000, data=communes)
    expected = communes[communes["population_municipale"].fillna(0) >= 5_000]
    assert result.count == len(expected)
    assert result.population == int(expected["population_municipale"].sum())
    assert list(result.selected["code_insee"]) == list(expected["code_insee"])


def test_zero_threshold_keeps_every_commune_even_without_population(communes):
    result = draw_commune_map(min_population=0, data=communes)
    assert result.count == len(communes)
    assert "04000" in set(result.selected["code_insee"])
    assert "04000" not in set(
        draw_commune_map(min_population=1, data=communes).selected["code_insee"]
    )


def test_departement_filter_and_drawn_points_match(communes):
    result = draw_commune_map(min_population=1_000, departement="13", data=communes)
    assert set(result.selected["departement"]) <= {"13"}
    shown = result.figure.axes[0].collections[1].get_offsets()
    assert np.allclose(shown, result.selected[["longitude", "latitude"]].to_numpy())
    assert "communes" in result.figure.axes[0].get_title()


def test_count_never_grows_with_the_threshold(communes):
    counts = [
        draw_commune_map(min_population=p, data=communes).count for p in range(0, 60_000, 5_000)
    ]
    assert counts == sorted(counts, reverse=True)


def test_unknown_departement_is_a_french_error(communes):
    with pytest.raises(PlaygroundError, match="n'est pas un choix possible"):
        draw_commune_map(departement="75", data=communes)


def test_missing_column_names_the_argument(communes):
    with pytest.raises(PlaygroundError, match="population_municipale.*`data`"):
        draw_commune_map(data=communes.drop(columns="population_municipale"))


def test_widget_redraws_and_shows_errors_in_french(communes):
    playground = commune_map(data=communes)
    before = playground.image.value
    playground.controls["min_population"].value = 20_000
    assert playground.image.value != before
    assert playground.result.count == int(
        (communes["population_municipale"].fillna(0) >= 20_000).sum()
    )
    playground.controls["departement"].value = "83"
    assert set(playground.result.selected["departement"]) <= {"83"}
    playground.update(departement="2A")
    assert "ne convient pas" in playground.error


def test_placeholder_under_autograding(monkeypatch, communes):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(commune_map(data=communes), Placeholder)


def test_real_communes():
    from eduia.playgrounds._base import load_dataset

    communes = load_dataset("communes")
    result = draw_commune_map(min_population=100_000)
    big = communes[communes["population_municipale"].fillna(0) >= 100_000]
    assert result.count == len(big) == 4  # Marseille, Nice, Toulon, Aix-en-Provence


def test_fast_redraw_matches_a_full_draw(communes):
    from eduia.playgrounds._base import static_changed
    from eduia.playgrounds._widget import render_png

    result = draw_commune_map(data=communes)
    render_png(result.figure)
    draw_commune_map(min_population=3_000, departement="83", data=communes, fig=result.figure)
    fast = render_png(result.figure)
    static_changed(result.figure)
    assert render_png(result.figure) == fast


def test_an_unknown_starting_departement_is_explained_and_the_map_still_shows(communes):
    playground = commune_map(departement="75", data=communes)
    assert playground.result.count == len(communes)  # the whole region instead
    assert "ne convient pas" in playground.message.value
