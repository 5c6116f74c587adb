"""The region's gradebook: nbgrader on a real PostgreSQL server, at the URL the values give.

Starts Debian's PostgreSQL (a throw-away cluster, as the ``postgres`` user, on loopback), creates
the lycée's role and database as :func:`eduia.hub.region.gradebook_url` names them, and runs
nbgrader's generate, autograde and gradebook at that URL, the password coming from
``PGPASSWORD`` as in the hub pod. Skipped without root, PostgreSQL or psycopg.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hub_support import one_exercise_notebook

from eduia.hub.region import Lycee, RegionOptions, gradebook_url

PG_BIN = Path("/usr/lib/postgresql/15/bin")


@pytest.mark.slow
def test_nbgrader_grades_into_the_lycees_postgresql_gradebook(tmp_path):
    pytest.importorskip("psycopg")
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        pytest.skip("needs root and Debian's PostgreSQL 15 (see .ci/run)")
    from eduia.launch import free_port

    port = free_port()
    cluster = Path(tempfile.mkdtemp(prefix="eduia-pg-", dir="/tmp"))
    postgres = pwd.getpwnam("postgres")
    os.chown(cluster, postgres.pw_uid, postgres.pw_gid)
    as_postgres = ["/usr/sbin/runuser", "-u", "postgres", "--"]
    server = None
    try:
        subprocess.run(
            [
                *as_postgres,
                str(PG_BIN / "initdb"),
                "-D",
                str(cluster / "data"),
                "-A",
                "scram-sha-256",
                "--pwfile=/dev/null",
                "-U",
                "postgres",
            ],
            check=False,
            capture_output=True,
        )
        if not (cluster / "data").exists():
            subprocess.run(
                [
                    *as_postgres,
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(cluster / "data"),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                ],
                check=True,
                capture_output=True,
            )
        hba = cluster / "data" / "pg_hba.conf"
        hba.write_text("local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
        server = subprocess.Popen(
            [
                *as_postgres,
                str(PG_BIN / "postgres"),
                "-D",
                str(cluster / "data"),
                "-p",
                str(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={cluster}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        lycee = Lycee("0130001A", "Lycée Thiers", 1450)
        url = gradebook_url(lycee, RegionOptions(postgres_host="127.0.0.1"))
        url = url.replace("127.0.0.1:5432", f"127.0.0.1:{port}")
        role, database = f"eduia_{lycee.slug}", f"gradebook_{lycee.slug}"
        psql = [
            *as_postgres,
            "/usr/bin/psql",
            "-h",
            str(cluster),
            "-p",
            str(port),
            "-U",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
        ]
        deadline = time.monotonic() + 30
        while (
            subprocess.run([*psql, "-c", "select 1"], capture_output=True, check=False).returncode
            != 0
        ):
            assert time.monotonic() < deadline and server.poll() is None
            time.sleep(0.3)
        subprocess.run(
            [*psql, "-c", f"create role {role} login password 'secret-0130001a'"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [*psql, "-c", f"create database {database} owner {role}"],
            check=True,
            capture_output=True,
        )

        course = tmp_path / "cours"
        (course / "source" / "devoir1").mkdir(parents=True)
        (course / "source" / "devoir1" / "devoir1.ipynb").write_text(
            json.dumps(one_exercise_notebook("### BEGIN SOLUTION\nx = 2\n### END SOLUTION"))
        )
        (course / "submitted" / "alice" / "devoir1").mkdir(parents=True)
        (course / "submitted" / "alice" / "devoir1" / "devoir1.ipynb").write_text(
            json.dumps(one_exercise_notebook("x = 2"))
        )
        (course / "nbgrader_config.py").write_text(
            "c = get_config()\n"
            f"c.CourseDirectory.root = {str(course)!r}\n"
            "c.CourseDirectory.course_id = 'devoirs'\n"
            "import os\nc.CourseDirectory.db_url = os.environ['EDUIA_GRADEBOOK_URL']\n"
        )
        env = {
            **os.environ,
            "EDUIA_GRADEBOOK_URL": url,
            "PGPASSWORD": "secret-0130001a",
            "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        }
        nbgrader = [sys.executable, "-m", "nbgrader"]
        for step in (
            ["db", "student", "add", "alice"],
            ["generate_assignment", "devoir1"],
            ["autograde", "devoir1"],
        ):
            done = subprocess.run(
                [*nbgrader, *step], cwd=course, env=env, capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, done.stdout + done.stderr
        assert not list(course.glob("*.db"))  # nothing went to SQLite

        import psycopg

        with (
            psycopg.connect(
                host="127.0.0.1", port=port, user=role, dbname=database, password="secret-0130001a"
            ) as connection,
            connection.cursor() as cur,
        ):
            cur.execute(
                "select s.id, sum(g.auto_score) from grade g "
                "join submitted_notebook n on g.notebook_id = n.id "
                "join submitted_assignment a on n.assignment_id = a.id "
                "join student s on a.student_id = s.id group by s.id"
            )
            assert cur.fetchall() == [("alice", 1.0)]
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            server.wait(30)
        shutil.rmtree(cluster, ignore_errors=True)
