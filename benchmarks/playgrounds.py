"""How fast each playground answers when a control moves, against its budget.

Budget (two-core school PC): every update under 100 ms at the 95th percentile (goal: 50 ms),
because people stop feeling a delay under about 100 ms. An update is what the widget does when
a pupil moves a control: call the playground's draw function, render the figure with Agg and
encode the PNG the browser shows. Building the playground (loading data, learning models,
drawing the static parts) happens once per cell and is reported separately.

Every playground listed in ``eduia.playgrounds.PLAYGROUNDS`` is discovered and built with the
real datasets; every control found in its widget tree is swept over its range (sliders:
``--steps`` values, drop-down lists: every option, tick boxes and toggle buttons: flipped),
then set back. Only the moves that made the playground redraw are timed.

Usage: ``python benchmarks/playgrounds.py`` prints a table and exits 1 when the budget is
broken; ``--json`` prints one line, a JSON list of ``{"name", "p50_ms", "p95_ms", "updates"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # machine_load, beside this script
from machine_load import cpu_counters, quietness

P95_BUDGET_MS = 100.0
P50_GOAL_MS = 50.0


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile of ``values`` (linear interpolation, like numpy's default).

    Examples
    --------
    >>> percentile([10.0, 20.0, 30.0], 0.5)
    20.0
    """
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def find_widgets(shown: Any) -> tuple[Any, list[Any]]:
    """The :class:`PlaygroundWidget` inside what a playground returned, and every control in it.

    A playground returns the standard widget, or an object holding it with more controls
    around it (``.widget``: the displayed tree, e.g. the clickable grid of digit_drawing).
    """
    import ipywidgets as widgets

    from eduia.playgrounds._widget import PlaygroundWidget

    root = shown if isinstance(shown, widgets.Widget) else getattr(shown, "widget", None)
    found, controls, pending = None, [], [root]
    while pending:
        node = pending.pop(0)
        if isinstance(node, PlaygroundWidget):
            found = node
        if isinstance(node, widgets.ValueWidget) and not isinstance(
            node, (widgets.HTML, widgets.Image)
        ):
            controls.append(node)
        pending.extend(getattr(node, "children", ()))
    if found is None:
        found = getattr(shown, "playground", None)
    return found, controls


def control_values(control: Any, steps: int) -> list[Any]:
    """Values spread over a control's range: every option, both states, or ``steps`` positions."""
    if hasattr(control, "options") and hasattr(control, "index"):
        return [("index", i) for i in range(len(control.options))]
    if isinstance(control.value, bool):
        return [("value", not control.value)]
    if hasattr(control, "min") and hasattr(control, "max"):
        span = control.max - control.min
        values = [control.min + span * i / (max(steps, 2) - 1) for i in range(max(steps, 2))]
        if isinstance(control.value, int):
            values = sorted({round(v) for v in values})
        return [("value", v) for v in values]
    return []


def sweep_moves(controls: list[Any], steps: int) -> list[tuple[Any, str, Any]]:
    """``(control, trait, value)`` moves: each control over its range, then back to its start."""
    moves = []
    for control in controls:
        trait = "index" if hasattr(control, "options") and hasattr(control, "index") else "value"
        start = getattr(control, trait)
        moves += [(control, name, value) for name, value in control_values(control, steps)]
        moves.append((control, trait, start))
    return moves


def time_updates(
    playground: Any, moves: list[tuple[Any, str, Any]]
) -> tuple[list[float], list[float], list[str]]:
    """Wall-clock and CPU milliseconds of each move that made the playground redraw, and the
    errors it showed. CPU time tells what the update costs when other programs share the cores."""
    timings, cpu, errors = [], [], []
    for control, trait, value in moves:
        if getattr(control, trait) == value:
            continue  # no change, no update
        count = playground.updates
        start, start_cpu = time.perf_counter(), time.process_time()
        setattr(control, trait, value)
        elapsed, elapsed_cpu = (
            (time.perf_counter() - start) * 1000,
            (time.process_time() - start_cpu) * 1000,
        )
        if playground.error:
            errors.append(
                f"{control.description or type(control).__name__}={value!r}: {playground.error}"
            )
        elif playground.updates > count:
            timings.append(elapsed)
            cpu.append(elapsed_cpu)
    return timings, cpu, errors


def measure(name: str, steps: int) -> dict[str, Any]:
    """Build playground ``name`` and time its updates over a sweep of its controls."""
    from eduia import playgrounds

    start = time.perf_counter()
    playground, controls = find_widgets(getattr(playgrounds, name)())
    build_ms = (time.perf_counter() - start) * 1000
    if playground is None:
        return {"name": name, "error": "no PlaygroundWidget found"}
    if playground.error:
        return {"name": name, "error": playground.error}
    timings, cpu, errors = time_updates(playground, sweep_moves(controls, steps))
    if not timings:
        return {"name": name, "error": "; ".join(errors) or "no update"}
    return {
        "name": name,
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "updates": len(timings),
        "max_ms": round(max(timings), 1),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 1),
        "build_ms": round(build_ms),
        "errors": errors,
    }


def measure_all(steps: int, only: list[str] | None = None) -> list[dict[str, Any]]:
    """One row per playground of ``eduia.playgrounds.PLAYGROUNDS`` (or of ``only``)."""
    from eduia import playgrounds

    os.environ.pop("NBGRADER_EXECUTION", None)  # a benchmark under autograding would time nothing
    rows = []
    for name in only or list(playgrounds.PLAYGROUNDS):
        try:
            rows.append(measure(name, steps))
        except ImportError as error:  # a playground not written yet
            rows.append({"name": name, "missing": str(error)})
    return rows


def print_table(rows: list[dict[str, Any]], machine: str = "") -> None:
    """The rows as a plain-text table, with the budget and a verdict per playground."""
    print(f"Budget: p95 < {P95_BUDGET_MS:.0f} ms per update (goal: p50 < {P50_GOAL_MS:.0f} ms)")
    if machine:
        print(f"{machine} (wall-clock times grow with both; 'cpu p95' is this process's own)")
    print(
        f"{'playground':<18}{'updates':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'cpu p95':>9}"
        f"{'build ms':>10}  verdict"
    )
    for row in rows:
        if "missing" in row or "error" in row:
            print(
                f"{row['name']:<18}{'':>54}  {'absent' if 'missing' in row else 'ERROR'}: "
                f"{row.get('missing') or row.get('error')}"
            )
            continue
        verdict = "ok" if row["p95_ms"] < P95_BUDGET_MS else "TOO SLOW"
        print(
            f"{row['name']:<18}{row['updates']:>8}{row['p50_ms']:>9}{row['p95_ms']:>9}"
            f"{row['max_ms']:>9}{row['cpu_p95_ms']:>9}{row['build_ms']:>10}  {verdict}"
        )
        for error in row["errors"]:
            print(f"{'':<18}  error shown: {error}")


def within_budget(rows: list[dict[str, Any]]) -> bool:
    """True when every measured playground meets the p95 budget and none failed."""
    measured = [row for row in rows if "missing" not in row]
    return bool(measured) and all(
        "error" not in row and row["p95_ms"] < P95_BUDGET_MS for row in measured
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--json", action="store_true", help="print one JSON line instead of a table"
    )
    parser.add_argument("--steps", type=int, default=15, help="values per slider in the sweep")
    parser.add_argument("names", nargs="*", help="only these playgrounds")
    args = parser.parse_args(argv)
    os.environ.setdefault("MPLBACKEND", "Agg")
    before = cpu_counters()
    rows = measure_all(args.steps, args.names or None)
    machine = quietness(before, cpu_counters())
    if args.json:
        keys = ("name", "p50_ms", "p95_ms", "updates")
        print(json.dumps([{key: row[key] for key in keys} for row in rows if "p95_ms" in row]))
        for row in rows:
            if "p95_ms" not in row:
                print(f"{row['name']}: {row.get('missing') or row.get('error')}", file=sys.stderr)
    else:
        print_table(rows, machine)
    return 0 if within_budget(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
