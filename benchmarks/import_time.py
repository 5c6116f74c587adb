"""How much ``import eduia`` costs: cumulative import time and the heavy modules it pulls in.

Budget: ``import eduia`` under 50 ms cumulative (CPython's ``-X importtime``, median of several
fresh interpreters) and no heavy module (numpy, pandas, scikit-learn, matplotlib, nbgrader,
JupyterLab, ipywidgets) imported. ``--json`` prints one line:
``{"import_ms": ..., "heavy_modules": [...], "budget_ms": 50}``.

Usage: ``python benchmarks/import_time.py [--json] [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

BUDGET_MS = 50.0
HEAVY = ("numpy", "pandas", "sklearn", "matplotlib", "nbgrader", "jupyterlab", "ipywidgets")
# label: (statement, the module whose cumulative import time is read)
STATEMENTS = {
    "import eduia": ("import eduia", "eduia"),
    "eduia --help": ("import eduia.cli; eduia.cli.build_parser()", "eduia.cli"),
}


def measure(statement: str, module: str) -> tuple[float, list[str]]:
    """Cumulative milliseconds of importing ``module`` in ``statement``, and the heavy modules loaded."""
    script = f"{statement}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script],
        capture_output=True,
        text=True,
        check=True,
    )
    cumulative = 0
    for line in completed.stderr.splitlines():
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == module:
            cumulative = int(parts[1])
    modules = completed.stdout.split()
    return cumulative / 1000, [name for name in HEAVY if name in modules]


def main(argv: list[str] | None = None) -> int:
    """Measure, print, and exit 1 when a budget is broken."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    results = {}
    for label, (statement, module) in STATEMENTS.items():
        runs = [measure(statement, module) for _ in range(args.runs)]
        results[label] = (statistics.median(ms for ms, _ in runs), runs[0][1])
    if args.json:
        ms, heavy = results["import eduia"]
        print(
            json.dumps({"import_ms": round(ms, 1), "heavy_modules": heavy, "budget_ms": BUDGET_MS})
        )
    else:
        print(
            f"{'what':<16}{'median ms':>10}  heavy modules   (budget {BUDGET_MS:.0f} ms, none heavy)"
        )
        for label, (ms, heavy) in results.items():
            print(f"{label:<16}{ms:>10.1f}  {', '.join(heavy) or '-'}")
    broken = any(ms > BUDGET_MS or heavy for ms, heavy in results.values())
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
