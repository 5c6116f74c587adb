"""Build the pupil versions of the lessons from their nbgrader sources.

Each teacher source ``notebooks/source/NN-slug/NN-slug.ipynb`` becomes the pupil version
``notebooks/release/NN-slug/NN-slug.ipynb`` through nbgrader's own preprocessors, in the order
``nbgrader generate_assignment`` runs them, minus the ones that need a gradebook
(``SaveCells``) or that eduia does not use (``IncludeHeaderFooter``, ``InstantiateTests``):
cells are locked, solutions replaced by the French stubs, outputs cleared, metadata checked,
checksums computed, hidden tests and marking schemes removed, checksums computed again.

The French stubs :data:`CODE_STUB` and :data:`TEXT_STUB` are defined here only; the course's
``nbgrader_config.py`` imports them, so that ``nbgrader generate_assignment`` and this module
produce the same pupil notebooks.

``python -m eduia.release`` regenerates every pupil version; ``--check`` writes nothing and
exits with 1 when a committed pupil version differs from its source.

Examples
--------
>>> from eduia.release import CODE_STUB, TEXT_STUB
>>> CODE_STUB.splitlines()[0]
'# TON CODE ICI'
>>> TEXT_STUB
'TA RÉPONSE ICI'
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eduia.errors import EduiaError
from eduia.i18n import t

if TYPE_CHECKING:
    from nbformat import NotebookNode
    from traitlets.config import Config

CODE_STUB = "# TON CODE ICI\nraise NotImplementedError()"
"""What replaces a code solution in a pupil version (nbgrader's ``ClearSolutions.code_stub``)."""

TEXT_STUB = "TA RÉPONSE ICI"
"""What replaces a written answer in a pupil version (nbgrader's ``ClearSolutions.text_stub``)."""

SOURCE_DIR = Path("notebooks") / "source"
RELEASE_DIR = Path("notebooks") / "release"


class ReleaseError(EduiaError):
    """A source lesson that nbgrader cannot turn into a pupil version; the message names it."""


# The order of nbgrader's GenerateAssignment.preprocessors (nbgrader 0.9), without the
# gradebook (SaveCells), header/footer and autotest (InstantiateTests) steps.
PREPROCESSOR_NAMES = (
    "LockCells",
    "ClearSolutions",
    "ClearOutput",
    "CheckCellMetadata",
    "ComputeChecksums",
    "ClearHiddenTests",
    "ClearMarkScheme",
    "ComputeChecksums",
    "CheckCellMetadata",
)


def release_config() -> Config:
    """The nbgrader configuration of eduia's pupil versions: the French stubs.

    Examples
    --------
    >>> release_config().ClearSolutions.text_stub
    'TA RÉPONSE ICI'
    """
    from traitlets.config import Config

    config = Config()
    config.ClearSolutions.code_stub = {"python": CODE_STUB}
    config.ClearSolutions.text_stub = TEXT_STUB
    return config


def release_notebook(source: NotebookNode) -> NotebookNode:
    """The pupil version of the nbgrader source notebook ``source`` (left unchanged).

    Examples
    --------
    >>> import nbformat
    >>> from nbformat.v4 import new_notebook, new_code_cell
    >>> cell = new_code_cell("### BEGIN SOLUTION\\nx = 1\\n### END SOLUTION")
    >>> cell.metadata["nbgrader"] = {"grade": False, "grade_id": "x", "locked": False,
    ...     "schema_version": 3, "solution": True, "task": False}
    >>> release_notebook(new_notebook(cells=[cell])).cells[0].source
    '# TON CODE ICI\\nraise NotImplementedError()'
    """
    import copy

    from nbgrader import preprocessors

    notebook = copy.deepcopy(source)
    resources: dict[str, Any] = {}
    config = release_config()
    for name in PREPROCESSOR_NAMES:
        preprocessor = getattr(preprocessors, name)(config=config)
        notebook, resources = preprocessor.preprocess(notebook, resources)
    return notebook


def notebook_text(notebook: NotebookNode) -> str:
    """``notebook`` serialized exactly as nbgrader writes notebooks (nbformat 4, final newline).

    Examples
    --------
    >>> from nbformat.v4 import new_notebook
    >>> notebook_text(new_notebook()).endswith("}\\n")
    True
    """
    import nbformat

    text = nbformat.writes(notebook, version=4)
    return text if text.endswith("\n") else text + "\n"


def source_notebooks(root: Path) -> list[Path]:
    """Every lesson source ``notebooks/source/NN-slug/NN-slug.ipynb`` under ``root``, sorted.

    Examples
    --------
    >>> [path.name for path in source_notebooks(Path("/nowhere"))]
    []
    """
    source_dir = root / SOURCE_DIR
    if not source_dir.is_dir():
        return []
    return sorted(
        folder / f"{folder.name}.ipynb"
        for folder in source_dir.iterdir()
        if (folder / f"{folder.name}.ipynb").is_file()
    )


def release_path(source_path: Path, root: Path) -> Path:
    """Where the pupil version of ``source_path`` lives.

    Examples
    --------
    >>> release_path(Path("/r/notebooks/source/00-jupyter/00-jupyter.ipynb"), Path("/r"))
    PosixPath('/r/notebooks/release/00-jupyter/00-jupyter.ipynb')
    """
    return root / RELEASE_DIR / source_path.parent.name / source_path.name


def release_text(source_path: Path) -> str:
    """The text of the pupil version of the source notebook at ``source_path``.

    Raises
    ------
    ReleaseError
        When the source cannot be read or fails nbgrader's checks (e.g. a solution region
        outside a solution cell, duplicate grade ids).

    Examples
    --------
    >>> release_text(Path("notebooks/source/00-jupyter/00-jupyter.ipynb"))  # doctest: +SKIP
    """
    import nbformat

    try:
        source = nbformat.read(source_path, as_version=4)
        return notebook_text(release_notebook(source))
    except Exception as error:  # nbgrader raises several types; the teacher needs the file
        raise ReleaseError(t("release.invalid_source", path=source_path, error=error)) from error


def orphan_releases(root: Path) -> list[Path]:
    """Pupil versions under ``root`` whose source lesson no longer exists.

    Examples
    --------
    >>> orphan_releases(Path("/nowhere"))
    []
    """
    expected = {release_path(path, root) for path in source_notebooks(root)}
    release_dir = root / RELEASE_DIR
    if not release_dir.is_dir():
        return []
    return sorted(path for path in release_dir.glob("*/*.ipynb") if path not in expected)


def stale_releases(root: Path) -> list[Path]:
    """Pupil versions that are missing, differ from their source, or have no source.

    Examples
    --------
    >>> stale_releases(Path("/nowhere"))
    []
    """
    stale = []
    for source_path in source_notebooks(root):
        target = release_path(source_path, root)
        if not target.is_file() or target.read_text(encoding="utf-8") != release_text(source_path):
            stale.append(target)
    return stale + orphan_releases(root)


def generate_releases(root: Path) -> list[Path]:
    """Write every pupil version under ``root`` and remove orphans; return the written paths.

    Examples
    --------
    >>> generate_releases(Path("/nowhere"))
    []
    """
    written = []
    for source_path in source_notebooks(root):
        target = release_path(source_path, root)
        text = release_text(source_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    for orphan in orphan_releases(root):
        orphan.unlink()
    return written


def _default_root() -> Path:
    from eduia.resources import checkout_root

    return checkout_root() or Path.cwd()


def main(argv: list[str] | None = None) -> int:
    """Regenerate the pupil versions, or with ``--check`` verify them; return the exit code.

    Examples
    --------
    >>> main(["--check"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m eduia.release", description=t("release.description")
    )
    parser.add_argument("--check", action="store_true", help=t("release.check_help"))
    parser.add_argument("--root", type=Path, default=None, help=t("release.root_help"))
    args = parser.parse_args(argv)
    root = args.root or _default_root()
    sources = source_notebooks(root)
    if not sources:
        print(t("release.no_sources", path=root / SOURCE_DIR), file=sys.stderr)
        return 1
    try:
        return _check(root, len(sources)) if args.check else _generate(root)
    except ReleaseError as error:
        print(error, file=sys.stderr)
        return 1


def _check(root: Path, count: int) -> int:
    stale = stale_releases(root)
    for path in stale:
        key = "release.orphan" if path in orphan_releases(root) else "release.stale"
        print(t(key, path=path.relative_to(root)), file=sys.stderr)
    if stale:
        print(t("release.stale_advice"), file=sys.stderr)
        return 1
    print(t("release.up_to_date", count=count))
    return 0


def _generate(root: Path) -> int:
    for path in generate_releases(root):
        print(t("release.written", path=path.relative_to(root)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
