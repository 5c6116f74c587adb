"""Create a challenge folder: what pupils receive, and the teacher's solution.

``DIR/eleves/entrainement.csv`` (training rows with labels) and ``DIR/eleves/test.csv`` (hidden
rows, no label, no fire count or burnt area) for pupils; ``DIR/enseignant/solution.csv``
(``id,label,split``) readable by its owner only.

The default dataset ``feux_meteo_station_jour`` ships in the teacher package only: its hidden
rows' labels must never be in anything a pupil has. Pupils' own copy of station-days is
:data:`PRACTICE_FILE`, the rows of the weeks that no challenge hides
(:func:`eduia.challenge.split.never_hidden`), written by :func:`write_practice_file`.

Examples
--------
>>> import pandas as pd, tempfile
>>> frame = pd.DataFrame({"date": [f"2024-01-{d:02d}" for d in range(1, 29)], "feu": [0, 1] * 14})
>>> folder = create_challenge(tempfile.mkdtemp(), data=frame, label_column="feu", leak_columns=())
>>> sorted(p.name for p in (folder / "eleves").iterdir())
['entrainement.csv', 'regles.txt', 'test.csv']
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from eduia.challenge.baselines import knn_baseline
from eduia.challenge.scoring import FALSE_ALARM_COST, MISSED_ALERT_COST
from eduia.challenge.split import split_by_day_blocks
from eduia.i18n import t

DEFAULT_DATASET = "feux_meteo_station_jour"
DEFAULT_LABEL = "feu_10km"
#: Columns that give the label away: never in what pupils receive.
DEFAULT_LEAKS = ("feux_10km", "surface_brulee_ha_10km")
#: Share of the blocks of days a challenge hides (odd-numbered blocks only: at most about half).
HIDDEN_FRACTION = 0.4
#: The pupils' station-days: the rows of ``feux_meteo_station_jour`` that no challenge hides.
PRACTICE_FILE = Path(__file__).with_name("jours_stations_libres.csv")


def challenge_frames(
    data: Any = None,
    *,
    dataset: str = DEFAULT_DATASET,
    label_column: str = DEFAULT_LABEL,
    leak_columns: tuple[str, ...] = DEFAULT_LEAKS,
    seed: int = 0,
) -> tuple[Any, Any, Any]:
    """The training rows, the hidden rows (still labelled) and the part of every row.

    Rows get their ``id`` (1, 2, … in the dataset's order) before the split, and lose the
    columns that give the label away, so the same dataset and seed always give the same ids:
    the rows of :data:`PRACTICE_FILE` keep the ids they have in every challenge.
    """
    import pandas as pd

    if data is None:
        from eduia.datasets import load

        data = load(dataset)
    frame = data.reset_index(drop=True).copy()
    parts = split_by_day_blocks(
        frame,
        label_column=label_column,
        seed=seed,
        hidden_fraction=HIDDEN_FRACTION,
        odd_blocks_only=True,
    )
    frame.insert(0, "id", [str(index + 1) for index in range(len(frame))])
    frame = frame.drop(columns=[c for c in leak_columns if c in frame.columns])
    part = pd.Series(parts, index=frame.index)
    return frame[part == "entrainement"], frame[part != "entrainement"], part


def practice_rows(data: Any = None, *, dataset: str = DEFAULT_DATASET) -> Any:
    """The rows no challenge hides (even-numbered weeks), with their ``id``, without leak columns.

    Made from the teacher's ``feux_meteo_station_jour`` by :func:`write_practice_file`; pupils
    read the result with :func:`load_practice_rows`.
    """
    from eduia.challenge.split import never_hidden

    if data is None:
        from eduia.datasets import load

        data = load(dataset)
    frame = data.reset_index(drop=True).copy()
    frame.insert(0, "id", [str(index + 1) for index in range(len(frame))])
    frame = frame.drop(columns=[c for c in DEFAULT_LEAKS if c in frame.columns])
    return frame[never_hidden(frame)].reset_index(drop=True)


def write_practice_file(path: str | os.PathLike[str] = PRACTICE_FILE) -> Path:
    """Write :func:`practice_rows` as CSV (run from the checkout when the dataset changes)."""
    frame = practice_rows()
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame.to_csv(path, index=False)
    return Path(path)


def load_practice_rows() -> Any:
    """The pupils' station-days (:data:`PRACTICE_FILE`): every 7-day block of even number.

    Examples
    --------
    >>> rows = load_practice_rows()
    >>> sorted(set(rows["date"].dt.day_of_year.sub(1) // 7 % 2))
    [0]
    """
    import pandas as pd

    frame = pd.read_csv(PRACTICE_FILE, dtype={"id": str, "num_poste": str})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame


def create_challenge(
    directory: str | os.PathLike[str],
    *,
    data: Any = None,
    dataset: str = DEFAULT_DATASET,
    label_column: str = DEFAULT_LABEL,
    leak_columns: tuple[str, ...] = DEFAULT_LEAKS,
    seed: int = 0,
) -> Path:
    """Write the pupils' files and the teacher's solution under ``directory``; return it.

    Examples
    --------
    >>> create_challenge("/tmp/defi-doctest", seed=1)  # doctest: +SKIP
    """
    import pandas as pd

    train, hidden, part = challenge_frames(
        data, dataset=dataset, label_column=label_column, leak_columns=leak_columns, seed=seed
    )
    folder = Path(directory)
    pupils = folder / "eleves"
    teacher = folder / "enseignant"
    pupils.mkdir(parents=True, exist_ok=True)
    teacher.mkdir(parents=True, exist_ok=True)
    os.chmod(teacher, 0o700)
    train.to_csv(pupils / "entrainement.csv", index=False)
    rules = t("challenge.metric_explained", missed=MISSED_ALERT_COST, false_alarm=FALSE_ALARM_COST)
    (pupils / "regles.txt").write_text(
        t("challenge.rules", label=label_column) + "\n\n" + rules + "\n", encoding="utf-8"
    )
    hidden.drop(columns=[label_column]).to_csv(pupils / "test.csv", index=False)
    solution = pd.DataFrame(
        {"id": hidden["id"], "label": hidden[label_column].astype(int), "split": part[hidden.index]}
    )
    solution_path = teacher / "solution.csv"
    solution_path.touch(mode=0o600)
    os.chmod(solution_path, 0o600)
    solution.to_csv(solution_path, index=False)
    knn_baseline(folder)  # computed once, now, so that the board answers at once
    return folder
