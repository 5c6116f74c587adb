"""``eduia course roster``: import a class list as French schools export it.

A Pronote-style export has columns such as ``Nom``, ``Prénom``, ``Classe`` (or one ``Élève``
column « NOM Prénom »), separated by semicolons, in UTF-8 with or without BOM or in
Windows-1252. Each pupil gets a stable, safe id (``prenom.nom`` in lowercase ASCII; homonyms get
``-2``, ``-3``… in the order of their birth dates, class and login, never in the order of the
rows) unless the file has an ``Identifiant``/``Login`` column, which is then used for new pupils
(on a school hub it must be the pupil's login). Pupils are added to nbgrader's gradebook (with
their first and last names, which the formgrader shows beside the id) and to ``eleves.csv`` in
the course folder.

Importing again updates the pupils instead of duplicating them, and an id never changes once
given: a row is matched to a known pupil by login, then by name and birth date (``Né(e) le``),
then by name and class, then by name. A list that now has a Login column keeps the ids of the
first import and remembers each login (``eduia course collect`` recognises the pupils' copies by
it). A bad row is reported with its line number and skipped; the others are imported. A file that
is not text, or one longer than :data:`MAX_ROWS` rows, is refused before anything is added.

Examples
--------
>>> pupil_id("Marie-Hélène", "N'Diaye Dupont")
'marie-helene.ndiaye-dupont'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from eduia.course.lessons import CourseError, require_course
from eduia.i18n import t

ROSTER_NAME = "eleves.csv"
ROSTER_COLUMNS = ("identifiant", "nom", "prenom", "classe", "login", "naissance")
#: More rows than any class (or school) has: such a file is refused before anything is added.
MAX_ROWS = 2000
_ALIASES = {
    "nom": ("nom", "nom de famille", "nom eleve", "last name"),
    "prenom": ("prenom", "prenoms", "prenom eleve", "first name"),
    "classe": ("classe", "division", "groupe", "class"),
    "eleve": ("eleve", "eleves", "nom prenom", "nom et prenom"),
    "identifiant": ("identifiant", "login", "id", "identifiant ent", "username"),
    "naissance": (
        "ne e le",
        "ne le",
        "nee le",
        "date de naissance",
        "date naissance",
        "naissance",
        "birth date",
        "birthdate",
        "date of birth",
    ),
}
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Pupil:
    """One pupil of the class list."""

    id: str
    last_name: str
    first_name: str
    classe: str = ""
    login: str = ""
    birth_date: str = ""


@dataclass
class RosterImport:
    """What :func:`import_roster` did."""

    added: list[Pupil] = field(default_factory=list)
    updated: list[Pupil] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)


def plain(text: str) -> str:
    """``text`` in lowercase ASCII: accents dropped, ligatures spelt out.

    Examples
    --------
    >>> plain("Œuvre Élève")
    'oeuvre eleve'
    """
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _slug(text: str) -> str:
    words = re.split(r"[\s\-]+", re.sub(r"[^a-z0-9\s\-]", "", plain(text)))
    return "-".join(word for word in words if word)


def pupil_id(first_name: str, last_name: str) -> str:
    """The safe id of a pupil: ``prenom.nom``, lowercase ASCII, hyphens between words.

    Examples
    --------
    >>> pupil_id("Léa", "Le Gall")
    'lea.le-gall'
    """
    return f"{_slug(first_name)}.{_slug(last_name)}"


def decode(data: bytes) -> str:
    """The text of a class list: UTF-8 (with or without BOM), else Windows-1252.

    Examples
    --------
    >>> decode("Élève".encode("cp1252"))
    'Élève'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _header_key(name: str) -> str | None:
    cleaned = re.sub(r"[^a-z ]", " ", plain(name))
    cleaned = " ".join(cleaned.split())
    for key, aliases in _ALIASES.items():
        if cleaned in aliases:
            return key
    return None


def read_class_list(text: str) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[int, str]]]:
    """Parse a class list; return ``(line, fields)`` rows and ``(line, reason)`` rejections.

    Raises
    ------
    CourseError
        When no column holds the pupils' names.

    Examples
    --------
    >>> rows, bad = read_class_list("Nom;Prénom;Classe\\nDUPONT;Marie;2nde 3\\n")
    >>> rows[0][1]["prenom"], bad
    ('Marie', [])
    """
    lines = text.splitlines()
    delimiter = ";" if lines and lines[0].count(";") >= max(lines[0].count(","), 1) else ","
    if lines and "\t" in lines[0] and delimiter not in lines[0]:
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, [])
    keys = [_header_key(name) for name in header]
    if "nom" not in keys and "eleve" not in keys:
        columns = ", ".join(name.strip()[:30] for name in header[:12])[:200]
        raise CourseError(t("course.roster_no_name_column", columns=columns or "—"))
    rows, rejected = [], []
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        fields = {key: value.strip() for key, value in zip(keys, values) if key}
        problem = _complete(fields)
        if problem:
            rejected.append((line, problem))
        else:
            rows.append((line, fields))
    return rows, rejected


def _complete(fields: dict[str, str]) -> str | None:
    """Fill ``nom``/``prenom`` from an ``eleve`` column; return why the row is bad, if it is."""
    if not fields.get("nom") and fields.get("eleve"):
        words = fields["eleve"].split()
        upper = [word for word in words if word.isupper()]
        last = upper if upper and len(upper) < len(words) else words[:1]
        fields["nom"] = " ".join(last)
        fields["prenom"] = " ".join(w for w in words if w not in last)
    if not re.search(r"[^\W\d_]", fields.get("nom", "")):
        return t("course.roster_missing_last_name")
    if not re.search(r"[^\W\d_]", fields.get("prenom", "")):
        return t("course.roster_missing_first_name")
    login = fields.get("identifiant", "")
    if login and not _SAFE_ID.match(login.lower()):
        return t("course.roster_bad_login", login=login)
    if fields.get("naissance"):
        fields["naissance"] = birth_date(fields["naissance"])
    return None


def assign_ids(rows: list[dict[str, str]], known: list[Pupil]) -> list[Pupil]:
    """Give each row a stable id: the id of the known pupil it is, else its login, else a new one.

    A row is the known pupil with the same login, else with the same name and birth date, else
    with the same name and class, else with the same name (never one whose login or birth date
    differs). New homonyms are numbered in the order of their birth date, class and login, so
    that the ids never depend on the order of the rows.

    Examples
    --------
    >>> [p.id for p in assign_ids([{"nom": "Roux", "prenom": "Léo"}] * 2, [])]
    ['leo.roux', 'leo.roux-2']
    >>> lea = Pupil("lea.martin", "MARTIN", "Léa")
    >>> assign_ids([{"nom": "Martin", "prenom": "Léa", "identifiant": "lmartin"}], [lea])[0].id
    'lea.martin'
    """
    order = sorted(range(len(rows)), key=lambda index: _sort_key(rows[index]))
    remaining = list(known)
    matched: dict[int, Pupil] = {}
    for criterion in ("login", "birth_date", "classe", "name"):
        for index in order:
            if index in matched:
                continue
            pupil = _find_known(rows[index], remaining, criterion)
            if pupil is not None:
                matched[index] = pupil
                remaining.remove(pupil)
    taken = {pupil.id for pupil in known}
    ids: dict[int, str] = {index: pupil.id for index, pupil in matched.items()}
    for index in order:
        if index in ids:
            continue
        login = rows[index].get("identifiant", "").lower()
        ids[index] = (
            login
            if login and login not in taken
            else _free_id(login or pupil_id(rows[index]["prenom"], rows[index]["nom"]), taken)
        )
        taken.add(ids[index])
    pupils = []
    for index, fields in enumerate(rows):
        before = matched.get(index)
        pupils.append(
            Pupil(
                ids[index],
                fields["nom"],
                fields["prenom"],
                fields.get("classe", ""),
                fields.get("identifiant", "").lower() or (before.login if before else ""),
                fields.get("naissance", "") or (before.birth_date if before else ""),
            )
        )
    return pupils


def _sort_key(fields: dict[str, str]) -> tuple[str, ...]:
    return (
        plain(fields["nom"]),
        plain(fields["prenom"]),
        fields.get("naissance", ""),
        plain(fields.get("classe", "")),
        fields.get("identifiant", "").lower(),
    )


def _find_known(fields: dict[str, str], known: list[Pupil], criterion: str) -> Pupil | None:
    """The first known pupil (by id) that ``fields`` is, by ``criterion``; ``None`` if none."""
    login = fields.get("identifiant", "").lower()
    birth = fields.get("naissance", "")
    if criterion == "login":
        found = [pupil for pupil in known if login and login in (pupil.login, pupil.id)]
        return min(found, key=lambda pupil: pupil.id) if found else None
    name = (plain(fields["nom"]), plain(fields["prenom"]))
    found = []
    for pupil in known:
        if (plain(pupil.last_name), plain(pupil.first_name)) != name:
            continue
        if (login and pupil.login and login != pupil.login) or (
            birth and pupil.birth_date and birth != pupil.birth_date
        ):
            continue  # another person of the same name
        if criterion == "birth_date" and not (birth and birth == pupil.birth_date):
            continue
        if criterion == "classe" and plain(fields.get("classe", "")) != plain(pupil.classe):
            continue
        found.append(pupil)
    return min(found, key=lambda pupil: pupil.id) if found else None


def birth_date(text: str) -> str:
    """A birth date as ``AAAA-MM-JJ`` (from ``JJ/MM/AAAA`` or ISO), else the text as it is.

    Examples
    --------
    >>> birth_date("1/2/2010"), birth_date("2010-02-01"), birth_date("")
    ('2010-02-01', '2010-02-01', '')
    """
    text = text.strip()
    french = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if french:
        day, month, year = french.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        year, month, day = iso.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def _free_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def read_roster(root: Path) -> list[Pupil]:
    """The pupils already imported in the course ``root`` (its ``eleves.csv``).

    Examples
    --------
    >>> read_roster(Path("/nowhere"))
    []
    """
    path = root / ROSTER_NAME
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [
            Pupil(
                row["identifiant"],
                row["nom"],
                row["prenom"],
                row.get("classe") or "",
                row.get("login") or "",
                row.get("naissance") or "",
            )
            for row in csv.DictReader(handle, delimiter=";")
        ]


def _write_roster(root: Path, pupils: list[Pupil]) -> None:
    with open(root / ROSTER_NAME, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(ROSTER_COLUMNS)
        for pupil in sorted(pupils, key=lambda p: (plain(p.last_name), plain(p.first_name), p.id)):
            writer.writerow(
                [
                    pupil.id,
                    pupil.last_name,
                    pupil.first_name,
                    pupil.classe,
                    pupil.login,
                    pupil.birth_date,
                ]
            )


def class_list_text(data: bytes, path: str | Path = "") -> str:
    """The text of the class list file ``data``, or :class:`CourseError` when it is not one.

    Refused in French, before anything is added: a binary file (a spreadsheet not saved as CSV,
    an image), and a list of more than :data:`MAX_ROWS` rows.

    Examples
    --------
    >>> class_list_text("Nom;Prénom\\nRoux;Léo\\n".encode())
    'Nom;Prénom\\nRoux;Léo\\n'
    >>> class_list_text(b"PK\\x03\\x04\\x00\\x00")
    Traceback (most recent call last):
    ...
    eduia.course.lessons.CourseError: ...
    """
    head = data[:8192]
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # .xlsx/.ods (zip), old .xls
        raise CourseError(t("course.roster_spreadsheet", path=path))
    controls = sum(byte < 32 and byte not in (9, 10, 13) for byte in head)
    if b"\x00" in head or controls > len(head) // 100:
        raise CourseError(t("course.roster_binary", path=path))
    text = decode(data)
    rows = sum(1 for line in text.splitlines() if line.strip()) - 1
    if rows > MAX_ROWS:
        raise CourseError(t("course.roster_too_long", path=path, rows=rows, max=MAX_ROWS))
    return text


def import_roster(course_root: str | Path, class_list: str | Path) -> RosterImport:
    """Import the class list file ``class_list`` into the course ``course_root``.

    Examples
    --------
    >>> result = import_roster("ma-classe", "export_pronote.csv")  # doctest: +SKIP
    >>> len(result.added), result.rejected  # doctest: +SKIP
    (30, [(7, 'prénom manquant')])
    """
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    root = require_course(course_root)
    try:
        data = Path(class_list).read_bytes()
    except OSError as error:
        raise CourseError(t("course.roster_unreadable", path=class_list, error=error)) from error
    rows, rejected = read_class_list(class_list_text(data, class_list))
    known = read_roster(root)
    pupils = assign_ids([fields for _, fields in rows], known)
    result = RosterImport(rejected=rejected)
    known_ids = {pupil.id for pupil in known}
    merged = {pupil.id: pupil for pupil in known}
    for pupil in pupils:
        (result.updated if pupil.id in known_ids else result.added).append(pupil)
        merged[pupil.id] = pupil
    _write_roster(root, list(merged.values()))
    with Gradebook(gradebook_url(root)) as gradebook:
        for pupil in pupils:
            gradebook.update_or_create_student(
                pupil.id, first_name=pupil.first_name, last_name=pupil.last_name
            )
    return result
