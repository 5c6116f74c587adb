"""Seeded generators of the three simulated datasets, calibrated on eduia's real datasets.

- ``jours_risque_incendie``: one row per day and département, weather drawn from the
  Météo-France monthly aggregates, fire starts drawn from the BDIFF monthly rates and made
  more likely on hot, dry, windy days.
- ``consommation_electrique``: daily regional electricity with temperature, weekdays and
  public holidays; calibrated on RTE's annual totals, winter thermosensitivity and record peak.
- ``qualite_air``: daily ozone maximum at Marseille with the weather that drives it; episodes
  above the 180 µg/m³ information threshold on hot, sunny, calm summer days.

Every generator takes the real frames it is calibrated on and a seed, and returns the same
rows for the same inputs. Rounding is done here so that the CSV files are stable byte for byte.

Examples
--------
>>> from eduia.datasets import load
>>> from eduia.datasets.simulate import simulate_air_quality
>>> air = simulate_air_quality(load("meteo_stations_13"))
>>> int(air["episode"].max())
1
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from eduia.datasets import weather

if TYPE_CHECKING:
    import pandas as pd

FIRE_SEED, ELECTRICITY_SEED, AIR_SEED = 2016, 2019, 2022
FIRE_YEARS = (2016, 2019)
STRENGTH = 1.3
ELECTRICITY_YEARS = (2019, 2023)
AIR_YEARS = (2019, 2023)
AIR_STATION = "MARIGNANE"
MARSEILLE_LATITUDE = 43.3


@dataclass(frozen=True)
class ZoneShift:
    """How a département's weather departs from the Bouches-du-Rhône stations (assumptions)."""

    tx_offset_c: float
    wind_factor: float
    rain_factor: float


ZONES = {
    "04": ZoneShift(-2.5, 0.8, 1.2),
    "05": ZoneShift(-4.5, 0.8, 1.25),
    "06": ZoneShift(-0.5, 0.7, 1.1),
    "13": ZoneShift(0.0, 1.0, 1.0),
    "83": ZoneShift(0.0, 0.9, 1.0),
    "84": ZoneShift(0.5, 1.1, 1.0),
}


def _calendar(years: tuple[int, int]) -> pd.DataFrame:
    import pandas as pd

    dates = pd.date_range(f"{years[0]}-01-01", f"{years[1]}-12-31", freq="D")
    return pd.DataFrame({"date": dates, "mois": dates.month, "doy": dates.day_of_year})


#: Weights of the weather danger score (assumptions, stated in the datasheet). They are set so
#: that, within a month, each variable separates fire days from other days no better than the
#: real 2024 daily table does (``feux_meteo_jour``); humidity is not measured in the real
#: table, so it gets a small weight.
DANGER_WEIGHTS = {
    "temperature_c": 0.12,
    "humidite_pct": -0.15,
    "vent_km_h": 0.35,
    "jours_sans_pluie": 0.9,
}


def fire_counts(monthly_fires: pd.DataFrame, years: tuple[int, int] = FIRE_YEARS) -> pd.Series:
    """BDIFF fires per (département, year, month) over ``years``, zero where none was recorded.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> counts = fire_counts(load("incendies_mensuels"))
    >>> bool(counts.loc[("13", 2017, 7)] > counts.loc[("13", 2017, 1)])
    True
    """
    import pandas as pd

    selected = monthly_fires[monthly_fires["annee"].between(*years)]
    index = pd.MultiIndex.from_product(
        [sorted(ZONES), range(years[0], years[1] + 1), range(1, 13)],
        names=["departement", "annee", "mois"],
    )
    counts = selected.groupby(["departement", "annee", "mois"])["nombre_feux"].sum()
    return counts.reindex(index, fill_value=0)


def clustering_factor(daily: pd.DataFrame) -> float:
    """Real fire days over the fire days a Poisson draw of the same monthly counts would give.

    Fires cluster on the same days, so there are fewer fire days than independent fires would
    make: the real 2024 daily table (``feux_meteo_jour``) measures by how much.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> round(clustering_factor(load("feux_meteo_jour")), 2)
    0.89
    """
    months = daily.groupby("mois").agg(
        fires=("nombre_feux", "sum"), days=("feu", "size"), fire_days=("feu", "sum")
    )
    poisson = months["days"] * (1 - np.exp(-months["fires"] / months["days"]))
    return float(months["fire_days"].sum() / poisson.sum())


def fire_day_chance(monthly_fires: pd.DataFrame, daily: pd.DataFrame) -> pd.Series:
    """Chance of a day with at least one fire, per (département, year, month) of the years shown.

    Poisson on that month's real BDIFF count, scaled by :func:`clustering_factor`.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> chance = fire_day_chance(load("incendies_mensuels"), load("feux_meteo_jour"))
    >>> bool(chance.loc[("13", 2017, 7)] > 0.3 > chance.loc[("05", 2017, 7)])
    True
    """
    counts = fire_counts(monthly_fires)
    years = counts.index.get_level_values("annee")
    months = counts.index.get_level_values("mois")
    import pandas as pd

    lengths = np.array(
        [pd.Period(year=y, month=m, freq="M").days_in_month for y, m in zip(years, months)]
    )
    return clustering_factor(daily) * (1 - np.exp(-counts / lengths))


def zone_weather(
    rng: np.random.Generator, days: pd.DataFrame, clim: weather.Climatology, shift: ZoneShift
) -> dict[str, np.ndarray]:
    """Daily maximum temperature, humidity, wind and days since rain for one département.

    Humidity is drawn on its own (a seasonal normal and its own day-to-day noise): it is
    not computed from the other columns.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> clim = weather.climatology(load("meteo_stations_13"))
    >>> days = _calendar((2016, 2016))
    >>> sorted(zone_weather(np.random.default_rng(0), days, clim, ZONES["05"]))[:2]
    ['humidite_pct', 'jours_sans_pluie']
    """
    doy = days["doy"].to_numpy()
    wet = weather.rain_days(
        rng, np.clip(weather.seasonal_curve(clim.rain_day_share, doy) * shift.rain_factor, 0, 0.9)
    )
    anomaly = (
        weather.ar1(rng, len(doy), 0.7) * weather.seasonal_curve(clim.tx_spread_c, doy) - 2.0 * wet
    )
    temperature = weather.seasonal_curve(clim.tx_c, doy) + shift.tx_offset_c + anomaly
    wind_mean = weather.seasonal_curve(clim.wind_ms, doy) * 3.6 * shift.wind_factor
    wind = rng.gamma(3.0, wind_mean / 3.0)
    humidity_normal = 62.5 + 7.5 * np.cos(2 * np.pi * (doy - 15) / 365.25)
    humidity = humidity_normal + 12 * weather.ar1(rng, len(doy), 0.6)
    return {
        "temperature_c": np.round(temperature, 1),
        "humidite_pct": np.round(np.clip(humidity, 12, 99)).astype(np.int64),
        "vent_km_h": np.round(wind).astype(np.int64),
        "jours_sans_pluie": weather.days_since_rain(wet),
    }


def fire_risk_index(frame: pd.DataFrame) -> np.ndarray:
    """A weather danger score (mean 0, standard deviation 1) weighted by :data:`DANGER_WEIGHTS`.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> score = fire_risk_index(load("jours_risque_incendie"))
    >>> round(float(score.std()), 3)
    1.0
    """

    def standard(values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, dtype=float)
        return (values - values.mean()) / values.std()

    transformed = {**frame, "jours_sans_pluie": np.log1p(frame["jours_sans_pluie"])}
    score = sum(weight * standard(transformed[name]) for name, weight in DANGER_WEIGHTS.items())
    return (score - score.mean()) / score.std()


def _solve_offset(danger: np.ndarray, target: float, strength: float) -> float:
    """The logit offset whose mean probability over ``danger`` equals ``target`` (bisection)."""
    low, high = -30.0, 30.0
    for _ in range(60):
        middle = (low + high) / 2
        if np.mean(1 / (1 + np.exp(-(middle + strength * danger)))) < target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _fire_probability(frame: pd.DataFrame, chance: pd.Series, strength: float) -> np.ndarray:
    danger = fire_risk_index(frame)
    probability = np.empty(len(frame))
    keys = [frame["zone"], frame["date"].dt.year, frame["mois"]]
    for key, rows in frame.groupby(keys).indices.items():
        offset = _solve_offset(danger[rows], float(chance.loc[key]), strength)
        probability[rows] = 1 / (1 + np.exp(-(offset + strength * danger[rows])))
    return probability


def simulate_fire_days(
    monthly_fires: pd.DataFrame,
    stations: pd.DataFrame,
    daily: pd.DataFrame,
    seed: int = FIRE_SEED,
    strength: float = STRENGTH,
) -> pd.DataFrame:
    """The ``jours_risque_incendie`` rows: one per day and département, ``feu`` = a fire started.

    Parameters
    ----------
    monthly_fires : pandas.DataFrame
        ``incendies_mensuels`` (BDIFF): the real fire count of each département and month of
        the years shown sets that month's share of fire days.
    stations : pandas.DataFrame
        ``meteo_stations_13``: sets the seasonal weather.
    daily : pandas.DataFrame
        ``feux_meteo_jour``: the real daily table, which measures how fires cluster on days.
    seed : int
        Seed of the random generator; the same seed gives the same rows.
    strength : float
        How strongly the weather danger score moves the chance of a fire (logit per unit score).

    Examples
    --------
    >>> from eduia.datasets import load
    >>> days = simulate_fire_days(
    ...     load("incendies_mensuels"), load("meteo_stations_13"), load("feux_meteo_jour")
    ... )
    >>> sorted(days["zone"].unique())[:2]
    ['04', '05']
    """
    import pandas as pd

    rng = np.random.default_rng(seed)
    clim = weather.climatology(stations)
    days = _calendar(FIRE_YEARS)
    parts = [
        days.assign(zone=zone, **zone_weather(rng, days, clim, shift))
        for zone, shift in ZONES.items()
    ]
    frame = pd.concat(parts, ignore_index=True)
    chance = _fire_probability(frame, fire_day_chance(monthly_fires, daily), strength)
    frame["feu"] = (rng.random(len(frame)) < chance).astype(np.int64)
    frame = frame.drop(columns="doy").sort_values(["date", "zone"], kind="stable")
    return frame.reset_index(drop=True)


#: RTE figures the electricity generator is calibrated on (see the facts README).
ANNUAL_CONSUMPTION_TWH = 38.0
THERMOSENSITIVITY_MW_PER_C = 220.0
HEATING_THRESHOLD_C = 15.0
COOLING_THRESHOLD_C = 22.0
COOLING_MW_PER_C = 90.0
PEAK_FACTOR = 1.05


def _calendar_factor(days: pd.DataFrame, holidays: np.ndarray) -> np.ndarray:
    """Share of the weekday base load used on each day (weekends, holidays, Christmas, August)."""
    weekday = days["date"].dt.day_of_week.to_numpy()
    factor = np.where(weekday == 5, 0.9, np.where(weekday == 6, 0.84, 1.0))
    factor = np.where(holidays, 0.84, factor)
    christmas = ((days["mois"] == 12) & (days["date"].dt.day >= 24)).to_numpy()
    return factor * np.where(christmas, 0.93, 1.0) * np.where(days["mois"] == 8, 0.95, 1.0)


def simulate_electricity(stations: pd.DataFrame, seed: int = ELECTRICITY_SEED) -> pd.DataFrame:
    """The ``consommation_electrique`` rows: one per day, regional energy and mean temperature.

    The daily peak power (``puissance_pointe_mw``, the evening peak) is a base load scaled by
    the calendar, plus :data:`THERMOSENSITIVITY_MW_PER_C` per degree below 15 °C (RTE measures
    thermosensitivity at the peak), a little air conditioning above 22 °C and persistent noise.
    The daily energy is the peak divided by :data:`PEAK_FACTOR` (with noise), times 24 h; the
    base load is set so that the mean annual total is :data:`ANNUAL_CONSUMPTION_TWH`.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> days = simulate_electricity(load("meteo_stations_13"))
    >>> bool(36 < days.groupby("annee")["consommation_gwh"].sum().mean() / 1000 < 40)
    True
    """
    rng = np.random.default_rng(seed)
    days = _calendar(ELECTRICITY_YEARS)
    temperature = _daily_mean_temperature(rng, days, weather.climatology(stations))
    holidays = _holidays(days)
    factor = _calendar_factor(days, holidays)
    weather_mw = THERMOSENSITIVITY_MW_PER_C * np.maximum(0, HEATING_THRESHOLD_C - temperature)
    weather_mw += COOLING_MW_PER_C * np.maximum(0, temperature - COOLING_THRESHOLD_C)
    weather_mw += 90 * weather.ar1(rng, len(days), 0.6)
    peak_ratio = PEAK_FACTOR + 0.02 * rng.standard_normal(len(days))
    target_mw = ANNUAL_CONSUMPTION_TWH * 1e6 / (365.25 * 24)
    base_mw = (target_mw - (weather_mw / peak_ratio).mean()) / (factor / peak_ratio).mean()
    peak_mw = base_mw * factor + weather_mw
    return days.drop(columns="doy").assign(
        annee=days["date"].dt.year,
        jour_semaine=days["date"].dt.day_of_week,
        jour_ferie=holidays,
        temperature_c=temperature,
        consommation_gwh=np.round(peak_mw / peak_ratio * 24 / 1000, 1),
        puissance_pointe_mw=np.round(peak_mw).astype(np.int64),
    )


def _daily_mean_temperature(
    rng: np.random.Generator, days: pd.DataFrame, clim: weather.Climatology
) -> np.ndarray:
    doy = days["doy"].to_numpy()
    spread = weather.seasonal_curve(clim.tx_spread_c, doy) * 0.9
    anomaly = weather.ar1(rng, len(doy), 0.75) * spread
    return np.round(weather.seasonal_curve(clim.tm_c, doy) + anomaly, 1)


def _holidays(days: pd.DataFrame) -> np.ndarray:
    years = sorted(days["date"].dt.year.unique())
    holidays = [day for year in years for day in weather.public_holidays(int(year))]
    return days["date"].dt.strftime("%Y-%m-%d").isin(holidays).to_numpy()


#: The regulatory ozone information threshold (µg/m³, hourly) that defines an episode.
OZONE_INFORMATION_THRESHOLD = 180


def _marseille_weather(
    rng: np.random.Generator, days: pd.DataFrame, clim: weather.Climatology
) -> dict[str, np.ndarray]:
    doy = days["doy"].to_numpy()
    wet = weather.rain_days(rng, weather.seasonal_curve(clim.rain_day_share, doy))
    anomaly = (
        weather.ar1(rng, len(doy), 0.7) * weather.seasonal_curve(clim.tx_spread_c, doy) - 1.5 * wet
    )
    daylight = weather.day_length_hours(doy, MARSEILLE_LATITUDE)
    clear = np.where(wet, rng.beta(2, 4, len(doy)), rng.beta(6, 1.5, len(doy)))
    wind_mean = weather.seasonal_curve(clim.wind_ms, doy)
    return {
        "temperature_max_c": np.round(weather.seasonal_curve(clim.tx_c, doy) + anomaly, 1),
        "ensoleillement_h": np.round(daylight * 0.92 * clear, 1),
        "vent_m_s": np.round(np.clip(rng.gamma(2.5, wind_mean / 2.5), 0, 18), 1),
        "daylight": daylight,
    }


def ozone_maximum(
    rng: np.random.Generator, temperature: np.ndarray, sunshine_share: np.ndarray, wind: np.ndarray
) -> np.ndarray:
    """Daily ozone maximum (µg/m³): sunshine on hot air makes ozone, calm air keeps it, wind
    disperses it; a persistent unexplained part (imported pollution, traffic) grows in summer.
    On cold days it is the reverse (AtmoSud, urban sites): calm air lowers ozone, titrated by
    the traffic's nitrogen monoxide, and wind brings cleaner air that raises it a little.

    The coefficients were tuned so that, at Marseille, about 60–70 % of days fall in the
    « moyen » ozone band (51–100 µg/m³), 32–65 days a year reach 130 µg/m³ (the « mauvais »
    band, AtmoSud 2022) and a dozen summer days a year pass the 180 µg/m³ threshold.

    Examples
    --------
    >>> hot, calm = np.array([35.0]), np.array([1.0])
    >>> ozone = ozone_maximum(np.random.default_rng(0), hot, np.array([0.95]), calm)
    >>> bool(ozone[0] > 150)
    True
    """
    photochemistry = np.maximum(0, temperature - 18) * sunshine_share
    stagnation = np.maximum(0, 4.5 - wind)
    warm = np.clip((temperature - 12) / 10, 0, 1)  # 0 on cold days, 1 from 22 °C
    unexplained = 6 * weather.ar1(rng, len(temperature), 0.5) * (1 + 0.27 * photochemistry)
    ozone = (
        80
        + 4.4 * photochemistry
        + 0.25 * photochemistry**2
        + (11 * warm - 5) * stagnation
        - (5.2 * warm - 2) * np.minimum(wind, 6)
    )
    return np.clip(ozone + unexplained, 5, None)


def simulate_air_quality(stations: pd.DataFrame, seed: int = AIR_SEED) -> pd.DataFrame:
    """The ``qualite_air`` rows: one per day at Marseille, ozone maximum and its weather.

    Weather follows the Marignane station's monthly aggregates; ``episode`` is 1 when the
    simulated ozone maximum exceeds the 180 µg/m³ information threshold.

    Examples
    --------
    >>> from eduia.datasets import load
    >>> air = simulate_air_quality(load("meteo_stations_13"))
    >>> bool(air.loc[air["episode"] == 1, "mois"].between(5, 9).all())
    True
    """
    rng = np.random.default_rng(seed)
    days = _calendar(AIR_YEARS)
    values = _marseille_weather(rng, days, weather.climatology(stations, AIR_STATION))
    sunshine_share = np.clip(values["ensoleillement_h"] / values.pop("daylight"), 0, 1)
    ozone = ozone_maximum(rng, values["temperature_max_c"], sunshine_share, values["vent_m_s"])
    ozone = np.round(ozone).astype(np.int64)
    episode = (ozone > OZONE_INFORMATION_THRESHOLD).astype(np.int64)
    return days.drop(columns="doy").assign(**values, ozone_max_ug_m3=ozone, episode=episode)
