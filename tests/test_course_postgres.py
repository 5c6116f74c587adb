"""``eduia course`` on a PostgreSQL gradebook: the same marks as on SQLite, nothing in a file.

A throw-away cluster of Debian's PostgreSQL (``.ci/run`` installs it) listens on loopback with
a password for the course's role. One course is made with ``eduia course init --db-url``, a
twin course on SQLite; both import the same class list, grade the same three submissions of the
demo lesson (one of them prints its kernel's environment) and export their marks.
"""

from __future__ import annotations

import ast
import csv
import glob
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")]

INITDB = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
PASSWORD = "mot-de-passe-du-prof-7f3a"
#: A pupil's answer to q3 that prints every variable its kernel received.
SPY = "nombre_communes = 946\nimport os\nprint('ENV', sorted(os.environ.items()))\n"


def _as_postgres() -> list[str]:
    """Run PostgreSQL's programs as ``postgres`` when root (initdb refuses root), else as us."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root without a postgres user to own the cluster")
    return ["/usr/sbin/runuser", "-u", "postgres", "--"]


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL (no password) of an empty database owned by a role that needs ``PASSWORD``."""
    if not INITDB:
        pytest.skip(
            "Debian's PostgreSQL (/usr/lib/postgresql/*/bin/initdb) is not installed; .ci/run installs it"
        )
    pytest.importorskip(
        "psycopg", reason="psycopg (PostgreSQL driver for SQLAlchemy) is not installed"
    )
    from eduia.launch import free_port

    bin_dir = Path(INITDB[-1]).parent
    as_postgres = _as_postgres()
    cluster = Path(tempfile.mkdtemp(prefix="eduia-pg-course-", dir="/tmp"))
    if as_postgres:
        owner = pwd.getpwnam("postgres")
        os.chown(cluster, owner.pw_uid, owner.pw_gid)
    superuser = pwd.getpwuid(os.geteuid()).pw_name if not as_postgres else "postgres"
    port, server = free_port(), None
    try:
        subprocess.run(
            [
                *as_postgres,
                str(bin_dir / "initdb"),
                "-D",
                str(cluster / "data"),
                "-A",
                "trust",
                "-U",
                superuser,
            ],
            check=True,
            capture_output=True,
        )
        (cluster / "data" / "pg_hba.conf").write_text(
            f"local all {superuser} trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
        )
        server = subprocess.Popen(
            [
                *as_postgres,
                str(bin_dir / "postgres"),
                "-D",
                str(cluster / "data"),
                "-p",
                str(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={cluster}",
                "-c",
                "fsync=off",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        psql = [
            *as_postgres,
            str(bin_dir / "psql"),
            "-h",
            str(cluster),
            "-p",
            str(port),
            "-U",
            superuser,
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
        ]
        if not (bin_dir / "psql").exists():
            psql[len(as_postgres)] = "/usr/bin/psql"
        deadline = time.monotonic() + 30
        while subprocess.run(
            [*psql, "-c", "select 1"], capture_output=True, check=False
        ).returncode:
            assert time.monotonic() < deadline and server.poll() is None, "PostgreSQL did not start"
            time.sleep(0.2)
        for sql in (
            f"create role prof login password '{PASSWORD}'",
            "create database notes owner prof",
        ):
            subprocess.run([*psql, "-c", sql], check=True, capture_output=True)
        yield f"postgresql+psycopg://prof@127.0.0.1:{port}/notes"
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)  # PostgreSQL's fast shutdown
            server.wait(30)
        shutil.rmtree(cluster, ignore_errors=True)


def _course(tmp_path: Path, name: str, db_url: str | None) -> tuple[Path, dict[str, str]]:
    """A course of the demo lesson, its class list imported, three submissions handed in."""
    from course_simulation import (
        BEHAVIOURS,
        DEMO_LESSON,
        _answer,
        class_list_csv,
        write_demo_lesson,
    )
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.cli import main
    from eduia.course.config import load_course_config
    from eduia.course.roster import import_roster

    lessons = tmp_path / "lessons"
    if not lessons.is_dir():
        write_demo_lesson(lessons)
    course = tmp_path / name
    options = ["--db-url", db_url] if db_url else []
    assert (
        main(
            [
                "course",
                "init",
                str(course),
                "--course-id",
                "seconde-3",
                "--lessons",
                str(lessons),
                "--cell-timeout",
                "10",
                *options,
            ]
        )
        == 0
    )
    plan = [("Léa", "Martin", "correct"), ("Hugo", "Bernard", "partial"), ("Inès", "Durand", "spy")]
    (tmp_path / "classe.csv").write_bytes(class_list_csv(plan))
    pupils = {
        pupil.last_name.upper(): pupil.id
        for pupil in import_roster(course, tmp_path / "classe.csv").added
    }
    config = load_course_config(course)
    assert NbGraderAPI(CourseDirectory(config=config), config=config).generate_assignment(
        DEMO_LESSON
    )["success"]
    behaviours = {}
    for _, last, behaviour in plan:
        student = pupils[last.upper()]
        notebook = nbformat.read(
            course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", as_version=4
        )
        BEHAVIOURS["partial" if behaviour == "spy" else behaviour][0](notebook)
        if behaviour == "spy":
            _answer(notebook, "q3", SPY)
        folder = course / "submitted" / student / DEMO_LESSON
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / f"{DEMO_LESSON}.ipynb")
        (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC", encoding="utf-8")
        behaviours[behaviour] = student
    return course, behaviours


def _exported(course: Path) -> list[list[str]]:
    from eduia.cli import main

    assert main(["course", "export", "--course", str(course)]) == 0
    with open(course / "notes.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_a_course_on_postgresql_grades_and_exports_as_on_sqlite(
    postgres_url, tmp_path, monkeypatch
) -> None:
    from course_simulation import DEMO_LESSON

    from eduia.course.config import gradebook_url
    from eduia.course.grading import autograde

    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # the teacher's session knows it, pupils never
    on_postgres, pupils = _course(tmp_path, "cours-pg", postgres_url)
    on_sqlite, same_pupils = _course(tmp_path, "cours-sqlite", None)
    assert pupils == same_pupils
    assert gradebook_url(on_postgres) == postgres_url
    assert "EDUIA_DB_URL" in (on_postgres / "nbgrader_config.py").read_text(encoding="utf-8")
    assert PASSWORD not in (on_postgres / "nbgrader_config.py").read_text(encoding="utf-8")

    reports = {
        course: autograde(course, DEMO_LESSON, jobs=2) for course in (on_postgres, on_sqlite)
    }
    scores = {
        course: {r.student: r.score for r in report.results} for course, report in reports.items()
    }
    assert (
        scores[on_postgres]
        == scores[on_sqlite]
        == {pupils["correct"]: 6.0, pupils["partial"]: 2.0, pupils["spy"]: 3.0}
    )
    marks = _exported(on_postgres)
    assert marks == _exported(on_sqlite)
    assert len(marks) == 4 and {row[0] for row in marks[1:]} == set(pupils.values())

    from eduia.course.feedback import generate_feedback

    feedback = {
        course: generate_feedback(course, DEMO_LESSON, release=False)
        for course in (on_postgres, on_sqlite)
    }
    routes = {
        course: [(p.student, p.route) for p in result.pupils] for course, result in feedback.items()
    }
    assert routes[on_postgres] == routes[on_sqlite] and len(routes[on_postgres]) == 3
    # The same rows, in any order: PostgreSQL returns a notebook's grades in no set order (on
    # SQLite they come in notebook order), and the page lists them as they come.
    pages = {
        course: {
            str(path.relative_to(course)): sorted(
                re.split("</?tr>", path.read_text(encoding="utf-8"))
            )
            for path in (course / "feedback").rglob("*.html")
        }
        for course in (on_postgres, on_sqlite)
    }
    assert len(pages[on_postgres]) == 3 and pages[on_postgres] == pages[on_sqlite]

    assert not list(on_postgres.rglob("*.db")), (
        "a PostgreSQL course must not write a SQLite gradebook"
    )
    assert (on_sqlite / "gradebook.db").is_file()
    spied = (
        on_postgres / "autograded" / pupils["spy"] / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    ).read_text(encoding="utf-8")
    printed = [
        line
        for cell in nbformat.reads(spied, as_version=4).cells
        for output in cell.get("outputs", [])
        for line in output.get("text", "").splitlines()
        if line.startswith("ENV [")
    ]
    assert printed, "the spy's cell must have printed its kernel's environment"
    environment = dict(ast.literal_eval(printed[0][len("ENV ") :]))
    assert "PATH" in environment and environment.get("PGPASSFILE") == os.devnull
    assert not {name for name in environment if name.startswith("PG")} - {"PGPASSFILE"}, environment
    assert PASSWORD not in spied and postgres_url not in spied and "EDUIA_DB_URL" not in environment
    assert os.environ["PGPASSWORD"] == PASSWORD  # this process (the merge) keeps it

    import psycopg

    port = int(postgres_url.rsplit(":", 1)[1].split("/")[0])
    with (
        psycopg.connect(
            host="127.0.0.1", port=port, user="prof", dbname="notes", password=PASSWORD
        ) as connection,
        connection.cursor() as cursor,
    ):
        cursor.execute("select count(*) from submitted_assignment")
        assert cursor.fetchone() == (3,)


def test_a_password_in_the_url_is_refused_before_anything_is_made(tmp_path, capsys) -> None:
    from course_simulation import write_demo_lesson

    from eduia.cli import main

    write_demo_lesson(tmp_path / "lessons")
    url = "postgresql+psycopg://prof:secret@db.example/notes"
    assert (
        main(
            [
                "course",
                "init",
                str(tmp_path / "c"),
                "--lessons",
                str(tmp_path / "lessons"),
                "--db-url",
                url,
            ]
        )
        == 2
    )
    assert "PGPASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def test_the_course_configuration_names_the_gradebook(tmp_path, monkeypatch) -> None:
    from eduia.course.config import CONFIG_NAME, config_text, gradebook_url, load_course_config

    server, sqlite = tmp_path / "serveur", tmp_path / "fichier"
    for folder, url in ((server, "postgresql+psycopg://prof@db.lycee/notes"), (sqlite, None)):
        folder.mkdir()
        (folder / CONFIG_NAME).write_text(config_text("c", db_url=url), encoding="utf-8")
    monkeypatch.delenv("EDUIA_DB_URL", raising=False)
    monkeypatch.delenv("EDUIA_GRADEBOOK_URL", raising=False)
    assert gradebook_url(server) == "postgresql+psycopg://prof@db.lycee/notes"
    assert load_course_config(server).CourseDirectory.db_url == gradebook_url(server)
    assert gradebook_url(sqlite) == f"sqlite:///{sqlite.resolve() / 'gradebook.db'}"
    monkeypatch.setenv("EDUIA_GRADEBOOK_URL", "postgresql+psycopg://prof@hub/notes")
    assert gradebook_url(server) == "postgresql+psycopg://prof@hub/notes"  # what the hub gives
    monkeypatch.setenv("EDUIA_DB_URL", "postgresql+psycopg://prof@autre/notes")
    assert gradebook_url(server) == "postgresql+psycopg://prof@autre/notes"  # the teacher's own
    assert gradebook_url(sqlite).endswith(
        "/fichier/gradebook.db"
    )  # a SQLite course stays as it was
