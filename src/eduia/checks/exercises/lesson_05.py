"""Self-check exercises of lesson 05, « Évaluer une IA ».

Each exercise is declared, not programmed: test cases, French hints from the gentlest to the most
explicit; no solution (it lives in the teacher's source notebook). The hidden tests live only in
the source notebook ``notebooks/source/05-evaluer-une-ia/05-evaluer-une-ia.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_05 as exercices  # doctest: +SKIP
>>> exercices.rappel.check(lambda vrais_positifs, alertes_manquees:
...     vrais_positifs / (vrais_positifs + alertes_manquees))  # doctest: +SKIP
"""

from __future__ import annotations

from itertools import permutations

from eduia.checks import Case, Exercise

_ECHANGE = (
    "tu as échangé les fausses alertes et les alertes manquées. Une fausse alerte, c'est une "
    "alerte donnée (predit == 1) un jour sans épisode (vrai == 0) ; une alerte manquée, c'est "
    "un épisode (vrai == 1) sans alerte (predit == 0)."
)
_ORDRE = (
    "tes quatre compteurs sont justes, mais pas dans l'ordre demandé : vrais_positifs, "
    "fausses_alertes, alertes_manquees, vrais_negatifs."
)
_SEUIL_ATTEINT = (
    "une probabilité égale au seuil l'atteint : elle donne une alerte. « Atteint le seuil » "
    "s'écrit p >= seuil."
)


def _confusion(vrais: list, predits: list, expected: tuple) -> Case:
    """A confusion-matrix case whose known mistakes are the expected counts in another order,
    the swap of false alarms and missed alerts first (the core idea of the lesson)."""
    vp, fa, am, vn = expected
    mistakes = [((vp, am, fa, vn), _ECHANGE)] if fa != am else []
    mistakes += [(order, _ORDRE) for order in sorted(set(permutations(expected)) - {expected})]
    return Case(args=(vrais, predits), expected=expected, mistakes=tuple(mistakes))


exactitude = Exercise(
    "05.exactitude",
    cases=[
        Case(args=([1, 0, 1, 0], [1, 0, 0, 0]), expected=0.75),
        Case(args=([0, 0, 0, 0, 1], [0, 0, 0, 0, 0]), expected=0.8),
        Case(args=([1, 1], [0, 0]), expected=0.0),
        Case(args=([0, 1, 1, 0, 1, 1], [0, 1, 0, 0, 1, 0]), expected=4 / 6),  # not rounded
        Case(args=([0, 0, 1], [0, 0, 1]), expected=1.0),  # every day right
    ],
    hints=[
        (
            "Compte les jours où la prédiction est égale à la vérité, puis divise par le nombre "
            "de jours."
        ),
        (
            "Boucle « for vrai, predit in zip(vrais, predits): » et ajoute 1 à bons quand "
            "vrai == predit."
        ),
        "return bons / len(vrais)",
    ],
)

matrice_confusion = Exercise(
    "05.matrice_confusion",
    cases=[
        _confusion([1, 0, 1, 0, 0], [1, 1, 0, 0, 0], (1, 1, 1, 2)),
        _confusion([1, 1, 0], [1, 1, 0], (2, 0, 0, 1)),
        _confusion([0, 0, 1, 1], [1, 1, 0, 0], (0, 2, 2, 0)),
        # more false alarms than missed alerts, then the other way round: a swap shows
        _confusion([0, 1, 0, 0, 1], [1, 1, 1, 0, 1], (2, 2, 0, 1)),
        _confusion([1, 1, 1, 0], [0, 1, 0, 0], (1, 0, 2, 1)),
        _confusion([0, 0], [0, 0], (0, 0, 0, 2)),  # calm days only
    ],
    hints=[
        (
            "Quatre compteurs à 0 au départ : vrais_positifs, fausses_alertes, alertes_manquees, "
            "vrais_negatifs. Puis une boucle sur les paires (vrai, predit)."
        ),
        (
            "Alerte donnée (predit == 1) : c'est un vrai positif si vrai == 1, une fausse alerte "
            "sinon. Pas d'alerte (predit == 0) : alerte manquée si vrai == 1, vrai négatif sinon."
        ),
        (
            "Termine par return vrais_positifs, fausses_alertes, alertes_manquees, vrais_negatifs "
            "(dans cet ordre)."
        ),
    ],
)

precision = Exercise(
    "05.precision",
    cases=[
        Case(args=(8, 2), expected=0.8),
        Case(args=(3, 1), expected=0.75),
        Case(args=(5, 0), expected=1.0),
        Case(args=(2, 1), expected=2 / 3),  # not rounded
    ],
    hints=[
        "La précision répond à : « quand l'IA donne l'alerte, a-t-elle raison ? »",
        "Nombre d'alertes données = vrais_positifs + fausses_alertes.",
        (
            "Divise les alertes justes par le nombre d'alertes données ; mets des parenthèses "
            "autour de la somme du bas."
        ),
    ],
)

rappel = Exercise(
    "05.rappel",
    cases=[
        Case(args=(8, 2), expected=0.8),
        Case(args=(1, 3), expected=0.25),
        Case(args=(4, 0), expected=1.0),
        Case(args=(1, 2), expected=1 / 3),  # not rounded
    ],
    hints=[
        (
            "Le rappel répond à : « parmi les vrais épisodes de pollution, combien l'IA en "
            "a-t-elle annoncés ? »"
        ),
        "Nombre de vrais épisodes = vrais_positifs + alertes_manquees.",
        (
            "Divise les épisodes annoncés par le nombre de vrais épisodes ; mets des parenthèses "
            "autour de la somme du bas."
        ),
    ],
)

alertes = Exercise(
    "05.alertes",
    cases=[
        Case(
            args=([0.1, 0.6, 0.5, 0.9], 0.5),
            expected=[0, 1, 1, 1],
            mistakes=(([0, 1, 0, 1], _SEUIL_ATTEINT),),
        ),
        Case(args=([0.1, 0.6, 0.5, 0.9], 0.8), expected=[0, 0, 0, 1]),
        Case(args=([0.3, 0.2], 0.1), expected=[1, 1]),
        Case(args=([0.2, 0.3], 0.5), expected=[0, 0]),  # no probability reaches the threshold
    ],
    hints=[
        "Pour chaque probabilité : 1 (alerte) si elle atteint le seuil, 0 sinon.",
        (
            "Pars d'une liste vide resultat = [], puis dans la boucle « for p in probas: » "
            "ajoute 1 ou 0 avec resultat.append(...)."
        ),
        "« Atteint le seuil » veut dire p >= seuil. Termine par return resultat",
    ],
)
