"""``eduia course collect``: the pupils' copies into ``submitted/``, resubmissions and USB keys included.

nbgrader's ``collect`` keeps the first copy it collected unless told ``--update``, knows nothing of
the class list, and has no way in for a copy brought on a USB stick. :func:`collect` does what a
teacher needs over a term:

- from nbgrader's exchange (the pupils' *Submit*), or from a folder (``--depuis``: a USB stick,
  a network share) holding one folder per pupil (``<id>/``, notebooks inside, or
  ``<id>/<lesson>/``) or one notebook per pupil (``<id>.ipynb``);
- a resubmission replaces the earlier copy when it is newer (nbgrader's ``collect --update``
  rule), and the summary shows both dates; autograde then grades it again;
- with a due date (``--date-limite``, stored as nbgrader's ``duedate`` of the lesson) a copy
  handed in after it is flagged « en retard », with how late;
- a copy whose pupil is not in the class list (``eleves.csv``: id or login, or « NOM Prénom »)
  is not placed: it is reported, with the closest id when one looks like a typo; a folder of
  ``submitted/`` that no pupil of the list owns is reported the same way, and autograde skips it;
- each placed copy has its ``timestamp.txt`` (nbgrader's date of the copy); a copy from a folder
  without one gets the date of its newest notebook file, and the summary says so; a
  ``timestamp.txt`` that is not a date is reported in French and replaced by that date;
- the pupils of the list who handed nothing in are listed.

The files of macOS (``._name.ipynb``, ``.DS_Store``, ``__MACOSX/``) are never copied.

Examples
--------
>>> report = collect("ma-classe", "02", from_folder="/media/cle-usb/02")  # doctest: +SKIP
>>> print("\\n".join(report.summary_lines()))  # doctest: +SKIP
"""

from __future__ import annotations

import difflib
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eduia.course.lessons import CourseError, require_course, resolve_lesson
from eduia.i18n import t

TIMESTAMP_NAME = "timestamp.txt"
#: nbgrader's own format for ``timestamp.txt`` (dates in UTC).
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f UTC"
_MAC_NAMES = (".DS_Store", "__MACOSX", ".Spotlight-V100", ".Trashes", ".fseventsd")


def is_mac_debris(name: str) -> bool:
    """Whether ``name`` is a file macOS leaves on a USB key (``._x``, ``.DS_Store``, ``__MACOSX``).

    Examples
    --------
    >>> is_mac_debris("._02-knn.ipynb"), is_mac_debris("02-knn.ipynb")
    (True, False)
    """
    return name.startswith("._") or name in _MAC_NAMES


class BadTimestamp(ValueError):
    """A ``timestamp.txt`` that does not hold a date."""


def read_timestamp(folder: str | Path) -> datetime | None:
    """The date (UTC, naive as nbgrader keeps it) in ``folder/timestamp.txt``; ``None`` without one.

    Raises
    ------
    BadTimestamp
        When the file is there but does not hold a date.

    Examples
    --------
    >>> read_timestamp("/nowhere") is None
    True
    """
    from nbgrader.utils import parse_utc

    path = Path(folder) / TIMESTAMP_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise BadTimestamp(str(error)) from error
    if not text:
        return None
    try:
        return parse_utc(text)
    except (ValueError, OverflowError, TypeError) as error:
        raise BadTimestamp(text[:60]) from error


def timestamp_text(moment: datetime) -> str:
    """``moment`` (UTC, naive) as nbgrader writes it in ``timestamp.txt``.

    Examples
    --------
    >>> timestamp_text(datetime(2026, 12, 2, 16, 40))
    '2026-12-02 16:40:00.000000 UTC'
    """
    return moment.strftime(TIMESTAMP_FORMAT)


def french_date(moment: datetime | None) -> str:
    """``moment`` (UTC, naive) in this computer's local time, as French people write it.

    Examples
    --------
    >>> french_date(None)
    '—'
    """
    if moment is None:
        return "—"
    local = moment.replace(tzinfo=timezone.utc).astimezone()
    return local.strftime("%d/%m/%Y %H:%M")


def french_delay(delay: timedelta) -> str:
    """A delay in days, hours and minutes (« 1 j 2 h 05 min »).

    Examples
    --------
    >>> french_delay(timedelta(days=1, hours=2, minutes=5)), french_delay(timedelta(seconds=30))
    ('1 j 2 h 05 min', '0 h 01 min')
    """
    minutes = max(1, round(delay.total_seconds() / 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{days} j " if days else "") + f"{hours} h {minutes:02d} min"


def parse_due_date(text: str) -> datetime:
    """A due date typed by the teacher in local time (``JJ/MM/AAAA [HH:MM]`` or ISO), in UTC.

    A date without a time means the end of that day (23:59).

    Raises
    ------
    ValueError
        When ``text`` is not such a date.

    Examples
    --------
    >>> parse_due_date("05/12/2026 18:00").year
    2026
    """
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2}))?", text)
    if match:
        day, month, year, hour, minute = match.groups()
        local = datetime(int(year), int(month), int(day), int(hour or 23), int(minute or 59))
    else:
        local = datetime.fromisoformat(text)
        if len(text) <= 10:
            local = local.replace(hour=23, minute=59)
    if local.tzinfo is None:
        local = local.astimezone()  # this computer's time zone
    return local.astimezone(timezone.utc).replace(tzinfo=None)


@dataclass
class CollectedCopy:
    """One pupil's copy met by :func:`collect`, and what became of it.

    ``status`` is ``"new"`` (placed), ``"updated"`` (a newer copy replaced ``previous``),
    ``"unchanged"`` (the same copy was already there) or ``"older"`` (the copy already in
    ``submitted/`` is newer: kept).
    """

    student: str
    timestamp: datetime | None
    status: str
    previous: datetime | None = None
    late_by: timedelta | None = None
    dated_from_file: bool = False
    handed_in: int = 1
    origin: str = ""


@dataclass
class UnknownCopy:
    """A copy (or a ``submitted/`` folder) whose name is no pupil of the class list."""

    name: str
    where: str
    suggestion: str | None = None


@dataclass
class CollectReport:
    """What :func:`collect` did for one lesson."""

    lesson: str
    due_date: datetime | None
    copies: list[CollectedCopy] = field(default_factory=list)
    unknown: list[UnknownCopy] = field(default_factory=list)
    bad_timestamps: list[tuple[str, str]] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    @property
    def late(self) -> list[CollectedCopy]:
        """The copies handed in after the due date."""
        return [copy for copy in self.copies if copy.late_by is not None]

    def summary_lines(self, language: str | None = None) -> list[str]:
        """The French (or English) summary: one line per copy and per problem, then a total.

        Examples
        --------
        >>> report = CollectReport("demo", None, [CollectedCopy("ana.roux", None, "new")])
        >>> report.summary_lines("fr")[1]
        '  ana.roux : copie ramassée (rendue le —)'
        """
        lines = [
            t(
                "course.collect_title",
                language,
                lesson=self.lesson,
                due=french_date(self.due_date)
                if self.due_date
                else t("course.collect_no_due", language),
            )
        ]
        for copy in sorted(self.copies, key=lambda copy: copy.student):
            lines.append(
                t(
                    f"course.collect_{copy.status}",
                    language,
                    student=copy.student,
                    date=french_date(copy.timestamp),
                    previous=french_date(copy.previous),
                )
            )
            if copy.handed_in > 1:
                lines.append("    " + t("course.collect_several", language, count=copy.handed_in))
            if copy.late_by is not None:
                lines.append(
                    "    ! " + t("course.collect_late", language, delay=french_delay(copy.late_by))
                )
            if copy.dated_from_file:
                lines.append(
                    "    - " + t("course.collect_dated_from_file", language, origin=copy.origin)
                )
        for student, text in self.bad_timestamps:
            lines.append(
                "  ! " + t("course.collect_bad_timestamp", language, student=student, text=text)
            )
        for unknown in self.unknown:
            key = (
                "course.collect_unknown_suggest" if unknown.suggestion else "course.collect_unknown"
            )
            lines.append(
                "  ! "
                + t(
                    key,
                    language,
                    name=unknown.name,
                    where=t(f"course.collect_where_{unknown.where}", language),
                    suggestion=unknown.suggestion or "",
                )
            )
        if self.absent:
            lines.append(
                t(
                    "course.collect_absent",
                    language,
                    count=len(self.absent),
                    names=", ".join(self.absent),
                )
            )
        counts = {
            status: sum(copy.status == status for copy in self.copies)
            for status in ("new", "updated", "unchanged", "older")
        }
        lines.append(
            t(
                "course.collect_total",
                language,
                late=len(self.late),
                unknown=len(self.unknown),
                absent=len(self.absent),
                **counts,
            )
        )
        return lines

    @property
    def needs_attention(self) -> bool:
        """Whether something needs the teacher (unknown folders, bad dates): the command exits 1."""
        return bool(self.unknown or self.bad_timestamps)


class ClassList:
    """Who may hand in: the pupils of ``eleves.csv``; everyone when the course has no class list.

    The gradebook alone is no class list: nbgrader adds to it every pupil it grades, so a name
    that autograde once accepted would look known.

    A copy's name is recognised as a pupil's id, their login, or their name (« MARTIN Léa »,
    « Léa Martin », ``lea_martin``) when only one pupil has it.

    Examples
    --------
    >>> from eduia.course.roster import Pupil
    >>> ClassList([Pupil("lea.martin", "MARTIN", "Léa", login="lmartin")]).resolve("MARTIN Léa")
    'lea.martin'
    """

    def __init__(self, pupils: list, ids: list[str] | None = None) -> None:
        from eduia.course.roster import pupil_id

        self.ids = sorted({pupil.id for pupil in pupils} | set(ids or []))
        self.aliases: dict[str, set[str]] = {}
        for pupil in pupils:
            names = {
                pupil.id,
                pupil.login,
                pupil_id(pupil.first_name, pupil.last_name),
                pupil_id(pupil.last_name, pupil.first_name),
            }
            for name in names - {""}:
                self.aliases.setdefault(_name_key(name), set()).add(pupil.id)

    @classmethod
    def of_course(cls, root: Path) -> ClassList:
        """The class list of the course folder ``root``."""
        from eduia.course.roster import read_roster

        return cls(read_roster(root))

    @property
    def open(self) -> bool:
        """No class list at all: every name is taken as a pupil (nbgrader's own behaviour)."""
        return not self.ids

    def resolve(self, name: str) -> str | None:
        """The id of the pupil ``name`` means, or ``None`` when it is nobody's (or several's)."""
        if self.open or name in self.ids:
            return name if _safe_name(name) else None
        found = self.aliases.get(_name_key(name), set())
        return next(iter(found)) if len(found) == 1 else None

    def suggestion(self, name: str) -> str | None:
        """The id closest to a mistyped ``name``, if one is close enough."""
        close = difflib.get_close_matches(name.lower(), self.ids, n=1, cutoff=0.7)
        if not close:
            keys = {_name_key(alias): min(ids) for alias, ids in self.aliases.items()}
            match = difflib.get_close_matches(_name_key(name), list(keys), n=1, cutoff=0.7)
            close = [keys[match[0]]] if match else []
        return close[0] if close else None


def _name_key(name: str) -> str:
    from eduia.course.roster import plain

    return re.sub(r"[^a-z0-9]+", "", plain(name))


def _safe_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@-]*", name))


def unknown_submitted(
    root: Path, lesson: str, class_list: ClassList | None = None
) -> list[UnknownCopy]:
    """The folders ``submitted/<name>/<lesson>`` whose ``name`` is no pupil of the class list.

    Examples
    --------
    >>> unknown_submitted(Path("ma-classe"), "02-knn")  # doctest: +SKIP
    [UnknownCopy(name='lea.matrin', where='submitted', suggestion='lea.martin')]
    """
    class_list = class_list or ClassList.of_course(root)
    if class_list.open:
        return []
    return [
        UnknownCopy(folder.parent.name, "submitted", class_list.suggestion(folder.parent.name))
        for folder in sorted((root / "submitted").glob(f"*/{lesson}"))
        if folder.is_dir() and folder.parent.name not in class_list.ids
    ]


def collect(
    course_root: str | Path,
    lesson: str,
    from_folder: str | Path | None = None,
    due_date: datetime | None = None,
) -> CollectReport:
    """Bring the copies of ``lesson`` into ``submitted/`` of the course ``course_root``.

    Parameters
    ----------
    course_root : str or Path
        The course folder.
    lesson : str
        The lesson id, or its number.
    from_folder : str or Path, optional
        Take the copies from this folder (a USB key) instead of nbgrader's exchange.
    due_date : datetime, optional
        The due date (UTC, naive), stored in the gradebook as nbgrader's ``duedate``; the one
        stored earlier is used when omitted.

    Raises
    ------
    CourseError
        No course, unknown lesson, no exchange or no such folder.

    Examples
    --------
    >>> collect("ma-classe", "02", due_date=parse_due_date("05/12/2026 18:00"))  # doctest: +SKIP
    """
    root = require_course(course_root)
    lesson = resolve_lesson(root, lesson)
    report = CollectReport(lesson, _due_date(root, lesson, due_date))
    class_list = ClassList.of_course(root)
    if from_folder is None:
        offers = _exchange_offers(root, lesson)
    else:
        offers = _folder_offers(Path(from_folder), lesson, _lesson_notebooks(root, lesson), report)
    for name, offer in sorted(offers.items()):
        student = class_list.resolve(name)
        if student is None:
            report.unknown.append(UnknownCopy(name, offer.where, class_list.suggestion(name)))
            continue
        report.copies.append(_place(root, lesson, student, offer, report))
    already = {unknown.name for unknown in report.unknown}
    report.unknown += [
        unknown
        for unknown in unknown_submitted(root, lesson, class_list)
        if unknown.name not in already
    ]
    reported = {student for student, _ in report.bad_timestamps}
    for folder in sorted((root / "submitted").glob(f"*/{lesson}")):
        try:
            read_timestamp(folder)
        except BadTimestamp as error:
            if folder.parent.name not in reported:
                report.bad_timestamps.append((folder.parent.name, str(error)))
    handed_in = {
        folder.parent.name for folder in (root / "submitted").glob(f"*/{lesson}") if folder.is_dir()
    }
    report.absent = [student for student in class_list.ids if student not in handed_in]
    return report


@dataclass
class _Offer:
    """A copy on offer: where its files are, its date, and how it was found."""

    files: list[tuple[Path, str]]  # (source file, name in the submission)
    timestamp: datetime | None
    where: str
    dated_from_file: bool = False
    handed_in: int = 1
    origin: str = ""


def _due_date(root: Path, lesson: str, due_date: datetime | None) -> datetime | None:
    from nbgrader.api import Gradebook, MissingEntry

    from eduia.course.config import gradebook_url

    with Gradebook(gradebook_url(root)) as gradebook:
        if due_date is not None:
            gradebook.update_or_create_assignment(lesson, duedate=due_date)
            return due_date
        try:
            return gradebook.find_assignment(lesson).duedate
        except MissingEntry:
            return None


def _lesson_notebooks(root: Path, lesson: str) -> list[str]:
    return sorted(
        path.name
        for path in (root / "source" / lesson).glob("*.ipynb")
        if not is_mac_debris(path.name)
    )


def _exchange_offers(root: Path, lesson: str) -> dict[str, _Offer]:
    """The latest copy of each pupil in nbgrader's exchange (its ``inbound`` folder)."""
    import logging

    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.abc.exchange import ExchangeError
    from nbgrader.exchange.default import ExchangeCollect

    from eduia.course.config import load_course_config

    config = load_course_config(root)
    config.CourseDirectory.assignment_id = lesson
    quiet = logging.getLogger("eduia.course.collect.nbgrader")  # nbgrader's English goes nowhere
    quiet.propagate, quiet.handlers = False, [logging.NullHandler()]
    collector = ExchangeCollect(
        coursedir=CourseDirectory(config=config, log=quiet),
        authenticator=Authenticator(config=config),
        config=config,
        log=quiet,
    )
    try:
        collector.init_src()
    except (ExchangeError, OSError) as error:  # no course in the exchange, no rights
        raise CourseError(
            t(
                "course.collect_no_exchange",
                root=collector.root,
                lesson=lesson,
                error=str(error)[:200],
            )
        ) from None
    inbound = Path(collector.inbound_path)
    counts: dict[str, int] = {}
    for path in inbound.glob(f"*+{lesson}+*"):
        counts[path.name.rsplit("+", 3)[0]] = counts.get(path.name.rsplit("+", 3)[0], 0) + 1
    offers = {}
    for record in collector.src_records:
        folder = inbound / record["filename"]
        files = [
            (path, str(path.relative_to(folder)))
            for path in sorted(folder.rglob("*"))
            if path.is_file()
            and not any(is_mac_debris(part) for part in path.relative_to(folder).parts)
        ]
        offers[record["username"]] = _Offer(
            files, record["timestamp"], "exchange", handed_in=counts.get(record["username"], 1)
        )
    return offers


def _folder_offers(
    folder: Path, lesson: str, notebooks: list[str], report: CollectReport
) -> dict[str, _Offer]:
    """The copies in ``folder``: ``<pupil>/`` (or ``<pupil>/<lesson>/``) folders, ``<pupil>.ipynb`` files."""
    if not folder.is_dir():
        raise CourseError(t("course.collect_no_folder", path=folder))
    offers = {}
    for entry in sorted(folder.iterdir()):
        if is_mac_debris(entry.name) or entry.name.startswith("."):
            continue
        if entry.is_dir():
            copy_dir = entry / lesson if (entry / lesson).is_dir() else entry
            files = [
                (path, str(path.relative_to(copy_dir)))
                for path in sorted(copy_dir.rglob("*"))
                if path.is_file()
                and not any(is_mac_debris(part) for part in path.relative_to(copy_dir).parts)
                and path.name != TIMESTAMP_NAME
            ]
            if not any(name.endswith(".ipynb") for _, name in files):
                continue
            offers[entry.name] = _dated(copy_dir, files, entry.name, report)
        elif entry.suffix == ".ipynb" and len(notebooks) == 1:
            offers[entry.stem] = _dated(
                entry.parent, [(entry, notebooks[0])], entry.stem, report, own_timestamp=False
            )
    return offers


def _dated(
    copy_dir: Path,
    files: list[tuple[Path, str]],
    name: str,
    report: CollectReport,
    own_timestamp: bool = True,
) -> _Offer:
    """An offer from a folder: the date of its ``timestamp.txt``, else of its newest notebook."""
    if own_timestamp:
        try:
            moment = read_timestamp(copy_dir)
        except BadTimestamp as error:
            report.bad_timestamps.append((name, str(error)))
            moment = None
        if moment is not None:
            return _Offer(files, moment, "folder")
    newest = max(files, key=lambda item: item[0].stat().st_mtime)[0]
    moment = datetime.fromtimestamp(newest.stat().st_mtime, timezone.utc).replace(tzinfo=None)
    return _Offer(files, moment, "folder", dated_from_file=True, origin=newest.name)


def _place(
    root: Path, lesson: str, student: str, offer: _Offer, report: CollectReport
) -> CollectedCopy:
    """Put ``offer`` into ``submitted/<student>/<lesson>`` unless a newer copy is already there."""
    destination = root / "submitted" / student / lesson
    copy = CollectedCopy(
        student,
        offer.timestamp,
        "new",
        dated_from_file=offer.dated_from_file,
        handed_in=offer.handed_in,
        origin=offer.origin,
    )
    if (
        report.due_date is not None
        and offer.timestamp is not None
        and offer.timestamp > report.due_date
    ):
        copy.late_by = offer.timestamp - report.due_date
    if destination.is_dir():
        try:
            copy.previous = read_timestamp(destination)
        except BadTimestamp as error:
            report.bad_timestamps.append((student, str(error)))
            copy.previous = None
        if copy.previous is not None and offer.timestamp is not None:
            if offer.timestamp == copy.previous:
                copy.status = "unchanged"
            elif offer.timestamp < copy.previous:
                copy.status = "older"
        if copy.status != "new":
            return copy
        copy.status = "updated"
    staging = destination.with_name(f".{lesson}.eduia-collect")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for source, name in offer.files:
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    if offer.timestamp is not None and (
        offer.dated_from_file or not (staging / TIMESTAMP_NAME).is_file()
    ):
        (staging / TIMESTAMP_NAME).write_text(timestamp_text(offer.timestamp), encoding="utf-8")
    if destination.exists():
        shutil.rmtree(destination)
    staging.rename(destination)
    return copy


__all__ = [
    "BadTimestamp",
    "ClassList",
    "CollectReport",
    "CollectedCopy",
    "UnknownCopy",
    "collect",
    "french_date",
    "is_mac_debris",
    "parse_due_date",
    "read_timestamp",
    "unknown_submitted",
]
