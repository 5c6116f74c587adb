"""The hidden set is made of whole blocks of days, seeded, split public/private (issue 17)."""

from __future__ import annotations

import pandas as pd

from eduia.challenge.split import split_by_day_blocks


def _frame() -> pd.DataFrame:
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = []
    for station in range(3):
        for index, date in enumerate(dates):
            rows.append({"station": station, "date": date, "feu": int(index % 9 == station)})
    return pd.DataFrame(rows)


def test_no_day_in_two_parts():
    frame = _frame()
    frame["part"] = split_by_day_blocks(frame, seed=3)
    parts_per_day = frame.groupby("date")["part"].nunique()
    assert (parts_per_day == 1).all()
    assert set(frame["part"]) == {"entrainement", "public", "prive"}


def test_seeded_and_seed_matters():
    frame = _frame()
    assert split_by_day_blocks(frame, seed=5) == split_by_day_blocks(frame, seed=5)
    assert split_by_day_blocks(frame, seed=5) != split_by_day_blocks(frame, seed=6)


def test_public_and_private_balanced():
    frame = _frame()
    frame["part"] = split_by_day_blocks(frame, seed=2, hidden_fraction=0.4)
    counts = frame.groupby("part")["date"].nunique()
    assert abs(counts["public"] - counts["prive"]) <= 7
    assert counts["public"] + counts["prive"] == 56
    positives = frame.groupby("part")["feu"].sum()
    assert positives["public"] > 0 and positives["prive"] > 0


def test_real_dataset_split_keeps_days_whole():
    from eduia.datasets import load

    frame = load("feux_meteo_station_jour")
    parts = split_by_day_blocks(frame, label_column="feu_10km", seed=0)
    frame = frame.assign(part=parts)
    assert (frame.groupby("date")["part"].nunique() == 1).all()
    hidden = frame[frame["part"] != "entrainement"]
    assert 0.2 < len(hidden) / len(frame) < 0.4
    assert hidden.groupby("part")["feu_10km"].sum().min() > 0


def test_real_dataset_public_private_fires_balanced():
    from eduia.datasets import load

    frame = load("feux_meteo_station_jour")
    for seed in (0, 3):
        frame["part"] = split_by_day_blocks(frame, label_column="feu_10km", seed=seed)
        fires = frame.groupby("part")["feu_10km"].sum()
        days = frame.groupby("part")["date"].nunique()
        assert abs(fires["public"] - fires["prive"]) <= 0.25 * max(fires["public"], fires["prive"])
        assert abs(days["public"] - days["prive"]) <= 7
