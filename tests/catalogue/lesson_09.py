"""Lesson 09: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

WRONG = {
    "proba_a_apres_var": [
        "proba_a_apres_var = 3",  # the count, not a probability
        "proba_a_apres_var = 75",  # a percentage
        "proba_a_apres_var = 0.25",  # the other word
        "proba_a_apres_var = 3 / 12",  # divided by the number of sentences
        "proba_a_apres_var = 3 / 5",  # counted « Vaucluse » as « Var »
        "proba_a_apres_var = True",
    ],
    "probabilites": [
        "def probabilites(compteurs):\n    return compteurs",
        "def probabilites(compteurs):\n    return {m: n / len(compteurs) for m, n in compteurs.items()}",
        (
            "def probabilites(compteurs):\n"
            "    total = sum(compteurs.values())\n"
            "    return {m: round(n / total, 1) for m, n in compteurs.items()}"
        ),
        (
            "def probabilites(compteurs):\n"
            "    total = sum(compteurs.values())\n"
            "    return [n / total for n in compteurs.values()]"
        ),
        (
            "def probabilites(compteurs):\n"
            "    total = max(compteurs.values())\n"
            "    return {m: n / total for m, n in compteurs.items()}"
        ),
    ],
    "avec_temperature": [
        "def avec_temperature(probas, temperature):\n    return probas",
        (
            "def avec_temperature(probas, temperature):\n"  # p ** T instead of p ** (1 / T)
            "    poids = {m: p ** temperature for m, p in probas.items()}\n"
            "    total = sum(poids.values())\n"
            "    return {m: w / total for m, w in poids.items()}"
        ),
        (
            "def avec_temperature(probas, temperature):\n"  # not renormalised
            "    return {m: p ** (1 / temperature) for m, p in probas.items()}"
        ),
        (
            "def avec_temperature(probas, temperature):\n"  # divided by T
            "    poids = {m: p / temperature for m, p in probas.items()}\n"
            "    total = sum(poids.values())\n"
            "    return {m: w / total for m, w in poids.items()}"
        ),
    ],
    "fusionner": [
        (
            "def fusionner(jetons, paire):\n"  # overlapping pairs glued from the right
            "    resultat, i = [], len(jetons) - 1\n"
            "    while i >= 0:\n"
            "        if i >= 1 and (jetons[i - 1], jetons[i]) == paire:\n"
            "            resultat.insert(0, jetons[i - 1] + jetons[i])\n"
            "            i -= 2\n"
            "        else:\n"
            "            resultat.insert(0, jetons[i])\n"
            "            i -= 1\n"
            "    return resultat"
        ),
        (
            "def fusionner(jetons, paire):\n"  # only the first occurrence
            "    for i in range(len(jetons) - 1):\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            return jetons[:i] + [jetons[i] + jetons[i + 1]] + jetons[i + 2:]\n"
            "    return jetons"
        ),
        (
            "def fusionner(jetons, paire):\n"  # « aaa »: glues overlapping pairs twice
            "    resultat = []\n"
            "    for i in range(len(jetons) - 1):\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            resultat.append(jetons[i] + jetons[i + 1])\n"
            "    return resultat or jetons"
        ),
        (
            "def fusionner(jetons, paire):\n"  # a string instead of a list of tokens
            "    return ''.join(jetons).replace(paire[0] + paire[1], paire[0] + paire[1])"
        ),
        (
            "def fusionner(jetons, paire):\n"  # forgets the last token
            "    resultat, i = [], 0\n"
            "    while i < len(jetons) - 1:\n"
            "        if (jetons[i], jetons[i + 1]) == paire:\n"
            "            resultat.append(jetons[i] + jetons[i + 1])\n"
            "            i += 2\n"
            "        else:\n"
            "            resultat.append(jetons[i])\n"
            "            i += 1\n"
            "    return resultat"
        ),
    ],
}

RIGHT = {
    "proba_a_apres_var": ["proba_a_apres_var = 0.75", "proba_a_apres_var = 3/4"],
    "probabilites": [
        (
            "def probabilites(compteurs):\n"
            "    total = 0\n"
            "    for nombre in compteurs.values():\n"
            "        total = total + nombre\n"
            "    resultat = {}\n"
            "    for mot in compteurs:\n"
            "        resultat[mot] = compteurs[mot] / total\n"
            "    return resultat"
        ),
    ],
    "avec_temperature": [
        (
            "def avec_temperature(probas, temperature):\n"
            "    poids = {}\n"
            "    for mot in probas:\n"
            "        poids[mot] = probas[mot] ** (1 / temperature)\n"
            "    total = sum(poids.values())\n"
            "    for mot in poids:\n"
            "        poids[mot] = poids[mot] / total\n"
            "    return poids"
        ),
    ],
    "fusionner": [
        (
            "def fusionner(jetons, paire):\n"
            "    resultat = []\n"
            "    i = 0\n"
            "    while i < len(jetons):\n"
            "        if jetons[i:i + 2] == list(paire):\n"
            "            resultat.append(paire[0] + paire[1])\n"
            "            i += 2\n"
            "        else:\n"
            "            resultat.append(jetons[i])\n"
            "            i += 1\n"
            "    return resultat"
        ),
    ],
}
