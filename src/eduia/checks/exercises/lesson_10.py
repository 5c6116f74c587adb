"""Self-check exercises of lesson 10, « IA et société ».

The pupil finds the years a département is missing from the real fire table (BDIFF), computes a
model's accuracy and its « equal opportunity » (the share of real fires it announces) group by
group with ``groupby``, sorts the course's own columns by how they identify a person (RGPD), and
turns a measured computing time into energy. The hidden tests live only in the source notebook
``notebooks/source/10-ia-et-societe/10-ia-et-societe.ipynb``.

Examples
--------
>>> from eduia.checks.exercises import lesson_10 as exercices  # doctest: +SKIP
>>> exercices.energie_wh.check(lambda duree_s, puissance_w: duree_s * puissance_w / 3600)  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from eduia.checks import Case, Exercise


def _fires(rows: list[tuple[str, int]]) -> pd.DataFrame:
    """A small fire table with the real columns: one row per (département, année) recorded."""
    return pd.DataFrame(
        {
            "departement": [code for code, _ in rows],
            "annee": [annee for _, annee in rows],
            "nombre_feux": [10 + index for index, _ in enumerate(rows)],
        }
    )


def _results(groups: str, truth: str, predicted: str) -> pd.DataFrame:
    """A table of test days: one letter per day for its group, one digit for truth and model."""
    return pd.DataFrame(
        {
            "groupe": [{"e": "est", "o": "ouest", "n": "nord"}[letter] for letter in groups],
            "vrai": [int(digit) for digit in truth],
            "predit": [int(digit) for digit in predicted],
        }
    )


def _by_group(values: dict[str, float]) -> pd.Series:
    return pd.Series(values, dtype=float).sort_index()


_ALL_YEARS = list(range(1973, 2025))
_GAPPY = [("04", year) for year in range(1978, 2020)] + [("13", year) for year in _ALL_YEARS]
_EDGES = [("05", year) for year in range(1974, 2024)] + [("84", 1973), ("84", 2024)]

annees_manquantes = Exercise(
    "10.annees_manquantes",
    cases=[
        Case(
            args=(_fires(_GAPPY), "04"),
            expected=[1973, 1974, 1975, 1976, 1977, 2020, 2021, 2022, 2023, 2024],
        ),
        Case(args=(_fires(_GAPPY), "13"), expected=[]),
        Case(args=(_fires(_EDGES), "05"), expected=[1973, 2024]),
        Case(args=(_fires(_EDGES), "84"), expected=list(range(1974, 2024))),
    ],
    hints=[
        (
            'Les années présentes : presentes = list(feux[feux["departement"] == departement]'
            '["annee"]). Garde bien list( ) : sans lui, « in » chercherait dans les numéros de '
            "ligne du tableau, pas dans les années."
        ),
        (
            "Parcours ensuite toutes les années de 1973 à 2024 avec range(1973, 2025) (2025 n'est "
            "pas compris) et ajoute à une liste celles qui ne sont pas dans presentes "
            "(« if annee not in presentes: »). Renvoie cette liste."
        ),
    ],
)

exactitude_par_groupe = Exercise(
    "10.exactitude_par_groupe",
    cases=[
        Case(
            args=(_results("eeeeoooo", "10001100", "10100001"),),
            expected=_by_group({"est": 0.75, "ouest": 0.25}),
        ),
        Case(
            args=(_results("oeoeon", "011010", "010011"),),
            expected=_by_group({"est": 1.0, "nord": 0.0, "ouest": 2 / 3}),
        ),
        Case(
            args=(_results("eeooo", "00000", "00100"),),
            expected=_by_group({"est": 1.0, "ouest": 2 / 3}),
        ),
    ],
    hints=[
        (
            'Commence par une colonne de vrai/faux : bons = resultats["vrai"] == resultats'
            '["predit"]. La moyenne de vrai/faux est la part de « vrai ».'
        ),
        (
            "Groupe ces vrai/faux par groupe et prends la moyenne de chaque groupe : "
            'bons.groupby(resultats["groupe"]).mean().'
        ),
    ],
)

chances_par_groupe = Exercise(
    "10.chances_par_groupe",
    cases=[
        Case(
            args=(_results("eeeeoooo", "11001100", "10101000"),),
            expected=_by_group({"est": 0.5, "ouest": 0.5}),
        ),
        Case(
            args=(_results("eeeoooon", "11101101", "11000101"),),
            expected=_by_group({"est": 2 / 3, "nord": 1.0, "ouest": 0.5}),
        ),
        Case(
            args=(_results("eeoooo", "100111", "011110"),),
            expected=_by_group({"est": 0.0, "ouest": 2 / 3}),
        ),
    ],
    hints=[
        (
            "Les « chances égales » ne regardent que les jours où il y a vraiment eu un feu : "
            'garde d\'abord les lignes où vrai vaut 1, avec resultats[resultats["vrai"] == 1].'
        ),
        (
            "Sur ces jours de feu, la part des jours où le modèle a dit 1 est la moyenne de la "
            'colonne "predit" : groupe par "groupe" et prends la moyenne de "predit".'
        ),
        (
            "Tu peux appeler ce tableau filtré feux_vrais, puis grouper : feux_vrais.groupby"
            '("groupe")["predit"] ; il reste à prendre la moyenne et à la renvoyer.'
        ),
    ],
)

CLASSEMENT = {
    "nom": "non",
    "population_municipale_2023": "non",
    "station": "non",
    "prenom": "directe",
    "date_naissance": "indirecte",
    "poste": "indirecte",
    "chiffre": "non",
}
"""The expected answer of ``classement``: how each column identifies a person."""


classement = Exercise(
    "10.classement",
    expected=CLASSEMENT,
    ignore_case=True,
    hints=[
        (
            "Pour chaque colonne, demande-toi : « Si je ne connais que cette colonne, est-ce que "
            'je sais de QUI on parle ? » Oui tout de suite : "directe". Oui en la croisant avec '
            'une autre information (un plan de la salle, une liste de la classe) : "indirecte". '
            'Jamais, ou la ligne ne parle pas d\'une personne : "non".'
        ),
        (
            "Les colonnes des données ouvertes du cours (nom de commune, population, station) "
            "parlent de lieux, pas de personnes. Dans le tableau des dessins de la classe, le "
            "prénom désigne l'élève ; la date de naissance et le numéro du poste la désignent "
            "si on les croise avec la liste de la classe ou le plan de la salle."
        ),
    ],
)

energie_wh = Exercise(
    "10.energie_wh",
    cases=[
        Case(args=(3600, 30), expected=30.0),
        Case(args=(1, 3600), expected=1.0),
        Case(args=(0.5, 40), expected=0.5 * 40 / 3600),
        Case(args=(90, 200), expected=5.0),
    ],
    tolerance=1e-9,
    hints=[
        (
            "L'énergie, c'est la puissance multipliée par la durée : des watts × des secondes "
            "donnent des joules (des wattsecondes)."
        ),
        (
            "Un wattheure (Wh), c'est un watt pendant une heure, soit 3600 wattsecondes : divise "
            "donc duree_s * puissance_w par 3600 (pas par 1000 : ce serait des kilo-quelque chose)."
        ),
    ],
)
