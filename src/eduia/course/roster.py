"""``eduia course roster``: import a class list as French schools export it.

A Pronote-style export has columns such as ``Nom``, ``Prénom``, ``Classe`` (or one ``Élève``
column « NOM Prénom »), separated by semicolons, in UTF-8 with or without BOM or in
Windows-1252. Each pupil gets a stable, safe id (``prenom.nom`` in lowercase ASCII, the same
for the same name at every import; homonyms get ``-2``, ``-3``…) unless the file has an
``Identifiant``/``Login`` column, which is then used (on a school hub it must be the pupil's
login). Pupils are added to nbgrader's gradebook and to ``eleves.csv`` in the course folder;
importing again updates them instead of duplicating. A bad row is reported with its line
number and skipped; the others are imported.

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
ROSTER_COLUMNS = ("identifiant", "nom", "prenom", "classe")
_ALIASES = {
    "nom": ("nom", "nom de famille", "nom eleve", "last name"),
    "prenom": ("prenom", "prenoms", "prenom eleve", "first name"),
    "classe": ("classe", "division", "groupe", "class"),
    "eleve": ("eleve", "eleves", "nom prenom", "nom et prenom"),
    "identifiant": ("identifiant", "login", "id", "identifiant ent", "username"),
}
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Pupil:
    """One pupil of the class list."""

    id: str
    last_name: str
    first_name: str
    classe: str = ""


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
        raise CourseError(t("course.roster_no_name_column", columns=", ".join(header) or "—"))
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
    return None


def assign_ids(rows: list[dict[str, str]], known: list[Pupil]) -> list[Pupil]:
    """Give each row a stable id: its login, the id a known pupil of that name had, or a new one.

    Examples
    --------
    >>> [p.id for p in assign_ids([{"nom": "Roux", "prenom": "Léo"}] * 2, [])]
    ['leo.roux', 'leo.roux-2']
    """
    by_name: dict[tuple[str, str], list[str]] = {}
    for pupil in known:
        by_name.setdefault((plain(pupil.last_name), plain(pupil.first_name)), []).append(pupil.id)
    taken = {pupil.id for pupil in known}
    pupils = []
    for fields in rows:
        name = (plain(fields["nom"]), plain(fields["prenom"]))
        reusable = by_name.get(name, [])
        if fields.get("identifiant"):
            new_id = fields["identifiant"].lower()
        elif reusable:
            new_id = reusable.pop(0)
        else:
            new_id = _free_id(pupil_id(fields["prenom"], fields["nom"]), taken)
        taken.add(new_id)
        pupils.append(Pupil(new_id, fields["nom"], fields["prenom"], fields.get("classe", "")))
    return pupils


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
        return [Pupil(row["identifiant"], row["nom"], row["prenom"], row.get("classe", ""))
                for row in csv.DictReader(handle, delimiter=";")]


def _write_roster(root: Path, pupils: list[Pupil]) -> None:
    with open(root / ROSTER_NAME, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(ROSTER_COLUMNS)
        for pupil in sorted(pupils, key=lambda p: (plain(p.last_name), plain(p.first_name), p.id)):
            writer.writerow([pupil.id, pupil.last_name, pupil.first_name, pupil.classe])


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
        text = decode(Path(class_list).read_bytes())
    except OSError as error:
        raise CourseError(t("course.roster_unreadable", path=class_list, error=error)) from error
    rows, rejected = read_class_list(text)
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
            gradebook.update_or_create_student(pupil.id, first_name=pupil.first_name,
                                               last_name=pupil.last_name)
    return result
