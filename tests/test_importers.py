"""Importers of the official open-data formats: Météo-France daily files and the BDIFF export."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eduia import i18n
from eduia.datasets import MalformedFileError, load, read_bdiff, read_meteo_france
from eduia.datasets.importers import (
    fires_by_cause,
    fires_by_month,
    fires_by_year,
    monthly_station_summary,
)

METEO_HEADER = (
    "NUM_POSTE;NOM_USUEL;LAT;LON;ALTI;AAAAMMJJ;RR;QRR;TN;QTN;TX;QTX;TM;QTM;FFM;QFFM;FXI;QFXI"
)
METEO_ROWS = [
    "13004003;ISTRES;43.522000;4.923667;24;20240101;0.0;1;1.0;1;13.0;1;7.0;1;4.0;1;17.0;1",
    "13004003;ISTRES;43.522000;4.923667;24;20240102;2.5;1;3.0;1;15.0;1;9.0;1;2.0;1;12.0;1",
    "13004003;ISTRES;43.522000;4.923667;24;20240201;;;-1.5;1;10.5;1;4.5;1;;;;",
    "13055001;MARSEILLE;43.300000;5.400000;75;20240101;1.2;1;5.0;1;14.0;1;9.5;1;;;;",
]
BDIFF_HEADER = (
    "Année;Numéro;Département;Code INSEE;Nom de la commune;Date de première alerte;"
    "Surface parcourue (m2);Surface forêt (m2);Nature;Précision de la donnée"
)
BDIFF_ROWS = [
    "2022;101;13;13001;Aix-en-Provence;12/07/2022 14:30;25000;20000;Malveillance;",
    "2022;102;13;13001;Aix-en-Provence;30/07/2022 09:05;5000;0;;",
    "2022;103;4;04001;Aiglun;03/08/2022 16:00;1500,5;0;Naturelle;",
    "2023;7;83;83038;Châteaudouble;01/01/2023 00:10;100;100;Accidentelle;Données partielles",
]


def _write(tmp_path: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_meteo_france_file_is_read_with_types(tmp_path: Path):
    daily = read_meteo_france(
        _write(tmp_path, "Q_13_test_RR-T-Vent.csv", [METEO_HEADER, *METEO_ROWS])
    )
    assert list(daily.columns) == [
        "num_poste",
        "station",
        "latitude",
        "longitude",
        "altitude_m",
        "date",
        "pluie_mm",
        "tn_c",
        "tx_c",
        "tm_c",
        "vent_moy_ms",
        "rafale_max_ms",
    ]
    assert daily["num_poste"].tolist()[0] == "13004003"
    assert daily["date"].iloc[2] == pd.Timestamp("2024-02-01")
    assert daily["tn_c"].iloc[2] == -1.5 and pd.isna(daily["pluie_mm"].iloc[2])
    assert daily["altitude_m"].dtype == "Int64"


def test_meteo_france_gzip_and_windows_encoding(tmp_path: Path):
    lines = [METEO_HEADER, METEO_ROWS[0].replace("ISTRES", "ISTRES LE TUBÉ")]
    plain = _write(tmp_path, "latin.csv", lines, encoding="cp1252")
    packed = tmp_path / "Q_13.csv.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert read_meteo_france(plain)["station"].item() == "ISTRES LE TUBÉ"
    assert read_meteo_france(packed)["station"].item() == "ISTRES LE TUBÉ"


def test_monthly_station_summary_by_hand(tmp_path: Path):
    daily = read_meteo_france(_write(tmp_path, "q.csv", [METEO_HEADER, *METEO_ROWS]))
    summary = monthly_station_summary(daily)
    assert list(summary.columns) == list(load("meteo_stations_13").columns)
    monthly = summary.set_index(["station", "mois"])
    january = monthly.loc[("ISTRES", 1)]
    assert (
        january["jours_observes"] == 2
        and january["tx_moy_c"] == 14.0
        and january["pluie_mm"] == 2.5
    )
    assert january["jours_pluie_1mm"] == 1 and january["jours_rafale_16ms"] == 1
    assert (
        january["tx_max_c"] == 15.0 and january["tn_min_c"] == 1.0 and january["vent_moy_ms"] == 3.0
    )
    february = monthly.loc[("ISTRES", 2)]
    assert pd.isna(february["pluie_mm"]) and pd.isna(february["jours_pluie_1mm"])
    assert pd.isna(february["rafale_max_ms"])


@pytest.mark.parametrize(
    ("row_index", "column", "bad_value", "words"),
    [
        (1, "TX", "quinze", "n'est pas un nombre"),
        (2, "AAAAMMJJ", "2024-02-01", "n'est pas une date"),
        (3, "NUM_POSTE", "", "la valeur est vide"),
    ],
)
def test_meteo_france_bad_value_names_file_line_and_column(
    tmp_path: Path, row_index, column, bad_value, words
):
    rows = [row.split(";") for row in METEO_ROWS]
    rows[row_index][METEO_HEADER.split(";").index(column)] = bad_value
    path = _write(tmp_path, "Q_13_abime.csv", [METEO_HEADER, *(";".join(row) for row in rows)])
    with pytest.raises(MalformedFileError) as caught:
        read_meteo_france(path)
    error = caught.value
    assert (error.line, error.column) == (row_index + 2, column)
    message = str(error)
    assert "« Q_13_abime.csv »" in message and f"ligne {row_index + 2}" in message
    assert f"colonne « {column} »" in message and words in message


def test_meteo_france_missing_column_and_wrong_separator(tmp_path: Path):
    no_tx = [
        ";".join(c for c in line.split(";") if c) for line in [METEO_HEADER.replace(";TX;", ";XX;")]
    ]
    with pytest.raises(MalformedFileError, match="colonne « TX »") as caught:
        read_meteo_france(_write(tmp_path, "a.csv", no_tx + METEO_ROWS))
    assert caught.value.line == 1 and "Météo-France" in str(caught.value)
    commas = [line.replace(";", ",") for line in [METEO_HEADER, *METEO_ROWS]]
    with pytest.raises(MalformedFileError, match="colonne « NUM_POSTE »"):
        read_meteo_france(_write(tmp_path, "b.csv", commas))


def test_ragged_row_gets_its_line_number(tmp_path: Path):
    rows = [*METEO_ROWS[:2], METEO_ROWS[2] + ";1;2;3", METEO_ROWS[3]]
    with pytest.raises(MalformedFileError) as caught:
        read_meteo_france(_write(tmp_path, "c.csv", [METEO_HEADER, *rows]))
    assert caught.value.line == 4 and "« c.csv »" in str(caught.value)


def test_missing_empty_and_binary_files(tmp_path: Path):
    with pytest.raises(MalformedFileError, match="n'existe pas"):
        read_meteo_france(tmp_path / "absent.csv")
    (tmp_path / "vide.csv").write_text("")
    with pytest.raises(MalformedFileError, match="vide"):
        read_bdiff(tmp_path / "vide.csv")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(MalformedFileError, match="pas un fichier texte"):
        read_bdiff(tmp_path / "image.png")
    (tmp_path / "casse.csv.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    with pytest.raises(MalformedFileError, match="casse.csv.gz"):
        read_meteo_france(tmp_path / "casse.csv.gz")


def test_error_messages_exist_in_english(tmp_path: Path):
    rows = [METEO_ROWS[0].replace("13.0;1;7.0", "x;1;7.0")]
    i18n.set_language("en")
    try:
        with pytest.raises(
            MalformedFileError, match=r"file “q.csv”, line 2, column “TX”\): “x” is not a number"
        ):
            read_meteo_france(_write(tmp_path, "q.csv", [METEO_HEADER, *rows]))
    finally:
        i18n._chosen_language = None


def test_bdiff_export_is_read_and_aggregated(tmp_path: Path):
    fires = read_bdiff(_write(tmp_path, "Incendies.csv", [BDIFF_HEADER, *BDIFF_ROWS]))
    assert fires["departement"].tolist() == ["13", "13", "04", "83"]
    assert fires["surface_ha"].tolist() == [2.5, 0.5, 0.15005, 0.01]
    assert fires["cause"].tolist() == ["Malveillance", "Inconnue", "Naturelle", "Accidentelle"]
    assert fires["date_alerte"].iloc[0] == pd.Timestamp("2022-07-12 14:30")
    yearly = fires_by_year(fires)
    assert list(yearly.columns) == list(load("incendies_annuels").columns)
    aix = yearly[(yearly["departement"] == "13") & (yearly["annee"] == 2022)]
    assert aix["nombre_feux"].item() == 2 and aix["surface_brulee_ha"].item() == 3.0
    assert yearly["feux_donnees_partielles"].tolist() == [0, 0, 1]  # 04-2022, 13-2022, 83-2023
    monthly = fires_by_month(fires)
    assert monthly[monthly["departement"] == "13"]["mois"].tolist() == [7]
    causes = fires_by_cause(fires)
    assert list(causes.columns) == list(load("incendies_causes").columns)
    assert causes["decennie"].tolist() == [2020, 2020, 2020, 2020]


def test_bdiff_bad_date_on_the_last_line_loads_nothing(tmp_path: Path):
    rows = [*BDIFF_ROWS[:3], BDIFF_ROWS[3].replace("01/01/2023 00:10", "2023-01-01")]
    with pytest.raises(MalformedFileError) as caught:
        read_bdiff(_write(tmp_path, "Incendies.csv", [BDIFF_HEADER, *rows]))
    assert (caught.value.line, caught.value.column) == (5, "Date de première alerte")
    assert "jj/mm/aaaa" in str(caught.value)


def test_bdiff_missing_column(tmp_path: Path):
    header = BDIFF_HEADER.replace("Nature", "Cause")
    with pytest.raises(MalformedFileError, match="colonne « Nature ».*BDIFF"):
        read_bdiff(_write(tmp_path, "x.csv", [header, *BDIFF_ROWS]))


# ---- the real official files in ../shared/reference-data (skipped when absent) ---------------


def _same(mine: pd.DataFrame, theirs: pd.DataFrame, keys: list[str], tolerance: float) -> None:
    merged = mine.merge(theirs, on=keys, how="outer", suffixes=("_mine", "_facts"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"]
    for column in [c for c in theirs.columns if c not in keys]:
        a, b = merged[f"{column}_mine"].astype(float), merged[f"{column}_facts"].astype(float)
        assert (((a - b).abs() <= tolerance) | (a.isna() & b.isna())).all(), column


def test_real_meteo_france_file_gives_the_monthly_dataset(shared_dir: Path):
    daily = read_meteo_france(
        shared_dir / "reference-data" / "meteo_france_Q_13_2024-2025_RR-T-Vent.csv.gz"
    )
    assert len(daily) == 9404 and daily["num_poste"].nunique() == 21
    monthly = monthly_station_summary(daily)
    shipped = load("meteo_stations_13")
    keys = ["num_poste", "annee", "mois"]
    _same(
        monthly.drop(columns=["station", "latitude", "longitude", "altitude_m"]),
        shipped.drop(columns=["station", "latitude", "longitude", "altitude_m"]),
        keys,
        0.011,
    )


def test_real_bdiff_export_gives_the_fire_datasets(shared_dir: Path):
    fires = read_bdiff(shared_dir / "reference-data" / "bdiff_paca_1973_2024.csv")
    assert len(fires) == 41_078
    _same(fires_by_year(fires), load("incendies_annuels"), ["departement", "annee"], 0.15)
    _same(fires_by_month(fires), load("incendies_mensuels"), ["departement", "annee", "mois"], 0.15)
    causes = fires_by_cause(fires).astype({"cause": str})
    _same(
        causes,
        load("incendies_causes").astype({"cause": str}),
        ["departement", "decennie", "cause"],
        0,
    )


@pytest.mark.parametrize("junk", ["inf", "-inf", "Infinity", "nan", "NaN", "1e30", "1E5", "0x10"])
def test_non_finite_or_scientific_text_in_a_number_column_is_refused(tmp_path: Path, junk: str):
    rows = [row.split(";") for row in METEO_ROWS]
    rows[1][METEO_HEADER.split(";").index("TX")] = junk
    path = _write(tmp_path, "Q_13_inf.csv", [METEO_HEADER, *(";".join(row) for row in rows)])
    with pytest.raises(MalformedFileError) as caught:
        read_meteo_france(path)
    assert (caught.value.line, caught.value.column) == (3, "TX")
    assert f"« {junk} » n'est pas un nombre" in str(caught.value)


def test_a_file_cut_in_the_middle_of_a_row_loads_nothing(tmp_path: Path):
    """The BDIFF row « …;25000;20000;… » cut after « 25 » must not become 0.0025 ha."""
    cut = BDIFF_ROWS[0].split(";25000")[0] + ";25"
    path = tmp_path / "Incendies.csv"
    path.write_text("\r\n".join([BDIFF_HEADER, *BDIFF_ROWS[1:], cut]), encoding="utf-8")
    with pytest.raises(MalformedFileError) as caught:
        read_bdiff(path)
    assert (caught.value.line, caught.value.column) == (5, "Surface forêt (m2)")
    assert "coupé" in str(caught.value) and "« Incendies.csv »" in str(caught.value)


def test_a_row_with_fewer_fields_than_the_header_names_its_line(tmp_path: Path):
    short = ";".join(METEO_ROWS[1].split(";")[:9])
    path = _write(tmp_path, "Q_13_court.csv", [METEO_HEADER, METEO_ROWS[0], short, *METEO_ROWS[2:]])
    with pytest.raises(MalformedFileError) as caught:
        read_meteo_france(path)
    assert (caught.value.line, caught.value.column) == (3, "QTN")
    i18n.set_language("en")
    try:
        assert "cut off" in str(
            MalformedFileError(path, 3, "QTN", i18n.t("datasets.short_row", column="QTN"))
        )
    finally:
        i18n.set_language("fr")


# ---- any corrupted cell is reported where it is ----------------------------------------------

NUMERIC_METEO = ["LAT", "LON", "ALTI", "RR", "TN", "TX", "TM", "FFM", "FXI"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    row=st.integers(min_value=0, max_value=len(METEO_ROWS) - 1),
    column=st.sampled_from(NUMERIC_METEO + ["AAAAMMJJ"]),
    junk=st.sampled_from(["n/a", "12..5", "--", "1e", "douze", "3,4,5"]),
)
def test_any_corrupted_cell_is_reported_at_its_line_and_column(tmp_path: Path, row, column, junk):
    rows = [line.split(";") for line in METEO_ROWS]
    rows[row][METEO_HEADER.split(";").index(column)] = junk
    path = _write(tmp_path, "Q_13_hasard.csv", [METEO_HEADER, *(";".join(r) for r in rows)])
    with pytest.raises(MalformedFileError) as caught:
        read_meteo_france(path)
    assert (caught.value.line, caught.value.column) == (row + 2, column)
    assert f"ligne {row + 2}" in str(caught.value) and "Q_13_hasard.csv" in str(caught.value)
