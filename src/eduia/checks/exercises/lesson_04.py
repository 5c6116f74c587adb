"""Self-check exercises of lesson 04, « Les arbres de décision ».

Each exercise is declared, not programmed: test cases or an expected value, French hints from the
gentlest to the most explicit; no solution (it lives in the teacher's source notebook). The hidden
tests live only in the source notebook
``notebooks/source/04-arbres-de-decision/04-arbres-de-decision.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_04 as exercices  # doctest: +SKIP
>>> exercices.feuilles_max.check(lambda profondeur: 2 ** profondeur)  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

_STRICTEMENT = (
    "un jour dont la valeur est égale au seuil n'est pas gardé : « strictement plus grande "
    "que le seuil » s'écrit valeur > seuil (et non >=)."
)
_PROFONDEUR_0 = (
    "à la profondeur 0, l'arbre ne pose aucune question : il a une seule feuille, la racine. "
    "Ta formule doit donner 1 pour 0."
)

proportion_feux = Exercise(
    "04.proportion_feux",
    cases=[
        Case(args=([0, 1, 1, 0],), expected=0.5),
        Case(args=([0, 0, 0, 1, 0],), expected=0.2),
        Case(args=([1],), expected=1.0),
        Case(args=([1, 1, 0],), expected=2 / 3),  # not a round number: no rounding either
        Case(args=([0, 0],), expected=0.0),  # no fire at all
    ],
    hints=[
        "Un jour avec un feu vaut 1, un jour sans feu vaut 0. Que donne la somme de la liste ?",
        "sum(feux) compte les jours avec un feu ; len(feux) compte tous les jours.",
        (
            "Exemple : pour [1, 0, 1, 1], la somme vaut 3 et la longueur 4 : la proportion est "
            "3 / 4. Fais pareil avec feux."
        ),
    ],
)

proportion_feux_au_dessus = Exercise(
    "04.proportion_feux_au_dessus",
    cases=[
        Case(args=([20, 25, 30, 35], [0, 0, 1, 1], 27), expected=1.0),
        Case(args=([20, 25, 30, 35], [0, 1, 1, 0], 22), expected=2 / 3),
        Case(args=([12, 31, 8, 40, 33], [0, 1, 0, 0, 1], 30), expected=2 / 3),
        # a value equal to the threshold is not kept: « strictement plus grande »
        Case(
            args=([25, 26, 27, 28], [1, 0, 1, 1], 26),
            expected=1.0,
            mistakes=((2 / 3, _STRICTEMENT),),
        ),
    ],
    hints=[
        (
            "Ne garde que les jours où la valeur est strictement plus grande que le seuil, "
            "puis calcule la proportion de feux parmi eux."
        ),
        (
            "Avec une boucle « for valeur, feu in zip(valeurs, feux): », compte les jours gardés "
            "(if valeur > seuil) et, parmi eux, ceux avec un feu."
        ),
        (
            "return feux_gardes / jours_gardes, où jours_gardes augmente de 1 et feux_gardes "
            "de feu à chaque jour gardé."
        ),
    ],
)

arbre_a_la_main = Exercise(
    "04.arbre_a_la_main",
    cases=[
        Case(args=(25, 0, 3), expected=0),
        Case(args=(25, 0, 20), expected=1),
        Case(args=(34, 0.5, 3), expected=1),
        Case(args=(34, 6, 3), expected=0),
        Case(args=(28, 0, 10), expected=0),
        Case(args=(30, 1, 0), expected=1),
        Case(args=(26, 3, 12), expected=1),
    ],
    hints=[
        "La première question de l'arbre devient le premier if : if temperature_c <= 28: … else: …",
        (
            "Dans chaque branche, une deuxième question : un if … else … à l'intérieur du premier. "
            "À gauche on regarde jours_sans_pluie, à droite pluie_mm."
        ),
        (
            "Chaque feuille de l'arbre devient un « return 0 » (pas de risque) ou un « return 1 » "
            "(risque). Attention : « ≤ » s'écrit <= en Python."
        ),
    ],
)

feuilles_max = Exercise(
    "04.feuilles_max",
    cases=[
        Case(args=(0,), expected=1, mistakes=((0, _PROFONDEUR_0), (2, _PROFONDEUR_0))),
        Case(args=(1,), expected=2),
        Case(args=(2,), expected=4),
        Case(args=(3,), expected=8),
        Case(args=(6,), expected=64),
    ],
    hints=[
        "Dessine un arbre de profondeur 1, puis 2 : combien de feuilles au bout ?",
        "À chaque étage, chaque feuille peut se couper en deux : le nombre de feuilles double.",
        "Doubler profondeur fois en partant de 1, c'est 2 ** profondeur.",
    ],
)

premiere_variable = Exercise(
    "04.premiere_variable",
    expected="tx_moy_c",
    strip=False,  # the hidden test compares the exact text: spaces around it are refused
    hints=[
        "Regarde la case tout en haut de l'arbre dessiné : c'est la première question.",
        (
            "La première question est de la forme « variable ≤ seuil ». Recopie le nom de la "
            "variable exactement comme dans la liste variables, entre guillemets."
        ),
    ],
)
