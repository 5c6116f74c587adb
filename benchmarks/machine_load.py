"""How quiet the machine was while a benchmark measured: load and CPU time taken by a hypervisor.

On a virtual machine, other guests can take the CPU (``steal`` in ``/proc/stat``): times then
grow for reasons that have nothing to do with eduia. The timing benchmarks print this line so
that their figures can be judged; a quiet machine shows a load under the number of cores and
almost no stolen time. Linux only (elsewhere the line says less).
"""

from __future__ import annotations

import os
from pathlib import Path


def cpu_counters() -> tuple[int, int] | None:
    """(all CPU time, time stolen by the hypervisor), in clock ticks since boot, or None.

    Examples
    --------
    >>> counters = cpu_counters()
    >>> counters is None or counters[0] >= counters[1] >= 0
    True
    """
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").splitlines()[0].split()
    except (OSError, IndexError):
        return None
    if fields[0] != "cpu" or len(fields) < 9:
        return None
    ticks = [int(value) for value in fields[1:9]]  # user … steal (guest time is inside user)
    return sum(ticks), ticks[7]


def quietness(before: tuple[int, int] | None, after: tuple[int, int] | None) -> str:
    """One line: the load average and the share of CPU time stolen between the two counters.

    Examples
    --------
    >>> "5.0 % of the CPU time taken by the hypervisor" in quietness((1000, 10), (2000, 60))
    True
    """
    parts = []
    if hasattr(os, "getloadavg"):
        parts.append(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if before and after and after[0] > before[0]:
        share = 100 * (after[1] - before[1]) / (after[0] - before[0])
        parts.append(
            f"{share:.1f} % of the CPU time taken by the hypervisor (steal; a quiet machine: ~0 %)"
        )
    return "Machine while measuring: " + "; ".join(parts or ["unknown"])
