"""How long each lesson takes to run top to bottom, in a fresh kernel, against its budget.

Budget (two-core school PC): median under 10 s per lesson, no lesson over 30 s. The time
includes the kernel start, as a pupil's « Exécuter tout » after opening the lesson does.

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


def run_seconds(source_path: Path) -> float:
    """Seconds to start a fresh kernel and run ``source_path`` top to bottom."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(source_path, as_version=4)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        client = NotebookClient(
            notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": folder}}
        )
        client.execute()
        return time.perf_counter() - start


def measure(root: Path = REPO_ROOT) -> list[dict[str, float | str]]:
    """``[{"lesson": "00-jupyter", "seconds": 3.2}, ...]`` for every lesson source."""
    from eduia.release import source_notebooks

    os.environ.setdefault("MPLBACKEND", "Agg")
    return [
        {"lesson": path.parent.name, "seconds": round(run_seconds(path), 2)}
        for path in source_notebooks(root)
    ]


def within_budget(results: list[dict[str, float | str]]) -> bool:
    """Whether the median is under 10 s and no lesson takes more than 30 s."""
    seconds = [float(result["seconds"]) for result in results]
    return bool(seconds) and statistics.median(seconds) < MEDIAN_BUDGET_S and max(seconds) <= MAX_BUDGET_S


def print_table(results: list[dict[str, float | str]]) -> None:
    """One line per lesson, then the median and the maximum against the budget."""
    print(f"{'lesson':<32} {'seconds':>8}")
    for result in results:
        flag = "  OVER BUDGET" if float(result["seconds"]) > MAX_BUDGET_S else ""
        print(f"{result['lesson']:<32} {float(result['seconds']):>8.2f}{flag}")
    seconds = [float(result["seconds"]) for result in results]
    if seconds:
        print(f"{'median (budget < 10 s)':<32} {statistics.median(seconds):>8.2f}")
        print(f"{'max (budget <= 30 s)':<32} {max(seconds):>8.2f}")
    print("within budget" if within_budget(results) else "BUDGET BROKEN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    results = measure()
    if args.json:
        print(json.dumps(results))
    else:
        print_table(results)
    return 0 if within_budget(results) else 1


if __name__ == "__main__":
    sys.exit(main())
