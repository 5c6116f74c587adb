"""Self-check exercises of lesson 06, « Apprendre sans étiquettes : les k-moyennes ».

The pupil converts positions from degrees to kilometres (here one degree of longitude is about
81 km, one of latitude 111 km), then writes the two steps of one k-means iteration: assign a
point to its nearest centre, and move a centre to the weighted mean of its points; then one
assign-then-move iteration done by hand on five villages (the groups, then the moved centres). The hidden
tests live only in the source notebook
``notebooks/source/06-k-moyennes/06-k-moyennes.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_06 as exercices  # doctest: +SKIP
>>> exercices.vers_km.check(lambda longitude, latitude: (81 * longitude, 111 * latitude))  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

_CENTRES = [(0, 0), (100, 0), (0, 50)]

vers_km = Exercise(
    "06.vers_km",
    cases=[
        Case(args=(1, 1), expected=(81, 111)),
        Case(args=(5.4, 43.3), expected=(5.4 * 81, 43.3 * 111)),
        Case(args=(7.25, 43.7), expected=(7.25 * 81, 43.7 * 111)),
        Case(args=(0, 2), expected=(0, 222)),
    ],
    tolerance=1e-6,
    hints=[
        (
            "Un degré de longitude (est-ouest) vaut environ 81 km ici, un degré de latitude "
            "(nord-sud) environ 111 km : les deux ne se convertissent pas avec le même nombre."
        ),
        (
            "La première valeur renvoyée est la longitude multipliée par 81, la seconde est la "
            "latitude multipliée par 111."
        ),
    ],
)

plus_proche_centre = Exercise(
    "06.plus_proche_centre",
    cases=[
        Case(args=((10, 5), _CENTRES), expected=0),
        Case(args=((90, 10), _CENTRES), expected=1),
        Case(args=((5, 40), _CENTRES), expected=2),
        # tied with centre 2: the first wins
        Case(
            args=((60, 45), _CENTRES),
            expected=1,
            mistakes=(
                (
                    2,
                    (
                        "les centres 1 et 2 sont à la même distance : en cas d'égalité, garde le "
                        "premier (change de centre seulement si la distance est strictement plus "
                        "petite, avec <)."
                    ),
                ),
            ),
        ),
        Case(args=((50, 0), [(0, 0), (100, 0)]), expected=0),
    ],
    hints=[
        (
            "Calcule la distance (en km) du point à chaque centre, avec Pythagore : "
            "((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5."
        ),
        (
            "Garde le numéro (0, 1, 2…) du centre le plus proche, pas le centre lui-même ; en cas "
            "d'égalité, garde le premier (compare avec < strictement)."
        ),
    ],
)

centre_pondere = Exercise(
    "06.centre_pondere",
    cases=[
        Case(args=([(0, 0), (10, 0)], [1, 1]), expected=(5.0, 0.0)),
        Case(args=([(0, 0), (10, 0)], [3, 1]), expected=(2.5, 0.0)),
        Case(args=([(0, 0), (0, 10), (6, 4)], [1, 2, 3]), expected=(3.0, 16 / 3 + 0.0)),
        Case(args=([(4, 8)], [7]), expected=(4.0, 8.0)),
    ],
    tolerance=1e-6,
    hints=[
        (
            "Chaque commune compte autant de fois que son poids (son nombre de feux) : multiplie "
            "ses coordonnées par son poids et additionne."
        ),
        "Divise ensuite ces deux sommes par la somme des poids (pas par le nombre de points).",
    ],
)

groupes_a_la_main = Exercise(
    "06.groupes_a_la_main",
    expected=[0, 0, 0, 1, 1],
    hints=[
        (
            "Pour chaque village, compare sa distance à la base 0, en (0, 0), et à la base 1, en "
            "(60, 0) : il rejoint la plus proche. Le numéro d'un groupe est celui de sa base de "
            "départ (0 ou 1), pas 1 ou 2."
        ),
        (
            "Pour C (20, 10) : distance à la base 0 = √(20² + 10²) ≈ 22 km, à la base 1 = "
            "√(40² + 10²) ≈ 41 km. Donne une liste de cinq numéros, dans l'ordre A, B, C, D, E."
        ),
    ],
)

centres_a_la_main = Exercise(
    "06.centres_a_la_main",
    expected=[(10, 2), (60, 10)],
    tolerance=0.01,
    hints=[
        (
            "Chaque base va à la moyenne pondérée par les feux des villages de son groupe : "
            "x = (p₁ × x₁ + p₂ × x₂ + …) / (p₁ + p₂ + …), et de même pour y."
        ),
        (
            "Groupe 0 : A, B et C, avec 1 + 3 + 1 = 5 feux ; x = (1 × 0 + 3 × 10 + 1 × 20) / 5. "
            "Donne la base 0 d'abord, puis la base 1, chacune sous la forme (x, y)."
        ),
    ],
)
