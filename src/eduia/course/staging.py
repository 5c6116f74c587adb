"""Copy one pupil's submission to a grading folder and repair what can be repaired there.

The pupil's files in ``submitted/`` are never modified: everything happens on the copy.
A corrupt notebook is left out of the copy (nbgrader then scores it 0), a renamed notebook
is graded under its expected name, a ``timestamp.txt`` that is not a date is replaced by the date
of the newest notebook, and each of these gets an :class:`~eduia.course.issues.Issue`. The files
macOS leaves on USB keys (``._name.ipynb``, ``.DS_Store``, ``__MACOSX/``) are dropped from the
copy without a word: they are not the pupil's work.

Examples
--------
>>> from pathlib import Path
>>> stage_submission(Path("/nowhere"), Path("/tmp/x"), {"tp": {"q1"}})[0].code  # doctest: +SKIP
'unreadable_folder'
"""

from __future__ import annotations

import shutil
from pathlib import Path

from eduia.course.issues import Issue


def stage_submission(submitted: Path, staged: Path, expected: dict[str, set[str]]) -> list[Issue]:
    """Copy ``submitted`` to ``staged``, then set its notebooks right; return what was found.

    Parameters
    ----------
    submitted : Path
        The pupil's folder ``submitted/<pupil>/<lesson>``, left untouched.
    staged : Path
        Where the copy goes (created).
    expected : dict
        The lesson's notebook names (without ``.ipynb``), each with the nbgrader ids of its
        cells, used to recognise a renamed notebook.

    Examples
    --------
    >>> issues = stage_submission(Path("submitted/ana/tp"), Path("/tmp/s"), {"tp": {"q1"}})  # doctest: +SKIP
    """
    try:
        shutil.copytree(submitted, staged, symlinks=False, dirs_exist_ok=True)
    except OSError as error:
        return [Issue("unreadable_folder", {"folder": str(submitted), "error": str(error)})]
    issues: list[Issue] = []
    _drop_mac_debris(staged)
    _repair_timestamp(staged, issues)
    readable = _readable_notebooks(staged, issues)
    _rename_strays(staged, readable, expected, issues)
    present = [name for name in expected if (staged / f"{name}.ipynb").is_file()]
    if not present and not any(issue.code == "corrupt" for issue in issues):
        issues.append(Issue("no_notebook", {"expected": ", ".join(f"{n}.ipynb" for n in expected)}))
    return issues


def _drop_mac_debris(staged: Path) -> None:
    from eduia.course.collect import is_mac_debris

    for path in sorted(staged.rglob("*"), reverse=True):
        if is_mac_debris(path.name):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def _repair_timestamp(staged: Path, issues: list[Issue]) -> None:
    """A ``timestamp.txt`` that nbgrader cannot read becomes the date of the newest notebook."""
    from datetime import datetime, timezone

    from eduia.course.collect import TIMESTAMP_NAME, BadTimestamp, read_timestamp, timestamp_text

    try:
        read_timestamp(staged)
    except BadTimestamp as error:
        files = list(staged.glob("*.ipynb")) or [staged / TIMESTAMP_NAME]
        newest = max(path.stat().st_mtime for path in files)
        moment = datetime.fromtimestamp(newest, timezone.utc).replace(tzinfo=None)
        (staged / TIMESTAMP_NAME).unlink(missing_ok=True)
        (staged / TIMESTAMP_NAME).write_text(timestamp_text(moment), encoding="utf-8")
        issues.append(Issue("bad_timestamp", {"text": str(error)}))


def _readable_notebooks(staged: Path, issues: list[Issue]) -> dict[str, set[str]]:
    """Map each readable notebook of ``staged`` to its cell ids; drop the unreadable ones."""
    import warnings

    import nbformat

    readable: dict[str, set[str]] = {}
    for path in sorted(staged.glob("*.ipynb")):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # old notebooks without cell ids are fine
                notebook = nbformat.read(path, as_version=4)
                nbformat.validate(notebook)
        except Exception as error:  # noqa: BLE001 - any way a file can fail to be a notebook
            issues.append(Issue("corrupt", {"file": path.name, "error": _short(error)}))
            path.unlink()
            continue
        readable[path.stem] = {
            cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") for cell in notebook.cells
        } - {None}
    return readable


def _rename_strays(
    staged: Path, readable: dict[str, set[str]], expected: dict[str, set[str]], issues: list[Issue]
) -> None:
    """Give a stray notebook the name of the expected notebook it resembles most."""
    strays = {name: ids for name, ids in readable.items() if name not in expected}
    for name, ids in expected.items():
        if name in readable or not strays:
            continue
        best = max(sorted(strays), key=lambda stray: len(strays[stray] & ids))
        if not strays[best] & ids and len(strays) > 1:
            continue
        (staged / f"{best}.ipynb").rename(staged / f"{name}.ipynb")
        issues.append(Issue("renamed", {"found": f"{best}.ipynb", "expected": f"{name}.ipynb"}))
        del strays[best]
    for stray in sorted(strays):
        issues.append(Issue("extra_notebook", {"file": f"{stray}.ipynb"}))


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:120]
