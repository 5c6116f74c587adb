"""How much memory a pupil's kernel holds after running each lesson, against its budget.

Budget: under 200 MB resident per kernel after « Exécuter tout » (35 pupils share a school server).
Each lesson (its teacher source, so every exercise runs) is executed top to bottom in fresh
kernels, started from the pupils' own kernel spec (:func:`eduia.lab_kernel.kernel_spec`: no
debugpy, eduia's IPython extension; ``--ipykernel`` measures ipykernel's plain one instead); then
this script reads, from each kernel's ``/proc/<pid>/status`` and ``/proc/<pid>/smaps_rollup``:

- ``rss_mb``: its resident memory (``VmRSS``), ``peak_mb``: its peak (``VmHWM``);
- ``private_mb``: its anonymous memory, which no other kernel can share (the rest of the resident
  memory is pages of library files, which the kernels of one server share);
- ``pss_mb``: its proportional share (``Pss``) while ``--kernels`` kernels that ran the same lesson
  are alive at once: shared pages are split between them, so the sum over a class is what the
  class's kernels hold together. This is what adds up on a school server.

Linux only.

Usage: ``python benchmarks/kernel_memory.py`` prints a table and exits 1 when a lesson is over
budget; ``--json`` prints one line, a JSON list of
``{"lesson", "rss_mb", "peak_mb", "private_mb", "pss_mb", "kernels"}``; ``--kernels 8`` keeps eight
kernels per lesson alive at once (one by default).

``--floor`` also runs, per lesson, a fresh kernel that executes only the lesson's own ``import``
statements (``floor_mb`` in the JSON): the resident memory no change to the lesson's work (its
data, figures or playgrounds) can go below, since it is what Python holds for the modules the
lesson imports (numpy, pandas, matplotlib, scikit-learn and the scipy it pulls in).

What it found (2026-12-04, the pupils' kernel): an empty kernel holds 45 MB (ipykernel and
IPython; debugpy, which ipykernel loads for JupyterLab's debugger, would add 8 MB: the pupils'
kernel blocks it, and ``--ipykernel`` shows every lesson 5-8 MB heavier). A kernel that ran only
the imports of lessons 01, 03, 04, 05, 07 and 08 already holds 199-205 MB, at the budget before
any work; their full runs hold 216-238 MB resident (144-167 MB of it private). Lessons 02 and 06
import matplotlib only through their playground, so their ``floor_mb`` (174-179 MB) leaves it
out: with matplotlib's figure and ipywidgets, which the playground loads, they hold 195 and
199 MB before any work. ``import sklearn`` alone brings ~950 modules: scipy.stats (17 MB for its distributions alone),
scipy.optimize, interpolate, integrate, spatial and linalg, because ``sklearn.utils.fixes`` imports
scipy.stats and ``sklearn.metrics`` does ``from scipy.stats import rankdata`` while scikit-learn is
imported, so loading them lazily changes nothing. ``-X no_debug_ranges``, fewer BLAS threads,
``MALLOC_ARENA_MAX=1``, ``malloc_trim`` after the imports and the inline backend instead of Agg
change nothing measurable; ``-OO`` saves 10 MB but strips the docstrings that ``help()`` shows
pupils. The lesson's own work adds 2-30 MB, most of it a playground's precomputed pictures
(``tree_depth``: 8 MB). Lessons 00 and 09 (no scikit-learn) hold 132 and 144 MB. With eight
kernels per lesson alive at once (``--kernels 8``), each kernel's share is 97-176 MB
(``pss_mb``; lesson 04 the largest): what a class adds up to on a server is under 200 MB per
pupil, though each kernel's resident memory is not.
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


def proc_memory(pid: int) -> dict[str, float]:
    """Resident, peak, private and proportional MB of process ``pid``, read from ``/proc``."""

    def fields(name: str) -> dict[str, str]:
        with open(f"/proc/{pid}/{name}", encoding="ascii") as file:
            return dict(line.split(":", 1) for line in file if ":" in line)

    def megabytes(table: dict[str, str], key: str) -> float:
        return round(int(table[key].split()[0]) / 1024, 1)

    status, rollup = fields("status"), fields("smaps_rollup")
    return {
        "rss_mb": megabytes(status, "VmRSS"),
        "peak_mb": megabytes(status, "VmHWM"),
        "private_mb": megabytes(rollup, "Anonymous"),
        "pss_mb": megabytes(rollup, "Pss"),
    }


def lesson_memory(source_path: Path, kernels: int = 1, imports_only: bool = False) -> dict:
    """The memory of ``kernels`` fresh kernels alive at once, each after running ``source_path``.

    Resident, peak and private memory are the largest over the kernels, the proportional share
    is their mean. With ``imports_only``, each kernel runs only the notebook's ``import`` lines.
    """
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    managers = []
    with tempfile.TemporaryDirectory() as folder:
        try:
            for _ in range(kernels):
                notebook = nbformat.read(source_path, as_version=4)
                if imports_only:
                    notebook.cells = [nbformat.v4.new_code_cell("\n".join(import_lines(notebook)))]
                manager = KernelManager(kernel_name="python3")
                managers.append(manager)
                manager.start_kernel(cwd=folder)
                client = NotebookClient(notebook, km=manager, timeout=120, allow_errors=True)
                client.execute(cleanup_kc=False)
            readings = [proc_memory(manager.provisioner.process.pid) for manager in managers]
        finally:
            for manager in managers:
                manager.shutdown_kernel(now=True)
    result = {key: max(reading[key] for reading in readings) for key in readings[0]}
    result["pss_mb"] = round(sum(reading["pss_mb"] for reading in readings) / kernels, 1)
    return {**result, "kernels": kernels}


def measure(root: Path = REPO_ROOT, kernels: int = 1, floor: bool = False) -> list[dict]:
    """``[{"lesson": "00-jupyter", "rss_mb": 140.2, "peak_mb": 151.0, ...}, ...]`` per lesson.

    With ``floor``, each entry also has ``floor_mb``: the resident MB of a kernel that ran only
    the lesson's imports.
    """
    from eduia.release import source_notebooks

    os.environ.setdefault("MPLBACKEND", "Agg")
    results: list[dict] = []
    for path in source_notebooks(root):
        result = {"lesson": path.parent.name, **lesson_memory(path, kernels)}
        if floor:
            result["floor_mb"] = lesson_memory(path, imports_only=True)["rss_mb"]
        results.append(result)
    return results


def use_pupil_kernel(data_dir: Path) -> None:
    """Make ``python3`` name the pupils' kernel spec, written into ``data_dir``, in this process."""
    from eduia.lab_kernel import with_kernel_path

    os.environ["JUPYTER_PATH"] = with_kernel_path(os.environ, data_dir)["JUPYTER_PATH"]


def print_table(results: list[dict], floor: bool) -> None:
    """One line per lesson, then the budget's verdict."""
    floor_header = f" {'imports MB':>10}" if floor else ""
    kernels = results[0]["kernels"]
    pss_header = f"pss x{kernels}"
    print(
        f"{'lesson':<32} {'rss MB':>8} {'peak MB':>8} {'private':>8} {pss_header:>8}{floor_header}"
    )
    for result in results:
        floor_column = f" {result['floor_mb']:>10}" if floor else ""
        print(
            f"{result['lesson']:<32} {result['rss_mb']:>8} {result['peak_mb']:>8}"
            f" {result['private_mb']:>8} {result['pss_mb']:>8}{floor_column}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    parser.add_argument(
        "--floor", action="store_true", help="also measure a kernel running only the imports"
    )
    parser.add_argument(
        "--kernels", type=int, default=1, help="kernels per lesson alive at once (default 1)"
    )
    parser.add_argument(
        "--ipykernel", action="store_true", help="ipykernel's own kernel, not the pupils'"
    )
    args = parser.parse_args(argv)
    if args.kernels < 1:
        parser.error("--kernels must be at least 1")
    with tempfile.TemporaryDirectory() as data_dir:
        if not args.ipykernel:
            use_pupil_kernel(Path(data_dir))
        results = measure(kernels=args.kernels, floor=args.floor)
    over = [result for result in results if float(result["rss_mb"]) >= RSS_BUDGET_MB]
    if args.json:
        print(json.dumps(results))
    else:
        print_table(results, args.floor)
        verdict = "within" if not over else f"OVER for {len(over)} of {len(results)} lessons"
        print(f"budget: resident < {RSS_BUDGET_MB:.0f} MB per kernel after the lesson: {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
