"""The hidden set of a challenge: whole blocks of days, split into a public and a private part.

Station-days of the same date share their weather, so rows are never split one by one: dates are
cut into blocks of consecutive days, and every row of a block goes to the same part. The hidden
blocks are then split public/private, seeded and stratified on the number of positive rows.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"date": [f"2024-01-{d:02d}" for d in range(1, 29)], "feu": [0, 1] * 14})
>>> parts = split_by_day_blocks(frame, seed=1)
>>> sorted(set(parts))
['entrainement', 'prive', 'public']
"""

from __future__ import annotations

import random
from typing import Any


def split_by_day_blocks(
    frame: Any,
    *,
    date_column: str = "date",
    label_column: str = "feu",
    block_days: int = 7,
    hidden_fraction: float = 0.3,
    seed: int = 0,
) -> list[str]:
    """The part of each row: ``"entrainement"``, ``"public"`` or ``"prive"``, in row order.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per station-day, with ``date_column`` and ``label_column`` (0/1).
    block_days : int
        Number of consecutive dates in a block.
    hidden_fraction : float
        Share of the blocks that are hidden (then split half public, half private).
    seed : int
        The same seed gives the same split.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"date": ["2024-01-01"] * 2, "feu": [0, 1]})
    >>> split_by_day_blocks(frame, hidden_fraction=0.0)
    ['entrainement', 'entrainement']
    """
    day_keys = [str(value)[:10] for value in frame[date_column]]  # strings or timestamps
    dates = sorted(set(day_keys))
    block_of_date = {date: index // block_days for index, date in enumerate(dates)}
    blocks = sorted(set(block_of_date.values()))
    rng = random.Random(seed)
    hidden_count = round(len(blocks) * hidden_fraction)
    if hidden_count == 1 and len(blocks) > 1:
        hidden_count = 2
    hidden = rng.sample(blocks, hidden_count)
    row_blocks = [block_of_date[key] for key in day_keys]
    positives = {block: 0 for block in hidden}
    for block, label in zip(row_blocks, frame[label_column]):
        if block in positives:
            positives[block] += int(label)
    # stratify: the blocks with most fires first, each to the part that has fewer fires so far
    # (then fewer blocks; then at random), so both parts get about as many fires and days
    ordered = sorted(hidden, key=lambda block: (-positives[block], rng.random()))
    totals = {"public": [0, 0], "prive": [0, 0]}
    part_of_block: dict[int, str] = {}
    for block in ordered:
        names = ["public", "prive"]
        rng.shuffle(names)
        name = min(names, key=lambda part: (totals[part][1] >= len(hidden) / 2, totals[part][0]))
        part_of_block[block] = name
        totals[name][0] += positives[block]
        totals[name][1] += 1
    return [part_of_block.get(block, "entrainement") for block in row_blocks]
