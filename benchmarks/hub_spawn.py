"""A school hub at the start of a lesson: pupils' servers spawned one after another.

A real JupyterHub (eduia's school recipe, ``tests/hub_support.py``) with N pupils, each a real
unix account: each pupil logs in, her server is spawned through the hub's REST API, then her
kernel runs a whole lesson (the pupil version of ``LESSON``). Reported: spawn time (API call to
server ready) p50 and p95, and memory per pupil (her server plus her kernel, resident, summed
over her processes after the lesson), with the servers of the earlier pupils still running.
Budget: memory per pupil under 350 MB (idle server ≈ 150 MB + the 200 MB kernel budget), which
sizes the guide's table (teacher_guide/serveur-etablissement.md). Needs root, configurable-http-
proxy and the pupil-readable environment made by ``.ci/run``; Linux only.

Usage: ``python benchmarks/hub_spawn.py [--pupils 30] [--lesson 02-plus-proches-voisins] [--json]``;
``--json`` prints one line: ``{"pupils", "spawn_p50_s", "spawn_p95_s", "memory_mean_mb",
"memory_max_mb", "kernel_mean_mb", "hub_mb", "cell_errors"}`` (``cell_errors``: error outputs
of the lesson's cells; the pupil version's unanswered exercises raise nbgrader's
``NotImplementedError`` placeholder, which the pupils' kernel turns into a French note that
lets « Run All » go on, so 0 is expected).
Measured here (2 cores, 10 pupils, lesson 02, 2026-12-04, the pupils' kernel without debugpy):
spawn p50 6.0 s, p95 7.9 s; 367 MB per pupil of which 216 MB kernel; hub 125 MB: over the 350 MB
budget (2026-11: 404 MB, of which 252 MB kernel, with ipykernel's own kernel).
"""

from __future__ import annotations

import argparse
import json
import re
import secrets
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))
from hub_support import execute, missing_requirement, school_hub

from eduia.hub.school import SchoolClass

MEMORY_BUDGET_MB = 350.0
#: Run last in the pupil's kernel: resident memory of all her processes (server and kernel).
MEMORY_CELL = (
    "import os as _o, json as _j\n"
    "_t = 0\n"
    "for _p in _o.listdir('/proc'):\n"
    "    try:\n"
    "        if _p.isdigit() and _o.stat('/proc/' + _p).st_uid == _o.getuid():\n"
    "            _s = dict(l.split(':', 1) for l in open('/proc/' + _p + '/status') if ':' in l)\n"
    "            _t += int(_s['VmRSS'].split()[0])\n"
    "    except (OSError, KeyError):\n"
    "        pass\n"
    "_k = dict(l.split(':', 1) for l in open('/proc/self/status') if ':' in l)\n"
    "print('EDUIA_RSS_KB', _t, int(_k['VmRSS'].split()[0]))\n"
)


def _lesson_cells(lesson: str) -> list[str]:
    notebook = REPO_ROOT / "notebooks" / "release" / lesson / f"{lesson}.ipynb"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]


def _rss_mb(pid: int) -> float:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(pupils: int, lesson: str) -> dict[str, float]:
    tag = "b" + secrets.token_hex(3)
    logins = [f"{tag}p{n:02d}" for n in range(pupils)]
    passwords = {login: secrets.token_hex(8) for login in logins}
    cells = [*_lesson_cells(lesson), MEMORY_CELL]
    spawn_s: list[float] = []
    memory_mb: list[float] = []
    kernel_mb: list[float] = []
    errors = 0
    with school_hub([SchoolClass(f"{tag}c", [], logins)], passwords) as hub:
        for login in logins:
            session, status = hub.login(login, passwords[login])
            assert status == 302, hub.log_tail()
            token = hub.token(session, login)
            start = time.perf_counter()
            server = hub.spawn(login, token)
            spawn_s.append(time.perf_counter() - start)
            output = execute(server, token, cells, timeout=300)
            total_kb, kernel_kb = output.rsplit("EDUIA_RSS_KB", 1)[1].split()[:2]
            memory_mb.append(int(total_kb) / 1024)
            kernel_mb.append(int(kernel_kb) / 1024)
            errors += len(re.findall(r"^\w+(?:Error|Exception): ", output, re.MULTILINE))
        hub_mb = _rss_mb(hub.process.pid)
    return {
        "pupils": pupils,
        "spawn_p50_s": statistics.median(spawn_s),
        "spawn_p95_s": _percentile(spawn_s, 0.95),
        "memory_mean_mb": statistics.fmean(memory_mb),
        "memory_max_mb": max(memory_mb),
        "kernel_mean_mb": statistics.fmean(kernel_mb),
        "hub_mb": hub_mb,
        "cell_errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print a table (or one JSON line); exit 1 over the memory budget, 2 if it cannot run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--lesson", default="02-plus-proches-voisins")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    reason = missing_requirement()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    result = measure(args.pupils, args.lesson)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{args.pupils} pupils spawned one after another, each running lesson {args.lesson}"
            f" (budget: memory per pupil < {MEMORY_BUDGET_MB:.0f} MB)"
        )
        print(
            "| spawn p50 | spawn p95 | memory per pupil (mean) | (max) | of which kernel "
            "| hub | cell errors |"
        )
        print("|---|---|---|---|---|---|---|")
        print(
            f"| {result['spawn_p50_s']:.1f} s | {result['spawn_p95_s']:.1f} s "
            f"| {result['memory_mean_mb']:.0f} MB | {result['memory_max_mb']:.0f} MB "
            f"| {result['kernel_mean_mb']:.0f} MB | {result['hub_mb']:.0f} MB "
            f"| {result['cell_errors']} |"
        )
    return 0 if result["memory_max_mb"] < MEMORY_BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
