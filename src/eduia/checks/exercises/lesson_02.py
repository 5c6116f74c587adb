"""Self-check exercises of lesson 02, « Les k plus proches voisins ».

The pupil writes the k-NN algorithm of the NSI première programme in three parts (the distance, the
neighbour search, the majority vote) and assembles them. Each exercise is declared: test cases,
French hints from the gentlest to the most explicit; no solution (it lives in the teacher's source
notebook). The hidden tests live only in the source notebook
``notebooks/source/02-plus-proches-voisins/02-plus-proches-voisins.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_02 as exercices  # doctest: +SKIP
>>> exercices.vote_majoritaire.check(lambda etiquettes: etiquettes[0])  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

_POINTS = [(0, 0), (5, 5), (1, 0), (0, 3), (10, 10)]
_VILLAGES = [(0, 0), (0, 1), (1, 0), (5, 5), (5, 6)]
_DEPARTEMENTS = ["A", "A", "A", "B", "B"]
_PREMIERE_DES_EGALES = (
    "ces étiquettes ont autant de voix l'une que l'autre : en cas d'égalité, la gagnante est "
    "celle qui vient en premier dans la liste. Change de gagnante seulement si une étiquette a "
    "strictement plus de voix (>, et non >=), sans trier les étiquettes."
)
_VOISIN_LE_PLUS_PROCHE = (
    "les deux voisins ont chacun une voix : c'est le plus proche qui gagne, car "
    "plus_proches_voisins les range du plus proche au plus loin et vote_majoritaire garde la "
    "première des étiquettes à égalité."
)

distance = Exercise(
    "02.distance",
    cases=[
        Case(args=((0, 0), (3, 4)), expected=5.0),
        Case(args=((43.69, 5.52), (43.54, 5.40)), expected=((0.15**2) + (0.12**2)) ** 0.5),
        Case(args=((1, 2), (1, 2)), expected=0.0),
        Case(args=((-1, 2), (2, -2)), expected=5.0),  # negative coordinates
    ],
    hints=[
        "Calcule l'écart des latitudes a[0] - b[0] et l'écart des longitudes a[1] - b[1].",
        (
            "Mets chaque écart au carré (** 2), additionne-les, puis prends la racine carrée "
            "(** 0.5) du total."
        ),
        (
            "Exemple avec (0, 0) et (3, 4) : 3 ** 2 + 4 ** 2 vaut 25, et 25 ** 0.5 vaut 5.0. "
            "Fais pareil avec a[0] - b[0] et a[1] - b[1]."
        ),
    ],
)

plus_proches_voisins = Exercise(
    "02.plus_proches_voisins",
    cases=[
        Case(args=((0, 0), _POINTS, 2), expected=[0, 2]),
        Case(args=((6, 6), _POINTS, 3), expected=[1, 4, 3]),
        Case(args=((0, 2), _POINTS, 1), expected=[3]),
        Case(args=((4, 4), _POINTS, 5), expected=[1, 3, 2, 0, 4]),  # every point, in order
    ],
    hints=[
        (
            "Commence par une liste vide couples = [], puis une boucle "
            "« for numero in range(len(points)): »."
        ),
        (
            "Dans la boucle, ajoute le couple (distance(point, points[numero]), numero) avec "
            "couples.append(...). Après la boucle, trie avec couples.sort()."
        ),
        (
            "Les k premiers couples sont couples[:k] ; renvoie seulement leurs numéros : "
            "return [numero for d, numero in couples[:k]]"
        ),
    ],
)

vote_majoritaire = Exercise(
    "02.vote_majoritaire",
    cases=[
        Case(args=(["13", "13", "83"],), expected="13"),
        Case(args=(["06", "83", "83", "06", "83"],), expected="83"),
        Case(
            args=(["84", "13", "13", "84"],),
            expected="84",
            mistakes=(("13", _PREMIERE_DES_EGALES),),
        ),
        Case(
            args=(["84", "13", "84", "13"],),
            expected="84",
            mistakes=(("13", _PREMIERE_DES_EGALES),),
        ),
        Case(args=(["05"],), expected="05"),
    ],
    hints=[
        (
            "Compte les voix de chaque étiquette dans un dictionnaire : compte = {} puis, pour "
            "chaque etiquette, compte[etiquette] = compte.get(etiquette, 0) + 1"
        ),
        (
            "Pour trouver la gagnante, pars de gagnante = etiquettes[0] et parcours la liste dans "
            "l'ordre : change de gagnante seulement si une étiquette a strictement plus de voix."
        ),
        (
            "Le « strictement plus » (>) garde la première en cas d'égalité : "
            "if compte[etiquette] > compte[gagnante]: gagnante = etiquette"
        ),
    ],
)

predire = Exercise(
    "02.predire",
    cases=[
        Case(args=((0.2, 0.2), _VILLAGES, _DEPARTEMENTS, 3), expected="A"),
        Case(args=((5, 5.4), _VILLAGES, _DEPARTEMENTS, 1), expected="B"),
        Case(args=((4, 4), _VILLAGES, _DEPARTEMENTS, 2), expected="B"),
        Case(args=((4, 4), _VILLAGES, _DEPARTEMENTS, 5), expected="A"),
        # a tie (one vote each): the nearest neighbour's label wins, as vote_majoritaire keeps
        # the first of the tied labels in distance order
        Case(
            args=((0.4, 0), [(0, 0), (2, 0)], ["B", "A"], 2),
            expected="B",
            mistakes=(("A", _VOISIN_LE_PLUS_PROCHE),),
        ),
    ],
    hints=[
        (
            "Appelle d'abord plus_proches_voisins(point, points, k) : tu obtiens les numéros des "
            "voisins."
        ),
        (
            "Fais la liste de leurs étiquettes : [etiquettes[numero] for numero in voisins], puis "
            "donne-la à vote_majoritaire."
        ),
        (
            "voisins = plus_proches_voisins(point, points, k) puis "
            "return vote_majoritaire([etiquettes[numero] for numero in voisins])"
        ),
    ],
)
