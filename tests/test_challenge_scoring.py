"""The challenge's score and the checking of pupils' prediction files (issue 17, first part)."""

from __future__ import annotations

import pytest

from eduia.challenge import (
    MISSED_ALERT_COST,
    SubmissionError,
    parse_submission,
    score_predictions,
)
from eduia.challenge.scoring import difference_band, score_band

IDS = {"1", "2", "3"}


def test_never_scores_zero_perfect_scores_hundred():
    labels = [1, 0, 0, 0, 0]
    assert score_predictions(labels, [0] * 5) == 0.0
    assert score_predictions(labels, labels) == 100.0


def test_missed_alert_costs_more_than_false_alarm():
    labels = [1, 0, 0, 0, 0, 0]
    one_false_alarm = score_predictions(labels, [1, 1, 0, 0, 0, 0])
    one_missed = score_predictions(labels, [0, 0, 0, 0, 0, 0])
    assert one_false_alarm > one_missed
    assert one_false_alarm == pytest.approx(100 * (1 - 1 / MISSED_ALERT_COST))


def test_always_yes_is_below_zero_on_rare_fires():
    labels = [1] + [0] * 30
    assert score_predictions(labels, [1] * 31) < 0


def test_band_shrinks_with_more_rows():
    small = score_band([1, 0, 0, 1, 0, 0] * 5, [1, 1, 0, 0, 0, 0] * 5)
    large = score_band([1, 0, 0, 1, 0, 0] * 50, [1, 1, 0, 0, 0, 0] * 50)
    assert 0 < large < small


def test_good_file_both_separators_and_bom():
    assert parse_submission(b"id,prediction\n1,0\n2,1\n3,0\n", IDS) == {"1": 0, "2": 1, "3": 0}
    data = "\ufeffid;prediction\r\n1;1\r\n2;0\r\n3;1\r\n\r\n".encode()
    assert parse_submission(data, IDS) == {"1": 1, "2": 0, "3": 1}


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"id,prediction\n1,0\n2,1\n", "il manque 1"),
        (b"id,prediction\n1,0\n1,1\n2,0\n3,0\n", "ligne 3"),
        (b"id,prediction\n1,0\n2,2\n3,0\n", "0 ou 1"),
        (b"id,prediction\n1,0\n2,oui\n3,0\n", "ligne 3"),
        (b"id,prediction\n1,0\n9,1\n3,0\n", "n'est pas dans test.csv"),
        (b"id,prediction\n=cmd|' /C calc'!A0,1\n", "formule"),
        (b"id,prediction\n1,=1+1\n", "formule"),
        (b"id\tprediction\n1\t0\n", "ligne 1"),
        (b"id,prediction\n1;0\n", "ligne 2"),
        (b"", "vide"),
        ("id,prédiction\n".encode("latin-1"), "CSV UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "CSV"),
        (b"id,prediction\n" + b"1,0\n" * 600_000, "trop gros"),
    ],
)
def test_bad_files_get_french_message(data, fragment, monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    with pytest.raises(SubmissionError) as caught:
        parse_submission(data, IDS)
    assert fragment in str(caught.value)
    assert "Fichier refusé" in str(caught.value)


def test_not_bytes_is_refused():
    with pytest.raises(SubmissionError):
        parse_submission("id,prediction\n", IDS)  # type: ignore[arg-type]


def test_pupil_writes_predictions(tmp_path):
    import numpy as np

    from eduia.challenge import write_predictions

    target = str(tmp_path / "p.csv")
    write_predictions(["1", "2", "3"], np.array([0, 1, 1]), target)
    assert parse_submission((tmp_path / "p.csv").read_bytes(), IDS) == {"1": 0, "2": 1, "3": 1}
    with pytest.raises(SubmissionError, match="0 ou 1"):
        write_predictions(["1", "2", "3"], [0, 1, 0.7], target)
    with pytest.raises(SubmissionError, match="3 identifiants mais 2"):
        write_predictions(["1", "2", "3"], [0, 1], target)


def test_two_answers_on_the_same_rows_are_told_apart_by_their_difference():
    """1 000 rows, 40 fires: catching 12 of them (no false alarm) scores 30 against 0 for
    « toujours non »; their own bands overlap, the band of their difference does not reach 30."""
    labels = [1] * 40 + [0] * 960
    never = [0] * 1000
    catcher = [1] * 12 + [0] * 988
    gap = score_predictions(labels, catcher) - score_predictions(labels, never)
    assert gap == 30.0
    assert gap < score_band(labels, catcher) + score_band(labels, never)  # bands overlap
    assert 0 < difference_band(labels, catcher, never) < gap  # yet the difference is real
    one_more = [1] * 13 + [0] * 987
    assert difference_band(labels, one_more, catcher) > abs(
        score_predictions(labels, one_more) - score_predictions(labels, catcher)
    )  # one fire more is within the band: a tie
    assert difference_band(labels, catcher, catcher) == 0.0
