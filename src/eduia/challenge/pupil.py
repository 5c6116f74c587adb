"""The pupil's side of the challenge, from a notebook: load the files, hand in predictions.

:func:`load_challenge` finds the folder the teacher gave (``DIR/eleves``: the argument, the
``EDUIA_DEFI`` environment variable, or a folder ``defi`` or ``eleves`` next to the notebook).
Without one, the pupil practises on their own copy, offline: the station-days that no challenge
ever hides (:func:`eduia.challenge.create.load_practice_rows`, every other week of 2024), cut by
blocks of days into training and test rows. The challenge's dataset itself is the teacher's
(package ``eduia-enseignant``): no hidden row of any challenge is in the pupil's package.

:func:`submit_predictions` checks the predictions exactly as the teacher's side will
(:func:`eduia.challenge.submission.write_predictions`), writes the CSV in the pupil's folder,
and, when the teacher's own files are reachable (the teacher's PC), records it for the team
with the same code as ``eduia challenge submit``. Otherwise it says how to hand the file in.
It never raises for a refused file: the French message is its answer, so « Run All » goes on.

Examples
--------
>>> from eduia.challenge.pupil import find_challenge_folder
>>> find_challenge_folder("/nonexistent-folder") is None
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eduia.challenge.create import DEFAULT_LABEL
from eduia.challenge.submission import SubmissionError, write_predictions
from eduia.i18n import t

ENVIRONMENT_VARIABLE = "EDUIA_DEFI"
DEFAULT_FILE = "predictions_defi.csv"
_CANDIDATES = ("defi", "eleves")
#: The practice copy's test rows: this share of its blocks, drawn with this seed (lesson 11's
#: texts describe what its demonstrations show with them).
PRACTICE_HIDDEN_FRACTION = 0.2
PRACTICE_SEED = 1


def find_challenge_folder(folder: str | os.PathLike[str] | None = None) -> Path | None:
    """The pupils' folder of a teacher's challenge (the one holding ``test.csv``), or None.

    Examples
    --------
    >>> find_challenge_folder("/nonexistent-folder") is None
    True
    """
    if folder is not None:
        candidates = [Path(folder)]
    elif os.environ.get(ENVIRONMENT_VARIABLE):
        candidates = [Path(os.environ[ENVIRONMENT_VARIABLE])]
    else:
        candidates = [Path(name) for name in _CANDIDATES]
    for candidate in candidates:
        for pupils in (candidate / "eleves", candidate):
            if (pupils / "test.csv").is_file() and (pupils / "entrainement.csv").is_file():
                return pupils
    return None


@dataclass
class Challenge:
    """What a pupil works with: the labelled training rows and the unlabelled test rows."""

    train: Any
    test: Any
    label: str
    folder: Path | None
    summary: str

    @property
    def in_class(self) -> bool:
        """True when the files come from the teacher's challenge folder."""
        return self.folder is not None

    def __repr__(self) -> str:
        return self.summary


def load_challenge(folder: str | os.PathLike[str] | None = None) -> Challenge:
    """The challenge's training and test rows, from the teacher's folder or a practice copy.

    Examples
    --------
    >>> defi = load_challenge()  # doctest: +SKIP
    >>> defi.label  # doctest: +SKIP
    'feu_10km'
    """
    import pandas as pd

    pupils = find_challenge_folder(folder)
    if pupils is not None:
        train = pd.read_csv(pupils / "entrainement.csv", dtype={"id": str})
        test = pd.read_csv(pupils / "test.csv", dtype={"id": str})
        labels = [column for column in train.columns if column not in test.columns]
        label = labels[0] if len(labels) == 1 else DEFAULT_LABEL
        key, where = "challenge.pupil_class", {"folder": str(pupils)}
    else:
        from eduia.challenge.create import load_practice_rows
        from eduia.challenge.split import split_by_day_blocks

        rows = load_practice_rows()
        label = DEFAULT_LABEL
        parts = split_by_day_blocks(
            rows, label_column=label, seed=PRACTICE_SEED, hidden_fraction=PRACTICE_HIDDEN_FRACTION
        )
        hidden = [part != "entrainement" for part in parts]
        train = rows[[not flag for flag in hidden]]
        test = rows[hidden].drop(columns=[label])
        key, where = "challenge.pupil_practice", {}
    for frame in (train, test):
        if "date" in frame.columns:
            frame["date"] = pd.to_datetime(frame["date"])
    summary = t(key, train=len(train), test=len(test), label=label, **where)
    return Challenge(
        train.reset_index(drop=True), test.reset_index(drop=True), label, pupils, summary
    )


@dataclass
class Receipt:
    """The answer to a submission: accepted or not, recorded or not, and the French message."""

    accepted: bool
    recorded: bool
    path: str | None
    message: str

    def __repr__(self) -> str:
        return self.message


def submit_predictions(
    ids: Any,
    predictions: Any,
    *,
    team: str | None = None,
    folder: str | os.PathLike[str] | None = None,
    path: str = DEFAULT_FILE,
) -> Receipt:
    """Check and write the prediction file; record it for ``team`` when the teacher's files are here.

    Examples
    --------
    >>> submit_predictions(["1", "2"], [0, 1], path="/tmp/p.csv").accepted  # doctest: +SKIP
    True
    """
    ids = list(ids)
    try:
        written = write_predictions(ids, predictions, path)
    except SubmissionError as error:
        return Receipt(False, False, None, str(error))
    lines = [t("challenge.pupil_written", count=len(ids), path=written)]
    pupils = find_challenge_folder(folder)
    teacher = pupils.parent / "enseignant" if pupils is not None else None
    if teacher is not None and os.access(teacher / "solution.csv", os.R_OK):
        if not team:
            lines.append(t("challenge.pupil_no_team"))
            return Receipt(True, False, written, "\n".join(lines))
        from eduia.challenge.board import submit

        try:
            result = submit(pupils.parent, team, Path(written).read_bytes())
        except SubmissionError as error:
            lines.append(str(error))
            return Receipt(False, False, written, "\n".join(lines))
        lines.append(t("challenge.pupil_recorded", team=team, **result))
        return Receipt(True, True, written, "\n".join(lines))
    key = "challenge.pupil_hand_in" if pupils is not None else "challenge.pupil_practice_hand_in"
    lines.append(t(key))
    return Receipt(True, False, written, "\n".join(lines))
