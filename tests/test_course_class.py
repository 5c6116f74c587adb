"""A simulated class of 30 pupils through the whole nbgrader round trip with ``eduia course``.

Release, fetch and submit through nbgrader's exchange (in a temporary exchange root), collect,
autograde in parallel and sequentially, feedback and export. The pupils hand in right,
partial, untouched and broken notebooks of every kind (see
``BEHAVIOURS`` of tests/course_simulation.py).
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
from pathlib import Path

import pytest
from course_simulation import (
    BEHAVIOURS,
    DEMO_LESSON,
    class_list_csv,
    class_plan,
    expected_auto_points,
    simulate_class,
    write_demo_lesson,
)

from eduia.cli import main
from eduia.course.folder import init_course
from eduia.course.grading import autograde
from eduia.course.roster import import_roster

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")]

HIDDEN_TEST_TEXTS = ("carre(-4)", "moyenne([2, 4])", "nombre_communes == 946", "doit valoir 16")

#: The issue each broken behaviour must produce in the summary, and whether it needs the teacher.
EXPECTED_ISSUES = {
    "corrupt": ("corrupt", True),
    "endless_loop": ("timeout", True),
    "kernel_crash": ("kernel_died", True),
    "stubborn_loop": ("kernel_stuck", True),
    "huge_output": ("huge_output", False),
    "deleted_test": ("locked_deleted", False),
    "edited_test": ("locked_edited", False),
    "deleted_locked": ("locked_deleted", False),
    "renamed": ("renamed", False),
    "deleted_answer": ("answer_deleted", False),
}


def _page_text(page: Path) -> str:
    """What a browser shows of an HTML page: tags (syntax highlighting) removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _gradebook_state(root: Path) -> dict[tuple, tuple]:
    """Everything autograde writes, keyed by pupil, notebook and cell (ids left out)."""
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    state = {}
    with Gradebook(gradebook_url(root)) as gradebook:
        for submission in gradebook.assignment_submissions(DEMO_LESSON):
            student = submission.student.id
            state[(student, "timestamp")] = (submission.timestamp,)
            for notebook in submission.notebooks:
                state[(student, notebook.name, "notebook")] = (
                    notebook.flagged,
                    notebook.late_submission_penalty,
                )
                for grade in notebook.grades:
                    state[(student, notebook.name, grade.name)] = (
                        grade.auto_score,
                        grade.needs_manual_grade,
                    )
                for comment in notebook.comments:
                    state[(student, notebook.name, comment.name, "comment")] = (
                        comment.auto_comment,
                    )
    return state


@pytest.fixture
def collected_class(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A course whose 30 pupils (and one absent pupil) handed in the demo lesson, collected."""
    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(
        course,
        "seconde-3",
        lessons_dir=tmp_path / "lessons",
        exchange_root=str(tmp_path / "exchange"),
        cell_timeout=3,
    )
    plan = class_plan(30)
    class_list = tmp_path / "export_pronote.csv"
    class_list.write_bytes(class_list_csv(plan + [("Zoé", "Absente", "absent")]))
    assert main(["course", "roster", str(class_list), "--course", str(course)]) == 0
    imported = import_roster(course, class_list)  # importing again updates, never duplicates
    assert (len(imported.added), len(imported.updated)) == (0, 31)
    pupils = {pupil.id: behaviour for pupil, (_, _, behaviour) in zip(imported.updated, plan)}
    assert len(pupils) == 30 and set(pupils.values()) == set(BEHAVIOURS)
    simulate_class(course, tmp_path / "homes", pupils)
    return course, pupils


def test_class_of_30_round_trip(
    collected_class, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    course, pupils = collected_class
    sequential_course = tmp_path / "course-sequential"
    shutil.copytree(course, sequential_course)
    plain_course = tmp_path / "course-plain-nbgrader"
    shutil.copytree(course, plain_course)
    submitted_before = _tree_digest(course / "submitted")
    assert len({path.split("/")[0] for path in submitted_before}) == 30

    # Parallel autograde through the command line: exit 1 because some need the teacher.
    assert main(["course", "autograde", DEMO_LESSON, "--jobs", "2", "--course", str(course)]) == 1
    summary = capsys.readouterr().out
    _check_summary(summary, pupils)
    assert _tree_digest(course / "submitted") == submitted_before  # nothing handed in is lost

    # The same class graded sequentially gives the same gradebook.
    report = autograde(sequential_course, DEMO_LESSON, jobs=1)
    assert _gradebook_state(sequential_course) == _gradebook_state(course)
    for result in report.results:
        assert result.score == expected_auto_points(pupils[result.student]), result.student
        assert result.max_score == 8.0
    attention = {r.student for r in report.results if r.needs_attention}
    assert attention == {s for s, b in pupils.items() if EXPECTED_ISSUES.get(b, ("", False))[1]}

    # Plain nbgrader, one pupil after the other, agrees on well-formed submissions.
    _check_plain_nbgrader_agrees(plain_course, course, pupils)

    # Graded again without --force: only the notebook that could not be graded comes back.
    again = autograde(course, DEMO_LESSON, jobs=2)
    assert [(r.student, pupils[r.student]) for r in again.results] == [
        (s, "corrupt") for s, b in pupils.items() if b == "corrupt"
    ]
    assert len(again.skipped) == 29

    _check_feedback(course, tmp_path, pupils, capsys)
    _check_export(course, pupils, capsys)


def _check_plain_nbgrader_agrees(plain_course: Path, course: Path, pupils: dict[str, str]) -> None:
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import load_course_config

    chosen = {
        b: s
        for s, b in sorted(pupils.items())
        if b in ("correct", "partial", "visible_only", "untouched")
    }
    config = load_course_config(plain_course)
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for student in chosen.values():
        assert api.autograde(DEMO_LESSON, student)["success"], student
    plain, ours = _gradebook_state(plain_course), _gradebook_state(course)
    for key, value in plain.items():
        if key[0] in chosen.values():
            assert ours[key] == value, key


def _check_summary(summary: str, pupils: dict[str, str]) -> None:
    from eduia.course.issues import Issue

    lines = summary.splitlines()
    assert lines[0].startswith("Correction automatique de « demo » : 30 travaux notés")
    blocks = {}
    for line in lines[1:]:
        if line.startswith("  ") and not line.startswith("    "):
            current = line.split(" : ")[0].strip()
            blocks[current] = [line]
        elif line.startswith("    "):
            blocks[current].append(line)
    assert set(blocks) == set(pupils)
    for student, behaviour in pupils.items():
        points = expected_auto_points(behaviour)
        assert f"{student} : {points:g} / 8 points" in blocks[student][0], blocks[student]
        code, attention = EXPECTED_ISSUES.get(behaviour, (None, False))
        assert blocks[student][0].endswith("À VÉRIFIER") == attention, blocks[student]
        if code:
            prefix = Issue(code).message("fr").split("«")[0].split("(")[0]
            assert any(prefix in line for line in blocks[student][1:]), (behaviour, blocks[student])
    assert "boucle sans fin ? cellule « q1 » interrompue après 3 s" in summary
    assert "le noyau Python s'est arrêté à la cellule « q2 »" in summary
    assert "« demo (copie).ipynb » a été noté comme « demo.ipynb »" in summary
    assert (
        "cellule verrouillée « q2-tests » modifiée : la version d'origine a été rétablie" in summary
    )
    assert "cellule verrouillée « consigne-q3 » supprimée : elle a été remise" in summary
    assert "sortie énorme dans la cellule « q1 » : coupée" in summary
    assert "cellule de réponse « reponse » supprimée : remise vide, à noter à la main" in summary
    assert "la cellule « q2 » ne s'arrête pas, même interrompue après 3 s" in summary
    assert lines[-1].startswith("Bilan : 30 travaux notés, 4 à vérifier")


def _check_feedback(course: Path, tmp_path: Path, pupils: dict[str, str], capsys) -> None:
    from course_simulation import _exchange_config
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeFetchFeedback

    from eduia.course.config import load_course_config

    assert main(["course", "feedback", DEMO_LESSON, "--course", str(course)]) == 0
    assert "29 pages" in capsys.readouterr().out  # the corrupt notebook has no feedback
    pages = sorted((course / "feedback").glob(f"*/{DEMO_LESSON}/{DEMO_LESSON}.html"))
    assert len(pages) == 29
    for page in pages:
        text = _page_text(page)
        assert not any(hidden in text for hidden in HIDDEN_TEST_TEXTS), page
        assert "BEGIN HIDDEN TESTS" not in text
    right = next(s for s, b in pupils.items() if b == "visible_only")
    text = _page_text(course / "feedback" / right / DEMO_LESSON / f"{DEMO_LESSON}.html")
    assert "Un test de correction n'est pas passé : 0 / 2 points." in text  # from the gradebook
    assert "assert carre(3) == 9" in text  # the visible test stays

    # The pupil fetches the released feedback through the exchange.
    home = tmp_path / "homes" / right
    config = _exchange_config(load_course_config(course), home, right)
    config.CourseDirectory.assignment_id = DEMO_LESSON
    ExchangeFetchFeedback(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    ).start()
    fetched = list((home / DEMO_LESSON / "feedback").rglob("*.html"))
    assert fetched and not any(hidden in _page_text(fetched[0]) for hidden in HIDDEN_TEST_TEXTS)

    # Control: nbgrader's own feedback pipeline would have shown the hidden tests.
    from nbgrader.converters import GenerateFeedback

    config = load_course_config(course)
    config.CourseDirectory.assignment_id = DEMO_LESSON
    config.CourseDirectory.student_id = right
    config.CourseDirectory.feedback_directory = "plain-feedback"
    config.GenerateFeedback.preprocessors = ["nbgrader.preprocessors.GetGrades"]
    GenerateFeedback(coursedir=CourseDirectory(config=config), config=config).start()
    plain = _page_text(course / "plain-feedback" / right / DEMO_LESSON / f"{DEMO_LESSON}.html")
    assert "assert carre(-4) == 16" in plain

    # The formgrader's "Generate Feedback" button (nbgrader's API with the course's config)
    # hides them too.
    from nbgrader.apps import NbGraderAPI

    config = load_course_config(course)
    config.CourseDirectory.feedback_directory = "formgrader-feedback"
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    assert api.generate_feedback(DEMO_LESSON, right)["success"]
    button = _page_text(
        course / "formgrader-feedback" / right / DEMO_LESSON / f"{DEMO_LESSON}.html"
    )
    assert "assert carre(3) == 9" in button
    assert not any(hidden in button for hidden in HIDDEN_TEST_TEXTS)


def _check_export(course: Path, pupils: dict[str, str], capsys) -> None:
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    right = min(s for s, b in pupils.items() if b == "correct")
    with Gradebook(gradebook_url(course)) as gradebook:  # the teacher grades one written answer
        grade = gradebook.find_grade("reponse", DEMO_LESSON, DEMO_LESSON, right)
        grade.manual_score, grade.needs_manual_grade = 2, False  # as the formgrader does
        gradebook.db.commit()
    out = course / "export" / "notes.csv"
    out.parent.mkdir()
    assert main(["course", "export", "--out", str(out), "--course", str(course)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = [line.split(";") for line in data.decode("utf-8-sig").splitlines()]
    assert rows[0] == [
        "identifiant",
        "nom",
        "prénom",
        "classe",
        "leçon",
        "points",
        "maximum",
        "note sur 20",
        "état",
    ]
    by_id = {row[0]: row for row in rows[1:]}
    assert len(by_id) == 31 and len(rows) == 32
    assert by_id[right][1:] == [
        by_id[right][1],
        by_id[right][2],
        "2nde 3",
        "demo",
        "8",
        "8",
        "20,00",
        "noté",
    ]
    absent = next(row for row in rows[1:] if row[1] == "ABSENTE")
    assert absent[5:] == ["", "8", "", "non rendu"]
    for student, behaviour in pupils.items():
        row = by_id[student]
        if student != right:
            points = expected_auto_points(behaviour)
            assert row[5] == f"{points:g}".replace(".", ",")
            assert row[7] == f"{20 * points / 8:.2f}".replace(".", ",")
        if EXPECTED_ISSUES.get(behaviour, ("", False))[1]:
            assert row[8] == "à vérifier"
