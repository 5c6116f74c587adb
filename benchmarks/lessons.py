"""How long each lesson takes to run top to bottom, in a fresh kernel, against its budget.

Budget (two-core school PC): median under 10 s per lesson, no lesson over 30 s. The time
includes the kernel start, as a pupil's « Exécuter tout » after opening the lesson does. The
table also shows each lesson's slowest cell (a pupil waits on one cell at a time; a few seconds
at most), measured from the kernel's own execution timestamps.

Usage: ``python benchmarks/lessons.py`` prints a table and exits 1 when the budget is broken;
``--json`` prints one line, a JSON list of ``{"lesson", "seconds"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MEDIAN_BUDGET_S = 10.0
MAX_BUDGET_S = 30.0


def run_seconds(source_path: Path) -> tuple[float, float]:
    """Seconds to start a fresh kernel and run ``source_path`` top to bottom; slowest cell."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(source_path, as_version=4)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        client = NotebookClient(
            notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": folder}}
        )
        client.execute()
        total = time.perf_counter() - start
    return total, max((cell_seconds(cell) for cell in notebook.cells), default=0.0)


def cell_seconds(cell: dict) -> float:
    """How long the kernel took to run ``cell`` (0 for a markdown cell)."""
    from datetime import datetime

    timing = cell.get("metadata", {}).get("execution", {})
    if "iopub.execute_input" not in timing or "shell.execute_reply" not in timing:
        return 0.0
    started = datetime.fromisoformat(timing["iopub.execute_input"].replace("Z", "+00:00"))
    ended = datetime.fromisoformat(timing["shell.execute_reply"].replace("Z", "+00:00"))
    return (ended - started).total_seconds()


def measure(root: Path = REPO_ROOT) -> list[dict[str, float | str]]:
    """``[{"lesson": "00-jupyter", "seconds": 3.2, "slowest_cell": 0.4}, ...]`` per lesson."""
    from eduia.release import source_notebooks

    os.environ.setdefault("MPLBACKEND", "Agg")
    results = []
    for path in source_notebooks(root):
        total, slowest = run_seconds(path)
        results.append(
            {
                "lesson": path.parent.name,
                "seconds": round(total, 2),
                "slowest_cell": round(slowest, 2),
            }
        )
    return results


def within_budget(results: list[dict[str, float | str]]) -> bool:
    """Whether the median is under 10 s and no lesson takes more than 30 s."""
    seconds = [float(result["seconds"]) for result in results]
    return (
        bool(seconds)
        and statistics.median(seconds) < MEDIAN_BUDGET_S
        and max(seconds) <= MAX_BUDGET_S
    )


def print_table(results: list[dict[str, float | str]]) -> None:
    """One line per lesson, then the median and the maximum against the budget."""
    print(f"{'lesson':<32} {'seconds':>8} {'slowest cell':>13}")
    for result in results:
        flag = "  OVER BUDGET" if float(result["seconds"]) > MAX_BUDGET_S else ""
        print(
            f"{result['lesson']:<32} {float(result['seconds']):>8.2f}"
            f" {float(result['slowest_cell']):>13.2f}{flag}"
        )
    seconds = [float(result["seconds"]) for result in results]
    if seconds:
        print(f"{'median (budget < 10 s)':<32} {statistics.median(seconds):>8.2f}")
        print(f"{'max (budget <= 30 s)':<32} {max(seconds):>8.2f}")
    print("within budget" if within_budget(results) else "BUDGET BROKEN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository to measure")
    args = parser.parse_args(argv)
    results = measure(args.root)
    if args.json:
        print(json.dumps([{"lesson": r["lesson"], "seconds": r["seconds"]} for r in results]))
    else:
        print_table(results)
    return 0 if within_budget(results) else 1


if __name__ == "__main__":
    sys.exit(main())
