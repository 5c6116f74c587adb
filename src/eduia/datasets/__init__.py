"""The datasets of the Région Sud: load them, list them, read their datasheets.

Real figures (INSEE, IGN, BDIFF, Météo-France) and labelled simulations calibrated on them ship
with eduia. Importing this module does not import pandas; :func:`load` does, on first call.
A teacher with fresh official files reads them with :func:`read_meteo_france` and
:func:`read_bdiff`, then :func:`monthly_station_summary` or :func:`fires_by_year` give the
layouts of the shipped datasets.

Examples
--------
>>> from eduia import datasets
>>> communes = datasets.load("communes")
>>> communes.shape
(946, 10)
>>> datasets.load("qualite_air").attrs["simule"]
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from eduia.datasets import catalog
from eduia.datasets.errors import DatasetError, MalformedFileError, UnknownDatasetError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DatasetError",
    "MalformedFileError",
    "UnknownDatasetError",
    "describe",
    "fires_by_cause",
    "fires_by_month",
    "fires_by_year",
    "list_datasets",
    "load",
    "monthly_station_summary",
    "read_bdiff",
    "read_meteo_france",
]

#: The importers of official files, loaded (with pandas) on first use.
_LAZY = {
    name: "eduia.datasets.importers"
    for name in (
        "read_meteo_france",
        "read_bdiff",
        "monthly_station_summary",
        "fires_by_year",
        "fires_by_month",
        "fires_by_cause",
    )
}


def load(name: str) -> pd.DataFrame:
    """Dataset ``name`` as a fresh pandas DataFrame (a copy: change it freely).

    Parameters
    ----------
    name : str
        A name from :func:`list_datasets`, e.g. ``"communes"`` or ``"jours_risque_incendie"``.

    Returns
    -------
    pandas.DataFrame
        Dates parsed, categories as ``category``, département codes as strings (``"04"``),
        nullable ``Int64`` where a count can be missing. ``df.attrs["simule"]`` tells whether
        the rows are simulated.

    Raises
    ------
    UnknownDatasetError
        When ``name`` is not a dataset; the message suggests the closest name.

    Examples
    --------
    >>> feux = load("incendies_annuels")
    >>> feux["departement"].iloc[0]
    '04'
    """
    from eduia.datasets.loader import load as _load

    return _load(name)


def list_datasets() -> list[str]:
    """The names of the shipped datasets.

    Examples
    --------
    >>> len(list_datasets())
    15
    """
    return catalog.dataset_names()


def describe(name: str) -> str:
    """The French datasheet of dataset ``name`` (Markdown text, shown formatted in Jupyter).

    Examples
    --------
    >>> describe("communes").splitlines()[0]
    '# Communes de la Région Sud'
    """
    from eduia.datasets.datasheet import Datasheet

    return Datasheet(catalog.datasheet_path(name).read_text(encoding="utf-8"))


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eduia.datasets' has no attribute {name!r}")
