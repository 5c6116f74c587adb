"""Lesson 05: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_EXACTITUDE = "def exactitude(vrais, predits):\n"
_MATRICE = "def matrice_confusion(vrais, predits):\n"
_PRECISION = "def precision(vrais_positifs, fausses_alertes):\n"
_RAPPEL = "def rappel(vrais_positifs, alertes_manquees):\n"
_ALERTES = "def alertes(probas, seuil):\n"


def _matrice(
    pairs: str = "zip(vrais, predits)",
    fa: str = "vrai == 0",
    am: str = "vrai == 1",
    end: str = "vrais_positifs, fausses_alertes, alertes_manquees, vrais_negatifs",
) -> str:
    """A confusion matrix written as a pupil would, with one piece changed."""
    return (
        _MATRICE + "    vrais_positifs = fausses_alertes = alertes_manquees = vrais_negatifs = 0\n"
        f"    for vrai, predit in {pairs}:\n"
        "        if predit == 1 and vrai == 1:\n"
        "            vrais_positifs = vrais_positifs + 1\n"
        f"        elif predit == 1 and {fa}:\n"
        "            fausses_alertes = fausses_alertes + 1\n"
        f"        elif predit == 0 and {am}:\n"
        "            alertes_manquees = alertes_manquees + 1\n"
        "        else:\n"
        "            vrais_negatifs = vrais_negatifs + 1\n"
        f"    return {end}"
    )


def _alertes(test: str = "p >= seuil", yes: str = "1", no: str = "0") -> str:
    return (
        _ALERTES + "    resultat = []\n"
        "    for p in probas:\n"
        f"        if {test}:\n            resultat.append({yes})\n"
        f"        else:\n            resultat.append({no})\n"
        "    return resultat"
    )


WRONG = {
    "exactitude": [
        # the errors counted, not the right answers
        _EXACTITUDE + "    erreurs = 0\n"
        "    for vrai, predit in zip(vrais, predits):\n"
        "        if vrai != predit:\n"
        "            erreurs = erreurs + 1\n"
        "    return erreurs / len(vrais)",
        # the number of right answers, not their proportion
        _EXACTITUDE + "    bons = 0\n"
        "    for vrai, predit in zip(vrais, predits):\n"
        "        if vrai == predit:\n"
        "            bons = bons + 1\n"
        "    return bons",
        # only the episodes that were announced
        _EXACTITUDE + "    bons = 0\n"
        "    for vrai, predit in zip(vrais, predits):\n"
        "        if vrai == 1 and predit == 1:\n"
        "            bons = bons + 1\n"
        "    return bons / len(vrais)",
        # the two whole lists compared: True or False
        _EXACTITUDE + "    return vrais == predits",
        # rounded to one decimal
        _EXACTITUDE + "    bons = sum(1 for v, p in zip(vrais, predits) if v == p)\n"
        "    return round(bons / len(vrais), 1)",
    ],
    "matrice_confusion": [
        # false alarms and missed alerts swapped: the core idea of the lesson
        _MATRICE + "    vrais_positifs = fausses_alertes = alertes_manquees = vrais_negatifs = 0\n"
        "    for vrai, predit in zip(vrais, predits):\n"
        "        if predit == 1 and vrai == 1:\n"
        "            vrais_positifs = vrais_positifs + 1\n"
        "        elif predit == 1:\n"
        "            alertes_manquees = alertes_manquees + 1\n"
        "        elif vrai == 1:\n"
        "            fausses_alertes = fausses_alertes + 1\n"
        "        else:\n"
        "            vrais_negatifs = vrais_negatifs + 1\n"
        "    return vrais_positifs, fausses_alertes, alertes_manquees, vrais_negatifs",
        # the same swap, from reading the pair as (predit, vrai)
        _matrice(pairs="zip(predits, vrais)"),
        # the right counts returned in the order of the picture, not the one asked
        _matrice(end="vrais_positifs, alertes_manquees, fausses_alertes, vrais_negatifs"),
        # every mistake counted as a false alarm
        _MATRICE + "    vp = fa = am = vn = 0\n"
        "    for vrai, predit in zip(vrais, predits):\n"
        "        if vrai == predit == 1:\n            vp += 1\n"
        "        elif vrai == predit == 0:\n            vn += 1\n"
        "        else:\n            fa += 1\n"
        "    return vp, fa, am, vn",
        # true positives and true negatives swapped
        _matrice(end="vrais_negatifs, fausses_alertes, alertes_manquees, vrais_positifs"),
    ],
    "precision": [
        _PRECISION
        + "    return fausses_alertes / (vrais_positifs + fausses_alertes)",  # upside down
        _PRECISION + "    return vrais_positifs / fausses_alertes",  # divided by the false alarms
        _PRECISION + "    return (vrais_positifs + fausses_alertes) / vrais_positifs",  # inverted
        _PRECISION + "    return vrais_positifs / (vrais_positifs + fausses_alertes) * 100",  # %
        _PRECISION + "    return round(vrais_positifs / (vrais_positifs + fausses_alertes), 2)",
    ],
    "rappel": [
        _RAPPEL + "    return alertes_manquees / (vrais_positifs + alertes_manquees)",
        _RAPPEL + "    return vrais_positifs / alertes_manquees",
        _RAPPEL + "    return vrais_positifs / (vrais_positifs - alertes_manquees)",  # a minus
        _RAPPEL + "    return 1 - vrais_positifs / (vrais_positifs + alertes_manquees)",
        _RAPPEL + "    return round(vrais_positifs / (vrais_positifs + alertes_manquees), 2)",
    ],
    "alertes": [
        _alertes(test="p > seuil"),  # > where the text says « atteint le seuil »
        _alertes(test="p <= seuil"),  # the alert the other way round
        _alertes(yes="True", no="False"),  # True or False, not 1 or 0
        # the probabilities that give an alert, not one 0 or 1 per day
        _ALERTES + "    return [p for p in probas if p >= seuil]",
        # only the alerts: the days without one are left out
        _ALERTES + "    return [1 for p in probas if p >= seuil]",
        # return indented inside the loop: only the first day
        _ALERTES + "    resultat = []\n"
        "    for p in probas:\n"
        "        resultat.append(1 if p >= seuil else 0)\n"
        "        return resultat",
    ],
}

RIGHT = {
    "exactitude": [
        _EXACTITUDE + "    return sum(1 for v, p in zip(vrais, predits) if v == p) / len(vrais)",
        _EXACTITUDE + "    bons = 0\n"
        "    for i in range(len(vrais)):\n"
        "        if vrais[i] == predits[i]:\n"
        "            bons += 1\n"
        "    return bons / len(predits)",
    ],
    "matrice_confusion": [
        _matrice(),
        _matrice(end="[vrais_positifs, fausses_alertes, alertes_manquees, vrais_negatifs]"),
        _MATRICE + "    paires = list(zip(vrais, predits))\n"
        "    return (paires.count((1, 1)), paires.count((0, 1)), paires.count((1, 0)), "
        "paires.count((0, 0)))",
    ],
    "precision": [
        _PRECISION + "    alertes_donnees = vrais_positifs + fausses_alertes\n"
        "    return vrais_positifs / alertes_donnees",
    ],
    "rappel": [
        _RAPPEL + "    episodes = vrais_positifs + alertes_manquees\n"
        "    return vrais_positifs / episodes",
    ],
    "alertes": [
        _ALERTES + "    return [1 if p >= seuil else 0 for p in probas]",
        _ALERTES + "    return [int(p >= seuil) for p in probas]",
        "import numpy as np\n\n" + _ALERTES + "    return (np.array(probas) >= seuil).astype(int)",
    ],
}
