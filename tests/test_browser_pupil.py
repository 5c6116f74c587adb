"""What a pupil sees in JupyterLab, in a real headless Chromium (Playwright + Debian's chromium).

JupyterLab is started with eduia's own launch code (``running_lab``) in a workspace made by
``prepare_workspace``, exactly as ``eduia lab`` does, on a free loopback port.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from browser_support import (
    cell_output_text,
    cells,
    chromium_or_skip,
    open_notebook,
    replace_cell_source,
    run_cell,
    save_notebook,
    saved_errors,
    screenshot,
    wait_for_idle_kernel,
)

from eduia.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSON_02 = "02-plus-proches-voisins/02-plus-proches-voisins.ipynb"
CORRECT_DISTANCE = (
    "def distance(a, b):\n    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5\n"
)
NOT_ATTEMPTED = t("checks.title_not_attempted", language="fr")
RUN_MENU = re.compile(r"^\s*(Exécution|Run)\s*$")  # the language pack's French menu, or English
RUN_ALL_CELLS = ".lm-Menu-item[data-command='runmenu:run-all']"  # « Exécuter toutes les cellules »
WRONG_DISTANCE = "def distance(a, b):\n    return (a[0] - b[0]) + (a[1] - b[1])\n"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from eduia.launch import running_lab
    from eduia.workspace import prepare_workspace

    chromium_or_skip()
    workspace = tmp_path_factory.mktemp("eleve")
    prepare_workspace(workspace)
    with running_lab(workspace) as server:
        yield server


def _cell_index(page, pattern: str) -> int:
    sources = [
        cells(page).nth(i).locator(".jp-InputArea-editor").text_content()
        for i in range(cells(page).count())
    ]
    return next(i for i, source in enumerate(sources) if re.search(pattern, source, re.MULTILINE))


def test_run_all_on_the_untouched_lesson_02_reaches_the_last_cell(
    lab, page, tmp_path: Path
) -> None:
    """« Exécuter › Exécuter toutes les cellules » on the untouched lesson: no cell raises, every code cell runs."""
    open_notebook(page, lab.url_for(LESSON_02), lab.workspace / LESSON_02)
    screenshot(page, tmp_path, "eleve-lecon-02-ouverte")
    cells(page).first.click(position={"x": 5, "y": 5})
    page.locator(".lm-MenuBar-itemLabel").filter(has_text=RUN_MENU).first.click()
    page.locator(RUN_ALL_CELLS).first.click()
    page.wait_for_function(  # JupyterLab aborts the queue at the first error: the last prompts would stay empty
        """() => [...document.querySelectorAll(
                 '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell .jp-InputPrompt')]
                 .every((prompt) => /\\[\\d+\\]/.test(prompt.textContent))""",
        timeout=180_000,
    )
    wait_for_idle_kernel(page)
    save_notebook(page)
    screenshot(page, tmp_path, "eleve-lecon-02-executee")
    notebook = nbformat.read(lab.workspace / LESSON_02, as_version=4)
    code = [(index, cell) for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
    unrun = [index for index, cell in code if cell.execution_count is None]
    assert not unrun, f"« Run All » left cells {unrun} without an execution count"
    errors = saved_errors(lab.workspace / LESSON_02)
    assert not errors, (
        f"« Run All » met an error in cell {errors[0]['cell']}: {errors[0]['ename']}: {errors[0]['evalue']}"
    )


def test_k_slider_moves_with_the_keyboard_and_redraws_the_map(lab, page, tmp_path: Path) -> None:
    open_notebook(page, lab.url_for(LESSON_02), lab.workspace / LESSON_02)
    index = _cell_index(page, r"knn_map\(\)")
    run_cell(page, index)
    playground = cells(page).nth(index).locator(".jp-OutputArea")
    image = playground.locator("img").first
    image.wait_for(state="visible")
    before = image.get_attribute("src")
    slider = (
        playground.locator(".widget-slider")
        .filter(has_text=re.compile(r"^\s*k", re.IGNORECASE))
        .first
    )
    handle = slider.locator("[role=slider], .noUi-handle").first
    handle.focus()
    value_before = slider.locator(".widget-readout").inner_text()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([img, src]) => img.getAttribute('src') !== src",
        arg=[image.element_handle(), before],
        timeout=15_000,
    )
    assert slider.locator(".widget-readout").inner_text() != value_before
    wait_for_idle_kernel(page)
    screenshot(page, tmp_path, "eleve-terrain-de-jeu-k")


def test_correct_answer_shows_french_success(lab, page, tmp_path: Path) -> None:
    open_notebook(page, lab.url_for(LESSON_02), lab.workspace / LESSON_02)
    run_cell(page, _cell_index(page, r"^from eduia"))
    answer = _cell_index(page, r"def distance\(")
    replace_cell_source(page, answer, CORRECT_DISTANCE)
    run_cell(page, answer)
    run_cell(page, answer + 1)
    output = cell_output_text(page, answer + 1)
    screenshot(page, tmp_path, "eleve-exercice-reussi")
    assert "Bravo" in output
    assert "Traceback" not in output


def test_wrong_answer_shows_french_hint_without_traceback(lab, page, tmp_path: Path) -> None:
    open_notebook(page, lab.url_for(LESSON_02), lab.workspace / LESSON_02)
    run_cell(page, _cell_index(page, r"^from eduia"))
    answer = _cell_index(page, r"def distance\(")
    replace_cell_source(page, answer, WRONG_DISTANCE)
    run_cell(page, answer)
    run_cell(page, answer + 1)
    output = cell_output_text(page, answer + 1)
    screenshot(page, tmp_path, "eleve-exercice-indice")
    assert "Pas encore" in output and "hint()" in output  # hints come on demand
    assert "Traceback" not in output
    assert "File " not in output
