"""A French explanation for the errors that beginners meet most often.

:func:`explain` reads an exception and returns one or two sentences a pupil understands, or
``None`` when the error is not a common beginner one (the traceback then speaks alone).
Covered: a « VOTRE CODE ICI » stub not yet replaced (``NotImplementedError``), a variable used
before its cell ran (``NameError``), a function called with the wrong
number of arguments (``TypeError``), a value that is ``None`` because a function forgot its
``return``, indentation and syntax mistakes, and a wrong column name of a DataFrame (``KeyError``).

Examples
--------
>>> try:
...     pupil_variable  # noqa: F821
... except NameError as error:
...     print(explain(error, language="en"))
The variable “pupil_variable” does not exist (yet): did you run the cell that defines it? Check the spelling too (upper and lower case count).
"""

from __future__ import annotations

import difflib
import re
import sys
from types import TracebackType
from typing import Any

from eduia.i18n import t

_ARGUMENT_COUNT = re.compile(
    r"(\w+)\(\) takes (?:from \d+ to )?(\d+) positional arguments? but (\d+) (?:was|were) given"
)
_MISSING_ARGUMENT = re.compile(
    r"(\w+)\(\) missing (\d+) required (?:positional|keyword-only) arguments?"
)
_UNEXPECTED_KEYWORD = re.compile(r"(\w+)\(\) got an unexpected keyword argument '(\w+)'")
_NONE_VALUE = re.compile(r"NoneType")


def explain(error: BaseException, language: str | None = None) -> str | None:
    """One or two French sentences about ``error``, or ``None`` if it is not a beginner classic.

    Parameters
    ----------
    error : BaseException
        The exception, with its ``__traceback__`` when it was raised.
    language : str, optional
        ``"fr"`` or ``"en"``; the current language when omitted.

    Examples
    --------
    >>> explain(ZeroDivisionError("division by zero")) is None
    True
    """
    for kind, explainer in _EXPLAINERS:
        if isinstance(error, kind):
            return explainer(error, language)
    return None


def _name_error(error: NameError, language: str | None) -> str:
    name = getattr(error, "name", None) or _quoted_name(str(error))
    return t("checks.explain_name_error", language, name=name)


def _quoted_name(message: str) -> str:
    found = re.search(r"'(\w+)'", message)
    return found.group(1) if found else "?"


def _type_error(error: TypeError, language: str | None) -> str | None:
    message = str(error)
    if found := _ARGUMENT_COUNT.search(message):
        name, wanted, given = found.groups()
        return t("checks.explain_argument_count", language, name=name, wanted=wanted, given=given)
    if found := _MISSING_ARGUMENT.search(message):
        name, missing = found.groups()
        return t("checks.explain_missing_argument", language, name=name, missing=missing)
    if found := _UNEXPECTED_KEYWORD.search(message):
        name, keyword = found.groups()
        return t("checks.explain_unexpected_keyword", language, name=name, keyword=keyword)
    if _NONE_VALUE.search(message):
        return t("checks.explain_none_value", language)
    return None


def _syntax_error(error: SyntaxError, language: str | None) -> str:
    line = error.lineno or "?"
    if isinstance(error, IndentationError):
        return t("checks.explain_indentation", language, line=line)
    message = error.msg or ""
    if "was never closed" in message or "unmatched" in message or "does not match" in message:
        return t("checks.explain_brackets", language, line=line)
    if "unterminated string" in message:
        return t("checks.explain_quotes", language, line=line)
    if "expected ':'" in message:
        return t("checks.explain_colon", language, line=line)
    if "'=='" in message:
        return t("checks.explain_equals", language, line=line)
    return t("checks.explain_syntax", language, line=line)


def _key_error(error: KeyError, language: str | None) -> str | None:
    table = _dataframe_in(error.__traceback__)
    if table is None or not error.args:
        return None
    columns = [str(column) for column in table.columns]
    key = _missing_column(error.args[0], columns)
    close = difflib.get_close_matches(str(key), columns, n=1, cutoff=0.6)
    text = t("checks.explain_column", language, column=repr(key), columns=", ".join(columns[:12]))
    if close:
        text += " " + t("checks.explain_column_close", language, close=repr(close[0]))
    return text


def _missing_column(key: Any, columns: list[str]) -> Any:
    """The wrong name itself, also when pandas reports a list: "None of [Index(['x'])] are in…"."""
    if isinstance(key, str) and ("are in the [columns]" in key or "not in index" in key):
        names = [name for name in re.findall(r"'([^']*)'", key) if name not in columns]
        return names[0] if names else key
    return key


def _dataframe_in(traceback: TracebackType | None) -> Any:
    """The DataFrame being indexed when the error rose, found among the frames' ``self``."""
    dataframe = getattr(sys.modules.get("pandas"), "DataFrame", None)
    if dataframe is None:
        return None
    found = None
    while traceback is not None:
        candidate = traceback.tb_frame.f_locals.get("self")
        if isinstance(candidate, dataframe):
            found = candidate
        traceback = traceback.tb_next
    return found


def _not_implemented(error: NotImplementedError, language: str | None) -> str:
    return t("checks.explain_not_implemented", language)


_EXPLAINERS = (
    (NotImplementedError, _not_implemented),
    (NameError, _name_error),
    (TypeError, _type_error),
    (SyntaxError, _syntax_error),
    (KeyError, _key_error),
)
# The exception types that get an explanation (the IPython handler shows them).
EXPLAINED_ERRORS = tuple(kind for kind, _ in _EXPLAINERS)
