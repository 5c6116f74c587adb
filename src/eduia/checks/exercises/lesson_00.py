"""Self-check exercises of lesson 00, « Prendre en main Jupyter ».

Each exercise is declared, not programmed: an expected value or test cases, French hints from the
gentlest to the most explicit; no solution (it lives in the teacher's source notebook). The
expected values are real figures (INSEE legal populations in force in 2026, IGN areas). The hidden
tests live only in the source notebook ``notebooks/source/00-jupyter/00-jupyter.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_00 as exercices  # doctest: +SKIP
>>> exercices.densite.check(lambda population, surface: population / surface)  # doctest: +SKIP
"""

from __future__ import annotations

import numbers

from eduia.checks import Case, Exercise
from eduia.i18n import t


def _whole_number(value: object) -> bool | str:
    """A head count is an integer (Python's or numpy's): a decimal number is refused, as the
    hidden tests refuse it."""
    whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
    return whole or t("checks.need_integer")


population_region = Exercise(
    "00.population_region",
    expected=5_218_960,
    checker=_whole_number,
    hints=[
        "Additionne les six nombres du tableau avec le signe +, dans une seule ligne.",
        (
            "Écris les nombres sans espace : 168054 + 143467 + … ; puis range le total avec "
            "population_region = …"
        ),
        (
            "Vérifie que tu as bien les six départements : le 04, le 05, le 06, le 13, le 83 et "
            "le 84, chacun une seule fois, et aucun espace dans les nombres."
        ),
    ],
)

densite = Exercise(
    "00.densite",
    cases=[
        Case(args=(572056, 3567), expected=572056 / 3567),
        Case(args=(2087658, 5087), expected=2087658 / 5087),
        Case(args=(300, 3), expected=100.0),
        Case(args=(0, 5549), expected=0.0),  # nobody lives there: a density of 0
    ],
    hints=[
        "La densité, c'est la population divisée par la superficie.",
        (
            "En Python, la division s'écrit avec / . La fonction doit renvoyer le résultat avec "
            "le mot return."
        ),
        (
            "Une seule ligne dans la fonction : return, puis la division (le signe /) dans le bon "
            "ordre : des habitants par km², donc les habitants en haut."
        ),
    ],
)

plus_peuple = Exercise(
    "00.plus_peuple",
    expected="Bouches-du-Rhône",
    strip=False,
    hints=[
        (
            "Reprends la cellule qui trie par superficie et remplace le nom de la colonne par "
            '"population_municipale_2023".'
        ),
        (
            "Avec ascending=False, le plus peuplé est sur la première ligne : "
            'par_population["nom"].iloc[0]'
        ),
        (
            'par_population = departements.sort_values("population_municipale_2023", '
            'ascending=False), puis plus_peuple = par_population["nom"].iloc[0]'
        ),
    ],
)

moins_dense = Exercise(
    "00.moins_dense",
    expected="Alpes-de-Haute-Provence",
    strip=False,
    hints=[
        'Trie le tableau selon la colonne "ma_densite" que tu viens de créer.',
        (
            "Sans ascending=False, le tri va du plus petit au plus grand : le moins dense est sur "
            "la première ligne."
        ),
        'Après le tri, prends la colonne ["nom"], puis sa première valeur avec .iloc[0].',
    ],
)

grandes_communes = Exercise(
    "00.grandes_communes",
    expected=96,
    checker=_whole_number,
    hints=[
        (
            'Commence par garder les lignes où communes["population_municipale"] >= 10000, '
            "comme dans l'exemple des Hautes-Alpes."
        ),
        (
            'Le tableau filtré s\'écrit communes[communes["population_municipale"] >= 10000] ; '
            "len(...) compte ses lignes."
        ),
        "Range ce nombre de lignes dans grandes_communes (un nombre entier, sans guillemets).",
    ],
)
