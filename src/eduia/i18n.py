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
    template = english if (language or current_language()) == "en" else french
    return template.format(**values) if values else template
