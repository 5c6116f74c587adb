"""The simulated datasets stay calibrated on the facts and make sense for the lessons.

Calibration targets are read from ``../shared/facts`` (skipped when absent): BDIFF monthly fire
counts, Météo-France monthly station aggregates, RTE's published consumption figures and
AtmoSud's published day counts. Learnability checks need no facts and always run.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import cross_val_predict, cross_val_score
from sklearn.tree import DecisionTreeClassifier

from eduia.datasets import load

WEATHER = ["temperature_c", "humidite_pct", "vent_km_h", "jours_sans_pluie"]
DAYS_IN_MONTH = np.array([31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


@pytest.fixture(scope="module")
def fire_days() -> pd.DataFrame:
    return load("jours_risque_incendie")


def _facts(shared_dir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(shared_dir / "facts" / name, dtype={"departement": str})


def _real_fire_days_per_year(shared_dir: Path) -> pd.Series:
    """Expected fire days per département and year 2016–2019: real BDIFF counts of each month,
    Poisson, scaled by how much the real 2024 daily table shows fires cluster on days."""
    monthly = _facts(shared_dir, "incendies_departement_annee_mois.csv")
    daily = _facts(shared_dir, "feux_meteo_13_2024_jour.csv")
    by_month = daily.groupby("mois").agg(n=("nombre_feux", "sum"), d=("feu", "size"))
    clustering = (
        daily["feu"].sum() / (by_month["d"] * (1 - np.exp(-by_month["n"] / by_month["d"]))).sum()
    )
    shown = monthly[monthly["annee"].between(2016, 2019)].copy()
    shown["days"] = pd.to_datetime(
        {"year": shown["annee"], "month": shown["mois"], "day": 1}
    ).dt.days_in_month
    shown["fire_days"] = (
        clustering * shown["days"] * (1 - np.exp(-shown["nombre_feux"] / shown["days"]))
    )
    return shown.groupby("departement")["fire_days"].sum() / 4


def test_fire_days_follow_the_real_counts_of_the_years_shown(
    fire_days: pd.DataFrame, shared_dir: Path
):
    expected = _real_fire_days_per_year(shared_dir)
    simulated = fire_days.groupby("zone")["feu"].sum() / 4
    ratio = simulated / expected
    assert ratio.between(0.85, 1.15).all(), pd.DataFrame({"sim": simulated, "bdiff": expected})
    monthly = _facts(shared_dir, "incendies_departement_annee_mois.csv")
    fires = monthly[monthly["annee"].between(2016, 2019)].groupby("mois")["nombre_feux"].sum()
    assert np.corrcoef(fire_days.groupby("mois")["feu"].sum(), fires)[0, 1] > 0.9


def _within_month_auc(frame: pd.DataFrame, column: str, label: str) -> float:
    """How well ``column`` alone separates fire days within a month (0.5 = not at all)."""
    scores, weights = [], []
    for _, month in frame.dropna(subset=[column]).groupby("mois"):
        if month[label].nunique() == 2:
            scores.append(roc_auc_score(month[label], month[column]))
            weights.append(len(month))
    return float(np.average(scores, weights=weights))


SAME_MEANING = {  # simulated column -> the real daily table's column that measures the same
    "temperature_c": "tx_moy_c",
    "vent_km_h": "vent_moy_ms",
    "jours_sans_pluie": "jours_sans_pluie",
}


def test_the_simulated_weather_to_fire_link_is_not_stronger_than_the_real_one(
    fire_days: pd.DataFrame, shared_dir: Path
):
    """Fails when the simulation claims a relation far stronger than the real 2024 table."""
    real = _facts(shared_dir, "feux_meteo_13_2024_jour.csv")
    for simulated, measured in SAME_MEANING.items():
        strength = _within_month_auc(fire_days, simulated, "feu") - 0.5
        reality = _within_month_auc(real, measured, "feu") - 0.5
        assert strength < reality + 0.04, (simulated, strength, reality)
        assert strength > 0, f"{simulated}: fires should still be likelier in danger weather"
    humidity = _within_month_auc(fire_days, "humidite_pct", "feu")
    assert abs(humidity - 0.5) < 0.08, "humidity is not measured: it must not drive the fires"
    rainy_real = real.loc[real["pluie_moy_mm"] >= 1, "feu"].mean() / real["feu"].mean()
    rainy_sim = fire_days.loc[fire_days["jours_sans_pluie"] == 0, "feu"].mean()
    assert rainy_sim / fire_days["feu"].mean() > 0.5 * rainy_real


def test_no_simulated_column_is_an_aggregate_of_the_others(fire_days: pd.DataFrame):
    from sklearn.linear_model import LinearRegression

    for column in WEATHER:
        others = [c for c in WEATHER if c != column]
        fit = LinearRegression().fit(fire_days[others], fire_days[column])
        assert fit.score(fire_days[others], fire_days[column]) < 0.5, column


def test_humidity_is_not_the_most_important_variable_of_a_tree(fire_days: pd.DataFrame):
    tree = DecisionTreeClassifier(max_depth=4, random_state=0)
    tree.fit(fire_days[WEATHER], fire_days["feu"])
    importance = dict(zip(WEATHER, tree.feature_importances_))
    assert max(importance, key=importance.get) != "humidite_pct", importance


def _station_means(shared_dir: Path, station: str | None = None) -> pd.DataFrame:
    stations = _facts(shared_dir, "meteo_stations_13_mensuel.csv")
    if station:
        stations = stations[stations["station"] == station]
    return stations.groupby("mois")[["tx_moy_c", "jours_pluie_1mm", "vent_moy_ms"]].mean()


def test_fire_day_weather_follows_the_meteo_france_stations(
    fire_days: pd.DataFrame, shared_dir: Path
):
    facts = _station_means(shared_dir)
    bouches = fire_days[fire_days["zone"] == "13"].groupby("mois")
    assert (bouches["temperature_c"].mean() - facts["tx_moy_c"]).abs().max() < 2.0
    rain_share = bouches["jours_sans_pluie"].apply(lambda days: (days == 0).mean())
    gap = rain_share - facts["jours_pluie_1mm"] / DAYS_IN_MONTH
    assert gap.abs().max() < 0.15 and gap.abs().mean() < 0.06 and abs(gap.mean()) < 0.03
    wind = bouches["vent_km_h"].mean().mean() / 3.6
    assert wind == pytest.approx(facts["vent_moy_ms"].mean(), rel=0.1)
    alps = fire_days[fire_days["zone"] == "05"]["temperature_c"].mean()
    assert alps < fire_days[fire_days["zone"] == "13"]["temperature_c"].mean() - 3


def test_weather_predicts_fire_days_usefully_but_noisily(fire_days: pd.DataFrame):
    """A model learns something (AUC well above 0.5) without the relation becoming a rule."""
    model = LogisticRegression(max_iter=2000)
    auc = cross_val_score(model, fire_days[WEATHER], fire_days["feu"], cv=5, scoring="roc_auc")
    assert 0.62 < auc.mean() < 0.85, auc.mean()
    tree = DecisionTreeClassifier(max_depth=3, random_state=0)
    accuracy = cross_val_score(tree, fire_days[WEATHER], fire_days["feu"], cv=5).mean()
    assert accuracy < 0.92, "the relation should stay noisy"


def test_fires_are_likelier_on_dry_windy_days_within_each_month(fire_days: pd.DataFrame):
    strata = fire_days.groupby(["zone", "mois"])
    centred = fire_days[WEATHER] - strata[WEATHER].transform("mean")
    gap = centred[fire_days["feu"] == 1].mean() - centred[fire_days["feu"] == 0].mean()
    assert gap["vent_km_h"] > 0.3 and gap["jours_sans_pluie"] > 0.5 and gap["temperature_c"] > 0
    assert gap["humidite_pct"] < 0


def _published(shared_dir: Path, pattern: str, line_start: str = "") -> list[float]:
    text = (shared_dir / "facts" / "README.md").read_text(encoding="utf-8")
    if line_start:
        text = next(line for line in text.splitlines() if line.startswith(line_start))
    return [
        float(value.replace(" ", "").replace("\u202f", "")) for value in re.findall(pattern, text)
    ]


def test_electricity_is_calibrated_on_rte_figures(shared_dir: Path):
    days = load("consommation_electrique")
    annual_line = _published(shared_dir, r"(\d+(?:\.\d+)?) TWh", "- Annual electricity consumption")
    assert len(annual_line) == 5
    totals = days.groupby("annee")["consommation_gwh"].sum() / 1000
    assert (
        len(totals) == 5 and totals.between(min(annual_line) - 0.3, max(annual_line) + 0.3).all()
    ), totals
    low, high = sorted(_published(shared_dir, r"\+(\d+) MW per 1 °C"))
    winter = days[days["mois"].isin([12, 1, 2]) & (days["jour_semaine"] < 5) & ~days["jour_ferie"]]
    slope = np.polyfit(winter["temperature_c"], winter["puissance_pointe_mw"], 1)[0]
    assert low <= -slope <= high, slope
    record = _published(shared_dir, r"Record peak demand: ([\d ]+) MW")[0]
    assert days["puissance_pointe_mw"].max() == pytest.approx(record, rel=0.07)
    assert days["puissance_pointe_mw"].max() < record, "the simulation must stay below the record"


def test_winter_calm_air_lowers_ozone_at_an_urban_site(air: pd.DataFrame):
    """Facts README: in winter, calm air means less ozone (titrated by traffic NO), not more."""
    winter = air[air["mois"].isin([12, 1, 2])]
    calm = winter["vent_m_s"] < winter["vent_m_s"].quantile(0.25)
    assert winter.loc[calm, "ozone_max_ug_m3"].mean() < winter.loc[~calm, "ozone_max_ug_m3"].mean()
    summer = air[air["mois"].isin([6, 7, 8])]
    still = summer["vent_m_s"] < summer["vent_m_s"].quantile(0.25)
    assert (
        summer.loc[still, "ozone_max_ug_m3"].mean() > summer.loc[~still, "ozone_max_ug_m3"].mean()
    )


def test_electricity_calendar_effects():
    days = load("consommation_electrique")
    working = days[(days["jour_semaine"] < 5) & ~days["jour_ferie"]]["consommation_gwh"].mean()
    sundays = days[days["jour_semaine"] == 6]["consommation_gwh"].mean()
    holidays = days[days["jour_ferie"] & (days["jour_semaine"] < 5)]["consommation_gwh"].mean()
    assert sundays < 0.92 * working and holidays < 0.95 * working
    winter, summer = days[days["mois"] == 1], days[days["mois"] == 5]
    assert winter["consommation_gwh"].mean() > summer["consommation_gwh"].mean() * 1.2


@pytest.fixture(scope="module")
def air() -> pd.DataFrame:
    return load("qualite_air").assign(annee=lambda frame: frame["date"].dt.year)


def test_ozone_is_calibrated_on_atmosud_figures(air: pd.DataFrame, shared_dir: Path):
    low = _published(shared_dir, r"(\d+) to \d+ \"mauvais\" days")[0]
    high = _published(shared_dir, r"\d+ to (\d+) \"mauvais\" days")[0]
    bad_days = air.groupby("annee")["ozone_max_ug_m3"].apply(lambda ozone: (ozone >= 130).sum())
    assert low <= bad_days.mean() <= high
    moyen = _published(shared_dir, r"about (\d+) % of days \"moyen\"")[0] / 100
    assert air["ozone_max_ug_m3"].between(51, 100).mean() == pytest.approx(moyen, abs=0.1)
    information = _published(shared_dir, r"information (\d+) µg/m³")[0]
    assert ((air["ozone_max_ug_m3"] > information) == (air["episode"] == 1)).all()
    marignane = _station_means(shared_dir, "MARIGNANE")
    assert (
        air.groupby("mois")["temperature_max_c"].mean() - marignane["tx_moy_c"]
    ).abs().max() < 2.0


def test_ozone_episodes_are_hot_sunny_calm_summer_days(air: pd.DataFrame):
    episodes = air[air["episode"] == 1]
    assert set(episodes["mois"]) <= {5, 6, 7, 8, 9}
    assert episodes["mois"].isin([6, 7, 8]).mean() >= 0.8
    assert 3 <= len(episodes) / air["annee"].nunique() <= 25
    summer = air[air["mois"].isin([6, 7, 8]) & (air["episode"] == 0)]
    assert episodes["temperature_max_c"].mean() > summer["temperature_max_c"].mean() + 1
    assert episodes["ensoleillement_h"].mean() > summer["ensoleillement_h"].mean()
    assert episodes["vent_m_s"].mean() < summer["vent_m_s"].mean()


def test_ozone_episodes_are_predictable_but_not_perfectly(air: pd.DataFrame):
    features = air[["temperature_max_c", "ensoleillement_h", "vent_m_s"]]
    model = LogisticRegression(max_iter=1000)
    chance = cross_val_predict(model, features, air["episode"], cv=5, method="predict_proba")[:, 1]
    assert 0.9 < roc_auc_score(air["episode"], chance) < 0.995
    best_f1 = max(
        f1_score(air["episode"], chance >= threshold) for threshold in np.linspace(0.05, 0.9, 18)
    )
    assert 0.3 < best_f1 < 0.85
    alerts = chance >= 0.2
    assert (alerts & (air["episode"] == 0)).sum() > 0 and (
        ~alerts & (air["episode"] == 1)
    ).sum() > 0
