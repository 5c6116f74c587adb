"""Run pip as if it ran on another system: environment markers evaluated for that system.

``python -m eduia.bundle.target_pip '<markers as JSON>' <pip arguments…>``

pip selects wheels for another system with ``--platform`` and ``--python-version`` but evaluates
dependency markers (``pywinpty; os_name == "nt"``, ``exceptiongroup; python_version < "3.11"``)
for the machine it runs on, so a wheelhouse for Windows or for Python 3.10 built on Linux with
Python 3.11 would miss packages. This runner replaces the marker environment of pip's vendored
``packaging`` before pip starts, in its own process.

Examples
--------
>>> from eduia.bundle.platforms import PLATFORMS, marker_environment
>>> command = pip_command(marker_environment(PLATFORMS["windows"], "3.12"), ["--version"])
>>> command[1:3]
['-m', 'eduia.bundle.target_pip']
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence


def pip_command(
    markers: Mapping[str, str], arguments: Sequence[str], python: str | None = None
) -> list[str]:
    """The command running pip with ``arguments`` under the marker environment ``markers``."""
    return [
        python or sys.executable,
        "-m",
        "eduia.bundle.target_pip",
        json.dumps(dict(markers)),
        *arguments,
    ]


def run(argv: Sequence[str]) -> int:
    """Patch pip's marker environment with ``argv[0]`` (JSON), then run pip with the rest."""
    overrides = json.loads(argv[0])
    from pip._vendor.packaging import markers

    target = {**markers.default_environment(), **overrides}
    markers.default_environment = lambda: dict(target)  # type: ignore[assignment]
    from pip._internal.cli.main import main as pip_main

    return int(pip_main(list(argv[1:])) or 0)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
