"""Self-check exercises of lesson 09, « Comment parle une IA générative ? ».

Each exercise is declared, not programmed: test cases, French hints from the gentlest to the most
explicit; no solution (it lives in the teacher's source notebook). The hidden tests live only in
the source notebook ``notebooks/source/09-ia-generative/09-ia-generative.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_09 as exercices  # doctest: +SKIP
>>> exercices.proba_a_apres_var.check(3 / 4)  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.checks import Case, Exercise

proba_a_apres_var = Exercise(
    "09.proba_a_apres_var",
    expected=0.75,
    hints=[
        "Dans l'extrait, repère chaque « Var » et regarde le mot qui le suit juste après.",
        (
            "« Var » est suivi 4 fois d'un mot : 3 fois de « a », 1 fois de « est ». La probabilité "
            "est le nombre de fois « a » divisé par le nombre de fois où « Var » est suivi d'un mot."
        ),
        (
            "Écris la division avec le signe / : le nombre de « a » en haut, le nombre total de "
            "mots qui suivent « Var » en bas."
        ),
    ],
)

probabilites = Exercise(
    "09.probabilites",
    cases=[
        Case(args=({"a": 3, "est": 1},), expected={"a": 0.75, "est": 0.25}),
        Case(
            args=({"feux": 1, "habitants": 1, "communes": 2},),
            expected={"feux": 0.25, "habitants": 0.25, "communes": 0.5},
        ),
        Case(args=({"mer": 5},), expected={"mer": 1.0}),
    ],
    hints=[
        (
            "Une probabilité, c'est un nombre de fois divisé par le total : commence par calculer "
            "total = sum(compteurs.values())."
        ),
        (
            "Construis un nouveau dictionnaire : pour chaque mot et son nombre de fois, "
            "resultat[mot] = nombre / total."
        ),
        "return {mot: nombre / total for mot, nombre in compteurs.items()}",
    ],
)

avec_temperature = Exercise(
    "09.avec_temperature",
    cases=[
        Case(args=({"a": 0.75, "est": 0.25}, 1), expected={"a": 0.75, "est": 0.25}),
        Case(args=({"a": 0.75, "est": 0.25}, 0.5), expected={"a": 0.9, "est": 0.1}),
        Case(args=({"x": 0.8, "y": 0.2}, 2), expected={"x": 2 / 3, "y": 1 / 3}),
        Case(args=({"u": 0.5, "v": 0.5}, 0.2), expected={"u": 0.5, "v": 0.5}),  # a tie stays
    ],
    hints=[
        (
            "Deux étapes : élève chaque probabilité à la puissance 1 / temperature, puis divise "
            "chaque résultat par leur somme pour que le total refasse 1."
        ),
        (
            "poids = {mot: p ** (1 / temperature) for mot, p in probas.items()}, puis "
            "total = sum(poids.values())."
        ),
        "return {mot: w / total for mot, w in poids.items()}",
    ],
)

fusionner = Exercise(
    "09.fusionner",
    cases=[
        Case(args=(["b", "a", "s"], ("b", "a")), expected=["ba", "s"]),
        Case(args=(["l", "e", "l", "e"], ("l", "e")), expected=["le", "le"]),
        Case(args=(["m", "e", "r"], ("a", "b")), expected=["m", "e", "r"]),
        # overlapping pairs: each token is glued once, from the left
        Case(args=(["o", "o", "o", "o", "o"], ("o", "o")), expected=["oo", "oo", "o"]),
        Case(args=([], ("x", "y")), expected=[]),  # nothing to glue
        Case(args=(["z"], ("z", "z")), expected=["z"]),  # a single token
    ],
    hints=[
        (
            "Parcours la liste avec un indice i. Si jetons[i] et jetons[i + 1] forment la paire, "
            "ajoute les deux collés et avance de 2 ; sinon ajoute jetons[i] et avance de 1."
        ),
        (
            "Utilise une boucle « while i < len(jetons): » : avec « for », tu ne peux pas sauter "
            "le jeton déjà collé."
        ),
        "Teste « if i + 1 < len(jetons) and (jetons[i], jetons[i + 1]) == paire: ».",
    ],
)
