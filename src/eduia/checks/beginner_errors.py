"""A French explanation for the errors that beginners meet most often.

:func:`explain` reads an exception and returns one or two sentences a pupil understands, or
``None`` when the error is not a common beginner one (the traceback then speaks alone).
Covered: a « TON CODE ICI » stub not yet replaced (``NotImplementedError``), a variable used
before its cell ran, after a restart, or a text without quotes (``NameError``), a function called
with the wrong number of arguments (``TypeError``), a value that is ``None`` because a function
forgot its ``return`` (the function named), a tuple made by a decimal comma, indentation and
syntax mistakes (spaced thousands, ``×`` for ``*`` included), and a near-miss or unaccented
column name of a DataFrame (``KeyError``). The French-specific ones live in
:mod:`eduia.checks.french_mistakes`.

Examples
--------
>>> try:
...     pupil_variable  # noqa: F821
... except NameError as error:
...     print(explain(error, language="en"))
The variable “pupil_variable” does not exist (yet): Python only knows what the cells already run defined, and after a kernel restart it forgot everything. Run the cells above (menu “Run › Run All Above Selected Cell”), then this one. Check the spelling too (upper and lower case count).
"""

from __future__ import annotations

import re
import sys
from types import TracebackType
from typing import Any

from eduia.checks import french_mistakes
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
    return french_mistakes.explain_name(error, language)


def _none_value(error: BaseException, language: str | None) -> str:
    names = french_mistakes.functions_without_return(error)
    if names:
        return t("help.forgotten_return", language, names=", ".join(f"« {n} »" for n in names))
    return t("checks.explain_none_value", language)


def _type_error(error: TypeError, language: str | None) -> str | None:
    message = str(error)
    if found := french_mistakes.explain_tuple(error, language):
        return found
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
        return _none_value(error, language)
    return None


def _attribute_error(error: AttributeError, language: str | None) -> str | None:
    if "'NoneType' object" in str(error):
        return _none_value(error, language)
    return french_mistakes.explain_tuple(error, language)


def _syntax_error(error: SyntaxError, language: str | None) -> str:
    line = error.lineno or "?"
    if isinstance(error, IndentationError):
        return t("checks.explain_indentation", language, line=line)
    if found := french_mistakes.explain_syntax(error, language):
        return found
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
    close = french_mistakes.closest_column(str(key), columns)
    text = t("checks.explain_column", language, column=repr(key), columns=", ".join(columns[:12]))
    if close:
        text += " " + t("checks.explain_column_close", language, close=repr(close))
        text += " " + french_mistakes.column_line(error, str(key), close, language)
    return text.strip()


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
    (AttributeError, _attribute_error),
)
# The exception types that get an explanation (the IPython handler shows them).
EXPLAINED_ERRORS = tuple(kind for kind, _ in _EXPLAINERS)
