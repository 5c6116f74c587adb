"""The catalogue of shipped datasets, read from ``datapackage.json`` (no pandas needed).

``datasets/datapackage.json`` is a Frictionless Data Package and the one place where eduia
describes its datasets: columns, types, units, French descriptions, real or simulated, sources
and licences. The loader, the datasheets and ``eduia datasets`` all read it through here.

Examples
--------
>>> from eduia.datasets.catalog import dataset_names
>>> "communes" in dataset_names()
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from eduia.datasets.errors import DatasetError, UnknownDatasetError
from eduia.i18n import t
from eduia.resources import shipped_path

PACKAGE_FILE = "datapackage.json"
#: Datasets whose CSV ships in the teacher package only (``eduia-enseignant``), never in the
#: pupil's: the class challenge hides rows of ``feux_meteo_station_jour``.
TEACHER_ONLY = ("feux_meteo_station_jour",)


def data_dir() -> Path:
    """The folder holding the shipped CSV files, datasheets and ``datapackage.json``.

    Examples
    --------
    >>> (data_dir() / "datapackage.json").is_file()
    True
    """
    return shipped_path("datasets")


@lru_cache(maxsize=4)
def _read_package(folder: Path) -> dict[str, Any]:
    try:
        with open(folder / PACKAGE_FILE, encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError) as error:
        raise DatasetError(t("datasets.data_missing", path=folder / PACKAGE_FILE)) from error


def package(folder: Path | None = None) -> dict[str, Any]:
    """The parsed ``datapackage.json`` of ``folder`` (the shipped one by default).

    Examples
    --------
    >>> package()["name"]
    'eduia-region-sud'
    """
    return _read_package(Path(folder) if folder is not None else data_dir())


def dataset_names(folder: Path | None = None) -> list[str]:
    """The names of the datasets, in the order of ``datapackage.json``.

    Examples
    --------
    >>> dataset_names()[0]
    'departements'
    """
    return [resource["name"] for resource in package(folder)["resources"]]


def resource(name: str, folder: Path | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` entry of dataset ``name``; :class:`UnknownDatasetError` if none.

    Spaces, capitals and a ``.csv`` ending are forgiven (``" Communes.csv"`` finds ``communes``).

    Examples
    --------
    >>> resource("Communes ")["path"]
    'communes.csv'
    """
    wanted = name.strip().lower().removesuffix(".csv") if isinstance(name, str) else name
    for entry in package(folder)["resources"]:
        if entry["name"] == wanted:
            return entry
    raise UnknownDatasetError(name, dataset_names(folder))


def fields(name: str, folder: Path | None = None) -> list[dict[str, Any]]:
    """The column descriptions (Table Schema fields) of dataset ``name``.

    Examples
    --------
    >>> fields("departements")[0]["name"]
    'code'
    """
    return resource(name, folder)["schema"]["fields"]


def is_simulated(name: str, folder: Path | None = None) -> bool:
    """Whether dataset ``name`` holds simulated rows (« simulé »).

    Examples
    --------
    >>> is_simulated("qualite_air"), is_simulated("communes")
    (True, False)
    """
    return bool(resource(name, folder).get("simulated", False))


def row_count(name: str, folder: Path | None = None) -> int:
    """The number of data rows of dataset ``name``, counted without pandas.

    Examples
    --------
    >>> row_count("communes")
    946
    """
    entry = resource(name, folder)
    path = (Path(folder) if folder is not None else data_dir()) / entry["path"]
    if folder is None and not path.is_file() and name in TEACHER_ONLY:
        from eduia.resources import teacher_datasets_dir

        teacher = teacher_datasets_dir()
        path = teacher / entry["path"] if teacher is not None else path
    with open(path, encoding="utf-8") as stream:
        return sum(1 for _ in stream) - 1


def licence_titles(name: str, folder: Path | None = None) -> list[str]:
    """The titles of the licences of dataset ``name``.

    Examples
    --------
    >>> licence_titles("departements")
    ['Licence Ouverte 2.0 (Etalab)']
    """
    return [licence["title"] for licence in resource(name, folder).get("licenses", [])]


def datasheet_path(name: str, folder: Path | None = None) -> Path:
    """The French datasheet (``<name>.md``) of dataset ``name``.

    Examples
    --------
    >>> datasheet_path("communes").name
    'communes.md'
    """
    entry = resource(name, folder)
    return (Path(folder) if folder is not None else data_dir()) / f"{entry['name']}.md"
