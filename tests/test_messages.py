"""The message catalogue: every message in French and English, saying the same thing, and used.

eduia keeps its own catalogue (``eduia/messages/<domain>.py``: a French and English pair per
key) rather than gettext files: the pair sits side by side in one place, needs no compile step
(so it works from a checkout, an sdist and an editable install alike), and the tests below
catch what gettext tooling would: a missing translation, fields that differ between the two
languages, a message no code uses. Plural forms are written in the message itself
(``{n:plural:alerte|alertes}``) and chosen per language by :mod:`eduia.i18n`.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import eduia.messages
from eduia.i18n import t

SOURCE = Path(eduia.messages.__file__).resolve().parent.parent
DOMAINS = sorted(module.name for module in pkgutil.iter_modules(eduia.messages.__path__))


def _catalogue() -> dict[str, tuple[str, str]]:
    messages: dict[str, tuple[str, str]] = {}
    for domain in DOMAINS:
        messages.update(importlib.import_module(f"eduia.messages.{domain}").MESSAGES)
    return messages


MESSAGES = _catalogue()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _plural_specs(template: str) -> list[str]:
    return [
        spec for _, _, spec, _ in string.Formatter().parse(template) if spec and "plural:" in spec
    ]


def test_every_key_belongs_to_its_domain_file() -> None:
    for domain in DOMAINS:
        module = importlib.import_module(f"eduia.messages.{domain}")
        wrong = [key for key in module.MESSAGES if not key.startswith(f"{domain}.")]
        assert not wrong, f"eduia/messages/{domain}.py holds keys of another domain: {wrong}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_has_french_and_english_with_the_same_fields(domain: str) -> None:
    module = importlib.import_module(f"eduia.messages.{domain}")
    problems = []
    for key, pair in module.MESSAGES.items():
        if not (
            isinstance(pair, tuple)
            and len(pair) == 2
            and all(isinstance(p, str) and p.strip() for p in pair)
        ):
            problems.append(f"{key}: not a (french, english) pair of texts")
            continue
        french, english = pair
        if _fields(french) != _fields(english):
            problems.append(f"{key}: fields {sorted(_fields(french))} ≠ {sorted(_fields(english))}")
        for spec in _plural_specs(french) + _plural_specs(english):
            if spec.count("|") != 1:
                problems.append(f"{key}: a plural needs « singulier|pluriel », got {spec!r}")
    assert not problems, "\n".join(problems)


def test_plural_forms_follow_each_language() -> None:
    from eduia.i18n import _PluralFormatter

    text = "{n} {n:plural:alerte manquée|alertes manquées}"
    assert [_PluralFormatter("fr").format(text, n=n) for n in (0, 1, 2)] == [
        "0 alerte manquée",
        "1 alerte manquée",
        "2 alertes manquées",
    ]
    english = "{n} {n:plural:missed alert|missed alerts}"
    assert [_PluralFormatter("en").format(english, n=n) for n in (0, 1, 2)] == [
        "0 missed alerts",
        "1 missed alert",
        "2 missed alerts",
    ]


def test_a_message_without_fields_is_returned_as_written() -> None:
    key = next(key for key, (french, _) in MESSAGES.items() if not _fields(french))
    assert t(key, language="fr") == MESSAGES[key][0]
    assert t(key, language="en") == MESSAGES[key][1]


def _code_text() -> str:
    files = [path for path in SOURCE.rglob("*.py") if "messages" not in path.parts]
    files += list(SOURCE.rglob("*.ipynb")) + list(SOURCE.rglob("*.html"))
    return "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in files)


def test_every_message_is_used_by_the_code() -> None:
    """A key is used when the code names it, or builds it from a literal prefix (f-strings)."""
    code = _code_text()
    quoted = set(re.findall(r"[\"']([a-z_]+\.[a-z0-9_.]+)[\"']", code))
    prefixes = set(re.findall(r"[\"']([a-z_]+\.[a-z0-9_.]*)[\"{]", code))
    prefixes |= set(re.findall(r"f[\"']([a-z_]+\.[a-z0-9_.]*)\{", code))
    unused = [
        key
        for key in MESSAGES
        if key not in quoted
        and not any(key.startswith(prefix) for prefix in prefixes if "." in prefix)
        and key.rpartition(".")[2] not in code
    ]
    assert not unused, "messages no code uses (remove them, or use them):\n" + "\n".join(unused)


@pytest.mark.parametrize(
    ("key", "values", "french", "english"),
    [
        (
            "playgrounds.threshold.summary",
            {"threshold": 30, "alerts": 1, "right": 1, "missed": 0, "false_alerts": 2},
            (
                "1 alerte donnée sur les jours de test, dont 1 juste ; 0 alerte manquée, 2 fausses alertes."
            ),
            "1 alert given on the test days, 1 of them right; 0 missed alerts, 2 false alerts.",
        ),
        (
            "course.collect_absent",
            {"count": 1, "names": "ines.garcia"},
            "Pas de copie pour 1 élève : ines.garcia",
            "No copy for 1 pupil: ines.garcia",
        ),
        (
            "datasets.sheet_size",
            {"rows": "1 234", "columns": 1, "file": "f.csv"},
            "1 234 lignes, 1 colonne",
            "1 234 rows, 1 column",
        ),
        (
            "course.page_verdict_passed",
            {"score": "0,5", "max": "1"},
            "0,5 / 1 point.",
            "0,5 / 1 point.",
        ),
        (
            "checks.length",
            {"actual_length": 1, "expected_length": 2},
            "il y a 1 élément, on en attendait 2.",
            "there is 1 item, 2 were expected.",
        ),
    ],
)
def test_plural_forms_render_through_t(
    key: str, values: dict[str, object], french: str, english: str
) -> None:
    values = {"precision": "—", "recall": "—", **values}
    assert french in t(key, language="fr", **values)
    assert english in t(key, language="en", **values)
