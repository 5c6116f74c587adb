"""Lesson 06: plausible wrong answers of a seconde pupil, and other right ways of writing the answer.

The mistakes: one conversion factor for both axes, swapped factors, the farthest centre, a number
from 1, the centre instead of its number, the last of tied centres, the plain mean, a division by
the number of points; by hand: groups numbered from 1 or swapped, a village in the wrong group,
the villages instead of the numbers, the bases not moved, swapped, or with x and y swapped.
"""

_VERS_KM = "def vers_km(longitude, latitude):\n"
_CENTRE = "def plus_proche_centre(point, centres):\n"
_PONDERE = "def centre_pondere(points, poids):\n"


def _plus_proche(better: str = "<", end: str = "meilleur", gap_y: str = "point[1] - {c}[1]") -> str:
    """The reference loop of plus_proche_centre with one piece changed."""
    ecart_y = gap_y.format(c="centres[numero]")
    meilleur_y = gap_y.format(c="centres[meilleur]")
    return (
        _CENTRE + "    meilleur = 0\n"
        "    for numero in range(len(centres)):\n"
        f"        d = (point[0] - centres[numero][0]) ** 2 + ({ecart_y}) ** 2\n"
        f"        d_meilleur = (point[0] - centres[meilleur][0]) ** 2 + ({meilleur_y}) ** 2\n"
        f"        if d {better} d_meilleur:\n"
        "            meilleur = numero\n"
        f"    return {end}"
    )


WRONG = {
    "vers_km": [
        _VERS_KM + "    return (111 * longitude, 81 * latitude)",  # factors swapped
        _VERS_KM + "    return (111 * longitude, 111 * latitude)",  # one factor for both
        _VERS_KM + "    return (longitude, latitude)",  # left in degrees
        _VERS_KM + "    return (81 * latitude, 111 * longitude)",  # axes swapped
    ],
    "plus_proche_centre": [
        _plus_proche(better=">"),  # the farthest centre
        _plus_proche(end="meilleur + 1"),  # numbered from 1
        _plus_proche(end="centres[meilleur]"),  # the centre, not its number
        _plus_proche(better="<="),  # the last of tied centres
        _plus_proche(gap_y="0"),  # only the east-west gap
    ],
    "centre_pondere": [
        # the plain mean: the weights forgotten
        _PONDERE + "    return (sum(x for x, y in points) / len(points), "
        "sum(y for x, y in points) / len(points))",
        # divided by the number of points, not by the sum of the weights
        _PONDERE + "    total_x = total_y = 0\n"
        "    for (x, y), p in zip(points, poids):\n"
        "        total_x = total_x + p * x\n"
        "        total_y = total_y + p * y\n"
        "    return (total_x / len(points), total_y / len(points))",
        # not divided at all
        _PONDERE + "    total_x = total_y = 0\n"
        "    for (x, y), p in zip(points, poids):\n"
        "        total_x = total_x + p * x\n"
        "        total_y = total_y + p * y\n"
        "    return (total_x, total_y)",
    ],
    "groupes_a_la_main": [
        "groupes_a_la_main = [1, 1, 1, 2, 2]",  # numbered from 1
        "groupes_a_la_main = [1, 1, 1, 0, 0]",  # numbers swapped: a group's number is its base's
        "groupes_a_la_main = [0, 0, 1, 1, 1]",  # C (20, 10) put with the far base
        "groupes_a_la_main = [0, 0, 0, 1]",  # a village forgotten
        # the villages of each group instead of their numbers
        "groupes_a_la_main = [[(0, 0), (10, 0), (20, 10)], [(50, 0), (70, 20)]]",
    ],
    "centres_a_la_main": [
        "centres_a_la_main = [(10, 3.33), (60, 10)]",  # the plain mean: the fires forgotten
        "centres_a_la_main = [(16.67, 3.33), (120, 20)]",  # divided by the number of villages
        "centres_a_la_main = [(0, 0), (60, 0)]",  # the bases not moved
        "centres_a_la_main = [(60, 10), (10, 2)]",  # base 1 first
        "centres_a_la_main = [(2, 10), (10, 60)]",  # x and y swapped
        "centres_a_la_main = [(10, 2)]",  # only the first base
    ],
}

RIGHT = {
    "vers_km": [
        _VERS_KM + "    return [longitude * 81, latitude * 111]",
        _VERS_KM + "    x = longitude * 81\n    y = latitude * 111\n    return x, y",
    ],
    "plus_proche_centre": [
        _CENTRE + "    return min(\n"
        "        range(len(centres)),\n"
        "        key=lambda n: (point[0] - centres[n][0]) ** 2 + (point[1] - centres[n][1]) ** 2,\n"
        "    )",
        _CENTRE + "    distances = [((point[0] - c[0]) ** 2 + (point[1] - c[1]) ** 2) ** 0.5 "
        "for c in centres]\n"
        "    return distances.index(min(distances))",
    ],
    "centre_pondere": [
        _PONDERE + "    return tuple(\n"
        "        sum(p * c[i] for c, p in zip(points, poids)) / sum(poids) for i in range(2)\n"
        "    )",
    ],
    "groupes_a_la_main": [
        "groupes_a_la_main = (0, 0, 0, 1, 1)",
        "groupes_a_la_main = [plus_proche_centre(v, depart) for v in villages]",
    ],
    "centres_a_la_main": [
        "centres_a_la_main = [[10.0, 2.0], [60.0, 10.0]]",
        (
            "centres_a_la_main = [\n"
            "    centre_pondere(villages[:3], feux[:3]),\n"
            "    centre_pondere(villages[3:], feux[3:]),\n"
            "]"
        ),
    ],
}
