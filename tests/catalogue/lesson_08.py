"""Lesson 08: plausible wrong answers of a seconde pupil, and other right ways of writing the answer.

The mistakes: counting the white pixels, only the first row, a proportion instead of a count, a
loop one short; the distance of lesson 02 copied with its two coordinates, no square root, the
Manhattan distance, the signed differences; the filter centred on (ligne, colonne), rows and
columns swapped, the pixels added without their weights, the filter turned, a loop one short;
the diagonal counted as an error, the couple written (predit, vrai), the last of a tie kept, the
two directions of a pair added, the count instead of the pair.
"""

_NOIRS = "def compter_noirs(bloc):\n"
_DISTANCE = "def distance_images(a, b):\n"
_FILTRE = "def appliquer_filtre(image, filtre, ligne, colonne):\n"
_PAIRE = "def paire_la_plus_confondue(matrice):\n"


def _filtre(pixel: str = "image[ligne + i][colonne + j]", weight: str = "filtre[i][j]", n=3) -> str:
    """The reference double loop of appliquer_filtre with one piece changed."""
    product = f"{pixel} * {weight}" if weight else pixel
    return (
        _FILTRE + "    total = 0\n"
        f"    for i in range({n}):\n"
        f"        for j in range({n}):\n"
        f"            total = total + {product}\n"
        "    return total"
    )


def _paire(
    test: str = "vrai != predit and ", better: str = ">", found: str = "(vrai, predit)"
) -> str:
    """The reference loop of paire_la_plus_confondue with one piece changed."""
    return (
        _PAIRE + "    meilleure, plus_grand = None, -1\n"
        "    for vrai in range(len(matrice)):\n"
        "        for predit in range(len(matrice)):\n"
        f"            if {test}matrice[vrai][predit] {better} plus_grand:\n"
        f"                meilleure, plus_grand = {found}, matrice[vrai][predit]\n"
        "    return meilleure"
    )


WRONG = {
    "compter_noirs": [
        # the white pixels counted
        _NOIRS + "    return 16 - sum(sum(ligne) for ligne in bloc)",
        # only the first row
        _NOIRS + "    return sum(bloc[0])",
        # a proportion, not a count
        _NOIRS + "    return sum(sum(ligne) for ligne in bloc) / 16",
        # a loop one short: range(3) where the block has 4 rows
        _NOIRS + "    noirs = 0\n"
        "    for i in range(3):\n"
        "        for j in range(4):\n"
        "            noirs = noirs + bloc[i][j]\n"
        "    return noirs",
        # the number of rows
        _NOIRS + "    return len(bloc)",
    ],
    "distance_images": [
        # lesson 02's distance copied: only the first two numbers
        _DISTANCE + "    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5",
        # the square root forgotten
        _DISTANCE + "    total = 0\n"
        "    for i in range(len(a)):\n"
        "        total = total + (a[i] - b[i]) ** 2\n"
        "    return total",
        # the Manhattan distance
        _DISTANCE + "    total = 0\n"
        "    for i in range(len(a)):\n"
        "        total = total + abs(a[i] - b[i])\n"
        "    return total",
        # the signed differences added, then squared: they cancel
        _DISTANCE + "    total = 0\n"
        "    for i in range(len(a)):\n"
        "        total = total + (a[i] - b[i])\n"
        "    return (total ** 2) ** 0.5",
    ],
    "appliquer_filtre": [
        # centred on (ligne, colonne) where the text says its top-left corner
        _filtre(pixel="image[ligne - 1 + i][colonne - 1 + j]"),
        # rows and columns swapped in the image
        _filtre(pixel="image[colonne + i][ligne + j]"),
        # the pixels added without their weights
        _filtre(weight=""),
        # the filter turned: filtre[j][i]
        _filtre(weight="filtre[j][i]"),
        # a loop one short: 2 × 2 instead of 3 × 3
        _filtre(n=2),
        # the weights added instead of multiplied
        _filtre(pixel="(image[ligne + i][colonne + j]", weight="0 + filtre[i][j])").replace(
            "* 0 +", "+"
        ),
    ],
    "paire_la_plus_confondue": [
        # the diagonal (the right answers) counted too
        _paire(test=""),
        # the couple written (predit, vrai)
        _paire(found="(predit, vrai)"),
        # the last of a tie kept (>= where « la première » is asked)
        _paire(better=">="),
        # the count, not the pair
        _PAIRE + "    plus_grand = 0\n"
        "    for vrai in range(len(matrice)):\n"
        "        for predit in range(len(matrice)):\n"
        "            if vrai != predit and matrice[vrai][predit] > plus_grand:\n"
        "                plus_grand = matrice[vrai][predit]\n"
        "    return plus_grand",
        # both directions of a pair added
        _PAIRE + "    meilleure, plus_grand = None, -1\n"
        "    for vrai in range(len(matrice)):\n"
        "        for predit in range(len(matrice)):\n"
        "            total = matrice[vrai][predit] + matrice[predit][vrai]\n"
        "            if vrai != predit and total > plus_grand:\n"
        "                meilleure, plus_grand = (vrai, predit), total\n"
        "    return meilleure",
    ],
}

RIGHT = {
    "compter_noirs": [
        _NOIRS + "    return sum(sum(ligne) for ligne in bloc)",
        _NOIRS + "    noirs = 0\n"
        "    for ligne in bloc:\n"
        "        for pixel in ligne:\n"
        "            if pixel == 1:\n"
        "                noirs += 1\n"
        "    return noirs",
    ],
    "distance_images": [
        "import math\n\n" + _DISTANCE + "    return math.dist(a, b)",
        _DISTANCE + "    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5",
    ],
    "appliquer_filtre": [
        _FILTRE + "    return sum(\n"
        "        image[ligne + i][colonne + j] * filtre[i][j] for i in range(3) for j in range(3)\n"
        "    )",
        _FILTRE + "    carre = np.array(image)[ligne : ligne + 3, colonne : colonne + 3]\n"
        "    return int((carre * np.array(filtre)).sum())",
    ],
    "paire_la_plus_confondue": [
        _PAIRE + "    cases = [\n"
        "        (matrice[v][p], v, p) for v in range(len(matrice)) for p in range(len(matrice)) if v != p\n"
        "    ]\n"
        "    plus_grand = max(case[0] for case in cases)\n"
        "    for nombre, v, p in cases:\n"
        "        if nombre == plus_grand:\n"
        "            return (v, p)",
        _paire(found="[vrai, predit]"),
    ],
}
