"""Lesson 07: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_SCORE = "def score(poids, biais, jour):\n"
_PREDIRE = "def predire(poids, biais, jour):\n"
_S = "    s = poids[0] * jour[0] + poids[1] * jour[1] + biais\n"
_CORRIGER = "def corriger(poids, biais, jour, feu, pas):\n"


def _corriger(reponse: str, erreur: str = "feu - reponse", poids: str = "", biais: str = "") -> str:
    """A correction function with one line changed (the answer, the error or an update)."""
    poids = poids or "[poids[0] + pas * erreur * jour[0], poids[1] + pas * erreur * jour[1]]"
    biais = biais or "biais + pas * erreur"
    return (
        _CORRIGER
        + _S
        + f"    reponse = {reponse}\n"
        + f"    erreur = {erreur}\n"
        + f"    return {poids}, {biais}"
    )


WRONG = {
    "score": [
        _SCORE + "    return poids[0] * jour[0] + poids[1] * jour[1]",  # bias forgotten
        _SCORE + "    return (poids[0] * jour[0] + poids[1] * jour[1]) * biais",  # bias multiplied
        _SCORE + "    return poids[0] * jour[0] + poids[1] * jour[1] - biais",  # bias subtracted
        _SCORE + "    return poids[0] * jour[1] + poids[1] * jour[0] + biais",  # measures swapped
        _SCORE + "    return poids[0] + jour[0] + poids[1] + jour[1] + biais",  # + instead of ×
        _SCORE + "    poids[0] * jour[0] + poids[1] * jour[1] + biais",  # return forgotten
    ],
    "predire": [
        _PREDIRE
        + _S
        + "    if s >= 0:\n        return 1\n    return 0",  # >= : a score of 0 says 1
        _PREDIRE + _S + "    return s",  # the score, not the answer
        _PREDIRE + _S + "    return s > 0",  # True/False instead of 1/0
        _PREDIRE + _S + "    if s < 0:\n        return 1\n    return 0",  # the wrong side
        _PREDIRE  # bias forgotten
        + "    s = poids[0] * jour[0] + poids[1] * jour[1]\n"
        + "    if s > 0:\n        return 1\n    return 0",
        _PREDIRE + _S + '    if s > 0:\n        return "feu"\n    return "pas de feu"',  # words
    ],
    "apres_corrections": [
        "apres_corrections = [0.75, 0.85, 0.5]",  # stopped after the first day
        "apres_corrections = [1.1, 1.5, 1.5]",  # always added, even for false alarms
        "apres_corrections = [0.8, -0.6, -1]",  # the step 0,5 forgotten (step 1)
        "apres_corrections = [0.4, 0.2, 0]",  # the bias never corrected
        "apres_corrections = [0.4, -0.1, -0.5]",  # sign slip on the rain of 13 June
        "apres_corrections = [0,4, 0,2, -0,5]",  # decimal commas: six numbers
        'apres_corrections = "0.4, 0.2, -0.5"',  # a text
        "apres_corrections = [0.4, 0.2]",  # the bias left out
    ],
    "corriger": [
        _corriger("1 if s >= 0 else 0"),  # >= : a score of 0 counts as « feu »
        _corriger("1 if s > 0 else 0", erreur="reponse - feu"),  # the correction goes backwards
        _corriger(  # the step forgotten
            "1 if s > 0 else 0",
            poids="[poids[0] + erreur * jour[0], poids[1] + erreur * jour[1]]",
            biais="biais + erreur",
        ),
        _corriger("1 if s > 0 else 0", biais="biais"),  # the bias never corrected
        _corriger("1 if s > 0 else 0", erreur="2 * feu - 1"),  # corrects even when right
        _corriger(  # the measure forgotten in the update
            "1 if s > 0 else 0",
            poids="[poids[0] + pas * erreur, poids[1] + pas * erreur]",
        ),
        (  # only the weights returned
            _CORRIGER
            + _S
            + "    erreur = feu - (1 if s > 0 else 0)\n"
            + "    return [poids[0] + pas * erreur * jour[0], poids[1] + pas * erreur * jour[1]]"
        ),
    ],
}

RIGHT = {
    "score": [
        _SCORE + "    return biais + jour[0] * poids[0] + jour[1] * poids[1]",
        _SCORE
        + "    total = biais\n"
        + "    for w, x in zip(poids, jour):\n"
        + "        total = total + w * x\n"
        + "    return total",
    ],
    "predire": [
        _PREDIRE + _S + "    return int(s > 0)",
        _PREDIRE + _S + "    if s <= 0:\n        return 0\n    else:\n        return 1",
    ],
    "apres_corrections": [
        "apres_corrections = (0.4, 0.2, -0.5)",
        "apres_corrections = [0.40, 0.2000001, -1 / 2]",
    ],
    "corriger": [
        _corriger("int(s > 0)"),
        (
            _CORRIGER
            + "    if poids[0] * jour[0] + poids[1] * jour[1] + biais > 0:\n"
            + "        reponse = 1\n"
            + "    else:\n"
            + "        reponse = 0\n"
            + "    if reponse == feu:\n"
            + "        return poids, biais\n"
            + "    erreur = feu - reponse\n"
            + "    w1 = poids[0] + pas * erreur * jour[0]\n"
            + "    w2 = poids[1] + pas * erreur * jour[1]\n"
            + "    return (w1, w2), biais + pas * erreur"
        ),
    ],
}
