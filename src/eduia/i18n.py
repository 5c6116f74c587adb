"""eduia's message catalogue: every sentence a pupil or teacher reads, in French and English.

Messages live in ``eduia/messages/<domain>.py``, each a dict ``MESSAGES`` mapping a key to a
``(french, english)`` pair. A key is ``"<domain>.<name>"``; the domain module is imported on
first use, so the catalogue costs nothing at ``import eduia``.

The language is French unless ``set_language("en")`` was called, or the environment variable
``EDUIA_LANG`` (then ``LANG``) starts with ``en``.

Examples
--------
>>> from eduia.i18n import t
>>> t("cli.unknown_command", command="x", language="fr")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import os
import string
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

SUPPORTED_LANGUAGES = ("fr", "en")
_chosen_language: str | None = None


def set_language(language: str) -> None:
    """Choose ``"fr"`` or ``"en"`` for every message that follows."""
    global _chosen_language
    language = language.lower()[:2]
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"Langue inconnue : {language!r}. Choisissez parmi {', '.join(SUPPORTED_LANGUAGES)}."
        )
    _chosen_language = language


def current_language() -> str:
    """The language in force: the chosen one, else ``EDUIA_LANG``, else ``LANG``, else French."""
    if _chosen_language:
        return _chosen_language
    for variable in ("EDUIA_LANG", "LANG"):
        value = os.environ.get(variable, "")
        if value.lower().startswith("en"):
            return "en"
        if value.lower().startswith("fr"):
            return "fr"
    return "fr"


def _catalogue(domain: str) -> dict[str, tuple[str, str]]:
    module = importlib.import_module(f"eduia.messages.{domain}")
    return module.MESSAGES


def t(key: str, language: str | None = None, **values: object) -> str:
    """The message ``key`` in the current language, with ``values`` filled in.

    Parameters
    ----------
    key : str
        ``"<domain>.<name>"``, e.g. ``"datasets.unknown_name"``.
    language : str, optional
        ``"fr"`` or ``"en"``; the current language when omitted.
    **values
        Named fields of the message (``str.format`` syntax).

    Examples
    --------
    >>> t("cli.unknown_command", command="foo", language="en")  # doctest: +SKIP
    """
    domain, _, _ = key.partition(".")
    french, english = _catalogue(domain)[key]
    language = "en" if (language or current_language()) == "en" else "fr"
    template = english if language == "en" else french
    return _PluralFormatter(language).format(template, **values) if values else template


class _PluralFormatter(string.Formatter):
    """``str.format`` with plural forms: ``{n:plural:alerte manquée|alertes manquées}``.

    The field gives the count (a number, or a number already written as text such as
    ``"1 234"`` or ``"2,5"``) and is replaced by the right word only, so a message writes
    ``"{n} {n:plural:alerte manquée|alertes manquées}"``. French puts 0 and 1 in the singular,
    English only 1 (the CLDR rules for both languages).

    Examples
    --------
    >>> _PluralFormatter("fr").format("{n} {n:plural:alerte|alertes}", n=0)
    '0 alerte'
    >>> _PluralFormatter("en").format("{n} {n:plural:alert|alerts}", n=0)
    '0 alerts'
    >>> _PluralFormatter("fr").format("{n} {n:plural:feu|feux}", n="1 234")
    '1 234 feux'
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if not format_spec.startswith(_PLURAL):
            return super().format_field(value, format_spec)
        singular, _, plural = format_spec[len(_PLURAL) :].partition("|")
        return singular if is_singular(value, self.language) else plural


_PLURAL = "plural:"


def french_number(
    value: float, decimals: int | None = None, *, grouping: bool = True, half_up: bool = True
) -> str:
    """``value`` written the French way: a decimal comma, thousands apart, rounded.

    Parameters
    ----------
    value : float
        The number.
    decimals : int, optional
        Places after the comma; when omitted, up to two, without trailing zeros.
    grouping : bool
        Separate thousands with a narrow no-break space (« 1 234 »); ``False`` for a number a
        spreadsheet must read (CSV).
    half_up : bool
        Round a half up, as a mark is (« 0,125 » gives « 0,13 »); ``False`` rounds as Python's
        ``format`` does (the binary value, a half to even: 1234.5 gives « 1 234 »), as charts do.

    Examples
    --------
    >>> french_number(2087658), french_number(12.5), french_number(0.125), french_number(4.0)
    ('2\u202f087\u202f658', '12,5', '0,13', '4')
    >>> french_number(20 * 2 / 3, 2), french_number(0.5, 2), french_number(1234.5, grouping=False)
    ('13,33', '0,50', '1234,5')
    >>> french_number(1234.5, 0), french_number(1234.5, 0, half_up=False)
    ('1\u202f235', '1\u202f234')
    """
    places = Decimal(1).scaleb(-(2 if decimals is None else decimals))
    if half_up:  # the number as written (repr), a half rounded up
        number = Decimal(repr(float(value))).quantize(places, rounding=ROUND_HALF_UP)
    else:  # the exact binary value, a half to even: what format() writes
        number = Decimal(float(value)).quantize(places, rounding=ROUND_HALF_EVEN)
    text = f"{number:,f}" if grouping else f"{number:f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def is_singular(count: object, language: str) -> bool:
    """Whether ``count`` takes the singular: below 2 in French, exactly 1 in English.

    Examples
    --------
    >>> is_singular(1.5, "fr"), is_singular(1.5, "en"), is_singular("1", "en")
    (True, False, True)
    """
    if isinstance(count, str):
        digits = "".join(ch for ch in count if ch.isdigit() or ch in ",.-").replace(",", ".")
        try:
            count = float(digits)
        except ValueError:
            return False
    number = abs(float(count))  # type: ignore[arg-type]
    return number < 2 if language == "fr" else number == 1
