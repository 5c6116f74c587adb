"""The real fire days of lessons 01 and 04 (``feux_meteo_jour``): columns, rain axis, date split.

Rain is very skewed (half the days of 2024 have less than 0,1 mm, one has 58 mm): on a plain
axis every dry day would sit on one line. The playgrounds draw it on a square-root axis whose
ticks are labelled in millimetres, so the dry days spread out and the wet days stay visible.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from eduia.i18n import t

DATASET = "feux_meteo_jour"
TEMPERATURE, RAIN, LABEL, DATE = "tx_moy_c", "pluie_moy_mm", "feu", "date"
LAST_TRAINING_DAY = 15  # days 1–15 of each month learn, the rest test: every season in both
_RAIN_TICKS_MM = (0, 1, 2, 5, 10, 20, 40, 60, 100)


def rain_to_axis(rain_mm: Any) -> np.ndarray:
    """Where a rain amount (mm) sits on the square-root rain axis.

    Examples
    --------
    >>> rain_to_axis([0, 1, 4]).tolist()
    [0.0, 1.0, 2.0]
    """
    return np.sqrt(np.clip(np.asarray(rain_mm, dtype=float), 0, None))


def axis_to_rain(position: Any) -> np.ndarray:
    """The rain amount (mm) at a position of the square-root rain axis.

    Examples
    --------
    >>> axis_to_rain([0, 1, 2]).tolist()
    [0.0, 1.0, 4.0]
    """
    return np.square(np.clip(np.asarray(position, dtype=float), 0, None))


def label_axes(ax: Any, top: float) -> None:
    """Label the temperature axis, and the rain axis in millimetres up to its position ``top``."""
    from eduia.playgrounds._common import french_number

    ax.set_xlabel(t("playgrounds.max_temperature_axis"))
    ticks = [mm for mm in _RAIN_TICKS_MM if rain_to_axis(mm) <= top]
    ax.set_yticks(rain_to_axis(ticks), [french_number(mm) for mm in ticks])
    ax.set_ylabel(t("playgrounds.rain_axis"))


def training_days(dates: Any) -> np.ndarray:
    """True for the days that learn (1st–15th of each month), False for the days that test.

    The split is by date, never by row: days next to each other have almost the same weather,
    so a row split would test a model on days it has nearly seen.

    Examples
    --------
    >>> training_days(["2024-07-15", "2024-07-16"]).tolist()
    [True, False]
    """
    import pandas as pd

    return (pd.to_datetime(pd.Series(dates)).dt.day <= LAST_TRAINING_DAY).to_numpy()
