"""The pupil's workspace: a working copy of the lessons that never loses the pupil's work.

The workspace holds the pupil versions of the lessons (``shipped_path("notebooks/release")``),
a generated « Commencer ici » notebook, and a hidden manifest ``.eduia/manifest.json`` that
records, for every shipped file, the SHA-256 of the version last written there. When eduia is
updated, :func:`prepare_workspace` compares each file with that hash:

- the pupil never changed it: it is replaced by the new version in place;
- the pupil changed it: it is left exactly as it is and the new version is written beside it,
  e.g. ``02-plus-proches-voisins (nouvelle version 0.2.0).ipynb``;
- the pupil deleted it: the shipped version is written again.

:func:`reset_lesson` puts a lesson back to its shipped version after moving the pupil's copy to
a dated backup beside it. Nothing here ever deletes or overwrites a byte the pupil wrote.

Examples
--------
>>> from eduia.workspace import prepare_workspace
>>> report = prepare_workspace(Path("~/Documents/eduia").expanduser())  # doctest: +SKIP
>>> print("\\n".join(report.messages()))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from eduia import __version__
from eduia.errors import EduiaError
from eduia.i18n import t
from eduia.oserrors import os_reason
from eduia.resources import shipped_path

MANIFEST_PATH = PurePosixPath(".eduia/manifest.json")
MANIFEST_FORMAT = 1
LOCK_PATH = PurePosixPath(".eduia/update.lock")
# Every file an update replaces (an unchanged shipped version) is moved here first, never deleted.
REPLACED_FOLDER = PurePosixPath(".eduia/remplaces")
IGNORED_NAMES = frozenset({".ipynb_checkpoints", "__pycache__", ".DS_Store"})

__all__ = [
    "LessonNotFound",
    "ResetFailed",
    "ResetReport",
    "SyncReport",
    "default_workspace",
    "lesson_names",
    "prepare_workspace",
    "reset_lesson",
    "shipped_files",
    "start_notebook",
    "start_notebook_name",
]


class LessonNotFound(EduiaError, LookupError):
    """No lesson, or more than one, matches the name given to :func:`reset_lesson`."""


class ResetFailed(EduiaError, RuntimeError):
    """:func:`reset_lesson` could not write the shipped version; the message says where the work is."""


@dataclass
class SyncReport:
    """What :func:`prepare_workspace` did, as workspace-relative POSIX paths."""

    workspace: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)
    saved_aside: list[tuple[str, str]] = field(default_factory=list)
    lessons_missing_from: Path | None = None

    def messages(self) -> list[str]:
        """The short French lines to show the pupil (one per lesson kept, then a summary).

        Examples
        --------
        >>> SyncReport(Path("w"), kept=[("a.ipynb", "a (nouvelle version 2).ipynb")]).messages()[0]
        ... # doctest: +SKIP
        """
        lines = [
            t("workspace.kept_changed_lesson", pupil_file=old, new_file=new)
            for old, new in self.kept
        ]
        lines += [t("workspace.blocked", file=name, reason=reason) for name, reason in self.blocked]
        lines += [
            t("workspace.saved_aside", pupil_file=name, copy=copy)
            for name, copy in self.saved_aside
        ]
        if self.lessons_missing_from is not None:
            lines.append(t("workspace.no_lessons", folder=self.lessons_missing_from))
        if self.added or self.updated:
            lines.append(t("workspace.summary", added=len(self.added), updated=len(self.updated)))
        lines.append(t("workspace.ready", workspace=self.workspace))
        return lines


@dataclass
class ResetReport:
    """What :func:`reset_lesson` did: the lesson restored and the backups made."""

    lesson: str
    restored: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        """The French lines to show the pupil.

        Examples
        --------
        >>> ResetReport("02-plus-proches-voisins").messages()  # doctest: +SKIP
        """
        lines = [t("workspace.reset_done", lesson=self.lesson)]
        lines += [t("workspace.reset_backup", backup=backup) for backup in self.backups]
        return lines


# --------------------------------------------------------------------------- locations


def default_workspace(home: Path | None = None) -> Path:
    """The default workspace: ``eduia`` in the user's Documents, or ``~/eduia`` without one.

    The Documents folder is the one the system knows (moved by OneDrive on Windows, named in
    ``~/.config/user-dirs.dirs`` on Linux), else ``~/Documents``.

    Examples
    --------
    >>> default_workspace(Path("/nonexistent-home"))
    PosixPath('/nonexistent-home/eduia')
    """
    home = Path.home() if home is None else home
    documents = _documents_folder(home)
    return documents / "eduia" if documents.is_dir() else home / "eduia"


def _documents_folder(home: Path) -> Path:
    """The Documents folder the system knows for ``home``, as platformdirs finds it.

    platformdirs reads Windows' known folder (moved, e.g. into OneDrive), the
    ``XDG_DOCUMENTS_DIR`` of ``~/.config/user-dirs.dirs`` on Linux, else ``~/Documents``. For a
    home other than the user's own (another account, tests) it looks there instead: the user's
    environment variables that point elsewhere are set aside for the look-up.
    """
    import platformdirs

    if home == Path.home():
        return Path(platformdirs.user_documents_dir())
    if sys.platform == "win32":  # Windows' known folder belongs to the user, not to a path
        return home / "Documents"
    with _home_environment(home):
        folder = Path(platformdirs.user_documents_dir())
    return home / "Documents" if folder == home else folder


@contextmanager
def _home_environment(home: Path) -> Iterator[None]:
    """``HOME`` set to ``home``, and the XDG variables of the real user unset, for a moment."""
    names = ("HOME", "XDG_CONFIG_HOME", "XDG_DOCUMENTS_DIR")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["HOME"] = str(home)
    for name in names[1:]:
        os.environ.pop(name, None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def start_notebook_name() -> str:
    """The file name of the « Commencer ici » notebook (always French: it names a file on disk).

    Examples
    --------
    >>> start_notebook_name()
    'Commencer ici.ipynb'
    """
    return t("workspace.start_notebook_name", language="fr")


# --------------------------------------------------------------------------- shipped files


def _release_files(release_dir: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    if not release_dir.is_dir():
        return files
    for path in sorted(release_dir.rglob("*")):
        relative = path.relative_to(release_dir)
        if path.is_file() and not IGNORED_NAMES.intersection(relative.parts):
            files[relative.as_posix()] = path.read_bytes()
    return files


def shipped_files(release_dir: Path | None = None) -> dict[str, bytes]:
    """Every file the workspace receives: the pupil lessons and the « Commencer ici » notebook.

    Parameters
    ----------
    release_dir : Path, optional
        The folder of pupil lessons; ``shipped_path("notebooks/release")`` by default.

    Returns
    -------
    dict
        Workspace-relative POSIX path → content.

    Examples
    --------
    >>> sorted(shipped_files())[:1]  # doctest: +SKIP
    ['00-jupyter/00-jupyter.ipynb']
    """
    release_dir = shipped_path("notebooks/release") if release_dir is None else release_dir
    files = _release_files(release_dir)
    files[start_notebook_name()] = start_notebook(files)
    return files


def lesson_names(files: Mapping[str, bytes]) -> list[str]:
    """The lessons among ``files``: their top-level folders (or files), without ``.ipynb``.

    Examples
    --------
    >>> lesson_names({"02-knn/02-knn.ipynb": b"", "Commencer ici.ipynb": b""})
    ['02-knn', 'Commencer ici']
    """
    tops = {PurePosixPath(relative).parts[0] for relative in files}
    return sorted(top.removesuffix(".ipynb") for top in tops)


# --------------------------------------------------------------------------- « Commencer ici »


def _lesson_title(notebook: bytes, fallback: str) -> str:
    """The first Markdown heading of a notebook, else ``fallback``."""
    try:
        cells = json.loads(notebook.decode("utf-8"))["cells"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return fallback
    for cell in cells if isinstance(cells, list) else []:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        for line in text.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip() or fallback
    return fallback


def _markdown_cell(number: int, text: str) -> dict[str, object]:
    return {
        "cell_type": "markdown",
        "id": f"commencer-{number}",
        "metadata": {},
        "source": text.splitlines(keepends=True),
    }


def start_notebook(lessons: Mapping[str, bytes]) -> bytes:
    """The « Commencer ici » notebook, listing ``lessons`` (path → content) with links.

    The bytes depend only on the lessons and the language, so that an unchanged notebook
    is recognised as such at the next update.

    Examples
    --------
    >>> b"Maj + Entr" in start_notebook({})  # doctest: +SKIP
    True
    """
    from urllib.parse import quote

    links = [
        f"- [{_lesson_title(content, PurePosixPath(path).stem)}]({quote(path)})"
        for path, content in sorted(lessons.items())
        if path.endswith(".ipynb")
    ]
    code = {
        "cell_type": "code",
        "execution_count": None,
        "id": "commencer-code",
        "metadata": {},
        "outputs": [],
        "source": [t("workspace.start_first_code")],
    }
    cells = [
        _markdown_cell(1, t("workspace.start_title")),
        _markdown_cell(2, t("workspace.start_howto")),
        code,
        _markdown_cell(3, t("workspace.start_lessons_title") + "\n\n" + "\n".join(links)),
        _markdown_cell(4, t("workspace.start_safety")),
    ]
    notebook = {
        "cells": cells,
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
    }
    return (json.dumps(notebook, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- file helpers


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".eduia-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _create_exclusively(path: Path, content: bytes) -> None:
    """Create ``path`` with ``content``, complete, or raise :class:`FileExistsError`.

    The content is written to a temporary file that is then hard-linked to ``path``: the link
    fails when ``path`` exists, so a file the pupil saved in the meantime is never overwritten,
    and ``path`` never holds a half-written file. Where hard links are not supported (FAT USB
    keys), ``path`` is opened in exclusive-creation mode instead.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".eduia-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system
            with open(path, "xb") as stream:
                stream.write(content)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _link_back(source: Path, target: Path) -> bool:
    """Move ``source`` to ``target`` unless ``target`` exists; whether it was moved."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:  # no hard links: a rename, after checking (the window is tiny)
        if target.exists():
            return False
        os.replace(source, target)
        return True
    source.unlink()
    return True


@contextmanager
def _update_lock(workspace: Path) -> Iterator[None]:
    """Hold the workspace's update lock: two eduia updates of one workspace never interleave.

    A workspace that cannot be written (read-only) is not locked: then nothing will be written
    unless something must be, and that write fails with a message.
    """
    path = workspace / LOCK_PATH
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield
        return
    try:
        _lock_file(descriptor)
        try:
            yield
        finally:
            _unlock_file(descriptor)
    finally:
        os.close(descriptor)


def _lock_file(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after ten seconds: keep waiting
                time.sleep(0.1)
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_EX)


def _unlock_file(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_UN)


def _replace_if_unchanged(
    workspace: Path, relative: str, expected_hash: str, content: bytes, stamp: str
) -> bool | Path:
    """Replace ``workspace/relative`` by ``content`` only if it still has ``expected_hash``.

    A compare-and-swap against a pupil who may save at any moment (JupyterLab open on the
    workspace, which writes a save into the existing file): the file is first hard-linked into
    ``.eduia/remplaces/<stamp>/``, its bytes are checked, the new version replaces it atomically
    (the path never goes missing, so a save never fails), and the old file is checked again: a
    save that landed in it meanwhile is put back. The old file stays as the backup.

    Returns
    -------
    bool or Path
        ``True`` when replaced; ``False`` when the pupil's save stands at its place (left
        untouched); a ``Path`` when two saves raced the update: the newest stands at its
        place and the older one was put at that path, beside it.
    """
    target = workspace / relative
    backup = workspace / REPLACED_FOLDER / stamp / relative
    backup.parent.mkdir(parents=True, exist_ok=True)
    backup = _free_name(backup.parent, backup.stem, backup.suffix)
    try:
        os.link(target, backup)  # the backup shares the file: a save into it is seen there
    except FileNotFoundError:
        return False
    except OSError:  # no hard links (FAT): a copy, checked again after the replace below
        backup.write_bytes(target.read_bytes())
    if _sha256(backup.read_bytes()) != expected_hash:  # the pupil saved since the read
        backup.unlink()
        return False
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".eduia-", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    try:
        os.replace(temporary, target)  # atomic: the path never goes missing
    except OSError:  # Windows: the file is open right now; keep it, offer the new one
        Path(temporary).unlink(missing_ok=True)
        backup.unlink()
        return False
    if _sha256(backup.read_bytes()) == expected_hash:
        return True
    # A save landed in the old file between the check and the replace: it goes back.
    newest = target.read_bytes()
    if newest == content:
        os.replace(backup, target)
        return False
    stem = t("workspace.backup_name", stem=target.stem, date=stamp, suffix="")
    while True:  # a newer save stands there already: the older one goes beside it
        aside = _free_name(target.parent, stem, target.suffix)
        if _link_back(backup, aside):
            return aside


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``folder/stem (2)+suffix``… whichever does not exist yet."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        name = t("workspace.duplicate_name", stem=stem, number=number, suffix=suffix)
        candidate = folder / name
        number += 1
    return candidate


def _place_beside(target: Path, content: bytes, version: str) -> Path:
    """Write ``content`` next to ``target`` under a « nouvelle version » name; reuse a twin."""
    stem = t("workspace.new_version_name", stem=target.stem, version=version, suffix="")
    for existing in sorted(target.parent.glob(f"{_glob_escape(stem)}*{target.suffix}")):
        if existing.is_file() and existing.read_bytes() == content:
            return existing
    while True:
        path = _free_name(target.parent, stem, target.suffix)
        try:
            _create_exclusively(path, content)
        except FileExistsError:  # the name was taken in the meantime: take the next one
            continue
        return path


def _glob_escape(text: str) -> str:
    return "".join(f"[{char}]" if char in "*?[]" else char for char in text)


# --------------------------------------------------------------------------- manifest


def _load_manifest(workspace: Path) -> dict[str, dict[str, str]]:
    """The recorded hashes; an unreadable manifest counts as empty (which only keeps more)."""
    try:
        data = json.loads((workspace / MANIFEST_PATH).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {name: entry for name, entry in files.items() if isinstance(entry, dict)}


def _save_manifest(workspace: Path, entries: Mapping[str, Mapping[str, str]]) -> None:
    """Write the manifest, unless it already says exactly this (a read-only workspace launches)."""
    data = {
        "format": MANIFEST_FORMAT,
        "eduia_version": __version__,
        "files": dict(sorted(entries.items())),
    }
    text = (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        if (workspace / MANIFEST_PATH).read_bytes() == text:
            return
    except OSError:
        pass
    _write_atomically(workspace / MANIFEST_PATH, text)


# --------------------------------------------------------------------------- update


def _sync_file(
    workspace: Path,
    relative: str,
    content: bytes,
    entry: dict[str, str] | None,
    version: str,
    report: SyncReport,
    stamp: str = "",
) -> dict[str, str]:
    """Bring one shipped file into the workspace; return its new manifest entry.

    The pupil may save at any moment (JupyterLab open on the workspace): a file is created only
    where none exists at that instant, and replaced only by :func:`_replace_if_unchanged`.
    """
    target = workspace / relative
    new_hash = _sha256(content)
    if not target.is_file():
        if target.exists():  # a folder where the lesson should be: keep it, offer beside
            return _offer(target, relative, content, entry, version, report)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _create_exclusively(target, content)
        except FileExistsError:  # the pupil saved it right now: theirs stays
            return _offer(target, relative, content, entry, version, report)
        report.added.append(relative)
        return {"sha256": new_hash, "version": version}
    current = _sha256(target.read_bytes())
    if current == new_hash:
        report.unchanged.append(relative)
        return {"sha256": new_hash, "version": version}
    if entry and current == entry.get("sha256"):
        replaced = _replace_if_unchanged(workspace, relative, current, content, stamp or "update")
        if replaced is True:
            report.updated.append(relative)
            return {"sha256": new_hash, "version": version}
        if isinstance(replaced, Path):
            report.saved_aside.append((relative, replaced.relative_to(workspace).as_posix()))
        return _offer(target, relative, content, entry, version, report)
    return _offer(target, relative, content, entry, version, report)


def _offer(
    target: Path,
    relative: str,
    content: bytes,
    entry: dict[str, str] | None,
    version: str,
    report: SyncReport,
) -> dict[str, str]:
    """The pupil changed ``target``: leave it alone and put the new version beside it once."""
    new_hash = _sha256(content)
    kept_entry = {
        "sha256": (entry or {}).get("sha256", ""),
        "version": (entry or {}).get("version", ""),
        "offered_sha256": new_hash,
    }
    if entry and entry.get("offered_sha256") == new_hash:
        report.unchanged.append(relative)
        return kept_entry
    beside = _place_beside(target, content, version)
    report.kept.append((relative, (PurePosixPath(relative).parent / beside.name).as_posix()))
    return kept_entry


def prepare_workspace(
    workspace: Path, release_dir: Path | None = None, version: str = __version__
) -> SyncReport:
    """Create or update the pupil's workspace without ever losing the pupil's work.

    Parameters
    ----------
    workspace : Path
        The pupil's folder (created when missing).
    release_dir : Path, optional
        The folder of pupil lessons; ``shipped_path("notebooks/release")`` by default.
    version : str
        The version named in « nouvelle version » files; eduia's version by default.

    Returns
    -------
    SyncReport
        The files added, updated, kept (with the new version's name), unchanged, and blocked
        (a file of the pupil's stands where a lesson folder should be; it is left alone).

    Examples
    --------
    >>> report = prepare_workspace(Path("/tmp/eleve"))  # doctest: +SKIP
    >>> report.kept  # doctest: +SKIP
    [('02-knn/02-knn.ipynb', '02-knn/02-knn (nouvelle version 0.2.0).ipynb')]
    """
    workspace = Path(workspace)
    workspace.mkdir(parents=True, exist_ok=True)
    report = SyncReport(workspace)
    files = shipped_files(release_dir)
    if len(files) == 1:  # only « Commencer ici »: this installation ships no lesson
        report.lessons_missing_from = release_dir or shipped_path("notebooks/release")
    stamp = _dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    with _update_lock(workspace):
        manifest = _load_manifest(workspace)
        for relative, content in files.items():
            try:
                manifest[relative] = _sync_file(
                    workspace, relative, content, manifest.get(relative), version, report, stamp
                )
            except (NotADirectoryError, FileExistsError) as error:  # a file where a folder goes
                report.blocked.append((relative, os_reason(error)))
        _save_manifest(workspace, manifest)
    return report


# --------------------------------------------------------------------------- reset


def _match_lesson(name: str, lessons: list[str]) -> str:
    """The lesson ``name`` designates: its full name or a unique prefix such as ``"02"``."""
    wanted = PurePosixPath(name.strip().replace("\\", "/")).name.removesuffix(".ipynb").casefold()
    exact = [lesson for lesson in lessons if lesson.casefold() == wanted]
    matches = exact or [
        lesson for lesson in lessons if wanted and lesson.casefold().startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise LessonNotFound(
            t("workspace.unknown_lesson", lesson=name, available=", ".join(lessons))
        )
    raise LessonNotFound(t("workspace.ambiguous_lesson", lesson=name, matches=", ".join(matches)))


def _backup_date(now: _dt.datetime) -> str:
    return now.strftime("%Y-%m-%d %Hh%M")


def reset_lesson(
    workspace: Path, lesson: str, release_dir: Path | None = None, now: _dt.datetime | None = None
) -> ResetReport:
    """Restore ``lesson`` to its shipped version, keeping a dated backup of the pupil's copy.

    Parameters
    ----------
    workspace : Path
        The pupil's folder.
    lesson : str
        A lesson name (``"02-plus-proches-voisins"``) or a unique prefix (``"02"``).
    release_dir : Path, optional
        The folder of pupil lessons; ``shipped_path("notebooks/release")`` by default.
    now : datetime, optional
        The date written in the backup names; the current time by default.

    Raises
    ------
    LessonNotFound
        When no lesson, or several, match ``lesson`` (the message is French and lists them).

    Examples
    --------
    >>> reset_lesson(Path("/tmp/eleve"), "02").backups  # doctest: +SKIP
    ['02-plus-proches-voisins/02-plus-proches-voisins (sauvegarde du 2026-11-27 10h32).ipynb']
    """
    workspace = Path(workspace)
    files = shipped_files(release_dir)
    chosen = _match_lesson(lesson, lesson_names(files))
    stamp = _backup_date(now or _dt.datetime.now())
    report = ResetReport(chosen)
    with _update_lock(workspace):
        manifest = _load_manifest(workspace)
        for relative, content in files.items():
            if PurePosixPath(relative).parts[0].removesuffix(".ipynb") != chosen:
                continue
            _restore_file(workspace, relative, content, stamp, report)
            manifest[relative] = {"sha256": _sha256(content), "version": __version__}
        _save_manifest(workspace, manifest)
    return report


def _restore_file(
    workspace: Path, relative: str, content: bytes, stamp: str, report: ResetReport
) -> None:
    """Move the pupil's copy to a dated backup, then create the shipped version.

    A save that lands between the two (JupyterLab open) is backed up too. When the shipped
    version cannot be written (a full disk), the pupil's copy is put back at its place, or, if
    that fails too, :class:`ResetFailed` names the backup that holds it.
    """
    target = workspace / relative
    if target.is_file() and target.read_bytes() == content:
        return
    stem = t("workspace.backup_name", stem=target.stem, date=stamp, suffix="")
    moved: list[Path] = []
    while True:
        if target.exists():
            backup = _free_name(target.parent, stem, target.suffix)
            os.replace(target, backup)
            moved.append(backup)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _create_exclusively(target, content)
            break
        except FileExistsError:  # the pupil saved right now: back that up too
            continue
        except OSError as error:
            _undo_reset(workspace, target, moved, error)
    report.backups += [backup.relative_to(workspace).as_posix() for backup in moved]
    report.restored.append(relative)


def _undo_reset(workspace: Path, target: Path, moved: list[Path], error: OSError) -> None:
    """Put the pupil's newest copy back after a failed reset, then raise :class:`ResetFailed`."""
    reason = os_reason(error)
    relative = target.relative_to(workspace).as_posix()
    if moved:
        try:
            put_back = _link_back(moved[-1], target)
        except OSError:
            put_back = False
        if not put_back:
            backup = moved[-1].relative_to(workspace).as_posix()
            raise ResetFailed(
                t("workspace.reset_failed_backup", file=relative, backup=backup, reason=reason)
            ) from error
        moved.pop()
    raise ResetFailed(t("workspace.reset_failed", file=relative, reason=reason)) from error
