"""Lesson 06's declared exercises: the solutions pass, a catalogue of plausible wrong answers fails.

Each wrong answer is a mistake a seconde pupil makes (one conversion factor for both axes,
swapped factors, the farthest centre, a number from 1, the centre instead of its number, the
plain mean, a division by the number of points); none may get « Bravo » from the visible check, nor pass the
hidden tests of the source notebook; other right ways of writing each answer pass both.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from eduia.checks.exercises import lesson_06 as exercices

SOURCE = (
    Path(__file__).resolve().parent.parent / "notebooks/source/06-k-moyennes/06-k-moyennes.ipynb"
)


def hidden_tests(name: str) -> str:
    """The hidden-test region of the graded cell that checks exercise ``name``."""
    for cell in nbformat.read(SOURCE, as_version=4).cells:
        if f"exercices.{name}.check(" in cell.source:
            hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1]
            return hidden.split("### END HIDDEN TESTS")[0]
    raise AssertionError(f"no graded cell checks {name}")


def hidden_tests_pass(name: str, answer) -> bool:
    try:
        exec(hidden_tests(name), {name: answer})  # noqa: S102 - the lesson's own hidden tests
    except Exception:  # noqa: BLE001 - a crash or a failed assert both score 0
        return False
    return True


def _nearest(point, centres, better):
    best = 0
    for number, centre in enumerate(centres):
        distance = (point[0] - centre[0]) ** 2 + (point[1] - centre[1]) ** 2
        best_distance = (point[0] - centres[best][0]) ** 2 + (point[1] - centres[best][1]) ** 2
        if better(distance, best_distance):
            best = number
    return best


def _plain_mean(points, poids):
    return (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))


def _divided_by_count(points, poids):
    return (
        sum(p * x for (x, _), p in zip(points, poids)) / len(points),
        sum(p * y for (_, y), p in zip(points, poids)) / len(points),
    )


def _not_divided(points, poids):
    return (
        sum(p * x for (x, _), p in zip(points, poids)),
        sum(p * y for (_, y), p in zip(points, poids)),
    )


WRONG = {
    "vers_km": [
        lambda longitude, latitude: (111 * longitude, 81 * latitude),  # factors swapped
        lambda longitude, latitude: (111 * longitude, 111 * latitude),  # one factor for both
        lambda longitude, latitude: (longitude, latitude),  # left in degrees
        lambda longitude, latitude: (81 * latitude, 111 * longitude),  # axes swapped
    ],
    "plus_proche_centre": [
        lambda point, centres: _nearest(point, centres, lambda d, b: d > b),  # the farthest
        lambda point, centres: _nearest(point, centres, lambda d, b: d < b) + 1,  # from 1
        lambda point, centres: centres[_nearest(point, centres, lambda d, b: d < b)],  # centre
        lambda point, centres: _nearest(point, centres, lambda d, b: d <= b),  # last of a tie
        lambda point, centres: _nearest(  # only the east-west gap
            (point[0], 0), [(x, 0) for x, _ in centres], lambda d, b: d < b
        ),
    ],
    "centre_pondere": [_plain_mean, _divided_by_count, _not_divided],
}

RIGHT = {
    "vers_km": [lambda longitude, latitude: [longitude * 81, latitude * 111]],
    "plus_proche_centre": [
        lambda point, centres: min(
            range(len(centres)),
            key=lambda n: (point[0] - centres[n][0]) ** 2 + (point[1] - centres[n][1]) ** 2,
        )
    ],
    "centre_pondere": [
        lambda points, poids: tuple(
            sum(p * c[i] for c, p in zip(points, poids)) / sum(poids) for i in range(2)
        )
    ],
}


@pytest.mark.parametrize(
    ("name", "answer"),
    [(name, answer) for name, answers in WRONG.items() for answer in answers],
    ids=[f"{name}-{i}" for name, answers in WRONG.items() for i in range(len(answers))],
)
def test_plausible_wrong_answers_are_refused(name, answer) -> None:
    assert not getattr(exercices, name).evaluate(answer).passed
    assert not hidden_tests_pass(name, answer)


@pytest.mark.parametrize(
    ("name", "answer"), [(n, a) for n, answers in RIGHT.items() for a in answers]
)
def test_other_right_answers_and_the_solution_pass(name, answer) -> None:
    exercise = getattr(exercices, name)
    assert exercise.evaluate(answer).passed
    assert hidden_tests_pass(name, answer)
    namespace: dict = {}
    exec(exercise.solution_text, namespace)  # noqa: S102 - trusted text from the package
    assert exercise.evaluate(namespace[name]).passed
    assert hidden_tests_pass(name, namespace[name])


def test_every_exercise_has_a_catalogue() -> None:
    from eduia.checks import Exercise

    declared = {name for name, value in vars(exercices).items() if isinstance(value, Exercise)}
    assert declared == set(WRONG) == set(RIGHT)
    assert all(len(WRONG[name]) >= 3 for name in declared)
