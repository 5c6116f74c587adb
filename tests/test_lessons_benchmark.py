"""benchmarks/lessons.py: its budget rule, its timing of cells, and its one-line JSON."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "lessons.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("benchmark_lessons", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def results(*seconds: float) -> list[dict]:
    return [{"lesson": f"0{i}-x", "seconds": value} for i, value in enumerate(seconds)]


def test_budget_is_median_under_10_and_none_over_30(bench) -> None:
    assert bench.within_budget(results(3, 5, 9.9))
    assert not bench.within_budget(results(3, 10, 12)), "median 10 s is over budget"
    assert not bench.within_budget(results(1, 2, 3, 31)), "one lesson over 30 s"
    assert bench.within_budget(results(1, 2, 30))
    assert not bench.within_budget([]), "no lesson measured is not a pass"


def test_cell_seconds_reads_the_kernel_timestamps(bench) -> None:
    cell = new_code_cell("x = 1")
    cell.metadata["execution"] = {
        "iopub.execute_input": "2026-01-01T10:00:00.250000Z",
        "shell.execute_reply": "2026-01-01T10:00:01.750000Z",
    }
    assert bench.cell_seconds(cell) == 1.5
    assert bench.cell_seconds(new_code_cell("never run")) == 0.0


@pytest.mark.slow
def test_json_output_is_one_line_list_of_lesson_and_seconds(bench, tmp_path, capsys) -> None:
    path = tmp_path / "notebooks" / "source" / "09-mini" / "09-mini.ipynb"
    path.parent.mkdir(parents=True)
    nbformat.write(new_notebook(cells=[new_code_cell("import time\ntime.sleep(0.2)")]), path)
    assert bench.main(["--json", "--root", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    (entry,) = json.loads(lines[0])
    assert set(entry) == {"lesson", "seconds"} and entry["lesson"] == "09-mini"
    assert 0.2 <= entry["seconds"] < 30
