"""``eduia course feedback`` against hostile pupils, a USB copy and an offline browser.

One small class hands in the demo lesson (two pupils through nbgrader's exchange, one copy
brought on a USB stick without ``timestamp.txt``, two hostile pupils), is autograded once, and
gets its feedback once (module fixture). Each test then reads what a pupil can see: the
pages in ``feedback/``, the folder to hand over, the exchange, the page a pupil fetches.
"""

from __future__ import annotations

import base64
import html
import re
import shutil
import textwrap
from pathlib import Path

import nbformat
import pytest
from course_simulation import BEHAVIOURS, DEMO_LESSON, _answer

from eduia.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")]

#: Lines of the demo lesson's hidden tests (and its solution to the written answer).
HIDDEN = (
    "carre(-4)",
    "moyenne([2, 4])",
    "moyenne([0.5])",
    "nombre_communes == 946",
    "doit valoir 16",
)
CORRIGE = "CORRIGE-DU-PROFESSEUR-7731"
PRINTED_WHILE_GRADING = "IMPRIME-PENDANT-LA-CORRECTION"
PRINTED_AT_HOME = "IMPRIME-A-LA-MAISON"
CHECK_MESSAGE = "carre(-1) renvoie 9 au lieu de 1."
CHECK_HINT = "Tape exercices.carre.hint() pour un indice (1/2)."
XSS_ANSWER = (
    "Réponse <img src=x onerror=\"fetch('/formgrader/api')\"> "
    '<a href="javascript:alert(1)">lien</a> $$d = \\sqrt{x^2 + y^2}$$'
)

#: A pupil who tries every way of seeing the hidden tests from inside the graded notebook.
SPY_Q1 = """
APPELS = []
def carre(x):
    APPELS.append(x)
    return x * x
"""
SPY_Q3 = """
nombre_communes = 946
import glob
print({first!r} + {second!r}, APPELS)
for path in glob.glob('../../../source/*/*.ipynb') + glob.glob('../../../../source/*/*.ipynb'):
    try:
        print(open(path).read())
    except OSError as error:
        print('bloqué', error)
get_ipython().run_line_magic('history', '-n')
"""


def _page_text(page: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def _check_output() -> nbformat.NotebookNode:
    """The display a failed check leaves in the pupil's own session (eduia.checks)."""
    from eduia.checks.outcomes import CheckResult, Outcome

    result = CheckResult("demo.carre", Outcome.INCORRECT, CHECK_MESSAGE, CHECK_HINT)
    return nbformat.v4.new_output(
        "display_data", data={"text/html": result._repr_html_(), "text/plain": str(result)}
    )


def _set_outputs(notebook, grade_id: str, outputs: list) -> None:
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.outputs = outputs


def _honest_with_check(notebook) -> None:
    BEHAVIOURS["visible_only"][0](notebook)
    _set_outputs(notebook, "q1-tests", [_check_output()])


def _spy(notebook) -> None:
    BEHAVIOURS["correct"][0](notebook)
    _answer(notebook, "q1", textwrap.dedent(SPY_Q1))
    _answer(
        notebook,
        "q3",
        textwrap.dedent(SPY_Q3).format(
            first=PRINTED_WHILE_GRADING[:10], second=PRINTED_WHILE_GRADING[10:]
        ),
    )
    _set_outputs(
        notebook,
        "q3",
        [nbformat.v4.new_output("stream", name="stdout", text=PRINTED_AT_HOME + "\n")],
    )


def _scripter(notebook) -> None:
    BEHAVIOURS["correct"][0](notebook)
    _answer(notebook, "reponse", XSS_ANSWER)
    _set_outputs(
        notebook,
        "q1",
        [
            nbformat.v4.new_output(
                "display_data",
                data={
                    "text/html": '<b onmouseover="alert(1)">gras</b><script>alert(2)</script>',
                    "text/plain": "gras",
                },
            ),
            nbformat.v4.new_output("display_data", data={"application/javascript": "alert(3)"}),
        ],
    )


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The class handed in, autograded and given feedback once; what the command printed."""
    from course_simulation import pupil_hands_in, write_demo_lesson
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import gradebook_url, load_course_config
    from eduia.course.folder import init_course
    from eduia.course.grading import autograde

    tmp = tmp_path_factory.mktemp("feedback")
    write_demo_lesson(tmp / "lessons")
    course = tmp / "course"
    (tmp / "exchange").mkdir()
    init_course(
        course,
        "c",
        lessons_dir=tmp / "lessons",
        exchange_root=str(tmp / "exchange"),
        cell_timeout=10,
    )
    config = load_course_config(course)
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    assert api.generate_assignment(DEMO_LESSON)["success"]
    assert api.release_assignment(DEMO_LESSON)["success"]
    monkeypatch = pytest.MonkeyPatch()
    for name, change in (
        ("with_check", _honest_with_check),
        ("spy", _spy),
        ("scripter", _scripter),
    ):
        monkeypatch.setitem(BEHAVIOURS, name, (change, "normal", 6.0))
    pupils = {"ana": "correct", "teo": "with_check", "eve": "spy", "max": "scripter"}
    for student, behaviour in pupils.items():
        pupil_hands_in(config, tmp / "homes" / student, student, behaviour)
    monkeypatch.undo()
    assert api.collect(DEMO_LESSON)["success"]
    # A copy brought on a USB stick: placed by hand, without timestamp.txt nor exchange secret.
    usb = course / "submitted" / "usb" / DEMO_LESSON
    usb.mkdir(parents=True)
    notebook = nbformat.read(course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", 4)
    BEHAVIOURS["partial"][0](notebook)
    nbformat.write(notebook, usb / f"{DEMO_LESSON}.ipynb")
    # The teacher's corrigé, kept beside the lesson; and a file declared for the pupils.
    (course / "source" / DEMO_LESSON / "corrige.py").write_text(f"# {CORRIGE}\n", encoding="utf-8")
    declared = course / "joindre-aux-retours" / DEMO_LESSON
    declared.mkdir(parents=True)
    (declared / "bareme.txt").write_text("Barème : 8 points.\n", encoding="utf-8")
    # A stale nbgrader feedback folder holding the corrigé (the formgrader's button).
    stale = course / "feedback" / "ana" / DEMO_LESSON
    stale.mkdir(parents=True)
    (stale / "corrige.py").write_text(CORRIGE, encoding="utf-8")

    report = autograde(course, DEMO_LESSON, jobs=2)
    assert {r.student: r.score for r in report.results} == {
        "ana": 6.0,
        "teo": 4.0,
        "eve": 6.0,
        "max": 6.0,
        "usb": 2.0,
    }
    with Gradebook(gradebook_url(course)) as gradebook:  # the teacher grades ana's written answer
        grade = gradebook.find_grade("reponse", DEMO_LESSON, DEMO_LESSON, "ana")
        grade.manual_score, grade.needs_manual_grade = 1.5, False
        comment = gradebook.find_comment("reponse", DEMO_LESSON, DEMO_LESSON, "ana")
        comment.manual_comment = "Bonne idée, précise la source <b>des données</b>."
        gradebook.db.commit()

    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["course", "feedback", DEMO_LESSON, "--course", str(course)])
    return {
        "course": course,
        "tmp": tmp,
        "code": code,
        "out": out.getvalue(),
        "err": err.getvalue(),
    }


def _pupil_visible_files(course: Path, tmp: Path) -> list[Path]:
    """Every file that reaches a pupil: feedback folders, the hand-over folder, the exchange."""
    folders = [
        course / "feedback",
        course / "retours-a-remettre",
        tmp / "exchange" / "c" / "feedback",
    ]
    return [path for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()]


def test_each_pupil_gets_a_page_by_the_right_route_and_the_summary_says_which(graded_class) -> None:
    course, out = graded_class["course"], graded_class["out"]
    assert graded_class["code"] == 0, graded_class["err"]
    assert "5 pages dans feedback/" in out
    for student in ("ana", "teo", "eve", "max"):
        assert f"  {student} : retour envoyé par le dossier d'échange" in out
    assert "  usb : copie arrivée hors du dossier d'échange (clé USB, PC séparé)" in out
    assert "Bilan : 4 envoyés, 1 à remettre à la main, 0 écrit sans envoi, 0 sans retour." in out
    hand_over = course / "retours-a-remettre" / DEMO_LESSON
    assert sorted(p.name for p in hand_over.iterdir()) == ["usb"]
    assert (hand_over / "usb" / f"{DEMO_LESSON}.html").is_file()
    released = sorted((graded_class["tmp"] / "exchange" / "c" / "feedback").glob("*.html"))
    assert len(released) == 4


def test_a_pupil_fetches_the_french_page_out_of_20(graded_class) -> None:
    from course_simulation import _exchange_config
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeFetchFeedback

    from eduia.course.config import load_course_config

    course, home = graded_class["course"], graded_class["tmp"] / "homes" / "ana"
    config = _exchange_config(load_course_config(course), home, "ana")
    config.CourseDirectory.assignment_id = DEMO_LESSON
    ExchangeFetchFeedback(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    ).start()
    # The simulated pupils share one nbgrader cache (one real home), so all four come back.
    fetched = {p.read_bytes(): p for p in (home / DEMO_LESSON / "feedback").rglob("*.html")}
    assert len(fetched) == 4
    page = fetched[(course / "feedback" / "ana" / DEMO_LESSON / "demo.html").read_bytes()]
    text = _page_text(page)
    assert "Retour sur « demo »" in text
    assert "Note : 18,75 / 20 (7,5 / 8 points)" in text
    assert (
        "Commentaire de ton professeur : Bonne idée, précise la source <b>des données</b>." in text
    )
    assert "Score" not in text and "Student's answer" not in text


def test_visible_check_message_and_hint_are_kept_with_the_verdict(graded_class) -> None:
    text = _page_text(graded_class["course"] / "feedback" / "teo" / DEMO_LESSON / "demo.html")
    assert "Note provisoire : 10 / 20 (4 / 8 points)" in text
    assert "assert carre(3) == 9" in text  # the visible test, as released
    assert "Ce que la vérification t'a dit quand tu as lancé cette cellule" in text
    assert CHECK_MESSAGE in text and CHECK_HINT in text
    assert "✗ Un test de correction n'est pas passé : 0 / 2 points." in text
    assert "✓ Les tests de correction sont passés : 3 / 3 points." in text
    assert "Réponse à noter par ton professeur (sur 2 points)." in text


def test_hidden_tests_reach_grading_but_never_a_pupil(graded_class) -> None:
    course = graded_class["course"]
    graded = (course / "autograded" / "eve" / DEMO_LESSON / "demo.ipynb").read_text(
        encoding="utf-8"
    )
    # Control: during grading the spy's cells did see the hidden tests and printed them.
    assert "carre(-4) == 16" in graded and PRINTED_WHILE_GRADING in graded and "-4]" in graded
    for path in _pupil_visible_files(course, graded_class["tmp"]):
        data = path.read_text(encoding="utf-8", errors="replace")
        text = html.unescape(re.sub(r"<[^>]+>", "", data))
        assert not [hidden for hidden in HIDDEN if hidden in text], path
        assert "BEGIN HIDDEN TESTS" not in data and PRINTED_WHILE_GRADING not in data, path
        assert CORRIGE not in data and path.name != "corrige.py", path
    spy = _page_text(course / "feedback" / "eve" / DEMO_LESSON / "demo.html")
    assert PRINTED_AT_HOME in spy  # what the pupil's own session printed stays
    assert "APPELS.append(x)" in spy  # the pupil's own code stays


def test_only_declared_files_go_with_the_pages(graded_class) -> None:
    course = graded_class["course"]
    for folder in (
        course / "feedback" / "ana" / DEMO_LESSON,
        course / "retours-a-remettre" / DEMO_LESSON / "usb",
    ):
        names = sorted(p.name for p in folder.iterdir())
        assert "bareme.txt" in names and "corrige.py" not in names, names
        assert set(names) <= {
            "demo.html",
            "bareme.txt",
            "timestamp.txt",
            "submission_secret.txt",
        }, names
    page = (course / "feedback" / "ana" / DEMO_LESSON / "demo.html").read_text(encoding="utf-8")
    link = re.search(
        r'download="bareme.txt" href="data:application/octet-stream;base64,([^"]+)"', page
    )
    assert link and base64.b64decode(link.group(1)).decode("utf-8") == "Barème : 8 points.\n"
    assert "joindre-aux-retours/demo/" in graded_class["out"]


def test_no_live_script_and_nothing_loaded_from_the_network(graded_class) -> None:
    course = graded_class["course"]
    pages = sorted((course / "feedback").rglob("*.html"))
    assert len(pages) == 5
    for page in pages:
        data = page.read_text(encoding="utf-8")
        lowered = data.lower()
        for forbidden in ("<script", "onerror", "onmouseover", "javascript:", "mathjax", "<iframe"):
            assert forbidden not in lowered, (page, forbidden)
        assert not re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", data), page
        assert "Content-Security-Policy" in data and "default-src 'none'" in data
    scripter = (course / "feedback" / "max" / DEMO_LESSON / "demo.html").read_text(encoding="utf-8")
    assert "Réponse" in scripter and "gras" in scripter
    assert "<msqrt>" in scripter and "\\sqrt" not in scripter  # the formula as MathML, offline


def test_feedback_before_autograde_answers_in_french(tmp_path: Path, capsys) -> None:
    from course_simulation import write_demo_lesson

    from eduia.course.folder import init_course

    write_demo_lesson(tmp_path / "lessons")
    init_course(
        tmp_path / "course",
        "c",
        lessons_dir=tmp_path / "lessons",
        exchange_root=str(tmp_path / "x"),
    )
    assert main(["course", "feedback", DEMO_LESSON, "--course", str(tmp_path / "course")]) == 2
    err = capsys.readouterr().err
    assert "Aucune copie corrigée pour « demo »" in err
    assert "lancez d'abord « eduia course autograde demo »" in err
    assert "No notebooks" not in err and "Traceback" not in err


def test_a_failed_release_costs_no_page_and_is_said_in_french(
    graded_class, tmp_path: Path, capsys, monkeypatch
) -> None:
    course = tmp_path / "course"
    shutil.copytree(graded_class["course"], course)
    monkeypatch.setenv("EDUIA_EXCHANGE_ROOT", str(tmp_path / "nulle-part"))
    assert main(["course", "feedback", DEMO_LESSON, "--course", str(course)]) == 1
    captured = capsys.readouterr()
    assert "n'ont pas pu être déposés dans le dossier d'échange" in captured.err
    assert "n'existe pas ou n'est pas accessible en écriture" in captured.out
    assert "Bilan : 0 envoyé, 5 à remettre à la main" in captured.out
    assert len(list((course / "retours-a-remettre" / DEMO_LESSON).glob("*/demo.html"))) == 5


def test_the_leak_guard_refuses_a_page_showing_a_hidden_line() -> None:
    from eduia.course.feedback import _leaked_line

    hidden = {"assert carre(-4) == 16"}
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("carre = abs")])
    assert (
        _leaked_line("<pre>assert carre(-4) == 16</pre>", hidden, notebook)
        == "assert carre(-4) == 16"
    )
    assert _leaked_line("<pre>assert carre(3) == 9</pre>", hidden, notebook) == ""
    own = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("assert carre(-4) == 16")])
    assert (
        _leaked_line("<pre>assert carre(-4) == 16</pre>", hidden, own) == ""
    )  # the pupil's own line


def test_the_points_table_follows_the_notebook_whatever_order_the_gradebook_returns() -> None:
    from eduia.course.feedback_page import CellGrade, NotebookGrades, PageContext, render_page

    def cell(grade_id: str):
        made = nbformat.v4.new_code_cell("x = 1")
        made.metadata["nbgrader"] = {"grade_id": grade_id, "grade": True}
        return made

    notebook = nbformat.v4.new_notebook(cells=[cell("ex-b"), cell("ex-c"), cell("ex-a")])
    names = ["ex-a", "ex-c", "efface", "ex-b"]  # as PostgreSQL may return them
    grades = NotebookGrades(
        "demo", 0, 8, {name: CellGrade(name, "code", 0, 2, False) for name in names}
    )
    page = render_page(PageContext("demo", "ana", "", 0, 8), notebook, grades, {})
    table = page[page.index("<table class='points'>") :]
    table = table[: table.index("</table>")]
    assert re.findall(r"<tr><td>([^<]+)</td>", table) == ["ex-b", "ex-c", "ex-a", "efface"]


def test_the_lessons_formulas_render_as_mathml() -> None:
    from eduia.course.feedback_page import markdown_html

    page = markdown_html(
        "La densité : $$\\text{densité} = \\frac{\\text{population}}{\\text{superficie en km}^2}$$ "
        "et $d(A, B) = \\sqrt{(\\text{lat}_A - \\text{lat}_B)^2}$, <img src=x onerror=alert(1)>"
    )
    assert "<mfrac>" in page and "<msqrt>" in page and "<mtext>superficie en km</mtext>" in page
    assert "\\frac" not in page and "onerror" not in page
    odd = markdown_html("$\\unknowncommand{x}$ <b>$<script>$</b>")
    assert '<code class="formule">\\unknowncommand{x}</code>' in odd and "<script" not in odd


def test_the_formgraders_feedback_button_shows_no_grading_output_either(graded_class) -> None:
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import load_course_config

    course = graded_class["course"]
    config = load_course_config(course)
    config.CourseDirectory.feedback_directory = "formgrader-feedback"
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for student in ("eve", "max"):
        assert api.generate_feedback(DEMO_LESSON, student)["success"], student
    spy = (course / "formgrader-feedback" / "eve" / DEMO_LESSON / "demo.html").read_text(
        encoding="utf-8"
    )
    text = html.unescape(re.sub(r"<[^>]+>", "", spy))
    assert PRINTED_WHILE_GRADING not in text and not [h for h in HIDDEN if h in text]
    assert PRINTED_AT_HOME in text
    scripter = (course / "formgrader-feedback" / "max" / DEMO_LESSON / "demo.html").read_text(
        encoding="utf-8"
    )
    assert "gras" in scripter and "onmouseover" not in scripter and "alert(2)" not in scripter
    assert "alert(3)" not in scripter and "onerror" not in scripter


def test_without_release_the_exchange_pupils_are_written_and_the_usb_copy_set_aside(
    graded_class, tmp_path: Path, capsys
) -> None:
    course = tmp_path / "course"
    shutil.copytree(graded_class["course"], course)
    late = course / "submitted" / "zoe" / DEMO_LESSON  # handed in after autograde ran
    shutil.copytree(course / "submitted" / "usb" / DEMO_LESSON, late)
    assert main(["course", "feedback", DEMO_LESSON, "--no-release", "--course", str(course)]) == 1
    out = capsys.readouterr().out
    assert "  ana : retour écrit dans feedback/, pas envoyé (--no-release)" in out
    assert "  zoe : copie pas encore corrigée : lancez « eduia course autograde demo »" in out
    assert "Bilan : 0 envoyé, 1 à remettre à la main, 4 écrits sans envoi, 1 sans retour." in out
    assert not (course / "feedback" / "zoe").exists()
    assert sorted(p.name for p in (course / "retours-a-remettre" / DEMO_LESSON).iterdir()) == [
        "usb"
    ]


def test_a_copy_handed_in_again_after_grading_waits_for_autograde(tmp_path: Path) -> None:
    from eduia.course.feedback import _newer

    submitted, graded = tmp_path / "submitted", tmp_path / "autograded"
    for folder, stamp in (
        (submitted, "2026-11-21 09:00:00 UTC"),
        (graded, "2026-11-20 10:00:00 UTC"),
    ):
        folder.mkdir()
        (folder / "timestamp.txt").write_text(stamp, encoding="utf-8")
    assert _newer(submitted, graded) and not _newer(graded, submitted)
    (submitted / "timestamp.txt").write_text("pas une date", encoding="utf-8")
    assert not _newer(submitted, graded)  # nothing can be said: the graded copy is used
    (submitted / "timestamp.txt").unlink()
    assert not _newer(submitted, graded)  # a USB copy without timestamp.txt


def test_feedback_messages_exist_in_french_and_english_with_the_same_fields() -> None:
    import string

    from eduia.course import feedback
    from eduia.messages.course import MESSAGES

    package = Path(feedback.__file__).parent
    used = set()
    for path in package.glob("feedback*.py"):
        used |= set(re.findall(r"""["'](course\.[a-z_]+)["']""", path.read_text(encoding="utf-8")))
    routes = (
        feedback.RELEASED,
        feedback.HAND_OVER,
        feedback.RELEASE_FAILED,
        feedback.WRITTEN,
        feedback.UNREADABLE,
        feedback.NOT_GRADED,
        feedback.RESUBMITTED,
        feedback.LEAK,
        feedback.ERROR,
    )
    used |= {f"course.feedback_pupil_{route}" for route in routes}
    assert len(used) > 40 and used <= set(MESSAGES), used - set(MESSAGES)

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key in used:
        french, english = MESSAGES[key]
        assert fields(french) == fields(english), key


@pytest.mark.browser
def test_in_chromium_the_page_runs_no_script_loads_nothing_and_draws_the_formula(
    graded_class, page
) -> None:
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    scripter = graded_class["course"] / "feedback" / "max" / DEMO_LESSON / "demo.html"
    page.goto(scripter.as_uri())
    page.get_by_text("gras").hover()
    page.get_by_text("lien").click()
    assert dialogs == []
    assert [url for url in requests if not url.startswith("file://")] == []
    assert page.evaluate("typeof window.MathJax") == "undefined"
    size = page.evaluate(
        "(() => { const r = document.querySelector('math msqrt').getBoundingClientRect();"
        " return [r.width, r.height]; })()"
    )
    assert size[0] > 20 and size[1] > 10  # drawn as a square root, not left as raw LaTeX
