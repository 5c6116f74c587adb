"""Self-check exercises of lesson 08, « Voir comme une IA : les images ».

The pupil counts the black pixels of a 4 × 4 block (how scikit-learn's digits were made from
32 × 32 bitmaps), writes the distance between two images of 64 numbers (the k-NN of lesson 02),
slides a 3 × 3 filter by hand to one position of an 8 × 8 digit, and reads the most confused
pair of digits in a confusion matrix (rows: the true digit, columns: the predicted one). The
solutions and the hidden tests live only in the source notebook
``notebooks/source/08-images/08-images.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_08 as exercices  # doctest: +SKIP
>>> exercices.compter_noirs.hint()  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

_WHITE = [[0, 0, 0, 0]] * 4
_WHITES = "Tu as compté les pixels blancs : un pixel noir vaut 1, un blanc 0."
_ROWS = "C'est le nombre de lignes du bloc : il faut compter les pixels noirs."
_FIRST_ROW = "Tu n'as compté que la première ligne : le bloc en a 4."
_PROPORTION = "C'est une proportion : on veut le nombre de pixels noirs, de 0 à 16."
_ONE_SHORT = "Il manque une ligne : un bloc a 4 lignes, range(4) va de 0 à 3."

compter_noirs = Exercise(
    "08.compter_noirs",
    cases=[
        Case(args=(_WHITE,), expected=0, mistakes=((16, _WHITES), (4, _ROWS))),
        Case(
            args=([[1, 1, 1, 1]] * 4,),
            expected=16,
            mistakes=((4, _FIRST_ROW), (1, _PROPORTION), (12, _ONE_SHORT)),
        ),
        Case(args=([[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],), expected=4),
        Case(args=([[0, 0, 0, 1], [0, 0, 1, 1], [0, 1, 1, 1], [1, 1, 1, 1]],), expected=10),
        Case(args=([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]],), expected=1),
    ],
    hints=[
        (
            "Le bloc est une liste de 4 lignes ; chaque ligne est une liste de 4 pixels, 1 pour "
            "noir et 0 pour blanc. Il faut regarder les 16 pixels, pas seulement la première ligne."
        ),
        (
            "Une boucle sur les lignes, et dans chaque ligne une boucle sur les pixels : ajoute 1 "
            "à un compteur pour chaque pixel noir. On peut aussi additionner les sommes des lignes "
            "avec sum()."
        ),
    ],
)

_ZERO = [0] * 64
_NO_ROOT = "Tu as oublié la racine carrée du total (total ** 0.5)."
_NOT_SQUARED = "Chaque écart doit être mis au carré avant d'être ajouté au total."
_TWO_ONLY = "Tu n'as utilisé que les deux premiers nombres : une image en a 64."
distance_images = Exercise(
    "08.distance_images",
    cases=[
        Case(args=(_ZERO, _ZERO), expected=0.0),
        Case(
            args=(_ZERO, [3, 4] + [0] * 62),
            expected=5.0,
            mistakes=((25, _NO_ROOT), (7, _NOT_SQUARED)),
        ),
        Case(args=(_ZERO, [0] * 60 + [3, 0, 0, 4]), expected=5.0, mistakes=((0, _TWO_ONLY),)),
        Case(args=([5, 0] + [0] * 62, [0, 5] + [0] * 62), expected=50**0.5),
        Case(args=([16] * 64, _ZERO), expected=128.0),
    ],
    tolerance=1e-6,
    hints=[
        (
            "C'est la distance de Pythagore de la leçon 02, mais avec 64 nombres au lieu de 2 : "
            "il faut utiliser les 64 écarts, pas seulement les deux premiers."
        ),
        (
            "Pour chaque position i de 0 à 63, calcule l'écart a[i] - b[i] et ajoute son carré à "
            "un total ; la distance est la racine carrée du total (total ** 0.5)."
        ),
    ],
)

# A hand-drawn « 7 barré » as 8 × 8 numbers: no symmetry, so that swapped rows and columns show.
SEPT = [
    [0, 2, 12, 16, 16, 16, 10, 0],
    [0, 1, 4, 4, 6, 15, 7, 0],
    [0, 0, 0, 0, 10, 12, 0, 0],
    [0, 0, 3, 9, 16, 13, 4, 0],
    [0, 0, 5, 14, 15, 6, 2, 0],
    [0, 0, 0, 13, 6, 0, 0, 0],
    [0, 0, 3, 14, 1, 0, 0, 0],
    [0, 0, 8, 11, 0, 0, 0, 1],
]
_VERTICAL = [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]
_CORNER = [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
_UNEVEN = [[1, 2, 0], [0, 0, 0], [0, 0, -1]]
_CENTRED = (
    "Tu as centré le filtre sur image[ligne][colonne] : ici, c'est son coin en haut à gauche."
)
_SWAPPED = "Ligne et colonne inversées ? On écrit image[ligne + i][colonne + j] : la ligne d'abord."
_NO_WEIGHTS = "Tu as additionné les pixels sans les multiplier par les poids du filtre."
_TURNED = "Le filtre est tourné : le poids de la ligne i et de la colonne j est filtre[i][j]."


appliquer_filtre = Exercise(
    "08.appliquer_filtre",
    cases=[
        Case(
            args=(SEPT, _CORNER, 1, 4),
            expected=6,
            mistakes=((16, _CENTRED), (0, _SWAPPED), (83, _NO_WEIGHTS)),
        ),
        Case(
            args=(SEPT, _VERTICAL, 0, 0),
            expected=16,
            mistakes=((-14, _TURNED),),
        ),
        Case(args=(SEPT, _VERTICAL, 3, 1), expected=36),
        Case(args=(SEPT, _UNEVEN, 1, 4), expected=32),
        Case(args=(SEPT, _UNEVEN, 5, 0), expected=-8),
        Case(args=(SEPT, _VERTICAL, 5, 5), expected=1),
    ],
    hints=[
        (
            "Le filtre se pose sur le carré de 3 × 3 pixels dont le coin en haut à gauche est "
            "image[ligne][colonne] : les lignes ligne, ligne + 1, ligne + 2 et les colonnes "
            "colonne, colonne + 1, colonne + 2."
        ),
        (
            "Pour chacune des 9 cases (i de 0 à 2, j de 0 à 2), multiplie le pixel "
            "image[ligne + i][colonne + j] par le poids filtre[i][j], et additionne les 9 produits."
        ),
        (
            "Attention à l'ordre : d'abord la ligne, puis la colonne, dans l'image comme dans le "
            "filtre. Vérifie avec l'exemple de l'énoncé avant de relancer la vérification."
        ),
    ],
)

_DIAGONAL = "C'est une case de la diagonale : une bonne réponse, pas une confusion."
_ROW_IS_TRUE = "La ligne est le vrai chiffre et la colonne le chiffre prédit : (vrai, predit)."
_THE_COUPLE = "Tu as rendu le nombre d'erreurs : on veut le couple (vrai, predit)."
_TIE = "En cas d'égalité, garde la première case rencontrée (compare avec > strictement)."
_TEN = [[40 if row == column else 0 for column in range(10)] for row in range(10)]
_TEN_LAST = [row[:] for row in _TEN]
_TEN_LAST[9][4], _TEN_LAST[4][9], _TEN_LAST[3][5] = 6, 2, 5

paire_la_plus_confondue = Exercise(
    "08.paire_la_plus_confondue",
    cases=[
        Case(
            args=([[5, 1, 0], [3, 6, 0], [0, 2, 7]],),
            expected=(1, 0),
            mistakes=(((2, 2), _DIAGONAL), ((0, 1), _ROW_IS_TRUE), (3, _THE_COUPLE)),
        ),
        Case(
            args=([[9, 0, 2], [0, 8, 0], [0, 2, 5]],),
            expected=(0, 2),
            mistakes=(((2, 1), _TIE),),
        ),
        Case(args=([[7, 0, 0], [0, 9, 1], [4, 0, 6]],), expected=(2, 0)),
        Case(args=(_TEN_LAST,), expected=(9, 4)),
    ],
    hints=[
        (
            "Une erreur, c'est une case hors de la diagonale : la ligne (le vrai chiffre) et la "
            "colonne (le chiffre prédit) sont différentes. Les cases de la diagonale sont les "
            "bonnes réponses, il ne faut pas les compter."
        ),
        (
            "Parcours les lignes vrai puis, dans chaque ligne, les colonnes predit ; garde le "
            "couple (vrai, predit) dont la case est la plus grande. Ne remplace le meilleur que si "
            "la case est strictement plus grande : en cas d'égalité, le premier rencontré reste."
        ),
    ],
)
