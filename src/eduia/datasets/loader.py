"""Read a shipped dataset into a pandas DataFrame with the dtypes ``datapackage.json`` declares.

Type mapping (Table Schema → pandas): ``string`` → ``str`` (département codes stay ``"04"``),
a field with ``categories`` → ``category`` (ordered when ``categoriesOrdered``), ``integer`` →
``int64`` when the field is required, else the nullable ``Int64``, ``number`` → ``float64``,
``boolean`` → ``bool``, ``date`` → ``datetime64``.

Examples
--------
>>> from eduia.datasets.loader import load
>>> load("departements")["code"].tolist()[:2]
['04', '05']
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eduia.datasets import catalog
from eduia.datasets.errors import DatasetError
from eduia.i18n import t

if TYPE_CHECKING:
    import pandas as pd


def pandas_dtype(field: dict[str, Any]) -> Any:
    """The pandas dtype of a Table Schema ``field`` (see the module docstring).

    Examples
    --------
    >>> pandas_dtype({"name": "n", "type": "integer", "constraints": {"required": True}})
    'int64'
    """
    import pandas as pd

    if "categories" in field:
        return pd.CategoricalDtype(
            field["categories"], ordered=bool(field.get("categoriesOrdered"))
        )
    kind = field["type"]
    required = field.get("constraints", {}).get("required", False)
    if kind == "integer":
        return "int64" if required else "Int64"
    return {"string": "str", "number": "float64", "boolean": "bool", "date": "datetime64[ns]"}[kind]


def _read_csv(path: Path, schema_fields: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    read_types = {}
    dates = []
    for field in schema_fields:
        if field["type"] == "date":
            dates.append(field["name"])
        elif "categories" in field or field["type"] == "string":
            read_types[field["name"]] = "str"
        else:
            read_types[field["name"]] = pandas_dtype(field)
    frame = pd.read_csv(path, dtype=read_types, keep_default_na=False, na_values=[""])
    for name in dates:
        frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d").astype("datetime64[ns]")
    for field in schema_fields:
        if "categories" in field:
            frame[field["name"]] = frame[field["name"]].astype(pandas_dtype(field))
    return frame[[field["name"] for field in schema_fields]]


def missing_teacher_only(name: str) -> bool:
    """True for a teacher-only dataset (:data:`~eduia.datasets.catalog.TEACHER_ONLY`) that this
    installation cannot load: a pupil's, without the teacher package.

    Examples
    --------
    >>> missing_teacher_only("communes")
    False
    """
    if name not in catalog.TEACHER_ONLY:
        return False
    from eduia.resources import teacher_datasets_dir

    path = catalog.resource(name)["path"]
    teacher = teacher_datasets_dir()
    return not (catalog.data_dir() / path).is_file() and (
        teacher is None or not (teacher / path).is_file()
    )


@cache
def _cached(name: str, folder: Path) -> pd.DataFrame:
    entry = catalog.resource(name, folder)
    path = folder / entry["path"]
    if not path.is_file() and folder == catalog.data_dir():
        # a teacher-only dataset (the challenge's): absent from the pupil package
        from eduia.resources import teacher_datasets_dir

        teacher = teacher_datasets_dir()
        if teacher is None:
            raise DatasetError(t("datasets.teacher_only", name=name))
        path = teacher / entry["path"]
    try:
        return _read_csv(path, entry["schema"]["fields"])
    except (OSError, ValueError, KeyError) as error:
        raise DatasetError(t("datasets.data_missing", path=path)) from error


def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """A fresh copy of dataset ``name`` as a DataFrame; changing it never changes the next load.

    Parameters
    ----------
    name : str
        One of :func:`eduia.datasets.list_datasets`, e.g. ``"communes"``.
    folder : Path, optional
        Another datasets folder with its own ``datapackage.json`` (used by the build and tests).

    Returns
    -------
    pandas.DataFrame
        ``df.attrs`` holds ``"nom"``, ``"simule"`` (``True`` for simulated data), ``"source"``
        and ``"licence"``.

    Examples
    --------
    >>> communes = load("communes")
    >>> len(communes)
    946
    """
    folder = Path(folder) if folder is not None else catalog.data_dir()
    entry = catalog.resource(name, folder)
    frame = _cached(entry["name"], folder).copy(deep=True)
    frame.attrs = {
        "nom": entry["name"],
        "titre": entry.get("title", name),
        "simule": bool(entry.get("simulated", False)),
        "source": "; ".join(source["title"] for source in entry.get("sources", [])),
        "licence": "; ".join(licence["title"] for licence in entry.get("licenses", [])),
    }
    return frame
