"""Lesson 02: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_DISTANCE = "def distance(a, b):\n"
_VOISINS = (
    "def plus_proches_voisins(point, points, k):\n"
    "    couples = []\n"
    "    for numero in range(len(points)):\n"
    "        couples.append((distance(point, points[numero]), numero))\n"
    "    couples.sort()\n"
)
_VOTE = (
    "def vote_majoritaire(etiquettes):\n"
    "    compte = {}\n"
    "    for etiquette in etiquettes:\n"
    "        compte[etiquette] = compte.get(etiquette, 0) + 1\n"
)
_PREDIRE = "def predire(point, points, etiquettes, k):\n"

WRONG = {
    "distance": [
        _DISTANCE + "    return abs(a[0] - b[0]) + abs(a[1] - b[1])",  # the taxi distance
        _DISTANCE + "    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2",  # no square root
        _DISTANCE + "    return ((a[0] - b[0]) + (a[1] - b[1])) ** 0.5",  # squares forgotten
        _DISTANCE + "    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 1 / 2",  # ** 1 / 2
        _DISTANCE + "    return ((a[0] - a[1]) ** 2 + (b[0] - b[1]) ** 2) ** 0.5",  # wrong pairs
        _DISTANCE + "    ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5",  # return forgotten
    ],
    "plus_proches_voisins": [
        _VOISINS + "    return [numero for d, numero in couples[-k:]]",  # the farthest
        _VOISINS + "    return [numero for d, numero in couples[:k + 1]]",  # one too many
        _VOISINS + "    return [points[numero] for d, numero in couples[:k]]",  # the points
        _VOISINS + "    return couples[:k]",  # the (distance, number) pairs
        # the list not sorted: the first k points of the list
        (
            "def plus_proches_voisins(point, points, k):\n"
            "    couples = []\n"
            "    for numero in range(len(points)):\n"
            "        couples.append((distance(point, points[numero]), numero))\n"
            "    return [numero for d, numero in couples[:k]]"
        ),
        # numbered from 1
        _VOISINS + "    return [numero + 1 for d, numero in couples[:k]]",
    ],
    "vote_majoritaire": [
        # >= where the text says « strictement plus »: the last of tied labels wins
        _VOTE + "    gagnante = etiquettes[0]\n"
        "    for etiquette in etiquettes:\n"
        "        if compte[etiquette] >= compte[gagnante]:\n"
        "            gagnante = etiquette\n"
        "    return gagnante",
        "def vote_majoritaire(etiquettes):\n    return etiquettes[0]",  # the first label
        # a tie broken in alphabetical order, not by order of the list
        (
            "def vote_majoritaire(etiquettes):\n"
            "    return max(sorted(set(etiquettes)), key=etiquettes.count)"
        ),
        # the label with the fewest votes
        _VOTE + "    gagnante = etiquettes[0]\n"
        "    for etiquette in etiquettes:\n"
        "        if compte[etiquette] < compte[gagnante]:\n"
        "            gagnante = etiquette\n"
        "    return gagnante",
        # the number of votes, not the label
        _VOTE + "    return max(compte.values())",
        # a tie broken by the last label of the list
        (
            "def vote_majoritaire(etiquettes):\n"
            "    return max(reversed(etiquettes), key=etiquettes.count)"
        ),
    ],
    "predire": [
        # the nearest neighbour only: k forgotten
        _PREDIRE + "    return etiquettes[plus_proches_voisins(point, points, 1)[0]]",
        # the neighbours' numbers given to the vote, not their labels
        _PREDIRE + "    return vote_majoritaire(plus_proches_voisins(point, points, k))",
        # a tie broken in alphabetical order instead of by the nearest
        _PREDIRE + "    voisins = plus_proches_voisins(point, points, k)\n"
        "    labels = [etiquettes[numero] for numero in voisins]\n"
        "    return max(sorted(set(labels)), key=labels.count)",
        # the vote of every label, not of the neighbours
        _PREDIRE + "    return vote_majoritaire(etiquettes)",
        # the last label of a tie, with the neighbours counted the other way round
        _PREDIRE + "    voisins = plus_proches_voisins(point, points, k)\n"
        "    return vote_majoritaire([etiquettes[numero] for numero in reversed(voisins)])",
    ],
}

RIGHT = {
    "distance": [
        "import math\n\ndef distance(a, b):\n    return math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)",
        _DISTANCE
        + "    dx = a[0] - b[0]\n    dy = a[1] - b[1]\n    return (dx * dx + dy * dy) ** 0.5",
        "import math\n\ndef distance(a, b):\n    return math.dist(a, b)",
    ],
    "plus_proches_voisins": [
        (
            "def plus_proches_voisins(point, points, k):\n"
            "    numeros = sorted(range(len(points)), key=lambda n: distance(point, points[n]))\n"
            "    return numeros[:k]"
        ),
        _VOISINS + "    voisins = []\n"
        "    for d, numero in couples[:k]:\n"
        "        voisins.append(numero)\n"
        "    return voisins",
    ],
    "vote_majoritaire": [
        # max keeps the first of tied labels, in the order of the list
        "def vote_majoritaire(etiquettes):\n    return max(etiquettes, key=etiquettes.count)",
        _VOTE + "    gagnante = etiquettes[0]\n"
        "    for etiquette in compte:\n"
        "        if compte[etiquette] > compte[gagnante]:\n"
        "            gagnante = etiquette\n"
        "    return gagnante",
    ],
    "predire": [
        _PREDIRE + "    voisins = plus_proches_voisins(point, points, k)\n"
        "    leurs_etiquettes = []\n"
        "    for numero in voisins:\n"
        "        leurs_etiquettes.append(etiquettes[numero])\n"
        "    return vote_majoritaire(leurs_etiquettes)",
        _PREDIRE + "    return vote_majoritaire(\n"
        "        [etiquettes[n] for n in plus_proches_voisins(point, points, k)]\n"
        "    )",
    ],
}
