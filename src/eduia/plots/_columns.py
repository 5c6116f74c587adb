"""How eduia's charts read their data: ``data=`` a table, ``x=`` / ``y=`` / ``hue=`` column names.

A wrong name is the most common mistake; the error names the argument, the fix, and the closest
column (« Vouliez-vous dire "population_municipale" ? »).
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Any

import numpy as np
import pandas as pd

from eduia.errors import EduiaError
from eduia.i18n import t


class PlotError(EduiaError, ValueError):
    """A chart cannot be drawn from what it was given; the French message says how to fix it."""


def check_table(data: Any) -> pd.DataFrame | None:
    """``data`` itself when it is a DataFrame or ``None``; a :class:`PlotError` otherwise.

    Examples
    --------
    >>> check_table(None) is None
    True
    """
    if data is None or isinstance(data, pd.DataFrame):
        return data
    raise PlotError(t("plots.not_a_table", kind=type(data).__name__))


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).lower())
    return "".join(c for c in decomposed if c.isalnum())


def closest_column(name: str, columns: list[str]) -> str | None:
    """The column most like ``name`` (ignoring case, accents, spaces and underscores), if any.

    Examples
    --------
    >>> closest_column("Population", ["nom", "population_municipale"])
    'population_municipale'
    """
    plain = {_plain(column): column for column in columns}
    if _plain(name) in plain:
        return plain[_plain(name)]
    starts = [
        column for key, column in plain.items() if key.startswith(_plain(name)) and _plain(name)
    ]
    if starts:
        return starts[0]
    close = difflib.get_close_matches(_plain(name), list(plain), n=1, cutoff=0.6)
    return plain[close[0]] if close else None


def _unknown_column(data: pd.DataFrame, value: str, argument: str) -> PlotError:
    columns = [str(column) for column in data.columns]
    close = closest_column(value, columns)
    if close is not None:
        advice = t("plots.did_you_mean", close=close, argument=argument)
    else:
        advice = t("plots.available_columns", columns=", ".join(columns))
    return PlotError(t("plots.unknown_column", argument=argument, value=value, advice=advice))


def resolve(data: pd.DataFrame | None, value: Any, argument: str) -> tuple[pd.Series, str]:
    """The values and the name of ``value`` (a column name of ``data``, or the values themselves).

    Examples
    --------
    >>> values, name = resolve(pd.DataFrame({"nom": ["Gap"]}), "nom", "x")
    >>> values.tolist(), name
    (['Gap'], 'nom')
    """
    if value is None:
        raise PlotError(t("plots.missing_argument", argument=argument))
    if isinstance(value, str):
        if data is None:
            raise PlotError(t("plots.need_data", argument=argument, value=value))
        if value not in data.columns:
            raise _unknown_column(data, value, argument)
        return data[value], value
    series = value if isinstance(value, pd.Series) else pd.Series(np.asarray(value))
    if data is not None and len(series) != len(data):
        raise PlotError(
            t("plots.length_mismatch", argument=argument, received=len(series), expected=len(data))
        )
    if data is not None and isinstance(value, pd.Series):
        series = series.set_axis(data.index)
    return series, "" if series.name is None else str(series.name)


def resolve_optional(
    data: pd.DataFrame | None, value: Any, argument: str
) -> tuple[pd.Series | None, str]:
    """Like :func:`resolve`, but an argument left out (``None``) gives ``(None, "")``.

    Examples
    --------
    >>> resolve_optional(pd.DataFrame({"nom": ["Gap"]}), None, "hue")
    (None, '')
    """
    if value is None:
        return None, ""
    return resolve(data, value, argument)


def numeric(series: pd.Series, argument: str, name: str) -> np.ndarray:
    """``series`` as floats (missing values as NaN), or a :class:`PlotError` naming ``argument``.

    Examples
    --------
    >>> numeric(pd.Series([1, None], dtype="Int64"), "size", "population").tolist()
    [1.0, nan]
    """
    try:
        return pd.to_numeric(series, errors="raise").to_numpy(dtype="float64", na_value=np.nan)
    except (TypeError, ValueError):
        raise PlotError(t("plots.not_numeric", argument=argument, value=name)) from None
