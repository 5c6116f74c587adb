"""The errors of :mod:`eduia.datasets`, each carrying a French (or English) message.

Examples
--------
>>> from eduia.datasets.errors import UnknownDatasetError
>>> issubclass(UnknownDatasetError, ValueError)
True
"""

from __future__ import annotations

from pathlib import Path

from eduia.errors import EduiaError
from eduia.i18n import t


class DatasetError(EduiaError):
    """Base class of every error raised by :mod:`eduia.datasets`."""


class UnknownDatasetError(DatasetError, ValueError):
    """A dataset name that eduia does not ship; the message lists the names and suggests one.

    Examples
    --------
    >>> str(UnknownDatasetError("comunes", ["communes", "departements"]))  # doctest: +SKIP
    'Jeu de données inconnu : « comunes ». Vouliez-vous dire « communes » ? ...'
    """

    def __init__(self, name: str, available: list[str]) -> None:
        import difflib

        self.name = name
        self.available = sorted(available)
        close = difflib.get_close_matches(str(name).lower(), self.available, n=1, cutoff=0.5)
        self.suggestion = close[0] if close else None
        message = t("datasets.unknown_name", name=name)
        if self.suggestion:
            message += " " + t("datasets.did_you_mean", suggestion=self.suggestion)
        message += " " + t("datasets.available", names=", ".join(self.available))
        super().__init__(message)


class MalformedFileError(DatasetError, ValueError):
    """An official open-data file that cannot be read; names the file, the line and the column.

    ``line`` counts from 1 and includes the header line, as a text editor shows it.

    Examples
    --------
    >>> err = MalformedFileError("x.csv", 3, "TX", "« abc » n'est pas un nombre")  # doctest: +SKIP
    >>> err.line  # doctest: +SKIP
    3
    """

    def __init__(self, path: str | Path, line: int | None, column: str | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.column = column
        self.reason = reason
        where = t("datasets.where_file", file=self.path.name)
        if line is not None:
            where += t("datasets.where_line", line=line)
        if column is not None:
            where += t("datasets.where_column", column=column)
        super().__init__(t("datasets.malformed", where=where, reason=reason))
