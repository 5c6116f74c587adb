"""Self-check exercises of lesson 01, « Une IA, c'est quoi ? Règles écrites ou règles apprises ».

The pupil writes a threshold rule, counts its errors, then « learns » the best temperature
threshold by trying them all. Each exercise is declared: test cases, French hints from the gentlest
to the most explicit; no solution (it lives in the teacher's source notebook). The hidden tests
live only in the source notebook
``notebooks/source/01-regles-ou-apprentissage/01-regles-ou-apprentissage.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_01 as exercices  # doctest: +SKIP
>>> exercices.nombre_erreurs.check(lambda vraies, predites: 0)  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

_AU_MOINS_28 = "« au moins 28 °C » comprend 28 °C lui-même : il s'écrit temperature_c >= 28."
_AU_PLUS_1 = "« au plus 1 mm » comprend 1 mm lui-même : il s'écrit pluie_mm <= 1."
_SEUIL_COMPRIS = (
    "une température égale au seuil donne l'alerte : « au moins seuil » s'écrit "
    "temperature >= seuil."
)
_PREMIER_DES_EGAUX = (
    "ces seuils font autant d'erreurs l'un que l'autre : en cas d'égalité, garde le premier de "
    "la liste (change de meilleur seuil seulement si erreurs < moins_d_erreurs, strictement), "
    "sans trier les seuils."
)

regle_ecrite = Exercise(
    "01.regle_ecrite",
    cases=[
        Case(args=(31, 0.5), expected=1),
        Case(args=(28, 0), expected=1, mistakes=((0, _AU_MOINS_28),)),
        Case(args=(35, 1), expected=1, mistakes=((0, _AU_PLUS_1),)),
        Case(args=(27.5, 0), expected=0),
        Case(args=(33, 1.2), expected=0),
        Case(args=(20, 12), expected=0),
    ],
    hints=[
        (
            "La fonction doit renvoyer 1 quand les deux conditions sont vraies en même temps, "
            "et 0 dans tous les autres cas."
        ),
        "Écris un test « if ... and ...: » avec temperature_c >= 28 et pluie_mm <= 1.",
        (
            "Après le if qui renvoie 1, pense au cas où la condition est fausse : il faut aussi "
            "un return, qui renvoie 0."
        ),
    ],
)

nombre_erreurs = Exercise(
    "01.nombre_erreurs",
    cases=[
        Case(args=([1, 0, 1, 0], [1, 0, 0, 0]), expected=1),
        Case(args=([0, 0, 0], [0, 0, 0]), expected=0),
        Case(args=([1, 1, 0, 0, 1], [0, 0, 1, 1, 1]), expected=4),
        Case(args=([0], [1]), expected=1),  # one day, wrong
    ],
    hints=[
        (
            "Pars d'un compteur erreurs = 0, et ajoute 1 chaque fois que la vraie étiquette et la "
            "prédiction sont différentes."
        ),
        (
            "La boucle « for vraie, predite in zip(vraies, predites): » donne les deux valeurs du "
            "même jour ; « différent de » s'écrit != ."
        ),
        (
            "Dans la boucle : if vraie != predite: erreurs = erreurs + 1 ; après la boucle : "
            "return erreurs"
        ),
    ],
)

meilleur_seuil = Exercise(
    "01.meilleur_seuil",
    cases=[
        Case(args=([10, 20, 25, 30, 35], [0, 0, 0, 1, 1], [15, 22, 28, 33]), expected=28),
        Case(args=([30, 31, 15], [1, 1, 0], [35, 20]), expected=20),
        # a temperature equal to a threshold: « au moins » (>=) is not « plus que » (>)
        Case(
            args=([20, 25, 30], [0, 1, 1], [25, 20]), expected=25, mistakes=((20, _SEUIL_COMPRIS),)
        ),
        # ties: the first threshold of the list wins, also when the list is not in order
        Case(
            args=([14, 26, 33], [0, 1, 1], [25, 20]),
            expected=25,
            mistakes=((20, _PREMIER_DES_EGAUX),),
        ),
        Case(
            args=([12, 18, 24, 30], [0, 1, 0, 1], [10, 20, 40]),
            expected=10,
            mistakes=((20, _PREMIER_DES_EGAUX), (40, _PREMIER_DES_EGAUX)),
        ),
    ],
    hints=[
        (
            "Pour chaque seuil, fabrique la liste des prédictions : "
            "[1 if temperature >= seuil else 0 for temperature in temperatures], puis compte ses "
            "erreurs avec nombre_erreurs(feux, predictions)."
        ),
        (
            "Garde en mémoire le meilleur seuil et son nombre d'erreurs. Au départ : "
            "meilleur = seuils[0] et moins_d_erreurs = None."
        ),
        (
            "Change de meilleur seuil si moins_d_erreurs is None (c'est le premier seuil essayé) "
            "ou si erreurs < moins_d_erreurs (strictement : en cas d'égalité, le premier reste) ; "
            "garde alors aussi moins_d_erreurs = erreurs. Termine par return meilleur"
        ),
    ],
)
