"""The reference rows of the board: « toujours non » and a k-nearest-neighbours baseline.

The k-NN baseline is what a pupil gets in a few lines without thinking about the data: the 50
station-days of ``entrainement.csv`` nearest in position and weather (standardised columns,
missing values replaced by the training median) vote, and the alert is given when at least one
sixth of them had a fire (the threshold at which an alert costs less than a missed fire, with
a missed alert costing 5 and a false alarm 1). Its predictions are computed once and kept in
``DIR/enseignant/reference_knn.csv``.

Examples
--------
>>> from eduia.challenge.baselines import alert_threshold
>>> round(alert_threshold(), 4)
0.1667
"""

from __future__ import annotations

import os
from pathlib import Path

from eduia.challenge.scoring import FALSE_ALARM_COST, MISSED_ALERT_COST

#: Columns the k-NN baseline reads, when the challenge's files have them.
KNN_FEATURES = ("latitude", "longitude", "altitude_m", "tx_c", "pluie_mm", "jours_sans_pluie")
KNN_NEIGHBOURS = 50
_CACHE = "reference_knn.csv"


def alert_threshold() -> float:
    """The probability of fire from which an alert costs less, on average, than no alert.

    An alert on a day of probability p costs ``FALSE_ALARM_COST × (1 − p)``; no alert costs
    ``MISSED_ALERT_COST × p``.

    Examples
    --------
    >>> alert_threshold() == 1 / 6
    True
    """
    return FALSE_ALARM_COST / (FALSE_ALARM_COST + MISSED_ALERT_COST)


def _features(train, test, label: str) -> list[str]:
    chosen = [c for c in KNN_FEATURES if c in train.columns and c in test.columns]
    if chosen:
        return chosen
    numeric = train.select_dtypes("number").columns
    return [c for c in numeric if c not in ("id", label) and c in test.columns]


def knn_predictions(train, test, label: str) -> list[int]:
    """0/1 predictions of the k-NN baseline for the rows of ``test``, in order."""
    import numpy as np
    from sklearn.neighbors import KNeighborsClassifier

    features = _features(train, test, label)
    if not features or train[label].nunique() < 2:
        return [0] * len(test)
    medians = train[features].median()
    x_train = train[features].fillna(medians).to_numpy(dtype=float)
    x_test = test[features].fillna(medians).to_numpy(dtype=float)
    centre, spread = x_train.mean(axis=0), x_train.std(axis=0)
    spread[spread == 0] = 1.0
    model = KNeighborsClassifier(n_neighbors=min(KNN_NEIGHBOURS, len(train)))
    model.fit((x_train - centre) / spread, train[label].to_numpy(dtype=int))
    positive = list(model.classes_).index(1)
    probabilities = model.predict_proba((x_test - centre) / spread)[:, positive]
    return [int(p) for p in np.asarray(probabilities >= alert_threshold() - 1e-12)]


def knn_baseline(directory: str | os.PathLike[str]) -> dict[str, int]:
    """``{id: 0 or 1}``: the k-NN baseline's predictions for ``test.csv``, cached for the teacher.

    The label is the one column of ``entrainement.csv`` that ``test.csv`` lacks.
    """
    folder = Path(directory)
    cache = folder / "enseignant" / _CACHE
    if cache.exists():
        rows = [line.split(",") for line in cache.read_text(encoding="utf-8").splitlines()[1:]]
        return {row_id: int(value) for row_id, value in rows if row_id}
    import pandas as pd

    train = pd.read_csv(folder / "eleves" / "entrainement.csv", dtype={"id": str})
    test = pd.read_csv(folder / "eleves" / "test.csv", dtype={"id": str})
    labels = [c for c in train.columns if c not in test.columns]
    if len(labels) != 1:
        return dict.fromkeys(test["id"], 0)
    predictions = dict(zip(test["id"], knn_predictions(train, test, labels[0])))
    text = "id,prediction\n" + "".join(f"{i},{p}\n" for i, p in predictions.items())
    cache.write_text(text, encoding="utf-8")
    os.chmod(cache, 0o600)
    return predictions
