"""Lesson 04: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_PROPORTION = "def proportion_feux(feux):\n"
_AU_DESSUS = "def proportion_feux_au_dessus(valeurs, feux, seuil):\n"
_ARBRE = "def arbre_a_la_main(temperature_c, pluie_mm, jours_sans_pluie):\n"
_FEUILLES = "def feuilles_max(profondeur):\n"


def _au_dessus(keep: str = "valeur > seuil", end: str = "feux_gardes / jours_gardes") -> str:
    """The reference loop of proportion_feux_au_dessus with one piece changed."""
    return (
        _AU_DESSUS + "    jours_gardes = 0\n    feux_gardes = 0\n"
        "    for valeur, feu in zip(valeurs, feux):\n"
        f"        if {keep}:\n"
        "            jours_gardes = jours_gardes + 1\n"
        "            feux_gardes = feux_gardes + feu\n"
        f"    return {end}"
    )


def _arbre(
    first: str = "temperature_c <= 28",
    left: str = "jours_sans_pluie <= 10",
    right: str = "pluie_mm <= 1",
    leaves: tuple = (0, 1, 1, 0),
) -> str:
    """The reference tree with one question or leaf changed."""
    return (
        _ARBRE + f"    if {first}:\n"
        f"        if {left}:\n            return {leaves[0]}\n"
        f"        else:\n            return {leaves[1]}\n"
        f"    else:\n        if {right}:\n            return {leaves[2]}\n"
        f"        else:\n            return {leaves[3]}"
    )


WRONG = {
    "proportion_feux": [
        _PROPORTION + "    return sum(feux)",  # the number of fires, not the proportion
        _PROPORTION + "    return len(feux) / sum(feux)",  # the division upside down
        _PROPORTION + "    return sum(feux) // len(feux)",  # the integer division
        _PROPORTION + "    return round(sum(feux) / len(feux), 1)",  # rounded to one decimal
        _PROPORTION + "    return sum(feux) / len(feux) * 100",  # a percentage
        _PROPORTION + "    return feux.count(0) / len(feux)",  # the days without a fire
    ],
    "proportion_feux_au_dessus": [
        _au_dessus(keep="valeur >= seuil"),  # >= where the text says « strictement »
        _au_dessus(end="feux_gardes / len(valeurs)"),  # divided by every day
        _au_dessus(keep="valeur < seuil"),  # the days below the threshold
        _au_dessus(end="feux_gardes"),  # the number of fires, not the proportion
        # the proportion of fires of every day: the threshold forgotten
        _AU_DESSUS + "    return sum(feux) / len(feux)",
    ],
    "arbre_a_la_main": [
        _arbre(first="temperature_c < 28"),  # < where the tree says ≤
        _arbre(left="jours_sans_pluie < 10"),  # < where the tree says ≤
        _arbre(right="pluie_mm < 1"),  # < where the tree says ≤
        _arbre(left="pluie_mm <= 1", right="jours_sans_pluie <= 10"),  # branches swapped
        _arbre(leaves=(1, 0, 0, 1)),  # every leaf the other way round
        _arbre(first="temperature_c >= 28"),  # the first question turned round
    ],
    "feuilles_max": [
        _FEUILLES + "    return 2 * profondeur",  # doubles the depth, not the leaves: 0 at 0
        _FEUILLES + "    return profondeur ** 2",
        # a loop that is wrong only at depth 0: starts with the two leaves of depth 1
        _FEUILLES + "    feuilles = 2\n"
        "    for etage in range(profondeur - 1):\n"
        "        feuilles = feuilles * 2\n"
        "    return feuilles",
        _FEUILLES + "    return 2 ** (profondeur + 1)",  # one floor too many
        _FEUILLES + "    return 2 ** profondeur - 1",  # the questions, not the leaves
    ],
    "premiere_variable": [
        'premiere_variable = " tx_moy_c "',  # surrounding spaces
        'premiere_variable = "Tx_moy_c"',  # a capital letter
        'premiere_variable = "tn_moy_c"',  # the minimum temperature
        'premiere_variable = "tx_moy_c <= 26.9"',  # the whole question, not the variable
        'premiere_variable = "temperature"',  # the everyday word, not the column
        "premiere_variable = tx_moy_c",  # no quotes
    ],
}

RIGHT = {
    "proportion_feux": [
        _PROPORTION + "    return feux.count(1) / len(feux)",
        _PROPORTION + "    jours_avec_feu = 0\n"
        "    for feu in feux:\n"
        "        if feu == 1:\n"
        "            jours_avec_feu = jours_avec_feu + 1\n"
        "    return jours_avec_feu / len(feux)",
        "import numpy as np\n\n" + _PROPORTION + "    return np.mean(feux)",
    ],
    "proportion_feux_au_dessus": [
        _AU_DESSUS + "    gardes = [feu for valeur, feu in zip(valeurs, feux) if valeur > seuil]\n"
        "    return sum(gardes) / len(gardes)",
        _au_dessus(keep="seuil < valeur"),
    ],
    "arbre_a_la_main": [
        _ARBRE + "    if temperature_c <= 28:\n"
        "        if jours_sans_pluie > 10:\n            return 1\n"
        "        return 0\n"
        "    if pluie_mm > 1:\n        return 0\n"
        "    return 1",
        _arbre(first="not temperature_c > 28"),
    ],
    "feuilles_max": [
        _FEUILLES + "    feuilles = 1\n"
        "    for etage in range(profondeur):\n"
        "        feuilles = feuilles * 2\n"
        "    return feuilles",
        "feuilles_max = lambda profondeur: 2**profondeur",
    ],
    "premiere_variable": [
        "premiere_variable = 'tx_moy_c'",
        "premiere_variable = variables[0]",
        "premiere_variable = variables[arbre.tree_.feature[0]]",
    ],
}
