"""What a teacher sees in JupyterLab for a course made by ``eduia course init``: nbgrader's
formgrader and assignment list load, in a real headless Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import chromium_or_skip, screenshot

from eduia.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSON = "02-plus-proches-voisins"
COURSE_ID = "seconde-2"


def _release(course: Path, lesson: str) -> None:
    """Generate and release ``lesson`` with nbgrader's own API, as the formgrader's buttons do."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import ensure_tools_on_path, load_course_config

    ensure_tools_on_path()
    config = load_course_config(course)
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    for step in (api.generate_assignment, api.release_assignment):
        outcome = step(lesson)
        assert outcome["success"], outcome.get("error") or outcome.get("log")


@pytest.fixture(scope="module")
def teacher_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from eduia.launch import running_lab

    chromium_or_skip()
    root = tmp_path_factory.mktemp("prof")
    exchange = root / "echange"
    exchange.mkdir()
    exchange.chmod(0o777)
    course = root / "cours"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EDUIA_EXCHANGE_ROOT", str(exchange))
        assert main(["course", "init", str(course), "--course-id", COURSE_ID]) == 0
        _release(course, LESSON)
        with running_lab(
            course, teacher=True, extra_env={"EDUIA_EXCHANGE_ROOT": str(exchange)}
        ) as server:
            yield server


def _open_from_nbgrader_menu(page, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def _no_error_dialog(page) -> None:
    assert page.locator(".jp-Dialog").count() == 0, page.locator(".jp-Dialog").inner_text()


def test_formgrader_loads_the_course(teacher_lab, page, tmp_path: Path) -> None:
    page.goto(teacher_lab.url)
    page.wait_for_selector(".jp-LabShell", timeout=90_000)
    _open_from_nbgrader_menu(page, "Formgrader")
    frame = page.frame_locator("iframe[src*='formgrader']")
    row = frame.locator("#main_table tr, table tr").filter(has_text=LESSON).first
    row.wait_for(timeout=60_000)
    assert "released" in row.inner_text().lower() or "publié" in row.inner_text().lower()
    _no_error_dialog(page)
    screenshot(page, tmp_path, "prof-formgrader")


def test_assignment_list_shows_the_released_lesson(teacher_lab, page, tmp_path: Path) -> None:
    page.goto(teacher_lab.url)
    page.wait_for_selector(".jp-LabShell", timeout=90_000)
    _open_from_nbgrader_menu(page, "Assignment List")
    released = page.locator("#released_assignments_list")
    released.get_by_text(LESSON).first.wait_for(timeout=60_000)
    assert COURSE_ID in released.inner_text()
    _no_error_dialog(page)
    screenshot(page, tmp_path, "prof-liste-des-devoirs")
