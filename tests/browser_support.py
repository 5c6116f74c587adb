"""Helpers for the browser tests: Debian's Chromium driven by Playwright, and JupyterLab pages.

The browser is never downloaded: Playwright launches ``/usr/bin/chromium`` (Debian's package,
installed by ``.ci/run``), headless, without sandbox (CI runs as root), and with background
networking, component updates and sync switched off so that it never calls the internet.

Screenshots go to ``$EDUIA_SCREENSHOTS`` when it is set (``make screenshots`` points it at
``teacher_guide/images``), else to the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--lang=fr-FR",
]
VIEWPORT = {"width": 1400, "height": 900}
BUSY_PROMPT = re.compile(r"\[\*\]")
CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"  # the open notebook's cells


def write_notebook(path: Path, sources: list[str]) -> None:
    """Write a clean Python 3 notebook whose code cells hold ``sources``, one cell each."""
    code_cells = [
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": None,
            "outputs": [],
            "source": source,
        }
        for source in sources
    ]
    kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook = {
        "cells": code_cells,
        "metadata": {"kernelspec": kernelspec},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(notebook), encoding="utf-8")


def chromium_or_skip() -> Path:
    """Debian's Chromium; a missing one fails in CI (where .ci/run installs it) and skips elsewhere."""
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(
            "Debian's chromium is missing: .ci/run should have installed it (apt-get install chromium)"
        )
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)")


def screenshot(page, folder: Path, name: str) -> Path:
    """Save a PNG of the whole window as ``folder/name.png`` (or in $EDUIA_SCREENSHOTS)."""
    target_dir = Path(os.environ.get("EDUIA_SCREENSHOTS") or folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def open_notebook(page, url: str, notebook: Path) -> None:
    """Open the URL of ``notebook``; wait until all its cells are drawn and its kernel is idle."""
    expected = len(json.loads(notebook.read_text(encoding="utf-8"))["cells"])
    page.goto(url)
    page.wait_for_function(
        "(n) => document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell').length >= n",
        arg=expected,
        timeout=90_000,
    )
    wait_for_idle_kernel(page)


def wait_for_idle_kernel(page, timeout: float = 90.0) -> None:
    """Wait until the notebook's kernel is idle and no cell shows ``[*]``."""
    deadline = time.monotonic() + timeout
    indicator = page.locator(
        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator"
    )
    while time.monotonic() < deadline:
        status = indicator.first.get_attribute("data-status") if indicator.count() else None
        prompts = page.locator(
            ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt"
        ).all_inner_texts()
        if status == "idle" and not any(BUSY_PROMPT.search(text) for text in prompts):
            return
        time.sleep(0.2)
    raise AssertionError(f"the kernel stayed busy for {timeout} s (status {status!r})")


def cells(page):
    """The cells of the open notebook."""
    return page.locator(CELLS)


def run_cells_one_by_one(page) -> None:
    """Run every cell in order with Shift+Enter, as a pupil does, waiting for each one."""
    count = cells(page).count()
    cells(page).first.click(position={"x": 5, "y": 5})  # the cell's left margin: command mode
    page.keyboard.press("Escape")
    for position in range(count):
        last = position == count - 1
        page.keyboard.press("Control+Enter" if last else "Shift+Enter")  # no new cell at the end
        if not last:
            page.keyboard.press("Escape")
        wait_for_idle_kernel(page)


def save_notebook(page) -> None:
    """Save the open notebook (Ctrl+S) and wait until it is no longer marked dirty."""
    page.keyboard.press("Control+s")
    page.wait_for_function(
        "() => !document.querySelector('.jp-mod-current.jp-mod-dirty, .lm-TabBar-tab.jp-mod-current.jp-mod-dirty')",
        timeout=30_000,
    )
    time.sleep(0.5)


def replace_cell_source(page, index: int, text: str) -> None:
    """Replace the code of cell ``index`` by ``text`` (one line per line, typed as a pupil would)."""
    editor = cells(page).nth(index).locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


def run_cell(page, index: int) -> None:
    """Run cell ``index`` (and move to the next one, like Shift+Enter)."""
    cells(page).nth(index).locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    wait_for_idle_kernel(page)


def cell_output_text(page, index: int) -> str:
    """What cell ``index`` shows below its code."""
    return cells(page).nth(index).locator(".jp-OutputArea").inner_text()


def saved_errors(notebook: Path) -> list[dict[str, object]]:
    """The error outputs of a saved notebook: cell index, error name and value, cell source."""
    content = json.loads(notebook.read_text(encoding="utf-8"))
    errors = []
    for index, cell in enumerate(content["cells"]):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                errors.append(
                    {
                        "cell": index,
                        "ename": output["ename"],
                        "evalue": output["evalue"],
                        "source": "".join(cell["source"]),
                    }
                )
    return errors
