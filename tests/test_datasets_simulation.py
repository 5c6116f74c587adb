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
from sklearn.metrics import balanced_accuracy_score, f1_score, roc_auc_score
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


def _expected_fire_day_chance(shared_dir: Path) -> pd.DataFrame:
    """P(at least one fire in a day) per département × month, BDIFF 1990–2019, Poisson."""
    monthly = _facts(shared_dir, "incendies_departement_annee_mois.csv")
    recent = monthly[monthly["annee"].between(1990, 2019)]
    counts = recent.pivot_table(
        index="departement", columns="mois", values="nombre_feux", aggfunc="sum", fill_value=0
    )
    return 1 - np.exp(-counts / 30 / DAYS_IN_MONTH)


def test_monthly_share_of_fire_days_follows_bdiff(fire_days: pd.DataFrame, shared_dir: Path):
    chance = _expected_fire_day_chance(shared_dir)
    expected = (chance * DAYS_IN_MONTH).sum() / (chance * DAYS_IN_MONTH).sum().sum()
    simulated = fire_days.groupby("mois")["feu"].sum() / fire_days["feu"].sum()
    assert (simulated - expected.to_numpy()).abs().max() < 0.02
    fires = (
        _facts(shared_dir, "incendies_departement_annee_mois.csv")
        .groupby("mois")["nombre_feux"]
        .sum()
    )
    assert np.corrcoef(simulated, fires)[0, 1] > 0.9
    assert simulated.loc[[7, 8]].sum() > 2.5 * simulated.loc[[11, 12]].sum() * 2


def test_fire_day_rate_of_each_departement_follows_bdiff(fire_days: pd.DataFrame, shared_dir: Path):
    chance = _expected_fire_day_chance(shared_dir)
    expected = (chance * DAYS_IN_MONTH).sum(axis=1) / DAYS_IN_MONTH.sum()
    simulated = fire_days.groupby("zone")["feu"].mean()
    assert ((simulated - expected).abs() < 0.03).all(), pd.DataFrame(
        {"sim": simulated, "bdiff": expected}
    )
    assert (
        simulated.idxmax() == expected.idxmax() and simulated.idxmin() == expected.idxmin() == "05"
    )


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


def test_a_depth_three_tree_beats_the_majority_baseline_without_being_perfect(
    fire_days: pd.DataFrame,
):
    features, label = fire_days[WEATHER], fire_days["feu"]
    baseline = max(label.mean(), 1 - label.mean())
    tree = DecisionTreeClassifier(max_depth=3, random_state=0)
    accuracy = cross_val_score(tree, features, label, cv=5).mean()
    predicted = cross_val_predict(tree, features, label, cv=5)
    assert accuracy > baseline + 0.025, (accuracy, baseline)
    assert balanced_accuracy_score(label, predicted) > 0.62
    assert accuracy < 0.92, "the relation should stay noisy"


def test_fires_are_likelier_on_hot_dry_windy_days_within_each_month(fire_days: pd.DataFrame):
    strata = fire_days.groupby(["zone", "mois"])
    centred = fire_days[WEATHER] - strata[WEATHER].transform("mean")
    gap = centred[fire_days["feu"] == 1].mean() - centred[fire_days["feu"] == 0].mean()
    assert gap["temperature_c"] > 0.5 and gap["vent_km_h"] > 0.5 and gap["jours_sans_pluie"] > 0.5
    assert gap["humidite_pct"] < -1


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
