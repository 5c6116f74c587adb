"""The nbgrader extensions of JupyterLab (assignment list, formgrader, create assignment) are on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.course_list",
    "nbgrader.server_extensions.validate_assignment",
)
LAB_PLUGINS = ("assignment-list", "formgrader", "create-assignment", "course-list", "menu")


def test_server_extensions_are_enabled_by_the_install() -> None:
    from jupyter_core.paths import jupyter_config_path
    from jupyter_server.extension.config import ExtensionConfigManager

    manager = ExtensionConfigManager(read_config_path=jupyter_config_path())
    for extension in SERVER_EXTENSIONS:
        assert manager.enabled(extension), extension


def test_lab_extension_fits_the_pinned_jupyterlab() -> None:
    import jupyterlab
    from jupyter_core.paths import jupyter_path

    found = [
        Path(p) / "@jupyter" / "nbgrader" / "package.json" for p in jupyter_path("labextensions")
    ]
    package = json.loads(next(p for p in found if p.is_file()).read_text(encoding="utf-8"))
    wanted = package["dependencies"]["@jupyterlab/application"]
    assert wanted.startswith("^4.") and jupyterlab.__version__.startswith("4.")
    minimum = tuple(int(x) for x in wanted[1:].split(".")[:2])
    assert tuple(int(x) for x in jupyterlab.__version__.split(".")[:2]) >= minimum


@pytest.mark.slow
def test_lab_lists_the_nbgrader_extension_enabled_and_its_plugins_on() -> None:
    scripts = Path(sys.executable).parent
    env = dict(
        os.environ, PATH=str(scripts) + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1"
    )
    listed = subprocess.run(
        [str(scripts / "jupyter"), "labextension", "list"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    text = listed.stdout + listed.stderr
    line = next(line for line in text.splitlines() if "@jupyter/nbgrader" in line)
    assert "enabled" in line and "OK" in line
    disabled = text.split("Disabled extensions:")[1] if "Disabled extensions:" in text else ""
    for plugin in LAB_PLUGINS:
        assert f"@jupyter/nbgrader:{plugin}" not in disabled
