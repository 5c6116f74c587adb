"""axe-core in the real JupyterLab: no serious or critical violation in what eduia shows.

One JupyterLab, one browser tab: a lesson notebook (the pupil's version of lesson 00, as it opens)
and a notebook that shows the twelve playgrounds are checked with axe-core (npm), injected into
the page from a local copy (``.ci/run`` installs it into ``/opt/eduia-test-node``; it is never
downloaded at test time).

What is counted: the notebook region of the lesson (its rendered text, code cells and prompts)
and the output area of every playground (controls, picture, text equivalent, messages). That is
what eduia writes. The rest of the page is JupyterLab's own chrome (menus, side bar, tab bar,
status bar): JupyterLab's accessibility statement says it does not meet WCAG 2.1 AA, and eduia
cannot fix it, so its violations are collected and shown in the report of a failure (and with
``pytest -s``), never counted.

Besides axe's rules, every playground must show in the page a text equivalent read by screen
readers (an ``aria-live="polite"`` region with words in it), a picture with a text alternative,
and a visible label beside every control; its first slider must redraw the picture from the
keyboard alone (focus, then the arrow key).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from browser_support import (
    cells,
    chromium_or_skip,
    open_notebook,
    run_cells_one_by_one,
    write_notebook,
)
from conftest import REPO_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = Path("/opt/eduia-test-node/node_modules/axe-core/axe.min.js")
PLAYGROUNDS_NOTEBOOK = "accessibilite.ipynb"
LESSON = REPO_ROOT / "notebooks" / "release" / "00-jupyter" / "00-jupyter.ipynb"
COUNTED_IMPACTS = ("serious", "critical")
# In a lesson, eduia writes the rendered text of the markdown cells and what code cells show.
# The code editors (CodeMirror's unnamed textbox), the cells' « feed » and the buttons that fold
# a heading are JupyterLab's, like the menus: reported with the chrome, not counted.
LESSON_REGIONS = [
    ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownOutput",
    ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea",
]

# Run axe on the elements ``selectors`` (the part eduia writes), WCAG 2.x A/AA and best practices.
RUN_AXE = """async (selectors) => {
  const include = selectors.map((selector) => [selector]);
  const exclude = [['.jp-collapseHeadingButton']];  // JupyterLab's own fold button
  const result = await axe.run({include, exclude}, {resultTypes: ['violations']});
  return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' : ' + n.html.slice(0, 160))}));
}"""
RUN_AXE_ON_CHROME = """async (excluded) => {
  const result = await axe.run({exclude: excluded.map((selector) => [selector])},
                               {resultTypes: ['violations']});
  return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help}));
}"""


def _axe_or_skip() -> Path:
    if AXE.is_file():
        return AXE
    import os

    reason = f"axe-core is not installed in {AXE.parent} (npm install --prefix /opt/eduia-test-node axe-core@4)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: .ci/run should have installed it")
    pytest.skip(reason)


def _counted(violations: list[dict]) -> list[dict]:
    return [violation for violation in violations if violation["impact"] in COUNTED_IMPACTS]


def _inject_axe(page, axe: Path) -> None:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe.read_text(encoding="utf-8"))
        page.evaluate("() => axe.configure({locale: {lang: 'fr'}})")


def _text_equivalent_problems(name: str, output) -> list[str]:
    """What a pupil using a screen reader or the keyboard alone would miss in one playground."""
    problems = []
    live = output.locator("[aria-live=polite]")
    if live.count() == 0 or not live.first.inner_text().strip():
        problems.append(f"{name}: no text equivalent (aria-live region) beside the picture")
    pictures = output.locator(".widget-image")
    for index in range(pictures.count()):
        picture = pictures.nth(index)
        name_of_picture = picture.get_attribute("alt") or picture.get_attribute("title") or ""
        if len(name_of_picture.strip()) < 10:
            problems.append(f"{name}: picture {index} has no text alternative")
    unlabelled = output.evaluate(
        """(area) => [...area.querySelectorAll('.widget-slider, .widget-dropdown, .widget-checkbox')]
            .filter((box) => !(box.querySelector('.widget-label, label') || {}).textContent?.trim())
            .map((box) => box.className)"""
    )
    problems += [f"{name}: a control without a visible label ({kind})" for kind in unlabelled]
    return problems


def _drawn(page, cell, attempts: int = 3) -> None:
    """Wait for the cell's picture; run the cell again if its run was lost (kernel starting)."""
    picture = cell.locator(".jp-OutputArea .widget-image").first
    for attempt in range(attempts):
        try:
            picture.wait_for(state="visible", timeout=30_000)
            return
        except Exception:
            if attempt == attempts - 1:
                raise
            cell.locator(".jp-Cell-inputWrapper").click()  # the input may be folded: no editor
            page.keyboard.press("Escape")
            page.keyboard.press("Control+Enter")


def _slider_moves_the_picture(page, output) -> bool:
    """Focus the first slider, press the right arrow (then left): the kernel must redraw.

    A redraw shows as a new picture or a new text equivalent (a small step may leave the
    picture's pixels unchanged, e.g. a weight moved by 0,05, but never the words).
    """
    handle = output.locator("[role=slider]").first
    picture = output.locator(".widget-image").first.element_handle()
    caption = output.locator("[aria-live=polite]").first.element_handle()
    handle.focus()
    for key in ("ArrowRight", "ArrowLeft"):
        before = page.evaluate(
            "([img, text]) => [img.getAttribute('src'), text.textContent]", [picture, caption]
        )
        page.keyboard.press(key)
        try:
            page.wait_for_function(
                "([img, text, src, words]) => img.getAttribute('src') !== src || text.textContent !== words",
                arg=[picture, caption, *before],
                timeout=10_000,
            )
            return True
        except Exception:  # noqa: BLE001, S112 - Playwright's TimeoutError: at the end of its range
            continue
    return False


def test_lesson_and_every_playground_pass_axe(
    page, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from eduia.launch import running_lab
    from eduia.playgrounds import PLAYGROUNDS

    chromium_or_skip()
    axe = _axe_or_skip()
    names = list(PLAYGROUNDS)
    workspace = tmp_path_factory.mktemp("accessibilite")
    shutil.copy(LESSON, workspace / LESSON.name)
    write_notebook(
        workspace / PLAYGROUNDS_NOTEBOOK,
        [f"from eduia.playgrounds import {name}\n{name}()" for name in names],
    )
    counted: dict[str, list[dict]] = {}
    chrome: list[dict] = []
    problems: list[str] = []
    with running_lab(workspace) as lab:
        # The lesson as the pupil opens it: its text, code cells and prompts.
        open_notebook(page, lab.url_for(LESSON.name), workspace / LESSON.name)
        _inject_axe(page, axe)
        counted["lesson 00"] = _counted(page.evaluate(RUN_AXE, LESSON_REGIONS))
        chrome = page.evaluate(RUN_AXE_ON_CHROME, LESSON_REGIONS)
        # Every playground, drawn in the same tab.
        # « reset »: a layout with this notebook alone (the lesson's tab would hold more cells).
        open_notebook(
            page, lab.url_for(PLAYGROUNDS_NOTEBOOK) + "&reset", workspace / PLAYGROUNDS_NOTEBOOK
        )
        run_cells_one_by_one(page)
        _inject_axe(page, axe)
        for index, name in enumerate(names):
            output = cells(page).nth(index).locator(".jp-OutputArea")
            output.scroll_into_view_if_needed()  # off-screen cells are not rendered (content-visibility)
            _drawn(page, cells(page).nth(index))
            output.evaluate(
                "(area, name) => area.setAttribute('data-eduia-playground', name)", name
            )
            selector = f"[data-eduia-playground={name}]"
            counted[name] = _counted(page.evaluate(RUN_AXE, [selector]))
            problems += _text_equivalent_problems(name, output)
            if output.locator("[role=slider]").count() and not _slider_moves_the_picture(
                page, output
            ):
                problems.append(
                    f"{name}: the arrow keys on its first slider do not redraw the picture"
                )
        assert cells(page).count() == len(names)
    violations = {where: found for where, found in counted.items() if found}
    report = json.dumps(
        {"eduia": violations, "JupyterLab (not counted)": chrome}, ensure_ascii=False, indent=1
    )
    print(report)
    assert violations == {}, report
    assert problems == [], "\n".join(problems)
