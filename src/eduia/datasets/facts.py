"""Turn the regional facts (``../shared/facts``) into eduia's real datasets.

The facts folder holds statistics computed from public open data (INSEE, IGN, BDIFF,
Météo-France) and figures published by public bodies. This module copies those figures into
eduia's own tables; ``python -m eduia.datasets.build --facts DIR`` writes them to ``datasets/``.
The shipped package never needs the facts folder.

Examples
--------
>>> from pathlib import Path
>>> tables = real_tables(Path("../shared/facts"))  # doctest: +SKIP
>>> len(tables["communes"])  # doctest: +SKIP
946
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: Household waste, copied from the facts README (INSEE via the regional press). ``None`` where
#: the source gives no figure (the year of the communal extremes and of the national figures is
#: not stated).
#: The press article does not say whether its extremes are communes or intercommunalities.
ZONE_OF_COLLECTION = "zone de collecte (commune ou intercommunalité, non précisé)"
WASTE_FIGURES = [
    ("Région Sud", "région", 2021, 638, 15.0, "INSEE, via la presse régionale"),
    ("Région Sud", "région", 2011, 651, None, "INSEE, via la presse régionale"),
    ("France", "pays", None, None, 22.0, "chiffre national cité par le même article de presse"),
    ("France", "pays", None, 615, None, "INSEE Première n° 2055"),
    ("France", "pays", None, 548, None, "autre source citée par la presse régionale"),
    ("Saint-Tropez", ZONE_OF_COLLECTION, None, 1533, None, "INSEE, via la presse régionale"),
    ("Nice", ZONE_OF_COLLECTION, None, 590, None, "INSEE, via la presse régionale"),
]
WASTE_COLUMNS = [
    "territoire",
    "niveau",
    "annee",
    "kg_par_habitant",
    "part_collecte_separee_pct",
    "source",
]

#: Files of the facts folder copied as they are (dataset name → file name).
COPIED_FILES = {
    "communes": "communes_paca.csv",
    "incendies_annuels": "incendies_departement_annee.csv",
    "incendies_mensuels": "incendies_departement_annee_mois.csv",
    "incendies_causes": "incendies_causes_decennie.csv",
    "incendies_tailles": "incendies_tailles_decennie.csv",
    "incendies_qualite": "incendies_qualite_decennie.csv",
    "meteo_stations_13": "meteo_stations_13_mensuel.csv",
    "feux_meteo_jour": "feux_meteo_13_2024_jour.csv",
    "feux_meteo_station_jour": "feux_meteo_13_2024_station_jour.csv",
}

_TEXT_COLUMNS = {"code", "code_insee", "departement", "num_poste"}


def readme_table(readme: str, first_column: str) -> pd.DataFrame:
    """The ```csv block of the facts README whose header starts with ``first_column``.

    Examples
    --------
    >>> text = "x\\n```csv\\ncode,nom\\n04,Alpes\\n```\\n"
    >>> readme_table(text, "code")["code"].tolist()
    ['04']
    """
    import pandas as pd

    for block in re.findall(r"```csv\n(.*?)```", readme, flags=re.DOTALL):
        if block.startswith(first_column + ","):
            header = block.split("\n", 1)[0].split(",")
            types = {name: "str" for name in header if name in _TEXT_COLUMNS}
            return pd.read_csv(io.StringIO(block), dtype=types)
    raise LookupError(f"no csv table starting with {first_column!r} in the facts README")


def departements(readme: str) -> pd.DataFrame:
    """The six départements, with the density computed from the 2023 municipal population.

    Examples
    --------
    >>> text = "```csv\\ncode,nom,population_municipale_2023,superficie_km2\\n04,A,100,8\\n```"
    >>> departements(text)["densite_hab_km2"].tolist()
    [12.5]
    """
    table = readme_table(readme, "code")
    table["densite_hab_km2"] = (
        table["population_municipale_2023"] / table["superficie_km2"]
    ).round(1)
    return table


def waste() -> pd.DataFrame:
    """The household-waste figures of :data:`WASTE_FIGURES` as a table.

    Examples
    --------
    >>> int(waste()["kg_par_habitant"].iloc[0])
    638
    """
    import pandas as pd

    table = pd.DataFrame(WASTE_FIGURES, columns=WASTE_COLUMNS)
    table["annee"] = table["annee"].astype("Int64")
    table["kg_par_habitant"] = table["kg_par_habitant"].astype("Int64")
    table["part_collecte_separee_pct"] = table["part_collecte_separee_pct"].astype("float64")
    return table


def real_tables(facts_dir: Path) -> dict[str, pd.DataFrame]:
    """Every real dataset, keyed by name, read from the facts folder ``facts_dir``.

    Examples
    --------
    >>> sorted(real_tables(Path("../shared/facts")))[:2]  # doctest: +SKIP
    ['communes', 'dechets']
    """
    import pandas as pd

    readme = (Path(facts_dir) / "README.md").read_text(encoding="utf-8")
    tables = {"departements": departements(readme)}
    for name, file_name in COPIED_FILES.items():
        path = Path(facts_dir) / file_name
        header = path.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        types = {column: "str" for column in header if column in _TEXT_COLUMNS}
        tables[name] = pd.read_csv(
            path, dtype=types, parse_dates=["date"] if "date" in header else False
        )
    tables["tourisme"] = readme_table(readme, "departement")
    tables["dechets"] = waste()
    return tables
