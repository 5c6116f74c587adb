"""Self-check exercises of lesson 11, « Le challenge IA de la classe ».

The pupil writes the challenge's cost-weighted score (a missed fire costs 5, a false alarm 1,
compared with the cost of « toujours non », as :func:`eduia.challenge.score_predictions`
computes it), finds the probability from which an alert is worth giving (1/6), and numbers the
blocks of days used to validate honestly, as the hidden set is made. The hidden tests live only
in the source notebook ``notebooks/source/11-challenge-ia/11-challenge-ia.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_11 as exercices  # doctest: +SKIP
>>> exercices.numero_de_bloc.check(numero_de_bloc)  # doctest: +SKIP
"""

from __future__ import annotations

import numbers
from collections.abc import Callable

from eduia.checks import Case, Exercise
from eduia.i18n import t

_SWAPPED = (
    "Tu as échangé les deux coûts : une alerte manquée (étiquette 1, prédiction 0) coûte 5, une "
    "fausse alerte (étiquette 0, prédiction 1) coûte 1."
)
_SAME_COST = (
    "Tu comptes toutes les erreurs pareil : une alerte manquée coûte 5, une fausse alerte 1, et "
    "« toujours non » coûte 5 par feu."
)

score_defi = Exercise(
    "11.score_defi",
    cases=[
        Case(
            args=([1, 1, 0, 0, 0], [0, 1, 1, 1, 0]),  # 1 missed alert, 2 false alarms
            expected=30.0,
            mistakes=((-10.0, _SWAPPED), (-50.0, _SAME_COST)),
        ),
        Case(args=([1, 0, 0, 0], [1, 0, 0, 0]), expected=100.0),
        Case(args=([1, 1, 0, 0], [0, 0, 0, 0]), expected=0.0),
        Case(args=([1, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0]), expected=80.0),
        Case(args=([1, 1, 1, 0], [1, 0, 0, 0]), expected=100 / 3),
        Case(args=([0, 1, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1]), expected=-20.0),  # below 0
    ],
    tolerance=1e-6,
    hints=[
        (
            "Compte d'abord les alertes manquées (étiquette 1, prédiction 0) et les fausses alertes "
            "(étiquette 0, prédiction 1), avec une boucle sur zip(etiquettes, predictions)."
        ),
        (
            "Le coût de l'IA vaut 5 × (alertes manquées) + 1 × (fausses alertes). « Toujours non » "
            "manque tous les feux : son coût vaut 5 × (nombre de 1 dans etiquettes)."
        ),
        (
            "Le score vaut 100 × (1 − coût de l'IA / coût de « toujours non ») : il peut être "
            "négatif, ne le coupe pas à 0."
        ),
    ],
)

seuil_alerte = Exercise(
    "11.seuil_alerte",
    expected=1 / 6,
    tolerance=0.001,
    rel_tolerance=0.0,
    hints=[
        (
            "Un jour où la probabilité de feu vaut p : si tu donnes l'alerte, tu paies une fausse "
            "alerte (1 point) quand il n'y a pas de feu, donc en moyenne 1 × (1 − p). Si tu ne la "
            "donnes pas, tu paies 5 × p."
        ),
        (
            "L'alerte vaut le coup à partir du p où les deux coûts sont égaux : résous "
            "5 × p = 1 × (1 − p), c'est-à-dire 6 × p = 1."
        ),
    ],
)


def _whole_block_numbers(function: Callable) -> bool | str:
    """A block number is a whole number: a decimal result is refused, as the hidden tests do."""
    for jour, taille in ((1, 7), (8, 7), (30, 10)):
        value = function(jour, taille)
        if not isinstance(value, numbers.Integral) or isinstance(value, bool):
            return t("checks.need_integer")
    return True


_FROM_ZERO = "Les blocs se comptent à partir de 0 : le jour 1 est dans le bloc 0."
_LAST_DAY = (
    "Le jour 7 est le dernier jour du bloc 0, pas le premier du bloc 1 : que faut-il faire au "
    "jour avant de diviser ?"
)

numero_de_bloc = Exercise(
    "11.numero_de_bloc",
    cases=[
        Case(args=(1, 7), expected=0, mistakes=((1, _FROM_ZERO),)),
        Case(args=(7, 7), expected=0, mistakes=((1, _LAST_DAY),)),  # the first block's last day
        Case(args=(8, 7), expected=1),  # the first day of the second block
        Case(args=(14, 7), expected=1),
        Case(args=(15, 7), expected=2),
        Case(args=(366, 7), expected=52),
        Case(args=(5, 2), expected=2),
        Case(args=(2, 1), expected=1),
    ],
    checker=_whole_block_numbers,
    hints=[
        (
            "Avec des blocs de 7 jours : les jours 1 à 7 forment le bloc 0, les jours 8 à 14 le "
            "bloc 1. Essaie ta fonction sur 7 et sur 8 : elles doivent donner 0 et 1."
        ),
        (
            "La division entière // donne un nombre entier ; comme le jour 1 doit tomber dans le "
            "bloc 0, commence par retirer 1 au jour avant de diviser."
        ),
    ],
)
