"""A small example exercise module, declared like ``eduia.checks.exercises.lesson_NN``, for the
tests of ``eduia.checks`` only (the notebook tests copy it next to the notebook they run)."""

from __future__ import annotations

from eduia.checks import Case, Exercise

distance = Exercise(
    "99.distance",
    cases=[
        Case(args=((0, 0), (3, 4)), expected=5.0),
        Case(args=((1, 1), (1, 1)), expected=0.0),
        Case(args=((-1, 2), (2, -2)), expected=5.0),
    ],
    hints=[
        "Calcule l'écart en x et l'écart en y entre les deux points.",
        "Pythagore : la distance est la racine carrée de dx² + dy² ; ** 0.5 donne la racine.",
    ],
    solution="def distance(a, b):\n    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5",
)

voisins = Exercise(
    "99.voisins",
    expected=5,
    hints=["Un nombre impair évite les égalités entre deux départements."],
    solution="k = 5",
)
