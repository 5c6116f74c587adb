"""Lesson 00: plausible wrong answers of a seconde pupil, and other right ways of writing the answer."""

_DEF_DENSITE = "def densite(population, superficie_km2):\n"

WRONG = {
    "population_region": [
        "population_region = 5218960.0",  # a decimal where an integer is due
        'population_region = "5218960"',  # a text, between quotes
        "population_region = 5,218,960",  # thousands separated by commas: a tuple
        "population_region = 168054 + 143467 + 1128418 + 2087658 + 1119307",  # one forgotten
        "population_region = 168054 + 143467 + 1128418 + 2087658 + 1119307 + 572065",  # a typo
        "population_region = (168054 + 143467 + 1128418 + 2087658 + 1119307 + 572056) / 1",
    ],
    "densite": [
        _DEF_DENSITE + "    return superficie_km2 / population",  # the division upside down
        _DEF_DENSITE + "    return population // superficie_km2",  # the integer division
        _DEF_DENSITE + "    population / superficie_km2",  # the forgotten return
        _DEF_DENSITE + "    return round(population / superficie_km2)",  # rounded
        _DEF_DENSITE + "    print(population / superficie_km2)",  # printed, not returned
        _DEF_DENSITE + "    return population * superficie_km2",
    ],
    "plus_peuple": [
        'plus_peuple = " Bouches-du-Rhône "',  # surrounding spaces
        'plus_peuple = "bouches-du-rhône"',  # lower case
        'plus_peuple = "Bouches-du-Rhone"',  # the accent forgotten
        # ascending=False forgotten: the least populated department
        'plus_peuple = departements.sort_values("population_municipale_2023")["nom"].iloc[0]',
        # the area column of the example left in place
        'plus_peuple = departements.sort_values("superficie_km2", ascending=False)["nom"].iloc[0]',
        # the whole sorted column, not its first name
        (
            'plus_peuple = departements.sort_values("population_municipale_2023", '
            'ascending=False)["nom"]'
        ),
    ],
    "moins_dense": [
        'moins_dense = " Alpes-de-Haute-Provence"',  # a leading space
        'moins_dense = "alpes-de-haute-provence"',  # lower case
        # the most dense, with the ascending=False of the previous exercise
        'moins_dense = departements.sort_values("ma_densite", ascending=False)["nom"].iloc[0]',
        # the least populated, not the least dense
        'moins_dense = departements.sort_values("population_municipale_2023")["nom"].iloc[0]',
        'moins_dense = departements.sort_values("superficie_km2")["nom"].iloc[0]',  # smallest
    ],
    "grandes_communes": [
        "grandes_communes = 96.0",  # a decimal where an integer is due
        'grandes_communes = "96"',  # a text
        "grandes_communes = 95",
        # the length of the True/False column: every commune
        'grandes_communes = len(communes["population_municipale"] >= 10000)',
        # the filtered table, not its number of rows
        'grandes_communes = communes[communes["population_municipale"] >= 10000]',
        'grandes_communes = len(communes[communes["population_municipale"] >= 1000])',  # a 0 lost
    ],
}

RIGHT = {
    "population_region": [
        "population_region = sum([168054, 143467, 1128418, 2087658, 1119307, 572056])",
        "population_region = 5_218_960",
        "population_region = 5218960",
    ],
    "densite": [
        _DEF_DENSITE + "    d = population / superficie_km2\n    return d",
        "densite = lambda population, superficie_km2: population / superficie_km2",
    ],
    "plus_peuple": [
        'plus_peuple = "Bouches-du-Rhône"',
        'plus_peuple = departements.loc[departements["population_municipale_2023"].idxmax(), "nom"]',
        'plus_peuple = departements.sort_values("population_municipale_2023").iloc[-1]["nom"]',
    ],
    "moins_dense": [
        'moins_dense = "Alpes-de-Haute-Provence"',
        'moins_dense = departements.sort_values("densite_hab_km2", ascending=True)["nom"].iloc[0]',
    ],
    "grandes_communes": [
        "grandes_communes = 96",
        # numpy's integer, as .sum() gives it
        'grandes_communes = (communes["population_municipale"] >= 10000).sum()',
        'grandes_communes = communes[communes["population_municipale"] >= 10000].shape[0]',
    ],
}
