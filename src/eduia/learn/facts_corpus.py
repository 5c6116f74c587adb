"""A French corpus written from eduia's real datasets, and a checker for any sentence in it.

Every sentence of the corpus says one fact from a real dataset, in one of a few fixed forms
(« En 2017, le Var a compté 138 feux de forêt. », « Gap est la préfecture des Hautes-Alpes. »).
Because the forms are known, :func:`check_sentence` can read back any sentence a model writes
and say whether the data make it true (« vrai »), contradict it (« faux ») or say nothing of it
(« inventé »): the hallucinations of lesson 09's next-word model, measured.

``python -m eduia.learn.facts_corpus`` rewrites the shipped file (``make datasets`` calls it);
the same datasets give the same bytes.

Examples
--------
>>> check_sentence("Gap est la préfecture des Hautes-Alpes.").verdict
'vrai'
>>> check_sentence("Nice est la préfecture du Var.").verdict
'faux'
>>> check_sentence("En 2031, le Var a compté 12 feux de forêt.").verdict
'inventé'
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eduia.i18n import t

if TYPE_CHECKING:
    import pandas as pd

CORPUS_FILE = "region_sud_faits.txt"
TRUE, FALSE, INVENTED = "vrai", "faux", "inventé"

#: How French names each département: « le Var » as a subject, « du Var » after « de ».
DEPARTEMENTS = {
    "04": ("les Alpes-de-Haute-Provence", "des Alpes-de-Haute-Provence"),
    "05": ("les Hautes-Alpes", "des Hautes-Alpes"),
    "06": ("les Alpes-Maritimes", "des Alpes-Maritimes"),
    "13": ("les Bouches-du-Rhône", "des Bouches-du-Rhône"),
    "83": ("le Var", "du Var"),
    "84": ("le Vaucluse", "du Vaucluse"),
}
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _fires(count: int) -> str:
    return f"{count} feu de forêt" if count <= 1 else f"{count} feux de forêt"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _verbs(code: str) -> dict[str, str]:
    """The verbs agreeing with a département: « le Var compte », « les Hautes-Alpes comptent »."""
    plural = DEPARTEMENTS[code][0].startswith("les ")
    return {"compte": "comptent" if plural else "compte", "a": "ont" if plural else "a"}


@dataclass(frozen=True)
class SentenceForm:
    """One form of sentence: how to write it from a data row, and how to read it back.

    ``pattern`` has named groups; ``lookup(groups)`` returns the values the data hold for the
    sentence's subject (``None`` when the data know nothing of it), and ``claimed(groups)`` the
    value the sentence states, compared with them.
    """

    name: str
    pattern: str
    write: Callable[[dict[str, pd.DataFrame]], list[str]]
    lookup: Callable[[dict[str, str]], set[str] | None]
    claimed: Callable[[dict[str, str]], str]


def _tables() -> dict[str, pd.DataFrame]:
    from eduia.datasets import load

    names = ("departements", "communes", "incendies_annuels", "feux_meteo_jour", "tourisme")
    return {name: load(name) for name in names}


@lru_cache(maxsize=1)
def _facts() -> dict[str, Any]:
    """The lookups of every form, from the shipped datasets (read once)."""
    tables = _tables()
    communes = tables["communes"]
    by_name: dict[str, list[Any]] = {}
    for row in communes.itertuples(index=False):
        by_name.setdefault(row.nom.casefold(), []).append(row)
    annual = tables["incendies_annuels"].set_index(["departement", "annee"])["nombre_feux"]
    daily = tables["feux_meteo_jour"].set_index("date")["nombre_feux"]
    return {
        "departements": tables["departements"].set_index("code"),
        "tourisme": tables["tourisme"].set_index("departement"),
        "communes": by_name,
        "annual": {(dep, int(year)): int(n) for (dep, year), n in annual.items()},
        "daily": {day.strftime("%Y-%m-%d"): int(n) for day, n in daily.items()},
    }


def _departement(text: str, form: int) -> str | None:
    """The code of the département named ``text`` (« le Var » with form 0, « du Var » with 1)."""
    for code, names in DEPARTEMENTS.items():
        if names[form].casefold() == text.strip().casefold():
            return code
    return None


def _department_value(column: str, table: str = "departements") -> Callable:
    def lookup(groups: dict[str, str]) -> set[str] | None:
        code = _departement(groups["dep"], 0)
        return None if code is None else {str(int(_facts()[table].loc[code, column]))}

    return lookup


def _write_departements(column: str, text: str, table: str = "departements") -> Callable:
    def write(tables: dict[str, pd.DataFrame]) -> list[str]:
        frame = tables[table].set_index("code" if table == "departements" else "departement")
        return [
            _capital(
                text.format(
                    dep=DEPARTEMENTS[code][0], n=int(frame.loc[code, column]), **_verbs(code)
                )
            )
            for code in DEPARTEMENTS
        ]

    return write


def _prefecture_lookup(groups: dict[str, str]) -> set[str] | None:
    code = _departement(groups["dep"], 1)
    return None if code is None else {_facts()["departements"].loc[code, "prefecture"]}


def _commune_lookup(column: str | None) -> Callable:
    def lookup(groups: dict[str, str]) -> set[str] | None:
        rows = _facts()["communes"].get(groups["nom"].strip().casefold())
        if not rows:
            return None
        if column is None:  # « X est une commune du Var »: the départements holding an « X »
            return {DEPARTEMENTS[row.departement][1].casefold() for row in rows}
        return {str(int(getattr(row, column))) for row in rows}

    return lookup


def _annual_lookup(groups: dict[str, str]) -> set[str] | None:
    code = _departement(groups["dep"], 0)
    count = _facts()["annual"].get((code, int(groups["year"])))
    return None if count is None else {str(count)}


def _day_key(groups: dict[str, str]) -> str | None:
    month = groups["month"].casefold()
    if month not in MONTHS:
        return None
    return f"2024-{MONTHS.index(month) + 1:02d}-{int(groups['day']):02d}"


def _daily_lookup(groups: dict[str, str]) -> set[str] | None:
    count = _facts()["daily"].get(_day_key(groups))
    return None if count is None else {str(count)}


def _count(groups: dict[str, str]) -> str:
    return "0" if groups["n"].casefold() == "aucun" else groups["n"]


def _write_communes(tables: dict[str, pd.DataFrame]) -> list[str]:
    sentences = []
    for row in tables["communes"].itertuples(index=False):
        sentences += [
            f"{row.nom} est une commune {DEPARTEMENTS[row.departement][1]}.",
            f"{row.nom} compte {row.population_municipale} habitants.",
            f"De 1973 à 2024, {row.nom} a connu {_fires(row.incendies_1973_2024)}.",
        ]
    return sentences


def _write_annual(tables: dict[str, pd.DataFrame]) -> list[str]:
    return [
        f"En {row.annee}, {DEPARTEMENTS[row.departement][0]} {_verbs(row.departement)['a']} "
        f"compté {_fires(row.nombre_feux)}."
        for row in tables["incendies_annuels"].itertuples(index=False)
    ]


def _write_daily(tables: dict[str, pd.DataFrame]) -> list[str]:
    sentences = []
    for row in tables["feux_meteo_jour"].itertuples(index=False):
        day = f"Le {row.date.day} {MONTHS[row.date.month - 1]} 2024"
        count = "aucun feu de forêt" if row.nombre_feux == 0 else _fires(row.nombre_feux)
        sentences.append(f"{day}, les Bouches-du-Rhône ont compté {count}.")
    return sentences


def _write_prefectures(tables: dict[str, pd.DataFrame]) -> list[str]:
    frame = tables["departements"].set_index("code")
    return [
        f"{frame.loc[code, 'prefecture']} est la préfecture {names[1]}."
        for code, names in DEPARTEMENTS.items()
    ]


_DEP = r"(?P<dep>(?:les|le) [\w' -]+?)"
_N = r"(?P<n>\d+|aucun)"
FORMS = (
    SentenceForm(
        "prefecture",
        r"(?P<value>.+?) est la préfecture (?P<dep>(?:des|du) [\w' -]+)",
        _write_prefectures,
        _prefecture_lookup,
        lambda g: g["value"],
    ),
    SentenceForm(
        "departement_communes",
        rf"{_DEP} (?:compte|comptent) (?P<n>\d+) communes",
        _write_departements("nombre_communes", "{dep} {compte} {n} communes."),
        _department_value("nombre_communes"),
        _count,
    ),
    SentenceForm(
        "departement_population",
        rf"{_DEP} (?:compte|comptent) (?P<n>\d+) habitants en 2023",
        _write_departements("population_municipale_2023", "{dep} {compte} {n} habitants en 2023."),
        _department_value("population_municipale_2023"),
        _count,
    ),
    SentenceForm(
        "departement_campings",
        rf"{_DEP} (?:compte|comptent) (?P<n>\d+) campings classés",
        _write_departements("campings", "{dep} {compte} {n} campings classés.", "tourisme"),
        _department_value("campings", "tourisme"),
        _count,
    ),
    SentenceForm(
        "annual_fires",
        rf"en (?P<year>\d{{4}}), {_DEP} (?:a|ont) compté {_N} feux? de forêt",
        _write_annual,
        _annual_lookup,
        _count,
    ),
    SentenceForm(
        "daily_fires",
        rf"le (?P<day>\d{{1,2}}) (?P<month>\w+) 2024, les bouches-du-rhône ont compté {_N} feux? "
        r"de forêt",
        _write_daily,
        _daily_lookup,
        _count,
    ),
    SentenceForm(
        "commune_departement",
        r"(?P<nom>.+?) est une commune (?P<value>(?:des|du) [\w' -]+)",
        lambda tables: [],  # written with the other commune sentences
        _commune_lookup(None),
        lambda g: g["value"].casefold(),
    ),
    SentenceForm(
        "commune_population",
        r"(?P<nom>.+?) compte (?P<n>\d+) habitants",
        lambda tables: [],
        _commune_lookup("population_municipale"),
        _count,
    ),
    SentenceForm(
        "commune_fires",
        rf"de 1973 à 2024, (?P<nom>.+?) a connu {_N} feux? de forêt",
        _write_communes,
        _commune_lookup("incendies_1973_2024"),
        _count,
    ),
)


@dataclass(frozen=True)
class SentenceVerdict:
    """What the data say of a sentence: ``verdict`` is « vrai », « faux » or « inventé »."""

    sentence: str
    verdict: str
    form: str | None
    expected: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.verdict == TRUE:
            return t("learn.sentence_true", sentence=self.sentence)
        if self.verdict == FALSE:
            return t(
                "learn.sentence_false", sentence=self.sentence, expected=" / ".join(self.expected)
            )
        return t("learn.sentence_invented", sentence=self.sentence)


def _normalise(sentence: str) -> str:
    text = " ".join(str(sentence).replace("’", "'").replace("\u202f", " ").split())
    text = re.sub(r" ([.,;:!?])", r"\1", text).rstrip(".!? ")
    return text[:1].lower() + text[1:]


def check_sentence(sentence: str) -> SentenceVerdict:
    """Read ``sentence`` back against the real datasets: « vrai », « faux » or « inventé ».

    « faux »: a known form about a known subject, whose value the data contradict.
    « inventé »: a form the corpus never uses, or a subject (commune, year, day) the data do not
    hold: nothing in the data says so, however right it sounds.

    Examples
    --------
    >>> str(check_sentence("La Ciotat compte 1 habitants."))  # doctest: +SKIP
    '✗ Faux : « La Ciotat compte 1 habitants. » Les données disent : 31… '
    """
    text = _normalise(sentence)
    for form in FORMS:
        found = re.fullmatch(form.pattern, text, flags=re.IGNORECASE)
        if not found:
            continue
        groups = found.groupdict()
        expected = form.lookup(groups)
        if expected is None:
            return SentenceVerdict(str(sentence), INVENTED, form.name)
        claimed = form.claimed(groups).strip()
        verdict = TRUE if claimed.casefold() in {v.casefold() for v in expected} else FALSE
        return SentenceVerdict(str(sentence), verdict, form.name, tuple(sorted(expected)))
    return SentenceVerdict(str(sentence), INVENTED, None)


def fact_sentences(tables: dict[str, pd.DataFrame] | None = None) -> list[str]:
    """Every sentence of the corpus that states a fact, in a fixed order.

    Examples
    --------
    >>> sentences = fact_sentences()
    >>> "Gap est la préfecture des Hautes-Alpes." in sentences
    True
    """
    tables = _tables() if tables is None else tables
    return [sentence for form in FORMS for sentence in form.write(tables)]


def build_corpus() -> str:
    """The whole corpus text: one fact sentence per line, ending with a newline."""
    return "\n".join(fact_sentences()) + "\n"


def corpus_text() -> str:
    """The shipped fact corpus (as :func:`build_corpus` wrote it)."""
    return (resources.files("eduia.learn") / "corpus" / CORPUS_FILE).read_text("utf-8")


def write_corpus(folder: Path) -> Path:
    """Write the corpus into ``folder`` as ``region_sud_faits.txt``; return its path."""
    path = Path(folder) / CORPUS_FILE
    path.write_text(build_corpus(), encoding="utf-8", newline="\n")
    return path


def main() -> int:
    """``python -m eduia.learn.facts_corpus``: rewrite the shipped corpus file."""
    path = write_corpus(Path(str(resources.files("eduia.learn") / "corpus")))
    print(t("learn.corpus_written", path=path, words=len(path.read_text("utf-8").split())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
