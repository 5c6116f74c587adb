"""Regenerate eduia's generated dataset files, byte for byte: ``python -m eduia.datasets.build``.

What it writes, in the datasets folder:

1. with ``--facts DIR``: the real CSV files, copied from the regional facts (``../shared/facts``);
2. always: the simulated CSV files (:mod:`eduia.datasets.simulate`, seeded, calibrated on the
   real CSV files of the same folder);
3. always: one French datasheet ``<name>.md`` per dataset, from ``datapackage.json``.

``datapackage.json`` itself is the hand-written source and is never written here. Running the
command twice, or on another machine, gives the same bytes (``make datasets`` calls it).

Examples
--------
>>> from eduia.datasets.build import build
>>> written = build(output=tmp_folder)  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eduia.datasets import catalog, datasheet
from eduia.datasets.errors import DatasetError
from eduia.i18n import t
from eduia.resources import checkout_root

if TYPE_CHECKING:
    import pandas as pd


def conform(frame: pd.DataFrame, fields: list[dict[str, Any]]) -> pd.DataFrame:
    """``frame`` with the columns of ``fields``, in order, each cast to its declared type.

    Examples
    --------
    >>> import pandas as pd
    >>> conform(pd.DataFrame({"n": [1.0, None]}), [{"name": "n", "type": "integer"}])["n"].dtype
    Int64Dtype()
    """
    from eduia.datasets.loader import pandas_dtype

    result = frame[[field["name"] for field in fields]].copy()
    for field in fields:
        if field["type"] == "date":
            result[field["name"]] = result[field["name"]].dt.strftime("%Y-%m-%d")
        elif "categories" not in field:
            result[field["name"]] = result[field["name"]].astype(pandas_dtype(field))
    return result


def write_csv(frame: pd.DataFrame, name: str, folder: Path) -> Path:
    """Write dataset ``name`` to ``folder`` as plain UTF-8 CSV, typed by ``datapackage.json``.

    Examples
    --------
    >>> write_csv(load("tourisme"), "tourisme", tmp_folder)  # doctest: +SKIP
    PosixPath('.../tourisme.csv')
    """
    entry = catalog.resource(name, folder)
    path = folder / entry["path"]
    conform(frame, entry["schema"]["fields"]).to_csv(
        path, index=False, lineterminator="\n", encoding="utf-8"
    )
    return path


def simulated_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The three simulated datasets, calibrated on the real CSV files of ``folder``.

    Examples
    --------
    >>> sorted(simulated_tables(catalog.data_dir()))
    ['consommation_electrique', 'jours_risque_incendie', 'qualite_air']
    """
    from eduia.datasets import simulate
    from eduia.datasets.loader import load

    stations = load("meteo_stations_13", folder)
    return {
        "jours_risque_incendie": simulate.simulate_fire_days(
            load("incendies_mensuels", folder), stations, load("feux_meteo_jour", folder)
        ),
        "consommation_electrique": simulate.simulate_electricity(stations),
        "qualite_air": simulate.simulate_air_quality(stations),
    }


def write_datasheets(folder: Path) -> list[Path]:
    """Write ``<name>.md`` for every dataset of ``folder``'s ``datapackage.json``.

    Examples
    --------
    >>> [path.name for path in write_datasheets(tmp_folder)][:1]  # doctest: +SKIP
    ['departements.md']
    """
    written = []
    for name in catalog.dataset_names(folder):
        path = folder / f"{name}.md"
        text = datasheet.render(
            catalog.resource(name, folder), rows=catalog.row_count(name, folder)
        )
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def build(output: Path | None = None, facts: Path | None = None) -> list[Path]:
    """Regenerate the generated files of the datasets folder ``output``; return their paths.

    Parameters
    ----------
    output : Path, optional
        A folder holding ``datapackage.json`` (and the real CSV files unless ``facts`` is
        given); the repository's ``datasets/`` by default.
    facts : Path, optional
        The regional facts folder; when given, the real CSV files are rewritten from it first.

    Examples
    --------
    >>> len(build(output=tmp_folder))  # doctest: +SKIP
    15
    """
    from eduia.datasets import loader

    folder = Path(output) if output is not None else _default_output()
    _require_datasets_folder(folder)
    catalog._read_package.cache_clear()
    loader._cached.cache_clear()
    written = []
    if facts is not None:
        from eduia.datasets.facts import real_tables

        written += [
            write_csv(frame, name, folder) for name, frame in real_tables(Path(facts)).items()
        ]
        loader._cached.cache_clear()
    written += [write_csv(frame, name, folder) for name, frame in simulated_tables(folder).items()]
    loader._cached.cache_clear()
    return written + write_datasheets(folder)


def _require_datasets_folder(folder: Path) -> None:
    """Refuse, in French, an output folder that is missing or holds no ``datapackage.json``."""
    if not folder.is_dir():
        raise DatasetError(t("datasets.build_output_missing", folder=folder))
    if not (folder / "datapackage.json").is_file():
        raise DatasetError(t("datasets.build_output_not_datasets", folder=folder))


def _default_output() -> Path:
    root = checkout_root()
    if root is None:
        raise SystemExit(t("datasets.build_no_checkout"))
    return root / "datasets"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``python -m eduia.datasets.build [--facts DIR] [--output DIR]``.

    Examples
    --------
    >>> main(["--output", "/tmp/copy-of-datasets"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m eduia.datasets.build", description=t("datasets.build_help")
    )
    parser.add_argument("--facts", type=Path, help=t("datasets.build_facts_help"))
    parser.add_argument("--output", type=Path, help=t("datasets.build_output_help"))
    args = parser.parse_args(argv)
    try:
        written = build(output=args.output, facts=args.facts)
    except DatasetError as error:  # e.g. an output folder that is not a copy of datasets/
        print(error, file=sys.stderr)
        return 1
    folder = written[0].parent if written else args.output
    print(t("datasets.build_done", count=len(written), folder=folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
