"""Grading speed: plain sequential ``nbgrader autograde`` against ``eduia course autograde --jobs 2``.

A simulated class (30 pupils by default, with right, partial and broken notebooks; see
``tests/course_simulation.py``) hands in a small lesson through nbgrader's exchange. Two
identical copies of the collected course are then graded, each by its command run as the
teacher would run it, and the wall-clock times are compared.

Budget: a speed-up of at least 1.6 with two jobs on a two-core machine. Other work on the
machine steals the second core from the parallel run, so the load average is printed too;
``--repeat N`` interleaves N runs of each and keeps the best time of each.

Usage: ``python benchmarks/grading.py [--pupils 30] [--jobs 2] [--repeat 1] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEEDUP_BUDGET = 1.6


def build_class(base: Path, pupils: int) -> Path:
    """A collected course of ``pupils`` simulated pupils under ``base``; return its folder."""
    from eduia.course.folder import init_course
    from eduia.course.roster import import_roster

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the fixture
    from course_simulation import (
        class_list_csv,
        class_plan,
        simulate_class,
        write_demo_lesson,
    )

    write_demo_lesson(base / "lessons")
    course = base / "course"
    init_course(
        course,
        "benchmark",
        lessons_dir=base / "lessons",
        exchange_root=str(base / "exchange"),
        cell_timeout=3,
    )
    plan = class_plan(pupils)
    (base / "classe.csv").write_bytes(class_list_csv(plan))
    imported = import_roster(course, base / "classe.csv")
    simulate_class(course, base / "homes", {p.id: b for p, (_, _, b) in zip(imported.added, plan)})
    return course


def timed(command: list[str], cwd: Path) -> float:
    """Seconds ``command`` takes to run in ``cwd`` (its output is discarded)."""
    env = dict(
        os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    )
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def measure(pupils: int, jobs: int, repeat: int = 1) -> dict[str, float]:
    """Grade the same class both ways; return the best times, the speed-up and the class size."""
    scripts = Path(sys.executable).parent
    sequential, parallel = [], []
    with tempfile.TemporaryDirectory(prefix="eduia-bench-grading-") as tmp:
        course = build_class(Path(tmp), pupils)
        for run in range(repeat):
            copies = [Path(tmp) / f"run-{run}-{name}" for name in ("nbgrader", "eduia")]
            for copy in copies:
                shutil.copytree(course, copy)
            sequential.append(
                timed([str(scripts / "nbgrader"), "autograde", "demo", "--force"], copies[0])
            )
            parallel.append(
                timed(
                    [
                        str(scripts / "eduia"),
                        "course",
                        "autograde",
                        "demo",
                        "--force",
                        "--jobs",
                        str(jobs),
                    ],
                    copies[1],
                )
            )
    best_sequential, best_parallel = min(sequential), min(parallel)
    return {
        "sequential_s": round(best_sequential, 2),
        "parallel_s": round(best_parallel, 2),
        "speedup": round(best_sequential / best_parallel, 2),
        "submissions": pupils,
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table, or one JSON line with ``--json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.pupils, args.jobs, max(1, args.repeat))
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'grading of ' + str(result['submissions']) + ' submissions':<44}{'seconds':>10}")
    print(f"{'nbgrader autograde (sequential)':<44}{result['sequential_s']:>10.2f}")
    print(f"{'eduia course autograde --jobs ' + str(args.jobs):<44}{result['parallel_s']:>10.2f}")
    verdict = "ok" if result["speedup"] >= SPEEDUP_BUDGET else "BELOW BUDGET"
    print(f"speed-up {result['speedup']:.2f} (budget >= {SPEEDUP_BUDGET}): {verdict}")
    print(f"load average during the runs: {result['load_average']} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
