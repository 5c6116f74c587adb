"""The hidden set of a challenge: whole blocks of days, split into a public and a private part.

Station-days of the same date share their weather, so rows are never split one by one: dates are
cut into blocks of consecutive days, and every row of a block goes to the same part. The hidden
blocks are then split public/private, seeded and stratified on the number of positive rows.

A challenge hides odd-numbered blocks only (``odd_blocks_only``), whatever its seed: the rows of
the even-numbered blocks are never hidden by any challenge, so they alone may be given to pupils
outside a challenge (:func:`never_hidden`; the practice rows of :mod:`eduia.challenge.pupil` and
lesson 10).

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


def block_numbers(frame: Any, *, date_column: str = "date", block_days: int = 7) -> list[int]:
    """The block of each row, in row order: its date's rank among the frame's dates // ``block_days``.

    Examples
    --------
    >>> import pandas as pd
    >>> block_numbers(pd.DataFrame({"date": ["2024-01-01", "2024-01-09", "2024-01-01"]}), block_days=1)
    [0, 1, 0]
    """
    day_keys = [str(value)[:10] for value in frame[date_column]]  # strings or timestamps
    block_of_date = {date: index // block_days for index, date in enumerate(sorted(set(day_keys)))}
    return [block_of_date[key] for key in day_keys]


def never_hidden(frame: Any, *, date_column: str = "date", block_days: int = 7) -> list[bool]:
    """True for the rows that no challenge on ``frame`` ever hides (the even-numbered blocks).

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"date": [f"2024-01-{d:02d}" for d in range(1, 29)], "feu": [0, 1] * 14})
    >>> kept = never_hidden(frame)
    >>> parts = [split_by_day_blocks(frame, label_column="feu", seed=seed, odd_blocks_only=True)
    ...          for seed in range(5)]
    >>> sum(kept), {part[i] for part in parts for i in range(len(kept)) if kept[i]}
    (14, {'entrainement'})
    """
    return [
        block % 2 == 0
        for block in block_numbers(frame, date_column=date_column, block_days=block_days)
    ]


def split_by_day_blocks(
    frame: Any,
    *,
    date_column: str = "date",
    label_column: str = "feu",
    block_days: int = 7,
    hidden_fraction: float = 0.3,
    seed: int = 0,
    odd_blocks_only: bool = False,
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
    odd_blocks_only : bool
        Hide odd-numbered blocks only (at most all of them), so that the even-numbered ones are
        never hidden, whatever the seed (see :func:`never_hidden`).

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"date": ["2024-01-01"] * 2, "feu": [0, 1]})
    >>> split_by_day_blocks(frame, hidden_fraction=0.0)
    ['entrainement', 'entrainement']
    """
    row_blocks = block_numbers(frame, date_column=date_column, block_days=block_days)
    blocks = sorted(set(row_blocks))
    candidates = [block for block in blocks if block % 2 == 1] if odd_blocks_only else blocks
    rng = random.Random(seed)
    hidden_count = min(round(len(blocks) * hidden_fraction), len(candidates))
    if hidden_count == 1 and len(candidates) > 1:
        hidden_count = 2
    hidden = rng.sample(candidates, hidden_count)
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
