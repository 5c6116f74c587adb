"""benchmarks/machine_load.py: the line that says how quiet the machine was while measuring."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from machine_load import cpu_counters, quietness


def test_the_stolen_share_is_computed_between_the_two_readings() -> None:
    line = quietness((10_000, 100), (12_000, 400))
    assert "15.0 % of the CPU time taken by the hypervisor" in line
    assert line.startswith("Machine while measuring: ")


def test_without_counters_the_line_still_says_what_it_knows() -> None:
    assert "hypervisor" not in quietness(None, None)


@pytest.mark.skipif(not Path("/proc/stat").exists(), reason="Linux /proc only")
def test_counters_grow_while_the_machine_works() -> None:
    before = cpu_counters()
    sum(range(3_000_000))
    after = cpu_counters()
    assert before is not None and after is not None
    assert after[0] > before[0] and after[1] >= before[1]
