"""A hostile pupil's submission opened in the teacher's formgrader, in real Chromium: no script runs.

The pupil's written answer and the HTML output of one of its cells carry an ``onerror`` handler
and a ``<script>``; had either run, it would act with the teacher's session (issue 12: it wrote a
file into the course). Autograde sanitizes what the formgrader renders.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest
from browser_support import chromium_or_skip

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MARKDOWN_ATTACK = (
    "Ma réponse <img src=x onerror=\"window.pwned=1;fetch('/pwned-markdown')\"> "
    "<a href=\"javascript:fetch('/pwned-link')\">lien</a>"
)
OUTPUT_ATTACK = """
from IPython.display import HTML, display
display(HTML('<img src=y onerror="window.pwned=2;fetch(&quot;/pwned-output&quot;)">'
             '<script>window.pwned=3;fetch("/pwned-script")</script>'))
"""


@pytest.fixture(scope="module")
def hostile_course(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, int]]:
    import nbformat
    from course_simulation import BEHAVIOURS, DEMO_LESSON, _answer
    from nbgrader.api import Gradebook
    from test_course_hostile import _course

    from eduia.course.config import gradebook_url
    from eduia.course.grading import autograde
    from eduia.launch import running_lab

    chromium_or_skip()
    course = _course(tmp_path_factory.mktemp("prof"))
    notebook = nbformat.read(course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", 4)
    BEHAVIOURS["correct"][0](notebook)
    _answer(notebook, "q3", "nombre_communes = 946\n" + textwrap.dedent(OUTPUT_ATTACK))
    _answer(notebook, "reponse", MARKDOWN_ATTACK)
    folder = course / "submitted" / "mallory" / DEMO_LESSON
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{DEMO_LESSON}.ipynb")
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC", encoding="utf-8")
    autograde(course, DEMO_LESSON, jobs=1)
    with Gradebook(gradebook_url(course)) as gradebook:
        submission = gradebook.find_submission_notebook(DEMO_LESSON, DEMO_LESSON, "mallory").id
    with running_lab(course, teacher=True) as server:
        yield server, submission


def test_the_formgrader_shows_a_hostile_submission_without_running_its_scripts(
    hostile_course, page
) -> None:
    server, submission = hostile_course
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{server.base_url}/formgrader/submissions/{submission}/?token={server.token}")
    page.get_by_text("Ma réponse").first.wait_for(timeout=60_000)  # the answer is shown...
    page.wait_for_timeout(1500)  # ...and an image error handler would have fired by now
    assert page.evaluate("window.pwned") is None
    assert not [url for url in requests if "pwned" in url]
    # the pupil's code is shown as text (escaped); no element carries a handler or a live script
    assert page.evaluate("document.querySelectorAll('[onerror], [onload]').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    scripts = page.evaluate("[...document.scripts].map(script => script.text).join(' ')")
    assert "pwned" not in scripts
