"""Lesson 10: plausible wrong answers of a seconde pupil, and other right ways of writing the answer.

The mistakes: the years present instead of the missing ones, 2024 left out by ``range``, ``in``
on a pandas column (row numbers, not years), every département's years at once, the whole
table's accuracy instead of each group's, the share of alerts or of fires instead of the share of
right answers, counts instead of shares, precision or the false-alarm rate instead of the share of
real fires announced, the commune's « nom » taken for a person's name, the school computer's
number or the birth date taken as harmless, a first name called indirect, joules or kWh instead
of Wh.
"""

_MANQUANTES = "def annees_manquantes(feux, departement):\n"
_EXACTITUDE = "def exactitude_par_groupe(resultats):\n"
_CHANCES = "def chances_par_groupe(resultats):\n"
_ENERGIE = "def energie_wh(duree_s, puissance_w):\n"


def _classement(**changes: str) -> str:
    """The right dict with some values changed, as a pupil would type it."""
    values = {
        "nom": "non",
        "population_municipale_2023": "non",
        "station": "non",
        "prenom": "directe",
        "date_naissance": "indirecte",
        "poste": "indirecte",
        "chiffre": "non",
    }
    values.update(changes)
    lines = "".join(f'    "{key}": "{value}",\n' for key, value in values.items())
    return "classement = {\n" + lines + "}"


WRONG = {
    "annees_manquantes": [
        (  # the years present, not the missing ones
            _MANQUANTES + '    return list(feux[feux["departement"] == departement]["annee"])'
        ),
        (  # range(1973, 2024) stops at 2023
            _MANQUANTES
            + '    presentes = list(feux[feux["departement"] == departement]["annee"])\n'
            "    return [annee for annee in range(1973, 2024) if annee not in presentes]"
        ),
        (  # forgot to keep only the département: every year someone recorded counts
            _MANQUANTES + '    presentes = list(feux["annee"])\n'
            "    return [annee for annee in range(1973, 2025) if annee not in presentes]"
        ),
        (  # the number of missing years, not the list
            _MANQUANTES
            + '    presentes = list(feux[feux["departement"] == departement]["annee"])\n'
            "    return len([annee for annee in range(1973, 2025) if annee not in presentes])"
        ),
        (  # « in » on a pandas column looks at the row numbers, not at the years
            _MANQUANTES + '    presentes = feux[feux["departement"] == departement]["annee"]\n'
            "    return [annee for annee in range(1973, 2025) if annee not in presentes]"
        ),
        (  # starts in 1974
            _MANQUANTES
            + '    presentes = list(feux[feux["departement"] == departement]["annee"])\n'
            "    return [annee for annee in range(1974, 2025) if annee not in presentes]"
        ),
    ],
    "exactitude_par_groupe": [
        (  # the whole table's accuracy, one number
            _EXACTITUDE + '    return (resultats["vrai"] == resultats["predit"]).mean()'
        ),
        (  # the share of alerts in each group
            _EXACTITUDE + '    return resultats.groupby("groupe")["predit"].mean()'
        ),
        (  # the share of fire days in each group
            _EXACTITUDE + '    return resultats.groupby("groupe")["vrai"].mean()'
        ),
        (  # the number of right answers, not the share
            _EXACTITUDE + '    bons = resultats["vrai"] == resultats["predit"]\n'
            '    return bons.groupby(resultats["groupe"]).sum()'
        ),
        (  # the share of wrong answers
            _EXACTITUDE + '    erreurs = resultats["vrai"] != resultats["predit"]\n'
            '    return erreurs.groupby(resultats["groupe"]).mean()'
        ),
    ],
    "chances_par_groupe": [
        (  # the share of alerts over every day (« demographic parity »), not over fire days
            _CHANCES + '    return resultats.groupby("groupe")["predit"].mean()'
        ),
        (  # precision: among the alerts, the share of real fires
            _CHANCES + '    alertes = resultats[resultats["predit"] == 1]\n'
            '    return alertes.groupby("groupe")["vrai"].mean()'
        ),
        (  # the calm days: the share of false alarms
            _CHANCES + '    calmes = resultats[resultats["vrai"] == 0]\n'
            '    return calmes.groupby("groupe")["predit"].mean()'
        ),
        (  # the number of fires announced, not the share
            _CHANCES + '    feux = resultats[resultats["vrai"] == 1]\n'
            '    return feux.groupby("groupe")["predit"].sum()'
        ),
        (  # the accuracy of each group, as in exercise 2
            _CHANCES + '    bons = resultats["vrai"] == resultats["predit"]\n'
            '    return bons.groupby(resultats["groupe"]).mean()'
        ),
    ],
    "classement": [
        _classement(nom="directe"),  # the commune's name read as a person's name
        _classement(poste="non"),  # the computer's number looks harmless
        _classement(date_naissance="non"),  # a birth date alone « says nothing »
        _classement(prenom="indirecte"),  # many pupils share a first name
        _classement(chiffre="indirecte"),  # the drawn digit thought identifying
        _classement(prenom="personnelle", date_naissance="personnelle", poste="personnelle"),
        (  # a column forgotten
            'classement = {"nom": "non", "population_municipale_2023": "non", "station": "non", '
            '"prenom": "directe", "date_naissance": "indirecte", "poste": "indirecte"}'
        ),
    ],
    "energie_wh": [
        _ENERGIE + "    return duree_s * puissance_w",  # joules (watt-seconds), not Wh
        _ENERGIE + "    return duree_s * puissance_w / 1000",  # divided by 1000: « kilo »
        _ENERGIE + "    return duree_s * puissance_w / 60",  # minutes, not hours
        _ENERGIE + "    return duree_s * puissance_w / 3600000",  # kWh
        _ENERGIE + "    return duree_s / 3600 / puissance_w",  # divided by the power
    ],
}

RIGHT = {
    "annees_manquantes": [
        (
            _MANQUANTES + "    manquantes = []\n"
            '    lignes = feux[feux["departement"] == departement]\n'
            "    for annee in range(1973, 2025):\n"
            '        if annee not in list(lignes["annee"]):\n'
            "            manquantes.append(annee)\n"
            "    return manquantes"
        ),
        (
            _MANQUANTES
            + '    presentes = set(feux.loc[feux["departement"] == departement, "annee"])\n'
            "    return sorted(set(range(1973, 2025)) - presentes)"
        ),
    ],
    "exactitude_par_groupe": [
        (
            _EXACTITUDE
            + '    avec_bons = resultats.assign(bon=resultats["vrai"] == resultats["predit"])\n'
            '    return avec_bons.groupby("groupe")["bon"].mean()'
        ),
        (
            _EXACTITUDE + "    tableau = resultats.copy()\n"
            '    tableau["bon"] = (tableau["vrai"] == tableau["predit"]).astype(int)\n'
            '    return tableau.groupby("groupe")["bon"].mean()'
        ),
    ],
    "chances_par_groupe": [
        (  # among real fires, a right answer is an alert
            _CHANCES + '    feux = resultats[resultats["vrai"] == 1]\n'
            '    return (feux["predit"] == 1).groupby(feux["groupe"]).mean()'
        ),
        (
            _CHANCES + '    feux = resultats[resultats["vrai"] == 1]\n'
            '    annonces = feux.groupby("groupe")["predit"].sum()\n'
            '    return annonces / feux.groupby("groupe")["predit"].count()'
        ),
    ],
    "classement": [
        (  # another order, capitals
            'classement = {"prenom": "Directe", "poste": "indirecte", "date_naissance": "Indirecte", '
            '"chiffre": "non", "station": "non", "nom": "Non", "population_municipale_2023": "non"}'
        ),
    ],
    "energie_wh": [
        _ENERGIE + "    heures = duree_s / 3600\n    return puissance_w * heures",
        _ENERGIE + "    joules = duree_s * puissance_w\n    return joules / 3600",
    ],
}
