"""``import eduia`` and ``eduia --help`` stay near-free: no heavy library is imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY_MODULES = (
    "numpy",
    "pandas",
    "sklearn",
    "matplotlib",
    "nbgrader",
    "jupyterlab",
    "ipywidgets",
    "IPython",
)


def _imported_modules(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(completed.stdout.split())


@pytest.mark.parametrize(
    "code",
    [
        "import eduia",
        "import eduia.cli; eduia.cli.build_parser()",
        "import eduia.i18n; eduia.i18n.t('cli.description')",
    ],
)
def test_no_heavy_module_is_imported(code: str) -> None:
    imported = _imported_modules(code)
    heavy = sorted(name for name in HEAVY_MODULES if name in imported)
    assert heavy == [], f"{code!r} imports {heavy}"


def test_lazy_submodule_is_loaded_on_first_use() -> None:
    imported = _imported_modules("import eduia; eduia.i18n")
    assert "eduia.i18n" in imported
