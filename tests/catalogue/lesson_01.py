"""Lesson 01: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_REGLE = "def regle_ecrite(temperature_c, pluie_mm):\n"
_ERREURS = "def nombre_erreurs(vraies, predites):\n"
_SEUIL = "def meilleur_seuil(temperatures, feux, seuils):\n"


def _seuil(comparison: str = ">=", better: str = "<", start: str = "None", loop: str = "seuils"):
    """The reference loop of meilleur_seuil with one piece changed."""
    first = "moins_d_erreurs is None or " if start == "None" else ""
    return (
        _SEUIL + "    meilleur = seuils[0]\n"
        f"    moins_d_erreurs = {start}\n"
        f"    for seuil in {loop}:\n"
        f"        predictions = [1 if t {comparison} seuil else 0 for t in temperatures]\n"
        "        erreurs = nombre_erreurs(feux, predictions)\n"
        f"        if {first}erreurs {better} moins_d_erreurs:\n"
        "            meilleur = seuil\n"
        "            moins_d_erreurs = erreurs\n"
        "    return meilleur"
    )


WRONG = {
    "regle_ecrite": [
        # > where the text says « au moins 28 »
        _REGLE + "    if temperature_c > 28 and pluie_mm <= 1:\n        return 1\n    return 0",
        # < where the text says « au plus 1 »
        _REGLE + "    if temperature_c >= 28 and pluie_mm < 1:\n        return 1\n    return 0",
        _REGLE
        + "    if temperature_c >= 28 or pluie_mm <= 1:\n        return 1\n    return 0",  # or
        # True or False, not 1 or 0
        _REGLE + "    return temperature_c >= 28 and pluie_mm <= 1",
        # the « return 0 » forgotten: None when the rule says no
        _REGLE + "    if temperature_c >= 28 and pluie_mm <= 1:\n        return 1",
        # the rain forgotten
        _REGLE + "    if temperature_c >= 28:\n        return 1\n    return 0",
        # the rain condition turned round
        _REGLE + "    if temperature_c >= 28 and pluie_mm >= 1:\n        return 1\n    return 0",
    ],
    "nombre_erreurs": [
        # the right predictions counted, not the errors
        _ERREURS + "    bonnes = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        if vraie == predite:\n"
        "            bonnes = bonnes + 1\n"
        "    return bonnes",
        # return indented inside the loop: stops after the first day
        _ERREURS + "    erreurs = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        if vraie != predite:\n"
        "            erreurs = erreurs + 1\n"
        "        return erreurs",
        # the totals compared, not the days
        _ERREURS + "    return abs(sum(vraies) - sum(predites))",
        # the rate of errors, not their number
        _ERREURS + "    erreurs = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        if vraie != predite:\n"
        "            erreurs = erreurs + 1\n"
        "    return erreurs / len(vraies)",
        # only the missed fires counted
        _ERREURS + "    erreurs = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        if vraie == 1 and predite == 0:\n"
        "            erreurs = erreurs + 1\n"
        "    return erreurs",
    ],
    "meilleur_seuil": [
        _seuil(comparison=">"),  # > where the text says « au moins seuil »
        _seuil(better="<="),  # <=: the last of tied thresholds wins, not the first
        _seuil(loop="sorted(seuils)"),  # thresholds sorted: a tie goes to the smallest
        _seuil(start="0"),  # starts from 0 errors: never changes its mind
        _seuil(better=">"),  # the most errors
        # the hint ladder taken too literally: erreurs < None crashes
        _seuil(start="None").replace("moins_d_erreurs is None or ", ""),
        # the number of errors returned, not the threshold
        _seuil().replace("return meilleur", "return moins_d_erreurs"),
    ],
}

RIGHT = {
    "regle_ecrite": [
        _REGLE + "    return int(temperature_c >= 28 and pluie_mm <= 1)",
        _REGLE + "    if temperature_c < 28 or pluie_mm > 1:\n        return 0\n    else:\n"
        "        return 1",
        _REGLE + "    if temperature_c >= 28:\n        if pluie_mm <= 1:\n            return 1\n"
        "    return 0",
    ],
    "nombre_erreurs": [
        _ERREURS
        + "    return sum(1 for vraie, predite in zip(vraies, predites) if vraie != predite)",
        _ERREURS + "    erreurs = 0\n"
        "    for i in range(len(vraies)):\n"
        "        if vraies[i] != predites[i]:\n"
        "            erreurs += 1\n"
        "    return erreurs",
    ],
    "meilleur_seuil": [
        _seuil(start="len(feux) + 1"),  # a start no threshold can reach
        # min keeps the first of tied thresholds
        _SEUIL + "    return min(\n"
        "        seuils,\n"
        "        key=lambda s: nombre_erreurs(feux, [1 if t >= s else 0 for t in temperatures]),\n"
        "    )",
    ],
}
