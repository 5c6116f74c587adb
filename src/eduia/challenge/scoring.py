"""The challenge's score: a cost-weighted score in which a missed alert costs more than a false alarm.

Only 3.7 % of station-days have a fire within 10 km, so accuracy rewards « toujours non » with
96 %. The score instead counts a cost: each missed fire costs :data:`MISSED_ALERT_COST`, each
false alarm :data:`FALSE_ALARM_COST`, and compares it with the cost of « toujours non »::

    score = 100 × (1 − cost(predictions) / cost(« toujours non »))

So « toujours non » scores 0, a perfect answer 100, and an answer that raises too many false
alarms goes below 0. The function is deterministic and pure Python (no pandas).

Examples
--------
>>> score_predictions([1, 1, 0, 0], [0, 0, 0, 0])
0.0
>>> score_predictions([1, 0, 0, 0], [1, 1, 0, 0])
80.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: Cost of a missed alert (a fire that the model did not announce).
MISSED_ALERT_COST = 5
#: Cost of a false alarm (an alert on a day without fire).
FALSE_ALARM_COST = 1


def _costs(labels: Sequence[int], predictions: Sequence[int]) -> list[int]:
    if len(labels) != len(predictions):
        raise ValueError("labels and predictions must have the same length")
    costs = []
    for label, prediction in zip(labels, predictions):
        if label == 1 and prediction == 0:
            costs.append(MISSED_ALERT_COST)
        elif label == 0 and prediction == 1:
            costs.append(FALSE_ALARM_COST)
        else:
            costs.append(0)
    return costs


def score_predictions(labels: Sequence[int], predictions: Sequence[int]) -> float:
    """The cost-weighted score of ``predictions`` against ``labels`` (0/1), in points.

    100 is perfect, 0 is « toujours non », below 0 is worse than never raising an alert.
    With no fire at all in ``labels``, the reference cost is 0: the score is 100 minus the
    false alarms' share in percent.

    Examples
    --------
    >>> score_predictions([1, 0], [0, 0])
    0.0
    """
    costs = _costs(labels, predictions)
    reference = MISSED_ALERT_COST * sum(1 for label in labels if label == 1)
    if reference == 0:
        return round(100.0 * (1 - sum(costs) / max(len(costs), 1)), 6)
    return round(100.0 * (1 - sum(costs) / reference), 6)


def score_band(labels: Sequence[int], predictions: Sequence[int]) -> float:
    """Half-width, in points, of a 95 % uncertainty band of the score (normal approximation).

    It comes from the number of rows: the per-row costs' spread divided by the square root of
    their number, scaled like the score. What matters is the number of fires among the rows,
    not the number of rows: with 3.7 % of fire rows, 150 rows hold about 6 fires and a band of
    about ±75 points; a board of 1 400 rows (about 57 fires) gives ±20 to ±25 for a weak model.
    Rows of the same day are not independent (same weather, often the same fire), so the true
    band is rather wider. To tell two answers apart, use :func:`difference_band`.

    Examples
    --------
    >>> score_band([1, 0, 0, 0], [1, 0, 0, 0])
    0.0
    """
    costs = _costs(labels, predictions)
    n = len(costs)
    reference = MISSED_ALERT_COST * sum(1 for label in labels if label == 1)
    if n < 2 or reference == 0:
        return 0.0
    mean = sum(costs) / n
    variance = sum((c - mean) ** 2 for c in costs) / (n - 1)
    # score = 100 (1 - n·mean / reference): the band of the mean, scaled by 100 n / reference
    return round(1.96 * math.sqrt(variance / n) * 100.0 * n / reference, 6)


def difference_band(labels: Sequence[int], first: Sequence[int], second: Sequence[int]) -> float:
    """Half-width, in points, of a 95 % band of ``score(first) − score(second)`` on the same rows.

    The two answers are scored on the same rows, so their difference only depends on the rows
    where they differ: its band is much narrower than the two scores' bands put side by side
    (two answers that differ on 10 rows out of 1 000 cannot be told apart by their own bands,
    but their difference is known to those 10 rows). This is how the board decides a tie.

    Examples
    --------
    >>> difference_band([1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0])
    0.0
    >>> difference_band([1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]) > 0
    True
    """
    costs = [a - b for a, b in zip(_costs(labels, first), _costs(labels, second))]
    n = len(costs)
    reference = MISSED_ALERT_COST * sum(1 for label in labels if label == 1)
    if n < 2 or reference == 0:
        return 0.0
    mean = sum(costs) / n
    variance = sum((c - mean) ** 2 for c in costs) / (n - 1)
    return round(1.96 * math.sqrt(variance / n) * 100.0 * n / reference, 6)
