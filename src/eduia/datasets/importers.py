"""Read the official open-data files a teacher can download, to use fresh data in a lesson.

- :func:`read_meteo_france`: Météo-France daily climatological data, the
  ``Q_<dep>_<years>_RR-T-Vent.csv(.gz)`` layout (``;``-separated, one row per station and day,
  each measure followed by its quality code). :func:`monthly_station_summary` turns it into
  the layout of the ``meteo_stations_13`` dataset.
- :func:`read_bdiff`: the BDIFF forest-fire export (``;``-separated, French headers, one row
  per fire). :func:`fires_by_year`, :func:`fires_by_month` and :func:`fires_by_cause` give the
  layouts of ``incendies_annuels``, ``incendies_mensuels`` and ``incendies_causes``.

A file that cannot be read raises :class:`~eduia.datasets.errors.MalformedFileError`, whose
French message names the file, the line (counted as in a text editor, header = line 1) and the
column. Nothing is returned half-read.

Examples
--------
>>> from eduia.datasets.importers import read_bdiff, fires_by_year
>>> fires = read_bdiff("Incendies.csv")  # doctest: +SKIP
>>> fires_by_year(fires).head()  # doctest: +SKIP
"""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from eduia.datasets.errors import MalformedFileError
from eduia.i18n import t

if TYPE_CHECKING:
    import pandas as pd

METEO_COLUMNS = {
    "NUM_POSTE": "num_poste",
    "NOM_USUEL": "station",
    "LAT": "latitude",
    "LON": "longitude",
    "ALTI": "altitude_m",
    "AAAAMMJJ": "date",
    "RR": "pluie_mm",
    "TN": "tn_c",
    "TX": "tx_c",
    "TM": "tm_c",
    "FFM": "vent_moy_ms",
    "FXI": "rafale_max_ms",
}
METEO_REQUIRED_VALUES = ("NUM_POSTE", "AAAAMMJJ")

BDIFF_COLUMNS = {
    "Année": "annee",
    "Numéro": "numero",
    "Département": "departement",
    "Code INSEE": "code_insee",
    "Nom de la commune": "commune",
    "Date de première alerte": "date_alerte",
    "Surface parcourue (m2)": "surface_m2",
    "Nature": "cause",
    "Précision de la donnée": "precision",
}
BDIFF_REQUIRED_VALUES = ("Année", "Département", "Date de première alerte")
UNKNOWN_CAUSE = "Inconnue"
#: How BDIFF flags the records it considers partial or invalid (« Précision de la donnée »).
PARTIAL_FLAG = "Données partielles"

#: How a number is written in the official files: digits, one optional decimal point or comma.
PLAIN_DECIMAL = r"[+-]?(\d+(\.\d*)?|\.\d+)"


def _read_text(path: Path) -> str:
    """The text of ``path`` (plain or gzip), decoded as UTF-8 or, failing that, Windows-1252."""
    if not path.is_file():
        raise MalformedFileError(path, None, None, t("datasets.file_missing"))
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise MalformedFileError(path, None, None, t("datasets.not_text")) from error
    if b"\x00" in raw[:4096]:
        raise MalformedFileError(path, None, None, t("datasets.not_text"))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MalformedFileError(path, None, None, t("datasets.not_text"))


def _read_table(path: Path, required: dict[str, str], kind_key: str) -> pd.DataFrame:
    """All cells of a ``;``-separated file as text, after checking that the columns are there."""
    import pandas as pd

    text = _read_text(path)
    if not text.strip():
        raise MalformedFileError(path, None, None, t("datasets.file_empty"))
    try:
        table = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    except pd.errors.ParserError as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) if found else None
        raise MalformedFileError(
            path, line, None, t("datasets.bad_layout", detail=str(error).strip())
        ) from error
    table.columns = [str(column).strip() for column in table.columns]
    _refuse_short_rows(text, path)
    for column in required:
        if column not in table.columns:
            raise MalformedFileError(
                path, 1, column, t("datasets.missing_column", column=column, kind=t(kind_key))
            )
    return table


def _refuse_short_rows(text: str, path: Path) -> None:
    """A row with fewer fields than the header (a cut file): the error, at its first gap."""
    import csv

    reader = csv.reader(io.StringIO(text), delimiter=";")
    header = [name.strip() for name in next(reader, [])]
    for row in reader:
        if row and len(row) < len(header):
            column = header[len(row)]
            raise MalformedFileError(
                path, reader.line_num, column, t("datasets.short_row", column=column)
            )


def _first_bad(mask: pd.Series) -> int:
    """The editor line number (header = 1) of the first ``True`` row of ``mask``."""
    return int(mask.to_numpy().nonzero()[0][0]) + 2


def _require_values(table: pd.DataFrame, columns: tuple[str, ...], path: Path) -> None:
    for column in columns:
        empty = table[column].str.strip() == ""
        if empty.any():
            raise MalformedFileError(path, _first_bad(empty), column, t("datasets.missing_value"))


def _numbers(table: pd.DataFrame, column: str, path: Path) -> pd.Series:
    """Column ``column`` as floats (decimal point or comma; empty → missing), or the error."""
    import pandas as pd

    text = table[column].str.strip().str.replace(",", ".", regex=False)
    plain = text.str.fullmatch(
        PLAIN_DECIMAL
    )  # refuses inf, nan, 1e30: official files never hold them
    values = pd.to_numeric(text.where(plain), errors="coerce")
    wrong = ~plain & (text != "")
    if wrong.any():
        line = _first_bad(wrong)
        raise MalformedFileError(
            path, line, column, t("datasets.bad_number", value=table[column].iloc[line - 2])
        )
    return values.astype("float64")


def _dates(
    table: pd.DataFrame, column: str, path: Path, formats: tuple[str, ...], expected: str
) -> pd.Series:
    import pandas as pd

    text = table[column].str.strip()
    parsed = pd.Series(pd.NaT, index=table.index, dtype="datetime64[ns]")
    for date_format in formats:
        missing = parsed.isna()
        parsed[missing] = pd.to_datetime(text[missing], format=date_format, errors="coerce")
    wrong = parsed.isna()
    if wrong.any():
        line = _first_bad(wrong)
        raise MalformedFileError(
            path, line, column, t("datasets.bad_date", value=text.iloc[line - 2], expected=expected)
        )
    return parsed


def read_meteo_france(path: str | Path) -> pd.DataFrame:
    """A Météo-France daily climatological file (``Q_…_RR-T-Vent``) as a tidy DataFrame.

    Parameters
    ----------
    path : str or Path
        The ``.csv`` or ``.csv.gz`` file as downloaded from meteo.data.gouv.fr.

    Returns
    -------
    pandas.DataFrame
        One row per station and day: ``num_poste``, ``station``, ``latitude``, ``longitude``,
        ``altitude_m``, ``date``, ``pluie_mm``, ``tn_c``, ``tx_c``, ``tm_c``, ``vent_moy_ms``,
        ``rafale_max_ms`` (missing measures are ``NaN``).

    Raises
    ------
    MalformedFileError
        When the file is missing, not text, lacks a column, or holds a value that is not a
        number or a date; the message names the file, line and column.

    Examples
    --------
    >>> daily = read_meteo_france("Q_13_previous-1950-2023_RR-T-Vent.csv.gz")  # doctest: +SKIP
    >>> daily["tx_c"].max()  # doctest: +SKIP
    """
    path = Path(path)
    table = _read_table(path, METEO_COLUMNS, "datasets.kind_meteo")
    _require_values(table, METEO_REQUIRED_VALUES, path)
    result = {
        "num_poste": table["NUM_POSTE"].str.strip(),
        "station": table["NOM_USUEL"].str.strip(),
    }
    for source, target in METEO_COLUMNS.items():
        if source == "AAAAMMJJ":
            result[target] = _dates(table, source, path, ("%Y%m%d",), "AAAAMMJJ")
        elif target not in result:
            result[target] = _numbers(table, source, path)
    import pandas as pd

    frame = pd.DataFrame(result)[list(METEO_COLUMNS.values())]
    frame["altitude_m"] = frame["altitude_m"].round().astype("Int64")
    return frame


def _count_at_least(values: pd.Series, threshold: float) -> float:
    """How many values reach ``threshold``; missing (``NaN``) when every value is missing."""
    return float((values >= threshold).sum()) if values.notna().any() else float("nan")


def monthly_station_summary(daily: pd.DataFrame) -> pd.DataFrame:
    """Monthly aggregates per station, in the layout of the ``meteo_stations_13`` dataset.

    Means of TN, TX, TM and of the daily mean wind; total rain; rainy days (≥ 1 mm); the
    month's highest TX and lowest TN; highest gust; days with a gust ≥ 16 m/s. A measure
    missing on every day of the month stays missing.

    Examples
    --------
    >>> monthly = monthly_station_summary(read_meteo_france("Q_13.csv.gz"))  # doctest: +SKIP
    """
    import pandas as pd

    frame = daily.assign(annee=daily["date"].dt.year, mois=daily["date"].dt.month)
    keys = ["num_poste", "station", "latitude", "longitude", "altitude_m", "annee", "mois"]
    groups = frame.groupby(keys, sort=True, dropna=False)
    summary = pd.DataFrame(
        {
            "jours_observes": groups.size(),
            "tn_moy_c": groups["tn_c"].mean().round(2),
            "tx_moy_c": groups["tx_c"].mean().round(2),
            "tm_moy_c": groups["tm_c"].mean().round(2),
            "pluie_mm": groups["pluie_mm"].sum(min_count=1).round(1),
            "jours_pluie_1mm": groups["pluie_mm"].agg(_count_at_least, 1.0).astype("Int64"),
            "tx_max_c": groups["tx_c"].max(),
            "tn_min_c": groups["tn_c"].min(),
            "vent_moy_ms": groups["vent_moy_ms"].mean().round(2),
            "rafale_max_ms": groups["rafale_max_ms"].max(),
            "jours_rafale_16ms": groups["rafale_max_ms"].agg(_count_at_least, 16.0).astype("Int64"),
        }
    )
    return summary.reset_index()


def read_bdiff(path: str | Path) -> pd.DataFrame:
    """A BDIFF forest-fire export as a tidy DataFrame, one row per fire.

    Parameters
    ----------
    path : str or Path
        The ``;``-separated export of bdiff.agriculture.gouv.fr (UTF-8 or Windows-1252).

    Returns
    -------
    pandas.DataFrame
        ``annee``, ``numero``, ``departement`` (``"04"``), ``code_insee``, ``commune``,
        ``date_alerte`` (date and time of the first alert), ``surface_ha`` (burnt area,
        converted from m²), ``cause`` (``"Inconnue"`` when the export leaves it empty) and
        ``donnees_partielles`` (``True`` where BDIFF flags « Données partielles ou non valides »).

    Raises
    ------
    MalformedFileError
        When the file is missing, lacks a column, or holds a value that is not a number or a
        date (``dd/mm/yyyy HH:MM``); the message names the file, line and column.

    Examples
    --------
    >>> fires = read_bdiff("Incendies.csv")  # doctest: +SKIP
    >>> fires.groupby("departement").size()  # doctest: +SKIP
    """
    import pandas as pd

    path = Path(path)
    table = _read_table(path, BDIFF_COLUMNS, "datasets.kind_bdiff")
    _require_values(table, BDIFF_REQUIRED_VALUES, path)
    years = _numbers(table, "Année", path)
    numbers = _numbers(table, "Numéro", path)
    surface = _numbers(table, "Surface parcourue (m2)", path)
    dates = _dates(
        table,
        "Date de première alerte",
        path,
        ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y"),
        "jj/mm/aaaa hh:mm",
    )
    cause = table["Nature"].str.strip()
    return pd.DataFrame(
        {
            "annee": years.round().astype("int64"),
            "numero": numbers.round().astype("Int64"),
            "departement": table["Département"].str.strip().str.zfill(2),
            "code_insee": table["Code INSEE"].str.strip(),
            "commune": table["Nom de la commune"].str.strip(),
            "date_alerte": dates,
            "surface_ha": surface / 10_000,
            "cause": cause.where(cause != "", UNKNOWN_CAUSE),
            "donnees_partielles": table["Précision de la donnée"]
            .str.strip()
            .str.startswith(PARTIAL_FLAG),
        }
    )


def _count_and_area(fires: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    grouped = fires.groupby(keys, sort=True).agg(
        nombre_feux=("annee", "size"), surface_brulee_ha=("surface_ha", "sum")
    )
    grouped["surface_brulee_ha"] = grouped["surface_brulee_ha"].round(1)
    return grouped.reset_index()


def fires_by_year(fires: pd.DataFrame) -> pd.DataFrame:
    """Fires, burnt hectares and flagged records per département and year (``incendies_annuels``).

    Examples
    --------
    >>> fires_by_year(read_bdiff("Incendies.csv")).columns.tolist()  # doctest: +SKIP
    ['departement', 'annee', 'nombre_feux', 'surface_brulee_ha', 'feux_donnees_partielles']
    """
    yearly = _count_and_area(fires, ["departement", "annee"])
    flagged = fires.groupby(["departement", "annee"], sort=True)["donnees_partielles"].sum()
    yearly["feux_donnees_partielles"] = flagged.to_numpy().astype("int64")
    return yearly


def fires_by_month(fires: pd.DataFrame) -> pd.DataFrame:
    """Fires and burnt hectares per département, year and month of first alert
    (the ``incendies_mensuels`` layout).

    Examples
    --------
    >>> fires_by_month(read_bdiff("Incendies.csv")).columns.tolist()  # doctest: +SKIP
    ['departement', 'annee', 'mois', 'nombre_feux', 'surface_brulee_ha']
    """
    return _count_and_area(
        fires.assign(mois=fires["date_alerte"].dt.month), ["departement", "annee", "mois"]
    )


def fires_by_cause(fires: pd.DataFrame) -> pd.DataFrame:
    """Fires per département, decade and cause (the ``incendies_causes`` layout).

    Examples
    --------
    >>> fires_by_cause(read_bdiff("Incendies.csv")).columns.tolist()  # doctest: +SKIP
    ['departement', 'decennie', 'cause', 'nombre_feux']
    """
    decade = fires.assign(decennie=fires["annee"] // 10 * 10)
    counts = decade.groupby(["departement", "decennie", "cause"], sort=True).size()
    return counts.rename("nombre_feux").reset_index()
