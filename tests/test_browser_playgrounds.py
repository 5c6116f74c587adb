"""Every playground draws in the real JupyterLab: a picture, no error, in Debian's Chromium.

Unit tests prove what each playground computes; only a browser shows that the widget really
renders (widget extension loaded, image displayed, no French error line). One notebook calls the
twelve playgrounds; the digit grid is also clicked, as a pupil draws.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import (
    cells,
    chromium_or_skip,
    open_notebook,
    run_cells_one_by_one,
    screenshot,
    write_notebook,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "terrains-de-jeu.ipynb"


def _playground_names() -> list[str]:
    from eduia.playgrounds import PLAYGROUNDS

    return list(PLAYGROUNDS)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from eduia.launch import running_lab

    chromium_or_skip()
    workspace = tmp_path_factory.mktemp("terrains")
    write_notebook(
        workspace / NOTEBOOK,
        [f"from eduia.playgrounds import {name}\n{name}()" for name in _playground_names()],
    )
    with running_lab(workspace) as server:
        yield server


def _drawn_picture_width(output) -> int:
    widths = output.locator("img").evaluate_all("images => images.map(image => image.naturalWidth)")
    return max(widths, default=0)


def test_every_playground_draws_without_error(lab, page, tmp_path: Path) -> None:
    names = _playground_names()
    open_notebook(page, lab.url_for(NOTEBOOK), lab.workspace / NOTEBOOK)
    run_cells_one_by_one(page)
    problems = []
    for index, name in enumerate(names):
        output = cells(page).nth(index).locator(".jp-OutputArea")
        errors = output.locator("[role=alert], [data-mime-type='application/vnd.jupyter.stderr']")
        if errors.count():
            problems.append(f"{name}: {errors.first.inner_text()[:300]}")
        elif _drawn_picture_width(output) < 200:
            problems.append(f"{name}: no picture drawn")
    screenshot(page, tmp_path, "terrains-de-jeu")
    assert problems == []


def test_clicking_the_digit_grid_changes_the_prediction(lab, page) -> None:
    names = _playground_names()
    open_notebook(page, lab.url_for(NOTEBOOK), lab.workspace / NOTEBOOK)
    index = names.index("digit_drawing")
    cell = cells(page).nth(index)
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
    output = cell.locator(".jp-OutputArea")
    picture = output.locator(".widget-image img, img").first
    picture.wait_for(state="visible", timeout=60_000)
    before = picture.get_attribute("src")
    squares = output.locator(".widget-toggle-button")
    assert squares.count() == 256  # the 16 × 16 drawing grid
    for square in (4 * 16 + 7, 8 * 16 + 7, 12 * 16 + 7):  # a stroke down the middle (thick brush)
        squares.nth(square).click()
    page.wait_for_function(
        "([img, src]) => img.getAttribute('src') !== src",
        arg=[picture.element_handle(), before],
        timeout=15_000,
    )
    assert output.locator("[role=alert]").count() == 0
