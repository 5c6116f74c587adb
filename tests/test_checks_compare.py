"""eduia.checks.compare: every kind of value a lesson needs, and what the pupil is told."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eduia import i18n
from eduia.checks import CompareOptions, compare
from eduia.checks.compare import kind_of, short_repr


@pytest.fixture(autouse=True)
def _french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_chosen_language", "fr")


def message(actual: object, expected: object, **options: object) -> str:
    mismatch = compare(actual, expected, CompareOptions(**options))
    assert mismatch is not None, "expected a mismatch"
    return mismatch.message("", reveal=True)


# -- numbers and booleans ----------------------------------------------------------------------


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_a_number_matches_itself_and_not_a_clearly_different_one(x: float) -> None:
    assert compare(x, x) is None
    assert compare(x + 1e-9, x) is None
    assert compare(x + max(1.0, abs(x) * 1e-6), x) is not None


def test_number_tolerance_and_types() -> None:
    assert (
        compare(5, 5.0) is None
        and compare(np.int64(5), 5) is None
        and compare(np.float64(0.1 + 0.2), 0.3) is None
    )
    assert compare(5.1, 5, CompareOptions(tolerance=0.2)) is None
    assert compare(5.1, 5) is not None
    assert compare(float("nan"), float("nan")) is None and compare(1.0, float("nan")) is not None
    assert compare(np.array(2.5), 2.5) is None


def test_booleans_are_not_numbers() -> None:
    assert compare(True, True) is None and compare(np.bool_(False), False) is None
    assert message(1, True) == "Tu as donné un nombre, on attendait un booléen (True ou False)."
    assert message(True, 1) == "Tu as donné un booléen (True ou False), on attendait un nombre."
    assert message(False, True) == "Tu as donné False, on attendait True."


def test_a_text_where_a_number_is_expected() -> None:
    assert message("12,5", 12.5) == (
        "Tu as donné un texte (« 12,5 »), on attendait un nombre : enlève les guillemets."
    )
    assert message("douze", 12) == "Tu as donné un texte, on attendait un nombre."


# -- texts -------------------------------------------------------------------------------------


def test_texts_are_stripped_and_optionally_case_insensitive() -> None:
    assert compare("  Marseille\n", "Marseille") is None
    assert compare("marseille", "Marseille") is not None
    assert compare("MARSEILLE", "Marseille", CompareOptions(ignore_case=True)) is None
    assert compare(" Marseille", "Marseille", CompareOptions(strip=False)) is not None
    assert message(13, "13") == "Tu as donné un nombre, on attendait un texte."


# -- sequences, dicts, sets --------------------------------------------------------------------


def test_sequences_name_the_position() -> None:
    assert compare((2.0, 1.0), (2, 1)) is None and compare([2.0, 1.0], (2, 1)) is None
    assert compare(np.array([1, 2]), [1, 2]) is None
    assert message([1, 2, 4], [1, 2, 3]) == "Pour ta réponse[2] : tu as donné 4, on attendait 3."
    assert message([1, 2], [1, 2, 3]) == "Il y a 2 éléments, on en attendait 3."
    assert message({1, 2}, [1, 2]) == "Tu as donné un ensemble (set), on attendait une liste."
    assert message([[1, 2], [3, "4"]], [[1, 2], [3, 4]]) == (
        "Pour ta réponse[1][1] : tu as donné un texte (« 4 »), on attendait un nombre : enlève les guillemets."
    )


def test_sequences_in_any_order_when_asked() -> None:
    assert compare(["Nice", "Arles"], ["Arles", "Nice"]) is not None
    assert compare(["Nice", "Arles"], ["Arles", "Nice"], CompareOptions(ignore_order=True)) is None
    assert compare([1, "a"], ["a", 1], CompareOptions(ignore_order=True)) is None


def test_dicts_name_missing_extra_and_differing_keys() -> None:
    expected = {"04": 2, "05": 3}
    assert compare({"05": 3, "04": 2.0}, expected) is None
    assert message({"04": 2}, expected) == "Il manque la ou les clés '05'."
    assert message({"04": 2, "05": 3, "06": 1}, expected) == "La ou les clés '06' sont en trop."
    assert (
        message({"04": 2, "05": 4}, expected)
        == "Pour ta réponse['05'] : tu as donné 4, on attendait 3."
    )


def test_sets() -> None:
    assert compare({"Nice", "Arles"}, {"Arles", "Nice"}) is None
    assert message({"Nice", "Gap"}, {"Nice"}) == "'Gap' ne devrait pas y être."
    assert message({"Nice"}, {"Nice", "Gap"}) == "Il manque 1 élément."


# -- numpy and pandas --------------------------------------------------------------------------


def test_numpy_arrays_with_tolerance_and_shape() -> None:
    expected = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert compare(expected + 1e-9, expected) is None
    assert compare([[1, 2], [3, 4]], expected) is None
    assert message(np.zeros(3), expected) == "Le tableau a la forme 3, on attendait 2 × 2."
    wrong = expected.copy()
    wrong[1, 0] = 30
    assert message(wrong, expected) == (
        "Pour ta réponse[1, 0] : 1 valeur diffère ; la première : tu as donné 30.0, on attendait 3.0."
    )
    assert compare(np.array(["a", "b"]), np.array(["a", "b"])) is None


def test_pandas_series_values_index_and_nullable_integers() -> None:
    expected = pd.Series([1, None, 3], index=["04", "05", "06"], dtype="Int64")
    assert compare(pd.Series([1.0, float("nan"), 3.0], index=["04", "05", "06"]), expected) is None
    assert message(pd.Series([1, None, 4], index=["04", "05", "06"], dtype="Int64"), expected) == (
        "Pour ta réponse['06'] : 1 valeur diffère ; la première : tu as donné 4.0, on attendait 3.0."
    )
    assert "index" in message(pd.Series([1, None, 3], dtype="Int64"), expected)
    assert (
        compare(pd.Series([1, None, 3], dtype="Int64"), expected, CompareOptions(check_index=False))
        is None
    )
    assert compare([1.0, float("nan"), 3.0], expected) is None
    assert compare(pd.Series(["a", "b"]), pd.Series(["a", "b"])) is None


def test_pandas_dataframes_name_columns_and_rows() -> None:
    expected = pd.DataFrame({"nom": ["Nice", "Gap"], "population": [342_669, 40_805]})
    assert compare(expected[["population", "nom"]].copy(), expected) is None
    assert message(expected[["nom"]], expected) == "Il manque la ou les colonnes 'population'."
    assert message(expected.assign(x=1), expected) == "La ou les colonnes 'x' sont en trop."
    assert message(expected.head(1), expected) == "Le tableau a 1 ligne, on en attendait 2."
    changed = expected.assign(nom=["Nice", "Digne"])
    assert message(changed, expected) == (
        "Pour ta réponse['nom'][1] : 1 valeur diffère ; la première : tu as donné 'Digne', on attendait 'Gap'."
    )
    assert message(expected["nom"], expected) == (
        "Tu as donné une colonne pandas (Series), on attendait un tableau pandas (DataFrame)."
    )


# -- helpers -----------------------------------------------------------------------------------


def test_kind_and_short_repr() -> None:
    assert [kind_of(v) for v in (1.5, "a", [1], (1,), {}, set(), print, np.zeros(2), object())] == [
        "number",
        "text",
        "list",
        "tuple",
        "dict",
        "set",
        "function",
        "array",
        "other",
    ]
    assert short_repr(pd.DataFrame({"a": [1, 2]})) == "un tableau de 2 lignes × 1 colonne"
    assert len(short_repr("x" * 500)) < 70


def test_hidden_expected_value() -> None:
    mismatch = compare(4, 5)
    assert "5" not in mismatch.message("", reveal=False)
    assert math.isclose(mismatch.fields["expected"], 5)


def test_odd_equality_never_crashes() -> None:
    class Odd:
        def __eq__(self, other: object) -> bool:
            raise RuntimeError("no")

    assert compare(Odd(), Odd()) is not None


def test_pandas_beginner_shapes() -> None:
    nice = pd.DataFrame({"nom": ["Nice"], "population": [342_669]})
    assert message(nice["population"], 342_669) == (
        "Tu as donné une colonne pandas (Series) qui contient une seule valeur, on attendait un nombre : "
        "prends la valeur elle-même avec .iloc[0] (ou .item())."
    )
    assert compare(nice["nom"], ["Nice"]) is None
    assert message([[1, 2], [3]], np.array([[1, 2], [3, 4]])) == (
        "Les lignes de ton tableau n'ont pas toutes le même nombre de valeurs."
    )


def test_numpy_scalars_read_as_plain_numbers() -> None:
    assert short_repr(np.float64(4.0)) == "4.0"
    assert short_repr((np.float64(2.5), np.int64(3), np.bool_(True))) == "(2.5, 3, True)"
