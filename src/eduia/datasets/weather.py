"""Daily weather for the simulated datasets, calibrated on the Météo-France monthly aggregates.

The climatology comes from eduia's own ``meteo_stations_13`` dataset (monthly means over the
21 stations of the Bouches-du-Rhône, or one station): daily values follow a smooth seasonal
curve through the monthly means, with day-to-day persistence (an AR(1) process) and rain days
drawn from a two-state Markov chain whose frequency matches the observed rainy days.

Examples
--------
>>> import numpy as np
>>> from eduia.datasets.weather import day_length_hours
>>> round(float(day_length_hours(np.array([172]), 43.3)[0]), 1)
15.2
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

DAYS_IN_MONTH = np.array([31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


@dataclass(frozen=True)
class Climatology:
    """Twelve monthly values of each variable (index 0 = January)."""

    tx_c: np.ndarray
    tm_c: np.ndarray
    tx_spread_c: np.ndarray
    rain_day_share: np.ndarray
    wind_ms: np.ndarray


def climatology(stations: pd.DataFrame, station: str | None = None) -> Climatology:
    """Monthly climatology from ``meteo_stations_13`` rows, all stations or one ``station``.

    ``tx_spread_c`` is the typical gap between the month's hottest day and its mean maximum,
    divided by 2.3 (a rough standard deviation of the daily maximum within the month).

    Examples
    --------
    >>> from eduia.datasets import load
    >>> round(float(climatology(load("meteo_stations_13")).tx_c[7]), 1)
    33.4
    """
    rows = stations if station is None else stations[stations["station"] == station]
    monthly = rows.groupby("mois")[
        ["tx_moy_c", "tm_moy_c", "tx_max_c", "jours_pluie_1mm", "vent_moy_ms", "jours_observes"]
    ].mean()
    return Climatology(
        tx_c=monthly["tx_moy_c"].to_numpy(float),
        tm_c=monthly["tm_moy_c"].to_numpy(float),
        tx_spread_c=((monthly["tx_max_c"] - monthly["tx_moy_c"]) / 2.3).to_numpy(float),
        rain_day_share=(monthly["jours_pluie_1mm"] / DAYS_IN_MONTH).to_numpy(float),
        wind_ms=monthly["vent_moy_ms"].to_numpy(float),
    )


def seasonal_curve(monthly: np.ndarray, day_of_year: np.ndarray) -> np.ndarray:
    """Interpolate twelve monthly values (taken at mid-month) smoothly to every day of the year.

    Examples
    --------
    >>> seasonal_curve(np.arange(12.0), np.array([15.5, 45.125]))
    array([0., 1.])
    """
    mid_month = np.cumsum(DAYS_IN_MONTH) - DAYS_IN_MONTH / 2
    knots = np.concatenate([mid_month - 365.25, mid_month, mid_month + 365.25])
    values = np.concatenate([monthly, monthly, monthly])
    return np.interp(day_of_year, knots, values)


def ar1(rng: np.random.Generator, size: int, persistence: float) -> np.ndarray:
    """A unit-variance AR(1) series: today's anomaly keeps ``persistence`` of yesterday's.

    Examples
    --------
    >>> ar1(np.random.default_rng(0), 5, 0.7).shape
    (5,)
    """
    shocks = rng.standard_normal(size) * np.sqrt(1 - persistence**2)
    series = np.empty(size)
    series[0] = rng.standard_normal()
    for day in range(1, size):
        series[day] = persistence * series[day - 1] + shocks[day]
    return series


def rain_days(rng: np.random.Generator, share: np.ndarray, persistence: float = 0.35) -> np.ndarray:
    """Rain (≥ 1 mm) or not for each day; the long-run frequency of each day is ``share``.

    A two-state Markov chain: after a rainy day the chance of rain rises by ``persistence``
    of the way to 1, and the dry-day chance is lowered so the frequency stays ``share``.

    Examples
    --------
    >>> wet = rain_days(np.random.default_rng(0), np.full(20_000, 0.25))
    >>> round(float(wet.mean()), 2)
    0.25
    """
    wet_after_wet = share + persistence * (1 - share)
    wet_after_dry = share * (1 - wet_after_wet) / np.maximum(1 - share, 1e-9)
    draws = rng.random(len(share))
    wet = np.zeros(len(share), dtype=bool)
    wet[0] = draws[0] < share[0]
    for day in range(1, len(share)):
        chance = wet_after_wet[day] if wet[day - 1] else wet_after_dry[day]
        wet[day] = draws[day] < chance
    return wet


def days_since_rain(wet: np.ndarray, start: int = 3) -> np.ndarray:
    """For each day, the number of days since the last rainy day (0 on a rainy day).

    Examples
    --------
    >>> days_since_rain(np.array([False, True, False, False]), start=3).tolist()
    [4, 0, 1, 2]
    """
    counts = np.empty(len(wet), dtype=np.int64)
    current = start
    for day, is_wet in enumerate(wet):
        current = 0 if is_wet else current + 1
        counts[day] = current
    return counts


def day_length_hours(day_of_year: np.ndarray, latitude: float) -> np.ndarray:
    """Astronomical day length (hours) at ``latitude`` (degrees north) for each day of the year.

    Examples
    --------
    >>> day_length_hours(np.array([355]), 43.3).round(1)
    array([8.8])
    """
    declination = np.radians(23.44) * np.sin(2 * np.pi * (day_of_year - 81) / 365.25)
    cos_hour = -np.tan(np.radians(latitude)) * np.tan(declination)
    return 24 / np.pi * np.arccos(np.clip(cos_hour, -1, 1))


def easter(year: int) -> tuple[int, int]:
    """The (month, day) of Easter Sunday in ``year`` (Gregorian calendar).

    Examples
    --------
    >>> easter(2024)
    (3, 31)
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return month, day


def public_holidays(year: int) -> list[str]:
    """The French public holidays of ``year`` as ISO dates (``"2024-05-01"``...).

    Examples
    --------
    >>> public_holidays(2024)[:2]
    ['2024-01-01', '2024-04-01']
    """
    import datetime as dt

    month, day = easter(year)
    easter_day = dt.date(year, month, day)
    moving = [easter_day + dt.timedelta(days=offset) for offset in (1, 39, 50)]
    fixed = [
        dt.date(year, m, d)
        for m, d in ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))
    ]
    return sorted(day.isoformat() for day in fixed + moving)
