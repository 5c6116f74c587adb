"""Every shipped dataset is held to the same rule, and the loader behaves for pupils.

The rule (one parametrized test per dataset): it loads; its columns and dtypes are those of
``datapackage.json``; required columns have no gap; its datasheet has every section, names its
sources and licences, says « simulé » when simulated and lists every column; and its real
columns agree with the other datasets and with the regional facts they come from.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from eduia.datasets import catalog, describe, list_datasets, load
from eduia.datasets.datasheet import SECTIONS
from eduia.datasets.errors import DatasetError, UnknownDatasetError
from eduia.datasets.facts import COPIED_FILES
from eduia.datasets.loader import pandas_dtype
from eduia.i18n import t

CONTRACT_COLUMNS = {
    "departements": [
        "code",
        "nom",
        "prefecture",
        "population_municipale_2023",
        "population_totale_2023",
        "population_municipale_2021",
        "superficie_km2",
        "nombre_communes",
        "densite_hab_km2",
    ],
    "communes": [
        "code_insee",
        "nom",
        "departement",
        "latitude",
        "longitude",
        "superficie_km2",
        "population_municipale",
        "population_totale",
        "incendies_1973_2024",
        "surface_brulee_ha_1973_2024",
    ],
    "incendies_annuels": ["departement", "annee", "nombre_feux", "surface_brulee_ha"],
    "incendies_mensuels": ["departement", "annee", "mois", "nombre_feux", "surface_brulee_ha"],
    "incendies_causes": ["departement", "decennie", "cause", "nombre_feux"],
    "incendies_tailles": ["departement", "decennie", "classe_surface", "nombre_feux"],
    "meteo_stations_13": [
        "num_poste",
        "station",
        "latitude",
        "longitude",
        "altitude_m",
        "annee",
        "mois",
        "jours_observes",
        "tn_moy_c",
        "tx_moy_c",
        "tm_moy_c",
        "pluie_mm",
        "jours_pluie_1mm",
        "tx_max_c",
        "tn_min_c",
        "vent_moy_ms",
        "rafale_max_ms",
        "jours_rafale_16ms",
    ],
    "tourisme": [
        "departement",
        "campings",
        "capacite_campings",
        "hotels",
        "capacite_hotels",
        "residences_tourisme",
        "villages_vacances",
    ],
    "dechets": ["kg_par_habitant", "part_collecte_separee_pct"],
    "incendies_qualite": [
        "departement",
        "decennie",
        "annees_renseignees",
        "nombre_feux",
        "part_cause_inconnue_pct",
        "part_donnees_partielles_pct",
    ],
    "feux_meteo_jour": [
        "date",
        "mois",
        "tx_moy_c",
        "tn_moy_c",
        "pluie_moy_mm",
        "vent_moy_ms",
        "jours_sans_pluie",
        "nombre_feux",
        "feu",
    ],
    "feux_meteo_station_jour": [
        "num_poste",
        "station",
        "date",
        "tx_c",
        "pluie_mm",
        "vent_moy_ms",
        "jours_sans_pluie",
        "feux_10km",
        "feu_10km",
    ],
    "jours_risque_incendie": [
        "date",
        "zone",
        "mois",
        "temperature_c",
        "humidite_pct",
        "vent_km_h",
        "jours_sans_pluie",
        "feu",
    ],
    "consommation_electrique": [
        "date",
        "annee",
        "mois",
        "jour_semaine",
        "jour_ferie",
        "temperature_c",
        "consommation_gwh",
    ],
    "qualite_air": [
        "date",
        "mois",
        "temperature_max_c",
        "ensoleillement_h",
        "vent_m_s",
        "ozone_max_ug_m3",
        "episode",
    ],
}
SIMULATED = {"jours_risque_incendie", "consommation_electrique", "qualite_air"}


def test_the_contract_datasets_are_shipped():
    assert sorted(list_datasets()) == sorted(CONTRACT_COLUMNS)


@pytest.mark.parametrize("name", sorted(CONTRACT_COLUMNS))
def test_dataset_rule(name: str, request: pytest.FixtureRequest) -> None:
    """Loads, matches datapackage.json, datasheet complete, real columns agree with the facts."""
    frame = load(name)
    fields = catalog.fields(name)
    assert len(frame) > 0
    assert list(frame.columns) == [field["name"] for field in fields]
    assert set(CONTRACT_COLUMNS[name]) <= set(frame.columns), "a contract column is missing"
    for field in fields:
        assert frame[field["name"]].dtype == pandas_dtype(field), field["name"]
        if field.get("constraints", {}).get("required"):
            assert frame[field["name"]].notna().all(), f"{field['name']} has gaps but is required"
    assert frame.attrs["simule"] is (name in SIMULATED)
    _check_datasheet(name, frame)
    CONSISTENCY[name](frame)
    facts = _facts_dir(request)
    if facts is not None:
        AGAINST_FACTS[name](frame, facts)


def _facts_dir(request: pytest.FixtureRequest) -> Path | None:
    """``../shared/facts`` through the ``shared_dir`` fixture, or ``None`` when it is absent."""
    try:
        return request.getfixturevalue("shared_dir") / "facts"
    except pytest.skip.Exception:
        return None


def _check_datasheet(name: str, frame: pd.DataFrame) -> None:
    sheet = describe(name)
    entry = catalog.resource(name)
    positions = [sheet.index(f"\n## {t(key, language='fr')}\n") for key in SECTIONS]
    assert positions == sorted(positions), "datasheet sections out of order"
    assert sheet.startswith(f"# {entry['title']}\n")
    for source in entry["sources"]:
        assert source["title"] in sheet
    assert entry["licenses"] and all(licence["title"] in sheet for licence in entry["licenses"])
    assert entry["attribution"] in sheet
    assert f"{len(frame)} lignes" in sheet
    for field in entry["schema"]["fields"]:
        assert f"| `{field['name']}` |" in sheet
    origins = {field["origin"] for field in entry["schema"]["fields"]}
    if name in SIMULATED:
        assert "simulé" in sheet and "simulated" in origins
    else:
        assert origins == {"real"} and "| simulé |" not in sheet and "Jeu simulé" not in sheet
    for section in ("method", "caveats", "lessons"):
        assert entry[section], f"{name}: empty {section}"


def test_departement_codes_are_strings_with_a_leading_zero():
    assert load("departements")["code"].tolist() == ["04", "05", "06", "13", "83", "84"]
    assert load("communes")["departement"].iloc[0] == "04"
    assert load("jours_risque_incendie")["zone"].str.len().eq(2).all()


def test_ristolas_is_merged_into_abries_ristolas_and_names_carry_their_article():
    communes = load("communes").set_index("code_insee")
    assert "05120" not in communes.index
    assert communes.loc["05001", "nom"] == "Abriès-Ristolas"
    assert communes["population_municipale"].notna().all()
    names = set(communes["nom"])
    assert {"La Ciotat", "Le Cannet", "La Seyne-sur-Mer"} <= names
    assert "Ciotat" not in names


def test_dates_and_categories_are_parsed():
    assert pd.api.types.is_datetime64_any_dtype(load("qualite_air")["date"])
    sizes = load("incendies_tailles")["classe_surface"]
    assert sizes.cat.ordered and sizes.cat.categories[0] == "<1 ha"
    assert load("consommation_electrique")["jour_ferie"].dtype == bool


def test_a_pupil_changing_a_loaded_frame_does_not_change_the_next_load():
    first = load("communes")
    first.loc[0, "nom"] = "Ville inventée"
    first["population_municipale"] = 0
    first["latitude"] += 1.0
    del first["superficie_km2"]
    first.attrs["simule"] = "abîmé"
    second = load("communes")
    assert len(second) == 946 and "superficie_km2" in second
    assert second["latitude"].max() < 45.2
    assert second.loc[0, "nom"] == "Aiglun"
    assert second["population_municipale"].sum() == 5_218_960
    assert second.attrs["simule"] is False


def test_unknown_name_gets_a_french_error_with_a_suggestion():
    with pytest.raises(UnknownDatasetError) as caught:
        load("comunes")
    message = str(caught.value)
    assert "« comunes »" in message and "Vouliez-vous dire « communes »" in message
    for name in list_datasets():
        assert name in message
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, DatasetError)
    assert caught.value.suggestion == "communes"


def test_unknown_name_without_close_match_lists_names_only():
    with pytest.raises(UnknownDatasetError) as caught:
        describe("zzz")
    assert caught.value.suggestion is None
    assert "Vouliez-vous dire" not in str(caught.value)
    assert "tourisme" in str(caught.value)


def test_unknown_name_in_english():
    from eduia import i18n

    i18n.set_language("en")
    try:
        with pytest.raises(UnknownDatasetError, match="Did you mean “tourisme”"):
            load("turisme")
    finally:
        i18n._chosen_language = None


def test_importing_eduia_datasets_does_not_import_pandas():
    code = (
        "import sys, eduia.datasets as d; d.list_datasets(); d.describe('communes');"
        "print(sorted(m for m in ('pandas', 'numpy', 'sklearn', 'matplotlib') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_loader_reads_through_shipped_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    import shutil

    from eduia.datasets import loader

    copy = tmp_path / "datasets"
    shutil.copytree(catalog.data_dir(), copy)
    frame = pd.read_csv(copy / "tourisme.csv", dtype=str)
    frame.loc[0, "campings"] = "1"
    frame.to_csv(copy / "tourisme.csv", index=False)
    monkeypatch.setattr(catalog, "shipped_path", lambda relative: tmp_path / relative)
    assert loader.load("tourisme")["campings"].iloc[0] == 1


# ---- consistency between datasets (always checked) -------------------------------------------


def _sums_by(frame: pd.DataFrame, keys: list[str], column: str = "nombre_feux") -> pd.Series:
    return frame.groupby(keys, observed=True)[column].sum()


def _check_departements(frame: pd.DataFrame) -> None:
    communes = load("communes")
    by_dep = communes.groupby("departement")[["population_municipale", "population_totale"]].sum()
    assert by_dep["population_municipale"].tolist() == frame["population_municipale_2023"].tolist()
    assert by_dep["population_totale"].tolist() == frame["population_totale_2023"].tolist()
    assert frame["population_municipale_2023"].sum() == 5_218_960
    assert frame["population_municipale_2021"].sum() == 5_127_840
    assert frame["nombre_communes"].sum() == 946
    density = (frame["population_municipale_2023"] / frame["superficie_km2"]).round(1)
    assert density.tolist() == frame["densite_hab_km2"].tolist()


def _check_communes(frame: pd.DataFrame) -> None:
    assert len(frame) == 946 and frame["code_insee"].is_unique
    assert (frame["code_insee"].str[:2] == frame["departement"]).all()
    assert (
        frame["latitude"].between(42.9, 45.2).all() and frame["longitude"].between(4.2, 7.8).all()
    )
    annual = _sums_by(load("incendies_annuels"), ["departement"])
    per_commune = _sums_by(frame, ["departement"], "incendies_1973_2024")
    assert (per_commune <= annual).all()
    assert per_commune[["13", "84"]].tolist() == annual[["13", "84"]].tolist()
    unknown = annual - per_commune  # « Commune inconnue » fires (the datasheet says so)
    assert unknown.sum() == 30 and unknown[["06", "83"]].tolist() == [6, 24]
    assert "La Ciotat" in set(frame["nom"]) and "Abriès-Ristolas" in set(frame["nom"])
    assert "05120" not in set(frame["code_insee"])  # Ristolas joined Abriès


def _check_annual(frame: pd.DataFrame) -> None:
    monthly = load("incendies_mensuels")
    by_year = monthly.groupby(["departement", "annee"])[["nombre_feux", "surface_brulee_ha"]].sum()
    indexed = frame.set_index(["departement", "annee"])
    assert by_year.index.equals(indexed.index)
    assert (by_year["nombre_feux"] == indexed["nombre_feux"]).all()
    assert (by_year["surface_brulee_ha"] - indexed["surface_brulee_ha"]).abs().max() < 0.5
    flagged = frame[frame["feux_donnees_partielles"] > 0]
    assert flagged[["departement", "annee"]].values.tolist() == [["83", 2023], ["83", 2024]]
    assert frame["feux_donnees_partielles"].sum() == 386
    first_year = frame.groupby("departement")["annee"].min()
    assert first_year["04"] == 1978 and first_year["13"] == 1973  # the real 1973-1977 gap of 04


def _check_monthly(frame: pd.DataFrame) -> None:
    assert frame["mois"].between(1, 12).all()
    assert not frame.duplicated(["departement", "annee", "mois"]).any()
    assert frame["nombre_feux"].gt(0).all()


def _by_decade(name: str) -> pd.Series:
    return _sums_by(load(name), ["departement", "decennie"])


def _check_decades(frame: pd.DataFrame) -> None:
    annual = load("incendies_annuels").assign(decennie=lambda f: f["annee"] // 10 * 10)
    expected = _sums_by(annual, ["departement", "decennie"])
    assert _sums_by(frame, ["departement", "decennie"]).equals(expected)
    assert frame["nombre_feux"].gt(0).all()


def _check_stations(frame: pd.DataFrame) -> None:
    assert frame["station"].nunique() == 21
    assert frame.groupby("station").size().eq(15).all()
    measured = frame.dropna(subset=["tx_moy_c", "tn_moy_c"])
    assert len(measured) > 290 and (measured["tx_moy_c"] >= measured["tn_moy_c"]).all()
    assert frame["num_poste"].str.startswith("13").all()


def _check_tourism(frame: pd.DataFrame) -> None:
    assert frame["departement"].tolist() == load("departements")["code"].tolist()
    assert frame.loc[frame["departement"] == "83", "capacite_campings"].item() == 128_605


def _check_waste(frame: pd.DataFrame) -> None:
    region = frame[frame["territoire"] == "Région Sud"].set_index("annee")
    assert region.loc[2021, "kg_par_habitant"] == 638 and region.loc[2011, "kg_par_habitant"] == 651
    assert region.loc[2021, "part_collecte_separee_pct"] == 15
    press = frame[frame["part_collecte_separee_pct"] == 22]
    assert press["source"].str.contains("presse").all()  # the 22 % is the article's figure
    assert not frame["niveau"].eq("commune").any()  # the source does not say commune


def _check_calendar(frame: pd.DataFrame) -> None:
    dates = frame["date"].drop_duplicates()
    assert (dates.diff().dropna() == pd.Timedelta(days=1)).all(), "the calendar has a hole"
    assert (frame["mois"] == frame["date"].dt.month).all()
    if "annee" in frame:
        assert (frame["annee"] == frame["date"].dt.year).all()
    if "jour_semaine" in frame:
        assert (frame["jour_semaine"] == frame["date"].dt.day_of_week).all()
    if "jour_ferie" in frame:
        fourteenth = frame[(frame["mois"] == 7) & (frame["date"].dt.day == 14)]
        assert (
            fourteenth["jour_ferie"].all()
            and frame["jour_ferie"].sum() == 11 * frame["annee"].nunique()
        )
    if "zone" in frame:
        assert sorted(frame["zone"].unique()) == load("departements")["code"].tolist()
        assert frame.groupby("date").size().eq(6).all()
    if "episode" in frame:
        assert (frame["episode"] == (frame["ozone_max_ug_m3"] > 180)).all()


def _check_quality(frame: pd.DataFrame) -> None:
    annual = load("incendies_annuels").assign(decennie=lambda f: f["annee"] // 10 * 10)
    assert _sums_by(frame, ["departement", "decennie"]).equals(
        _sums_by(annual, ["departement", "decennie"])
    )
    years = annual.groupby(["departement", "decennie"])["annee"].nunique()
    assert frame.set_index(["departement", "decennie"])["annees_renseignees"].equals(years)
    shares = [c for c in frame.columns if c.endswith("_pct")]
    assert frame[shares].ge(0).all().all() and frame[shares].le(100).all().all()


def _check_daily(frame: pd.DataFrame) -> None:
    _check_calendar(frame)
    assert len(frame) == 366 and frame["date"].dt.year.eq(2024).all()
    assert (frame["feu"] == (frame["nombre_feux"] > 0)).all()
    assert (frame["tx_moy_c"] >= frame["tn_moy_c"]).all()
    monthly = load("incendies_mensuels")
    bdr_2024 = monthly[(monthly["departement"] == "13") & (monthly["annee"] == 2024)]
    assert frame["nombre_feux"].sum() == bdr_2024["nombre_feux"].sum()  # the same BDIFF fires


def _check_station_daily(frame: pd.DataFrame) -> None:
    assert frame["station"].nunique() == 20 and frame.groupby("station").size().eq(366).all()
    assert (frame["feu_10km"] == (frame["feux_10km"] > 0)).all()
    no_wind = frame.groupby("station")["vent_moy_ms"].apply(lambda v: v.isna().all())
    assert no_wind.sum() == 4  # four stations have no wind sensor: blank, not zero
    stations = set(load("meteo_stations_13")["station"])
    assert set(frame["station"]) <= stations


CONSISTENCY = {
    "departements": _check_departements,
    "communes": _check_communes,
    "incendies_annuels": _check_annual,
    "incendies_mensuels": _check_monthly,
    "incendies_causes": _check_decades,
    "incendies_tailles": _check_decades,
    "meteo_stations_13": _check_stations,
    "tourisme": _check_tourism,
    "dechets": _check_waste,
    "incendies_qualite": _check_quality,
    "feux_meteo_jour": _check_daily,
    "feux_meteo_station_jour": _check_station_daily,
    "jours_risque_incendie": _check_calendar,
    "consommation_electrique": _check_calendar,
    "qualite_air": _check_calendar,
}


# ---- agreement with ../shared/facts (when present) ------------------------------------------

FACT_FILES = COPIED_FILES  # dataset name → file of ../shared/facts


def _same_as_fact_file(frame: pd.DataFrame, facts: Path) -> None:
    text_columns = {"code_insee", "departement", "num_poste"}
    fact = pd.read_csv(facts / FACT_FILES[frame.attrs["nom"]], dtype={c: str for c in text_columns})
    assert list(fact.columns) == list(frame.columns)
    _numeric_equal(frame, fact)


def _numeric_equal(frame: pd.DataFrame, fact: pd.DataFrame) -> None:
    assert len(frame) == len(fact)
    for column in frame.columns:
        mine, theirs = frame[column], fact[column]
        if pd.api.types.is_numeric_dtype(theirs):
            assert ((mine.astype(float) - theirs).abs().fillna(0) < 1e-9).all(), column
            assert (mine.isna() == theirs.isna()).all(), column
        else:
            assert mine.astype(str).tolist() == theirs.astype(str).tolist(), column


def _readme(facts: Path) -> str:
    return (facts / "README.md").read_text(encoding="utf-8")


def _readme_numbers(facts: Path) -> str:
    return _readme(facts).replace("\u202f", "").replace("\u00a0", "").replace(" ", "")


def _departements_facts(frame: pd.DataFrame, facts: Path) -> None:
    text = _readme(facts)
    for row in frame.drop(columns="densite_hab_km2").astype(str).itertuples(index=False):
        assert ",".join(row) in text


def _tourism_facts(frame: pd.DataFrame, facts: Path) -> None:
    text = _readme(facts)
    for row in frame.astype(str).itertuples(index=False):
        assert ",".join(row) in text


def _waste_facts(frame: pd.DataFrame, facts: Path) -> None:
    import re

    numbers = set(re.findall(r"\d+", _readme_numbers(facts)))
    for value in frame["kg_par_habitant"].dropna():
        assert str(value) in numbers, value
    for value in frame["part_collecte_separee_pct"].dropna():
        assert f"{value:.0f}" in numbers, value


def _simulated_facts(frame: pd.DataFrame, facts: Path) -> None:
    """Calibration against the facts is tested in test_datasets_simulation.py."""
    assert frame.attrs["simule"] is True


def _daily_facts(frame: pd.DataFrame, facts: Path) -> None:
    """The figures the facts README states: 225 fires on 116 of 366 days, 20.9 ha."""
    _same_as_fact_file(frame, facts)
    text = _readme_numbers(facts)
    assert "225fireson116ofthe366days" in text
    assert (frame["nombre_feux"].sum(), frame["feu"].sum(), len(frame)) == (225, 116, 366)
    assert f"{frame['surface_brulee_ha'].sum():.1f}ha" in text
    raw = pd.read_csv(facts / FACT_FILES["feux_meteo_jour"])
    assert frame["tx_moy_c"].mean() == pytest.approx(raw["tx_moy_c"].mean())


def _station_daily_facts(frame: pd.DataFrame, facts: Path) -> None:
    """3.7 % of station-days with a fire within 10 km (Marseille 7.7 %, Arles 0.5 %)."""
    _same_as_fact_file(frame, facts)
    text = _readme_numbers(facts)
    assert "3.7%ofstation-days" in text and "(Marseille7.7%,Arles0.5%)" in text
    by_station = frame.groupby("station")["feu_10km"].mean()
    assert round(100 * frame["feu_10km"].mean(), 1) == 3.7
    assert [round(100 * by_station[s], 1) for s in ("MARSEILLE", "ARLES")] == [7.7, 0.5]
    raw = pd.read_csv(facts / FACT_FILES["feux_meteo_station_jour"])
    assert frame["pluie_mm"].mean() == pytest.approx(raw["pluie_mm"].mean())


AGAINST_FACTS = {
    **{name: _same_as_fact_file for name in FACT_FILES},
    "departements": _departements_facts,
    "tourisme": _tourism_facts,
    "dechets": _waste_facts,
    "feux_meteo_jour": _daily_facts,
    "feux_meteo_station_jour": _station_daily_facts,
    "jours_risque_incendie": _simulated_facts,
    "consommation_electrique": _simulated_facts,
    "qualite_air": _simulated_facts,
}


def test_names_forgive_spaces_and_capitals_and_describe_renders_in_jupyter():
    assert load(" Communes ").attrs["nom"] == load("communes.csv").attrs["nom"] == "communes"
    sheet = describe("QUALITE_AIR")
    assert sheet._repr_markdown_() == sheet and repr(sheet) == str(sheet)
    with pytest.raises(UnknownDatasetError):
        load(42)  # type: ignore[arg-type]


def test_missing_or_damaged_data_gets_a_french_error(tmp_path: Path):
    import shutil

    from eduia.datasets import loader

    with pytest.raises(DatasetError, match="introuvables ou abîmées"):
        catalog.dataset_names(tmp_path)
    shutil.copy(catalog.data_dir() / "datapackage.json", tmp_path)
    (tmp_path / "tourisme.csv").write_text("departement,campings\n04,beaucoup\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="tourisme.csv"):
        loader.load("tourisme", tmp_path)
    with pytest.raises(DatasetError, match="communes.csv"):
        loader.load("communes", tmp_path)
    (tmp_path / "dechets.csv").write_text("territoire\nNice\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="dechets.csv"):
        loader.load("dechets", tmp_path)


@pytest.mark.parametrize("name", sorted(SIMULATED))
def test_a_simulated_datasheet_never_calls_its_relation_real(name: str):
    """« La relation est réelle » about invented rows misleads pupils: the datasheet must not."""
    import re

    entry = catalog.resource(name)
    text = " ".join([entry["description"], entry["method"], *entry["caveats"]]).lower()
    for sentence in re.split(r"[.;:!?]", text):
        if re.search(r"\b(relation|lien)s?\b", sentence):
            assert not re.search(r"\b(est|sont) (bien )?réel", sentence), sentence
    assert "simulé" in text


@pytest.mark.parametrize("name", catalog.dataset_names())
def test_a_teacher_only_datasheet_says_where_it_is_and_what_pupils_load(name: str):
    sheet = describe(name)
    usage = sheet.split(f"\n## {t('datasets.sheet_usage', language='fr')}\n", 1)[1]
    if name in catalog.TEACHER_ONLY:
        assert "eduia-enseignant" in usage and "load_practice_rows()" in usage
    else:
        assert "eduia-enseignant" not in usage and f'load("{name}")' in usage
