"""The class AI challenge: its score and the checking of pupils' prediction files.

Pupils hand in predictions only (``id,prediction``), never code. Importing this package does
not import pandas.

Examples
--------
>>> from eduia.challenge import score_predictions
>>> score_predictions([1, 0, 0, 0], [1, 0, 0, 0])
100.0
"""

from __future__ import annotations

from eduia.challenge.create import load_practice_rows
from eduia.challenge.pupil import load_challenge, submit_predictions
from eduia.challenge.scoring import (
    FALSE_ALARM_COST,
    MISSED_ALERT_COST,
    score_band,
    score_predictions,
)
from eduia.challenge.submission import SubmissionError, parse_submission, write_predictions

__all__ = [
    "FALSE_ALARM_COST",
    "MISSED_ALERT_COST",
    "SubmissionError",
    "load_challenge",
    "load_practice_rows",
    "parse_submission",
    "score_band",
    "score_predictions",
    "submit_predictions",
    "write_predictions",
]
