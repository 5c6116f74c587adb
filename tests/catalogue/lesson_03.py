"""Lesson 03: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_PREDIRE = "def predire(temperature, a, b):\n"
_EQM = "def erreur_quadratique_moyenne(vraies, predites):\n"
_DROITE = "def droite_moindres_carres(x, y):\n"
_MOYENNES = "    mx = sum(x) / len(x)\n    my = sum(y) / len(y)\n"


def _droite(haut: str = "(xi - mx) * (yi - my)", bas: str = "(xi - mx) ** 2", end: str = "") -> str:
    """The reference least squares with one piece changed."""
    return (
        _DROITE + _MOYENNES + "    haut = 0\n    bas = 0\n"
        "    for xi, yi in zip(x, y):\n"
        f"        haut = haut + {haut}\n"
        f"        bas = bas + {bas}\n"
        + (end or "    a = haut / bas\n    b = my - a * mx\n    return a, b")
    )


def _annee(years: str = "<= 2022", last: str = "annee_zero = round(-b_feux / a_feux)") -> str:
    return (
        f'var_fiable = var[var["annee"] {years}]\n'
        'a_feux, b_feux = droite_moindres_carres(var_fiable["annee"], var_fiable["nombre_feux"])\n'
        + last
    )


WRONG = {
    "predire": [
        _PREDIRE + "    return a * temperature",  # b forgotten
        _PREDIRE + "    return b * temperature + a",  # a and b swapped
        _PREDIRE + "    return a * (temperature + b)",  # brackets in the wrong place
        _PREDIRE + "    return -5 * temperature + 150",  # the example's numbers, not a and b
        _PREDIRE + "    print(a * temperature + b)",  # printed, not returned
        _PREDIRE + "    return a x temperature + b",  # « x » for the multiplication
    ],
    "erreur_quadratique_moyenne": [
        # the gaps not squared: +10 and -10 cancel out
        _EQM + "    total = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        total = total + (vraie - predite)\n"
        "    return total / len(vraies)",
        # absolute gaps: the mean absolute error
        _EQM + "    total = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        total = total + abs(vraie - predite)\n"
        "    return total / len(vraies)",
        # the sum, not the mean
        _EQM + "    total = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        total = total + (vraie - predite) ** 2\n"
        "    return total",
        # return indented inside the loop: only the first day
        _EQM + "    total = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        total = total + (vraie - predite) ** 2\n"
        "        return total / len(vraies)",
        # the square of the mean gap, not the mean of the squares
        _EQM + "    return (sum(vraies) / len(vraies) - sum(predites) / len(predites)) ** 2",
        # the root of the mean: a different error
        _EQM + "    total = 0\n"
        "    for vraie, predite in zip(vraies, predites):\n"
        "        total = total + (vraie - predite) ** 2\n"
        "    return (total / len(vraies)) ** 0.5",
    ],
    "droite_moindres_carres": [
        _droite(end="    a = bas / haut\n    b = my - a * mx\n    return a, b"),  # a upside down
        _droite(end="    a = haut / bas\n    b = my - a * mx\n    return b, a"),  # (b, a)
        _droite(end="    a = haut / bas\n    b = my - a * my\n    return a, b"),  # my for mx
        _droite(bas="(xi - mx)"),  # the square forgotten: a division by zero
        # the line through the first and the last points
        _DROITE + "    a = (y[-1] - y[0]) / (x[-1] - x[0])\n    b = y[0] - a * x[0]\n"
        "    return a, b",
        # the ratio of the means, as if the line went through 0
        _DROITE + _MOYENNES + "    return my / mx, 0",
    ],
    "annee_zero": [
        _annee(last="annee_zero = -b_feux / a_feux"),  # a decimal year: not rounded
        _annee(years="< 2022"),  # 2022 left out
        _annee(years=">= 1973"),  # the unreliable 2023 and 2024 kept
        _annee(last="annee_zero = round(b_feux / a_feux)"),  # the minus sign forgotten
        _annee(last="annee_zero = round(-a_feux / b_feux)"),  # a and b swapped
        'annee_zero = "2031"',  # a text
        "annee_zero = 2031.0",  # a decimal number
    ],
}

RIGHT = {
    "predire": [
        _PREDIRE + "    return temperature * a + b",
        _PREDIRE + "    consommation = a * temperature + b\n    return consommation",
    ],
    "erreur_quadratique_moyenne": [
        _EQM + "    return sum((v - p) ** 2 for v, p in zip(vraies, predites)) / len(vraies)",
        "import numpy as np\n\n"
        + _EQM
        + "    return np.mean((np.array(vraies) - np.array(predites)) ** 2)",
        _EQM + "    carres = []\n"
        "    for i in range(len(vraies)):\n"
        "        carres.append((vraies[i] - predites[i]) * (vraies[i] - predites[i]))\n"
        "    return sum(carres) / len(carres)",
    ],
    "droite_moindres_carres": [
        # without - my: the same sum, since the gaps x - mx add up to 0
        _droite(haut="(xi - mx) * yi"),
        "import numpy as np\n\n" + _DROITE + "    a, b = np.polyfit(x, y, 1)\n    return a, b",
        _droite(end="    a = haut / bas\n    return [a, my - a * mx]"),  # a list
    ],
    "annee_zero": [
        "annee_zero = 2031",
        _annee(last="annee_zero = int(round(-b_feux / a_feux))"),
        (
            'import numpy as np\n\nfiable = var[var["annee"] <= 2022]\n'
            'pente, origine = np.polyfit(fiable["annee"], fiable["nombre_feux"], 1)\n'
            "annee_zero = round(-origine / pente)"
        ),
    ],
}
