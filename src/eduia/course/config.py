"""The ``nbgrader_config.py`` of an eduia course: writing it, and reading it back.

The file is plain nbgrader configuration, so that ``nbgrader`` commands and the formgrader in
JupyterLab behave exactly like ``eduia course``: French stubs (imported from
:mod:`eduia.release`, their one definition), a per-cell timeout that stops an infinite loop,
missing test cells restored, eduia's robust preprocessors, feedback without hidden tests, and
an exchange root that the ``EDUIA_EXCHANGE_ROOT`` environment variable can override.

Examples
--------
>>> text = config_text("seconde-3", exchange_root="/srv/nbgrader/exchange")
>>> "seconde-3" in text
True
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from eduia.i18n import t

if TYPE_CHECKING:
    from traitlets.config import Config

CONFIG_NAME = "nbgrader_config.py"
PUPIL_CONFIG_NAME = "nbgrader_config_eleves.py"
DEFAULT_EXCHANGE_ROOT = "/srv/nbgrader/exchange"
DEFAULT_CELL_TIMEOUT = 30
MAX_OUTPUT_CHARS = 100_000

_PP = "eduia.course.preprocessors"

_TEMPLATE = """\
# {header}
# {regenerate}
import os

from eduia.release import CODE_STUB, TEXT_STUB

c = get_config()  # noqa: F821 (provided by nbgrader when it reads this file)

c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
{db_url_lines}
# {stubs_comment}
c.ClearSolutions.code_stub = {{"python": CODE_STUB}}
c.ClearSolutions.text_stub = TEXT_STUB

# {exchange_comment}
c.Exchange.root = os.environ.get("EDUIA_EXCHANGE_ROOT", {exchange_root!r})

# {timeout_comment}
c.Execute.timeout = {cell_timeout}
c.Execute.interrupt_on_timeout = True
c.Execute.shutdown_kernel = "immediate"
# {execution_comment}

# {missing_comment}
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = {missing_note!r}

# {robust_comment}
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "{pp}.RestoreLockedCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.Autograde.autograde_preprocessors = [
    "{pp}.RobustExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "{pp}.CapOutputSize",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.CapOutputSize.max_chars = {max_chars}

# {feedback_comment}
c.GenerateFeedback.preprocessors = [
    "{pp}.HideHiddenTests",
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
"""


def config_text(
    course_id: str,
    exchange_root: str = DEFAULT_EXCHANGE_ROOT,
    cell_timeout: int = DEFAULT_CELL_TIMEOUT,
    db_url: str | None = None,
) -> str:
    """The text of a course's ``nbgrader_config.py`` (comments in French).

    Parameters
    ----------
    course_id : str
        nbgrader's course id, shared by the teacher and the pupils.
    exchange_root : str
        Where nbgrader's exchange lives (overridable by ``EDUIA_EXCHANGE_ROOT``).
    cell_timeout : int
        Seconds a cell may run during grading before it is interrupted.
    db_url : str, optional
        The gradebook's SQLAlchemy URL (a PostgreSQL database, for instance), overridable by
        ``EDUIA_DB_URL``, else by ``EDUIA_GRADEBOOK_URL`` (the variable the school and region
        hubs give every teacher's server); without it, ``gradebook.db`` in the course folder (nbgrader's default).

    Examples
    --------
    >>> "c.Execute.timeout = 5" in config_text("x", cell_timeout=5)
    True
    >>> "EDUIA_DB_URL" in config_text("x", db_url="postgresql+psycopg://prof@db/notes")
    True
    """
    db_url_lines = ""
    if db_url and not is_sqlite_url(db_url):
        db_url_lines = (
            f"\n# {t('course.config_db_url', language='fr')}\n"
            "c.CourseDirectory.db_url = (\n"
            '    os.environ.get("EDUIA_DB_URL")\n'
            '    or os.environ.get("EDUIA_GRADEBOOK_URL")\n'
            f"    or {str(db_url)!r}\n"
            ")\n"
        )
    return _TEMPLATE.format(
        db_url_lines=db_url_lines,
        header=t("course.config_header", language="fr"),
        regenerate=t("course.config_regenerate", language="fr"),
        course_id=course_id,
        stubs_comment=t("course.config_stubs", language="fr"),
        exchange_comment=t("course.config_exchange", language="fr"),
        exchange_root=str(exchange_root),
        timeout_comment=t("course.config_timeout", language="fr"),
        cell_timeout=int(cell_timeout),
        execution_comment=t("course.config_execution", language="fr"),
        missing_comment=t("course.config_missing", language="fr"),
        missing_note=t("course.missing_cell_note", language="fr"),
        robust_comment=t("course.config_robust", language="fr"),
        max_chars=MAX_OUTPUT_CHARS,
        feedback_comment=t("course.config_feedback", language="fr"),
        pp=_PP,
    )


def pupil_config_text(course_id: str, exchange_root: str = DEFAULT_EXCHANGE_ROOT) -> str:
    """The ``nbgrader_config.py`` of the pupils' accounts: the course id and the exchange.

    It goes to ``~/.jupyter/`` of each pupil of the class, so that JupyterLab's Assignments tab
    finds the lessons released by the teacher. Never to ``/etc/jupyter/`` of a server shared by
    several classes: that would tie every account to this one course; there, the school hub's
    configuration (:mod:`eduia.hub.school`, nbgrader's « multiple classes » pattern) gives each
    class its own course and lets a pupil see only the classes of their hub groups.

    Examples
    --------
    >>> "seconde-3" in pupil_config_text("seconde-3")
    True
    """
    return (
        f"# {t('course.pupil_config_header', language='fr')}\n"
        "import os\n\n"
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.course_id = {course_id!r}\n"
        f'c.Exchange.root = os.environ.get("EDUIA_EXCHANGE_ROOT", {str(exchange_root)!r})\n'
    )


def load_course_config(root: str | Path) -> Config:
    """nbgrader's configuration of the course folder ``root``, as nbgrader itself reads it.

    The course root is set from ``root`` whatever the file says, and so is a SQLite gradebook
    (``root/gradebook.db``), so that a copied course folder never writes into the original; a
    gradebook on a database server (``CourseDirectory.db_url``, e.g. PostgreSQL) is kept.

    Examples
    --------
    >>> load_course_config("ma-classe").CourseDirectory.course_id  # doctest: +SKIP
    'seconde-3'
    """
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    root = Path(root).resolve()
    config = Config()
    if (root / CONFIG_NAME).is_file():
        config.merge(PyFileConfigLoader(CONFIG_NAME, path=str(root)).load_config())
    configured = config.CourseDirectory.get("db_url")
    config.CourseDirectory.root = str(root)
    if isinstance(configured, str) and configured and not is_sqlite_url(configured):
        config.CourseDirectory.db_url = configured
    else:
        config.CourseDirectory.db_url = sqlite_url(root)
    return config


def gradebook_url(root: str | Path) -> str:
    """The SQLAlchemy URL of the gradebook of the course folder ``root``, from its configuration.

    ``CourseDirectory.db_url`` of the course's ``nbgrader_config.py`` (``eduia course init
    --db-url``, overridable there by ``EDUIA_DB_URL``) when it names a database server, else the
    course's ``gradebook.db``.

    Examples
    --------
    >>> gradebook_url("/tmp/c")
    'sqlite:////tmp/c/gradebook.db'
    """
    if not is_course(root):
        return sqlite_url(root)
    return str(load_course_config(root).CourseDirectory.db_url)


def sqlite_url(folder: str | Path) -> str:
    """The URL of the SQLite gradebook ``gradebook.db`` of ``folder`` (a course or a sandbox).

    Examples
    --------
    >>> sqlite_url("/tmp/c")
    'sqlite:////tmp/c/gradebook.db'
    """
    return f"sqlite:///{Path(folder).resolve() / 'gradebook.db'}"


def is_sqlite_url(url: str) -> bool:
    """Whether the SQLAlchemy ``url`` names a SQLite database.

    Examples
    --------
    >>> is_sqlite_url("sqlite:///notes.db"), is_sqlite_url("postgresql+psycopg://prof@db/notes")
    (True, False)
    """
    return str(url).split(":", 1)[0].split("+", 1)[0].lower() == "sqlite"


def ensure_tools_on_path() -> None:
    """Put this Python's script folder on ``PATH`` when nbgrader's helpers are not found.

    nbgrader runs the ``alembic`` command when it creates a gradebook; with eduia started as
    ``.venv/bin/eduia`` (no activated virtualenv) that command would be missing.

    Examples
    --------
    >>> ensure_tools_on_path()
    """
    import os
    import shutil
    import sys

    scripts = str(Path(sys.executable).parent)
    if shutil.which("alembic") is None and (Path(scripts) / "alembic").exists():
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def create_gradebook(root: str | Path, course_id: str) -> None:
    """Create the course's gradebook (``gradebook.db``, or its tables at the configured
    ``db_url``) if it does not exist yet.

    nbgrader stamps a new gradebook with its schema version by running the ``alembic``
    command in a subprocess, which costs seconds and fails when the command is not on
    ``PATH``; the version is read here in-process instead, then nbgrader creates the tables.

    Examples
    --------
    >>> create_gradebook("ma-classe", "seconde-3")  # doctest: +SKIP
    """
    import sqlite3

    import nbgrader
    from alembic.script import ScriptDirectory
    from nbgrader.api import Gradebook

    url = gradebook_url(root)
    head = ScriptDirectory(str(Path(nbgrader.__file__).parent / "alembic")).get_current_head()
    if is_sqlite_url(url):
        path = Path(root).resolve() / "gradebook.db"
        if not path.exists():
            with sqlite3.connect(path) as database:
                database.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
                database.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (head,))
            database.close()
    else:
        stamp_alembic_version(url, head)
    with Gradebook(url, course_id):
        pass


def stamp_alembic_version(url: str, head: str | None = None) -> None:
    """Give the empty database at ``url`` nbgrader's schema version, as nbgrader would.

    Does nothing when the database already holds tables (an existing gradebook).

    Examples
    --------
    >>> stamp_alembic_version("postgresql+psycopg://prof@db/notes")  # doctest: +SKIP
    """
    from sqlalchemy import create_engine, inspect, text

    if head is None:
        import nbgrader
        from alembic.script import ScriptDirectory

        head = ScriptDirectory(str(Path(nbgrader.__file__).parent / "alembic")).get_current_head()
    engine = create_engine(url, future=True)
    try:
        with engine.begin() as connection:
            if inspect(connection).get_table_names():
                return
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": head}
            )
    finally:
        engine.dispose()


def is_course(root: str | Path) -> bool:
    """Whether ``root`` is an eduia/nbgrader course folder (it holds ``nbgrader_config.py``).

    Examples
    --------
    >>> is_course("/nowhere")
    False
    """
    return (Path(root) / CONFIG_NAME).is_file()
