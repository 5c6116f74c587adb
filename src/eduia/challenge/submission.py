"""Check a pupil's prediction file (``id,prediction``, ``;`` or ``,``) without ever crashing.

Every refusal is a :class:`SubmissionError` whose message is French (from the catalogue) and
names the line. Nothing in the file is executed or evaluated.

Examples
--------
>>> parse_submission(b"id,prediction\\n1,0\\n2,1\\n", expected_ids={"1", "2"})
{'1': 0, '2': 1}
"""

from __future__ import annotations

from collections.abc import Iterable

from eduia.errors import EduiaError
from eduia.i18n import t

#: Largest accepted file, in bytes (a test file of ~2 000 rows is about 20 kB).
MAX_BYTES = 2_000_000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SubmissionError(EduiaError, ValueError):
    """A refused prediction file; ``str(error)`` is the French message for the pupil."""


def parse_submission(data: bytes, expected_ids: Iterable[str]) -> dict[str, int]:
    """Parse and check a prediction file; return ``{id: 0 or 1}`` for every expected id.

    Raises :class:`SubmissionError` for: a file too large, not UTF-8 text, empty, a wrong
    header or separator, a line with the wrong number of fields, an unknown or duplicated id,
    a value other than 0 and 1 (a spreadsheet formula gets its own message), missing ids.

    Examples
    --------
    >>> parse_submission(b"id;prediction\\n7;1\\n", expected_ids={"7"})
    {'7': 1}
    """
    expected = set(expected_ids)
    if not isinstance(data, (bytes, bytearray)):
        raise SubmissionError(t("challenge.not_text"))
    if len(data) > MAX_BYTES:
        raise SubmissionError(t("challenge.too_large", size=len(data), limit=MAX_BYTES))
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubmissionError(t("challenge.not_text")) from None
    if "\x00" in text:
        raise SubmissionError(t("challenge.not_text"))
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise SubmissionError(t("challenge.empty"))
    header = lines[0].strip().lower().replace(" ", "").replace('"', "")
    if header == "id;prediction":
        separator = ";"
    elif header == "id,prediction":
        separator = ","
    else:
        raise SubmissionError(t("challenge.bad_header", found=lines[0][:60]))
    predictions: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = [field.strip().strip('"') for field in line.split(separator)]
        if len(fields) != 2:
            raise SubmissionError(t("challenge.bad_fields", line=number, separator=separator))
        row_id, value = fields
        if row_id.startswith(_FORMULA_STARTS) or value.startswith(("=", "+", "@")):
            raise SubmissionError(t("challenge.formula", line=number))
        if row_id not in expected:
            raise SubmissionError(t("challenge.unknown_id", line=number, id=row_id[:30]))
        if row_id in predictions:
            raise SubmissionError(t("challenge.duplicate_id", line=number, id=row_id))
        if value not in ("0", "1"):
            raise SubmissionError(t("challenge.bad_value", line=number, value=value[:30]))
        predictions[row_id] = int(value)
    missing = expected - predictions.keys()
    if missing:
        example = min(missing)
        raise SubmissionError(t("challenge.missing_ids", count=len(missing), example=example))
    return predictions


def write_predictions(ids: Iterable[object], predictions: Iterable[object], path: str) -> str:
    """Write a pupil's prediction file ``id,prediction`` and check it as the teacher will.

    Raises :class:`SubmissionError` (French message) when a prediction is not 0 or 1 or when
    ``ids`` and ``predictions`` differ in length; returns ``path``.

    Examples
    --------
    >>> import os, tempfile
    >>> target = os.path.join(tempfile.mkdtemp(), "predictions.csv")
    >>> write_predictions([1, 2], [0, 1], target) == target
    True
    """
    ids = [str(row_id) for row_id in ids]
    values = []
    for value in predictions:
        text = str(value)
        values.append({"True": "1", "False": "0", "1.0": "1", "0.0": "0"}.get(text, text))
    if len(ids) != len(values):
        raise SubmissionError(t("challenge.length_mismatch", ids=len(ids), predictions=len(values)))
    data = ("id,prediction\n" + "".join(f"{i},{v}\n" for i, v in zip(ids, values))).encode()
    parse_submission(data, ids)
    with open(path, "wb") as handle:
        handle.write(data)
    return path
