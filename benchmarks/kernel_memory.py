"""How much memory a pupil's kernel holds after running each lesson, against its budget.

Budget: under 200 MB resident per kernel after « Exécuter tout » (35 pupils share a school server).
Each lesson (its teacher source, so every exercise runs) is executed top to bottom in a fresh
kernel; then the kernel reports, from ``/proc/self/status``, its resident memory (``VmRSS``) and
its peak (``VmHWM``). Linux only.

Usage: ``python benchmarks/kernel_memory.py`` prints a table and exits 1 when a lesson is over
budget; ``--json`` prints one line, a JSON list of ``{"lesson", "rss_mb", "peak_mb"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RSS_BUDGET_MB = 200.0

#: Run in the kernel after the lesson: its resident and peak memory, in kB.
REPORT_CELL = (
    "import json as _j\n"
    "_s = dict(l.split(':', 1) for l in open('/proc/self/status') if ':' in l)\n"
    "print(_j.dumps({k: int(_s[k].split()[0]) for k in ('VmRSS', 'VmHWM')}))"
)


def kernel_memory(source_path: Path) -> dict[str, float]:
    """Resident and peak MB of a fresh kernel after running ``source_path`` top to bottom."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(source_path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(REPORT_CELL))
    with tempfile.TemporaryDirectory() as folder:
        client = NotebookClient(
            notebook,
            timeout=120,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": folder}},
        )
        client.execute()
    text = "".join(output.get("text", "") for output in notebook.cells[-1].outputs)
    report = json.loads(text.strip().splitlines()[-1])
    return {"rss_mb": round(report["VmRSS"] / 1024, 1), "peak_mb": round(report["VmHWM"] / 1024, 1)}


def measure(root: Path = REPO_ROOT) -> list[dict[str, float | str]]:
    """``[{"lesson": "00-jupyter", "rss_mb": 140.2, "peak_mb": 151.0}, ...]`` per lesson."""
    from eduia.release import source_notebooks

    os.environ.setdefault("MPLBACKEND", "Agg")
    return [{"lesson": path.parent.name, **kernel_memory(path)} for path in source_notebooks(root)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    args = parser.parse_args(argv)
    results = measure()
    over = [result for result in results if float(result["rss_mb"]) >= RSS_BUDGET_MB]
    if args.json:
        print(json.dumps(results))
    else:
        print(f"{'lesson':<32} {'rss MB':>8} {'peak MB':>8}")
        for result in results:
            print(f"{result['lesson']:<32} {result['rss_mb']:>8} {result['peak_mb']:>8}")
        verdict = "within" if not over else "OVER"
        print(f"budget: resident < {RSS_BUDGET_MB:.0f} MB per kernel after the lesson: {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
