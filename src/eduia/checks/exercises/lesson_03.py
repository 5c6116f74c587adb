"""Self-check exercises of lesson 03, « Prédire un nombre : la régression ».

Each exercise is declared, not programmed: test cases or an expected value, French hints from the
gentlest to the most explicit; no solution (it lives in the teacher's source notebook). The hidden
tests live only in the source notebook ``notebooks/source/03-regression/03-regression.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_03 as exercices  # doctest: +SKIP
>>> exercices.predire.check(lambda temperature, a, b: a * temperature + b)  # doctest: +SKIP
"""

from __future__ import annotations

import numbers

from eduia.checks import Case, Exercise


def _a_year(value: object) -> bool | str:
    """A year is a whole number: the hidden test refuses a decimal one, so the check does too."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return True
    return (
        "ta réponse est presque juste, mais une année est un nombre entier : arrondis −b / a "
        "avec round(...), qui donne un entier."
    )


predire = Exercise(
    "03.predire",
    cases=[
        Case(args=(10, -5, 150), expected=100),
        Case(args=(0, -5, 150), expected=150),
        Case(args=(-2, -4.5, 140), expected=149.0),
        Case(args=(12, 0, 80), expected=80),  # a flat line: the same every day
    ],
    hints=[
        "La droite est une règle de calcul : consommation = a × température + b.",
        "En Python, la multiplication s'écrit avec une étoile : a * temperature.",
        (
            "Une seule ligne suffit dans la fonction : return, puis la pente fois la température, "
            "plus l'ordonnée à l'origine."
        ),
    ],
)

erreur_quadratique_moyenne = Exercise(
    "03.erreur_quadratique_moyenne",
    cases=[
        Case(args=([100, 120], [110, 120]), expected=50.0),
        Case(args=([1, 2, 3], [1, 2, 3]), expected=0.0),
        Case(args=([150, 130, 110], [140, 135, 110]), expected=125 / 3),
        Case(args=([5], [9]), expected=16.0),  # a single day
    ],
    hints=[
        "Pour chaque jour : calcule l'écart vraie − prédite, puis mets-le au carré (** 2).",
        (
            "Additionne les carrés dans une variable total, avec une boucle "
            "« for vraie, predite in zip(vraies, predites): »."
        ),
        "À la fin, divise le total par le nombre de jours : return total / len(vraies)",
    ],
)

droite_moindres_carres = Exercise(
    "03.droite_moindres_carres",
    cases=[
        Case(args=([0, 1, 2], [1, 3, 5]), expected=(2.0, 1.0)),
        Case(args=([0, 5, 10, 15], [150, 125, 100, 75]), expected=(-5.0, 150.0)),
        Case(args=([1, 2, 3, 4], [2, 1, 4, 3]), expected=(0.6, 1.0)),
        Case(args=([1, 3], [7, 7]), expected=(0.0, 7.0)),  # a flat line
    ],
    hints=[
        "Commence par les deux moyennes : mx = sum(x) / len(x), et de même my.",
        (
            "Avec une boucle « for xi, yi in zip(x, y): », additionne (xi - mx) * (yi - my) "
            "dans haut et (xi - mx) ** 2 dans bas."
        ),
        "Ensuite a = haut / bas, puis b = my - a * mx, et enfin return a, b",
    ],
)

annee_zero = Exercise(
    "03.annee_zero",
    expected=2031,
    tolerance=0.5,  # a decimal year near 2031 is told to round, not that it is far off
    checker=_a_year,
    hints=[
        (
            'Garde seulement les années fiables : var[var["annee"] <= 2022]. '
            "Puis trouve a et b avec ta fonction droite_moindres_carres (ou LinearRegression)."
        ),
        "La droite vaut 0 quand a × annee + b = 0, c'est-à-dire annee = −b / a.",
        "annee_zero = round(-b_feux / a_feux) donne une année entière.",
    ],
)
