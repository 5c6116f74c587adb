"""Self-check exercises of lesson 07, « Le neurone artificiel ».

The pupil writes the neuron's score (``w1 × x1 + w2 × x2 + b``) and its answer (1 when the
score is strictly above 0), corrects a neuron by hand on three misclassified real days of 2024,
then writes the perceptron's correction rule. The days' measures are on the common scale
(0 = the mean of the training days, 1 = one standard deviation). The hidden tests live only in
the source notebook ``notebooks/source/07-neurone-artificiel/07-neurone-artificiel.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_07 as exercices  # doctest: +SKIP
>>> exercices.score.check(lambda poids, biais, jour: 0.0)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from eduia.checks import Case, Exercise
from eduia.checks.compare import CompareOptions, compare

_AFTER_THREE_DAYS = [0.4, 0.2, -0.5]
_KNOWN_MISTAKES = {
    (0.75, 0.85, 0.5): (
        "Ce sont les poids après le 10 juillet seulement : continue avec le 8 septembre, puis le "
        "13 juin, chaque fois avec les poids que tu viens d'obtenir."
    ),
    (1.1, 1.5, 1.5): (
        "Tu as ajouté à chaque fois. Le 8 septembre et le 13 juin sont des fausses alertes : "
        "l'erreur vaut −1, on retire pas × mesure au lieu de l'ajouter."
    ),
    (0.8, -0.6, -1.0): (
        "On dirait que tu as oublié le pas : chaque correction est multipliée par 0,5."
    ),
    (0.4, 0.2, 0.0): (
        "Les poids sont justes, mais le biais aussi se corrige à chaque erreur : "
        "biais + pas × erreur."
    ),
}


def _check_three_corrections(answer: Any) -> bool | str:
    """True for [0.4, 0.2, -0.5]; a message aimed at the mistake for the known wrong lists."""
    options = CompareOptions(tolerance=1e-6)
    mismatch = compare(answer, _AFTER_THREE_DAYS, options)
    if mismatch is None:
        return True
    for mistake, message in _KNOWN_MISTAKES.items():
        if compare(answer, list(mistake), options) is None:
            return message
    if isinstance(answer, (list, tuple)) and len(answer) == 6:
        return (
            "Ta liste a 6 nombres au lieu de 3 : as-tu écrit des virgules décimales ? "
            "En Python, 0,4 s'écrit 0.4 (avec un point) ; la virgule sépare les nombres."
        )
    return mismatch.message("", reveal=False)


score = Exercise(
    "07.score",
    cases=[
        Case(args=([2, 3], 1, [10, 100]), expected=321),
        Case(args=([0.5, -1], -2, [4, 3]), expected=-3.0),
        Case(args=([1, 0], 0.5, [-1.5, 7]), expected=-1.0),
        Case(args=([-0.5, 0.25], 0, [2, 8]), expected=1.0),
    ],
    tolerance=1e-6,
    hints=[
        (
            "Chaque mesure du jour est multipliée par son poids : la première par le premier "
            "poids, la seconde par le second. On additionne les deux produits."
        ),
        (
            "N'oublie pas le biais : on l'ajoute une fois, à la fin, sans le multiplier. "
            "poids[0] est le premier poids, jour[1] la seconde mesure."
        ),
    ],
)

predire = Exercise(
    "07.predire",
    cases=[
        Case(args=([1, 1], 0, [2, 1]), expected=1),
        Case(args=([1, 1], 0, [-2, 1]), expected=0),
        Case(args=([2, 0], -2, [1, 5]), expected=0),  # score exactly 0: not strictly above
        Case(args=([0.5, -1], 1, [1, 1]), expected=1),  # the bias makes the difference
        Case(args=([0.5, -1], -1, [1, 1]), expected=0),
    ],
    hints=[
        (
            "Calcule d'abord le score, comme dans l'exercice 1 (les deux produits, plus le "
            "biais). Le neurone dit 1 (« feu ») seulement si ce score est strictement plus "
            "grand que 0."
        ),
        (
            "Renvoie le nombre 1 ou le nombre 0, pas True ou False, ni le score : "
            "« strictement plus grand » s'écrit > (un score de 0 donne 0)."
        ),
    ],
)

apres_corrections = Exercise(
    "07.apres_corrections",
    checker=_check_three_corrections,
    hints=[
        (
            "Fais les jours dans l'ordre, avec les poids du moment. Pour chaque jour : calcule "
            "le score, la réponse du neurone, puis l'erreur = feu − réponse (1 pour un feu "
            "manqué, −1 pour une fausse alerte)."
        ),
        (
            "Chaque poids gagne pas × erreur × sa mesure ; le biais gagne pas × erreur. "
            "Après le 10 juillet (feu manqué) : poids [0,75 ; 0,85], biais 0,5. "
            "Continue avec le 8 septembre puis le 13 juin, et écris [w1, w2, b]."
        ),
    ],
)

corriger = Exercise(
    "07.corriger",
    cases=[
        Case(args=([1, 1], 0, [2, 1], 1, 0.5), expected=([1, 1], 0)),  # right: nothing moves
        Case(args=([1, 1], 0, [-2, 1], 1, 0.5), expected=([0.0, 1.5], 0.5)),  # missed fire
        Case(args=([1, 1], 0, [2, 1], 0, 0.5), expected=([0.0, 0.5], -0.5)),  # false alarm
        Case(args=([2, 0], -2, [1, 5], 0, 0.1), expected=([2, 0], -2)),  # score 0 says 0: right
        Case(args=([2, 0], -2, [1, 5], 1, 0.1), expected=([2.1, 0.5], -1.9)),  # score 0, fire
        Case(args=([0, 0], 0.5, [1, -2], 0, 2), expected=([-2.0, 4.0], -1.5)),
    ],
    tolerance=1e-6,
    hints=[
        (
            "Calcule la réponse du neurone (comme predire), puis erreur = feu − réponse : "
            "0 si le neurone a raison (rien ne bouge), 1 pour un feu manqué, −1 pour une "
            "fausse alerte."
        ),
        (
            "Nouveau poids = poids + pas × erreur × mesure (pour chacun des deux), nouveau "
            "biais = biais + pas × erreur. Renvoie les deux : return nouveaux_poids, nouveau_biais "
            "(nouveaux_poids est une liste de deux nombres)."
        ),
    ],
)
