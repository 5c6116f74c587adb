"""Plausible wrong answers of lessons 00 and 02, each refused by the visible check.

The catalogue is the project's own list of mistakes a seconde pupil makes; « Bravo » for one of
them would mean « Bravo » with 0 points under nbgrader. The hidden tests are not run here yet.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from eduia.checks.exercises import lesson_00, lesson_02


def _couples(point, points):
    return sorted((math.dist(point, other), numero) for numero, other in enumerate(points))


def _vote_keeping_the_last_tie(etiquettes):
    compte, gagnante = {}, etiquettes[0]
    for etiquette in etiquettes:
        compte[etiquette] = compte.get(etiquette, 0) + 1
    for etiquette in etiquettes:
        if compte[etiquette] >= compte[gagnante]:  # >= where the text says « strictement »
            gagnante = etiquette
    return gagnante


CATALOGUE = {
    lesson_00.population_region: [5218960.0, "5218960", (168, 54), 5218959],
    lesson_00.densite: [lambda p, s: s / p, lambda p, s: p // s, lambda p, s: p * s],
    lesson_00.plus_peuple: [" Bouches-du-Rhône ", "bouches-du-rhône", "Alpes-Maritimes"],
    lesson_00.moins_dense: [" Alpes-de-Haute-Provence", "Hautes-Alpes", "alpes-de-haute-provence"],
    lesson_00.grandes_communes: [95, 96.0, "96"],
    lesson_02.distance: [
        lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1]),
        lambda a, b: (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2,
        lambda a, b: ((a[0] - b[0]) + (a[1] - b[1])) ** 0.5,
    ],
    lesson_02.plus_proches_voisins: [
        lambda point, points, k: [n for _, n in _couples(point, points)[-k:]],
        lambda point, points, k: [n for _, n in _couples(point, points)[: k + 1]],
        lambda point, points, k: [points[n] for _, n in _couples(point, points)[:k]],
    ],
    lesson_02.vote_majoritaire: [
        _vote_keeping_the_last_tie,
        lambda etiquettes: etiquettes[0],
        lambda etiquettes: max(sorted(set(etiquettes)), key=etiquettes.count),
    ],
    lesson_02.predire: [
        lambda point, points, etiquettes, k: etiquettes[_couples(point, points)[0][1]],
        lambda point, points, etiquettes, k: _vote_keeping_the_last_tie(
            [etiquettes[n] for _, n in _couples(point, points)[:k]]
        ),
        lambda point, points, etiquettes, k: max(
            sorted({etiquettes[n] for _, n in _couples(point, points)[:k]}),
            key=[etiquettes[n] for _, n in _couples(point, points)[:k]].count,
        ),
    ],
}


@pytest.mark.parametrize(
    ("exercise", "wrong"),
    [(exercise, wrong) for exercise, answers in CATALOGUE.items() for wrong in answers],
    ids=[
        f"{exercise.name}-{index}"
        for exercise, answers in CATALOGUE.items()
        for index, _ in enumerate(answers)
    ],
)
def test_the_visible_check_refuses_each_plausible_wrong_answer(exercise, wrong) -> None:
    assert not exercise.evaluate(wrong).passed


def test_every_exercise_of_these_lessons_has_a_catalogue_of_at_least_three() -> None:
    from eduia.checks import Exercise

    for module in (lesson_00, lesson_02):
        for exercise in vars(module).values():
            if isinstance(exercise, Exercise):
                assert len(CATALOGUE.get(exercise, [])) >= 3, exercise.name


def test_right_answers_are_still_accepted() -> None:
    assert lesson_00.population_region.evaluate(5218960).passed
    assert lesson_00.grandes_communes.evaluate(96).passed
    assert lesson_00.plus_peuple.evaluate("Bouches-du-Rhône").passed
    assert lesson_02.vote_majoritaire.evaluate(
        lambda etiquettes: max(etiquettes, key=etiquettes.count)  # max keeps the first tie
    ).passed


def _hidden_tests(lesson: str, grade_id: str) -> str:
    import json

    from eduia import release

    root = Path(__file__).resolve().parent.parent
    path = next((root / release.SOURCE_DIR).glob(f"{lesson}-*/{lesson}-*.ipynb"))
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == f"{grade_id}_test":
            text = "".join(cell["source"])
            return text.split("### BEGIN HIDDEN TESTS", 1)[1].split("### END HIDDEN TESTS", 1)[0]
    raise LookupError(grade_id)


FUNCTION_EXERCISES = ("distance", "plus_proches_voisins", "vote_majoritaire", "predire")


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        (name, wrong)
        for name in FUNCTION_EXERCISES
        for wrong in CATALOGUE[getattr(lesson_02, name)]
    ],
    ids=lambda item: item if isinstance(item, str) else "wrong",
)
def test_the_hidden_tests_of_lesson_02_refuse_each_plausible_wrong_answer(name, wrong) -> None:
    namespace: dict = {"math": math}
    for other in FUNCTION_EXERCISES:  # the reference of every other exercise
        exec(getattr(lesson_02, other).solution_text, namespace)  # noqa: S102 - our own text
    namespace[name] = wrong
    with pytest.raises(AssertionError):
        exec(_hidden_tests("02", name), namespace)  # noqa: S102 - our own hidden tests
