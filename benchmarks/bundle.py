"""Size of the offline bundle per platform, and the time to install it here with no network.

Budget: at most 250 MB per platform (its wheels plus the shared files; 1 MB = 10**6 bytes) and
at most 90 s for ``install.sh`` on this machine, network cut (``unshare -n`` when available),
from a fresh folder to the end of ``eduia doctor``.

Usage::

    python benchmarks/bundle.py                  # table
    python benchmarks/bundle.py --json           # {"size_mb": {...}, "install_s": ...}
    python benchmarks/bundle.py --platform linux windows macos --python 3.12

Downloads (before the network is cut) come from PyPI through pip's cache.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eduia.bundle import build_bundle
from eduia.bundle.offline import namespace_unavailable_reason, offline_command
from eduia.bundle.platforms import current_platform, default_python

SIZE_BUDGET_MB = 250.0
INSTALL_BUDGET_S = 90.0


def heaviest_wheels(folder: Path, count: int = 5) -> list[tuple[str, float]]:
    """The ``count`` largest wheels of a wheelhouse, in MB."""
    wheels = sorted(folder.glob("*.whl"), key=lambda path: path.stat().st_size, reverse=True)
    return [
        (path.name.split("-")[0], round(path.stat().st_size / 1e6, 1)) for path in wheels[:count]
    ]


def timed_install(bundle: Path, scratch: Path) -> tuple[float, bool, str]:
    """Seconds taken by ``install.sh`` into a fresh folder, whether it succeeded, and how."""
    home = scratch / "home"
    home.mkdir()
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    environment.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), EDUIA_PYTHON=sys.executable
    )
    command = ["sh", str(bundle / "install.sh"), str(scratch / "logiciel")]
    how = "unshare -n"
    if namespace_unavailable_reason():
        how = "network not cut: " + str(namespace_unavailable_reason())
    else:
        command = offline_command(command)
    start = time.perf_counter()
    result = subprocess.run(command, check=False, capture_output=True, text=True, env=environment)
    return round(time.perf_counter() - start, 1), result.returncode == 0, how


def main(argv: list[str] | None = None) -> int:
    """Build, measure, report; exit 1 when a budget is exceeded or the install fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", nargs="+", default=["linux", "windows", "macos"])
    parser.add_argument("--python", nargs="+", default=[default_python()])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eduia-bench-") as scratch:
        out = Path(scratch) / "paquet"
        report = build_bundle(
            out,
            args.platform,
            args.python,
            zip_it=False,
            echo=lambda line: None,
            progress_stream=io.StringIO(),
        )
        heavy = {name: heaviest_wheels(out / "wheels" / name) for name in report.size_mb}
        install_s, installed, how = None, False, "not installable here"
        if current_platform().name in report.size_mb and sys.platform != "win32":
            install_s, installed, how = timed_install(out, Path(scratch))
    within = (
        all(size <= SIZE_BUDGET_MB for size in report.size_mb.values())
        and installed
        and (install_s is not None and install_s <= INSTALL_BUDGET_S)
    )
    if args.json:
        print(json.dumps({"size_mb": report.size_mb, "install_s": install_s}))
        return 0 if within else 1
    print(
        f"Bundle for Python {', '.join(report.pythons)}"
        f" (budget {SIZE_BUDGET_MB:.0f} MB per platform)"
    )
    for name, size in report.size_mb.items():
        largest = ", ".join(f"{wheel} {mb}" for wheel, mb in heavy[name])
        print(f"  {name:<8} {size:7.1f} MB   largest: {largest}")
    state = "ok" if installed else "FAILED"
    print(f"Offline install here: {install_s} s ({state}, {how}; budget {INSTALL_BUDGET_S:.0f} s)")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
