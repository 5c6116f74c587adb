"""How much memory a pupil's kernel holds after running each lesson, against its budget.

Budget: under 200 MB resident per kernel after « Exécuter tout » (35 pupils share a school server).
Each lesson (its teacher source, so every exercise runs) is executed top to bottom in a fresh
kernel; then the kernel reports, from ``/proc/self/status``, its resident memory (``VmRSS``) and
its peak (``VmHWM``), and the part of it no other kernel can share (``private_mb``: the anonymous
memory of ``/proc/self/smaps_rollup``; the rest is pages of library files, which the kernels of one
server share). Linux only.

Usage: ``python benchmarks/kernel_memory.py`` prints a table and exits 1 when a lesson is over
budget; ``--json`` prints one line, a JSON list of ``{"lesson", "rss_mb", "peak_mb", "private_mb"}``.

``--floor`` also runs, per lesson, a fresh kernel that executes only the lesson's own ``import``
statements (``floor_mb`` in the JSON): the resident memory no change to the lesson's work (its
data, figures or playgrounds) can go below, since it is what Python holds for the modules the
lesson imports (numpy, pandas, matplotlib, scikit-learn and the scipy it pulls in).

What it found (2026-12-03): a kernel that ran only the imports of lessons 01, 03, 04, 05, 07 and 08
already holds 204-208 MB, over the 200 MB budget before any work; their full runs hold 216-238 MB
(155-173 MB of it private). ``import sklearn`` alone brings ~950 modules (scipy.stats and
scipy.optimize through ``sklearn.utils.fixes``, narwhals, joblib): loading them lazily does not
help, since scikit-learn uses them while it is imported; ``-X no_debug_ranges``, fewer BLAS
threads and ``MALLOC_ARENA_MAX=1`` change nothing measurable. Lessons 00 and 09 (no scikit-learn)
hold 139 and 151 MB.
"""

from __future__ import annotations

import argparse
import ast
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
    "_r = dict(l.split(':', 1) for l in open('/proc/self/smaps_rollup') if ':' in l)\n"
    "_p = int(_r['Anonymous'].split()[0])\n"
    "print(_j.dumps({**{k: int(_s[k].split()[0]) for k in ('VmRSS', 'VmHWM')}, 'private': _p}))"
)


def import_lines(notebook: object) -> list[str]:
    """The ``import`` statements of a notebook's code cells, in order, each once.

    Cells that are not plain Python (magics) are skipped.
    """
    lines: list[str] = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                line = ast.unparse(node)
                if line not in lines:
                    lines.append(line)
    return lines


def kernel_memory(source_path: Path, imports_only: bool = False) -> dict[str, float]:
    """Resident and peak MB of a fresh kernel after running ``source_path`` top to bottom.

    With ``imports_only``, the kernel runs only the notebook's ``import`` statements.
    """
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(source_path, as_version=4)
    if imports_only:
        notebook.cells = [nbformat.v4.new_code_cell("\n".join(import_lines(notebook)))]
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
    return {
        "rss_mb": round(report["VmRSS"] / 1024, 1),
        "peak_mb": round(report["VmHWM"] / 1024, 1),
        "private_mb": round(report["private"] / 1024, 1),
    }


def measure(root: Path = REPO_ROOT, floor: bool = False) -> list[dict[str, float | str]]:
    """``[{"lesson": "00-jupyter", "rss_mb": 140.2, "peak_mb": 151.0}, ...]`` per lesson.

    With ``floor``, each entry also has ``floor_mb``: the resident MB of a kernel that ran only
    the lesson's imports.
    """
    from eduia.release import source_notebooks

    os.environ.setdefault("MPLBACKEND", "Agg")
    results: list[dict[str, float | str]] = []
    for path in source_notebooks(root):
        result: dict[str, float | str] = {"lesson": path.parent.name, **kernel_memory(path)}
        if floor:
            result["floor_mb"] = kernel_memory(path, imports_only=True)["rss_mb"]
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    parser.add_argument(
        "--floor", action="store_true", help="also measure a kernel running only the imports"
    )
    args = parser.parse_args(argv)
    results = measure(floor=args.floor)
    over = [result for result in results if float(result["rss_mb"]) >= RSS_BUDGET_MB]
    if args.json:
        print(json.dumps(results))
    else:
        floor_header = f" {'imports MB':>10}" if args.floor else ""
        print(f"{'lesson':<32} {'rss MB':>8} {'peak MB':>8} {'private':>8}{floor_header}")
        for result in results:
            floor_column = f" {result['floor_mb']:>10}" if args.floor else ""
            print(
                f"{result['lesson']:<32} {result['rss_mb']:>8} {result['peak_mb']:>8}"
                f" {result['private_mb']:>8}{floor_column}"
            )
        verdict = "within" if not over else "OVER"
        print(f"budget: resident < {RSS_BUDGET_MB:.0f} MB per kernel after the lesson: {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
