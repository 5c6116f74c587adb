"""Lesson 09: every plausible wrong answer gets neither « Bravo » nor points.

Each wrong answer of the catalogue is run through the visible check (the pupil's « Bravo ») and
through the hidden tests of the source notebook (nbgrader's points): both must refuse it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from eduia.checks.exercises import lesson_09 as exercices

SOURCE = (
    Path(__file__).resolve().parent.parent
    / "notebooks/source/09-ia-generative/09-ia-generative.ipynb"
)
BEGIN, END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"

WRONG = {
    "proba_a_apres_var": [
        "proba_a_apres_var = 3",  # the count, not a probability
        "proba_a_apres_var = 75",  # a percentage
        "proba_a_apres_var = 0.25",  # the other word
        "proba_a_apres_var = 3 / 12",  # divided by the number of sentences
        "proba_a_apres_var = 3 / 5",  # counted « Vaucluse » as « Var »
        "proba_a_apres_var = True",
    ],
    "probabilites": [
        "def probabilites(compteurs):\n    return compteurs",
        "def probabilites(compteurs):\n    return {m: n / len(compteurs) for m, n in compteurs.items()}",
        (
            "def probabilites(compteurs):\n"
            "    total = sum(compteurs.values())\n"
            "    return {m: round(n / total, 1) for m, n in compteurs.items()}"
        ),
        (
            "def probabilites(compteurs):\n"
            "    total = sum(compteurs.values())\n"
            "    return [n / total for n in compteurs.values()]"
        ),
        (
            "def probabilites(compteurs):\n"
            "    total = max(compteurs.values())\n"
            "    return {m: n / total for m, n in compteurs.items()}"
        ),
    ],
    "avec_temperature": [
        "def avec_temperature(probas, temperature):\n    return probas",
        (
            "def avec_temperature(probas, temperature):\n"  # p ** T instead of p ** (1 / T)
            "    poids = {m: p ** temperature for m, p in probas.items()}\n"
            "    total = sum(poids.values())\n"
            "    return {m: w / total for m, w in poids.items()}"
        ),
        (
            "def avec_temperature(probas, temperature):\n"  # not renormalised
            "    return {m: p ** (1 / temperature) for m, p in probas.items()}"
        ),
        (
            "def avec_temperature(probas, temperature):\n"  # divided by T
            "    poids = {m: p / temperature for m, p in probas.items()}\n"
            "    total = sum(poids.values())\n"
            "    return {m: w / total for m, w in poids.items()}"
        ),
    ],
    "fusionner": [
        (
            "def fusionner(jetons, paire):\n"  # only the first occurrence
            "    for i in range(len(jetons) - 1):\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            return jetons[:i] + [jetons[i] + jetons[i + 1]] + jetons[i + 2:]\n"
            "    return jetons"
        ),
        (
            "def fusionner(jetons, paire):\n"  # « aaa »: glues overlapping pairs twice
            "    resultat = []\n"
            "    for i in range(len(jetons) - 1):\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            resultat.append(jetons[i] + jetons[i + 1])\n"
            "    return resultat or jetons"
        ),
        (
            "def fusionner(jetons, paire):\n"  # a string instead of a list of tokens
            "    return ''.join(jetons).replace(paire[0] + paire[1], paire[0] + paire[1])"
        ),
        (
            "def fusionner(jetons, paire):\n"  # forgets the last token
            "    resultat, i = [], 0\n"
            "    while i < len(jetons) - 1:\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            resultat.append(jetons[i] + jetons[i + 1])\n"
            "            i += 2\n"
            "        else:\n"
            "            resultat.append(jetons[i])\n"
            "            i += 1\n"
            "    return resultat"
        ),
    ],
}


def _hidden_tests() -> dict[str, str]:
    """The hidden block of each test cell, keyed by the exercise it checks."""
    found = {}
    for cell in nbformat.read(SOURCE, as_version=4).cells:
        if BEGIN in cell.source:
            visible, _, rest = cell.source.partition(BEGIN)
            name = visible.split("exercices.", 1)[1].split(".check", 1)[0]
            found[name] = rest.split(END, 1)[0]
    return found


def test_the_catalogue_covers_every_exercise():
    assert set(WRONG) == set(_hidden_tests())


CASES = [(name, answer) for name, answers in WRONG.items() for answer in answers]


@pytest.mark.parametrize(
    ("name", "answer"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_a_wrong_answer_gets_neither_bravo_nor_points(name: str, answer: str):
    namespace: dict = {}
    exec(answer, namespace)  # noqa: S102 - a wrong answer of the catalogue
    assert not getattr(exercices, name).evaluate(namespace[name]).passed, (
        "« Bravo » for a wrong answer"
    )
    with pytest.raises(Exception):  # noqa: B017 - any failure of the hidden tests means 0 points
        exec(_hidden_tests()[name], namespace)  # noqa: S102 - the hidden tests


@pytest.mark.parametrize("name", sorted(WRONG))
def test_the_solution_passes_both(name: str):
    namespace: dict = {}
    exec(getattr(exercices, name).solution_text, namespace)  # noqa: S102 - trusted solution
    assert getattr(exercices, name).evaluate(namespace[name]).passed
    exec(_hidden_tests()[name], namespace)  # noqa: S102 - the hidden tests
