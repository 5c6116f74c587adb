"""Lesson 11: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_SCORE = "def score_defi(etiquettes, predictions):\n"
_COUNTS = (
    _SCORE + "    manquees = 0\n"
    "    fausses = 0\n"
    "    for etiquette, prediction in zip(etiquettes, predictions):\n"
    "        if etiquette == 1 and prediction == 0:\n"
    "            manquees = manquees + 1\n"
    "        if etiquette == 0 and prediction == 1:\n"
    "            fausses = fausses + 1\n"
)
_BLOC = "def numero_de_bloc(jour, taille):\n"

WRONG = {
    "score_defi": [
        # the two costs swapped: a false alarm costs 5, a missed alert 1
        _COUNTS + "    return 100 * (1 - (manquees + 5 * fausses) / (5 * sum(etiquettes)))",
        # every error costs the same
        _COUNTS + "    return 100 * (1 - (manquees + fausses) / sum(etiquettes))",
        # the cost compared with the number of rows, not with « toujours non »
        _COUNTS + "    return 100 * (1 - (5 * manquees + fausses) / len(etiquettes))",
        # the fraction, not the points
        _COUNTS + "    return 1 - (5 * manquees + fausses) / (5 * sum(etiquettes))",
        # cut at 0: « a score cannot be negative »
        _COUNTS + "    return max(0, 100 * (1 - (5 * manquees + fausses) / (5 * sum(etiquettes))))",
        # rounded to whole points
        _COUNTS + "    return round(100 * (1 - (5 * manquees + fausses) / (5 * sum(etiquettes))))",
        # the share of right answers (accuracy), the very thing the score replaces
        _SCORE + "    justes = sum(1 for e, p in zip(etiquettes, predictions) if e == p)\n"
        "    return 100 * justes / len(etiquettes)",
        # the return forgotten
        _COUNTS + "    100 * (1 - (5 * manquees + fausses) / (5 * sum(etiquettes)))",
    ],
    "seuil_alerte": [
        "seuil_alerte = 0.5",  # the usual threshold
        "seuil_alerte = 1 / 5",  # 1 against 5, not 1 out of 6
        "seuil_alerte = 5 / 6",  # upside down
        "seuil_alerte = 16.7",  # a percentage
        'seuil_alerte = "1/6"',  # a text
        "seuil_alerte = 0.17",  # rounded too far
        "seuil_alerte = 0,17",  # the decimal comma: a tuple
    ],
    "numero_de_bloc": [
        _BLOC + "    return jour // taille",  # the 1 not taken away: day 7 in block 1
        _BLOC + "    return (jour - 1) // taille + 1",  # blocks counted from 1
        _BLOC + "    return round(jour / taille)",  # rounded to the nearest
        _BLOC + "    return (jour - 1) / taille",  # a decimal number
        _BLOC + "    return (jour + 1) // taille",  # 1 added instead of taken away
        _BLOC + "    return int(jour / taille)",  # same as jour // taille
        _BLOC + "    return jour % taille",  # the remainder, not the quotient
    ],
}

RIGHT = {
    "score_defi": [
        _COUNTS + "    return 100 - 100 * (5 * manquees + fausses) / (5 * sum(etiquettes))",
        (
            _SCORE + "    cout = 0\n"
            "    feux = 0\n"
            "    for i in range(len(etiquettes)):\n"
            "        if etiquettes[i] == 1:\n"
            "            feux += 1\n"
            "            if predictions[i] == 0:\n"
            "                cout += 5\n"
            "        elif predictions[i] == 1:\n"
            "            cout += 1\n"
            "    return 100 * (1 - cout / (5 * feux))"
        ),
    ],
    "seuil_alerte": ["seuil_alerte = 1 / (1 + 5)", "seuil_alerte = 0.1667"],
    "numero_de_bloc": [
        _BLOC + "    return int((jour - 1) / taille)",
        _BLOC + "    bloc = 0\n    while jour > taille:\n        jour = jour - taille\n"
        "        bloc = bloc + 1\n    return bloc",
    ],
}
