"""The offline bundle installs and runs here with the network cut (``unshare -n``).

Builds the bundle for the current platform (downloads come from PyPI through pip's cache),
installs it with ``install.sh`` into a fresh folder inside a network namespace that has only a
loopback interface, runs ``eduia doctor`` there and executes a lesson notebook in the installed
environment, still without network. Also: the install on a Python without ``ensurepip`` (Debian
without python3-venv), and on Python 3.10, which gets older releases of the libraries.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eduia.bundle import offline


def namespace_unavailable_reason() -> str | None:
    """Why commands cannot run in a network namespace here, or ``None``."""
    return offline.namespace_unavailable_reason()


def offline_command(argv: list[str]) -> list[str]:
    """``argv`` run with the network cut; skips the calling test (with why) when impossible."""
    reason = offline.namespace_unavailable_reason()
    if reason:
        pytest.skip(reason)
    return offline.offline_command(argv)


@pytest.mark.network_namespace
def test_namespace_has_no_network_but_loopback() -> None:
    script = (
        "import socket\n"
        "server = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen()\n"
        "socket.create_connection(server.getsockname(), timeout=5).close()\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=5)\n"
        "except OSError as error:\n"
        "    print('coupé', error.errno)\n"
    )
    result = subprocess.run(
        offline_command([sys.executable, "-c", script]),
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("coupé")


# Executes a notebook with the Python that runs this script (the installed environment's), and
# prints one line per error: the pupil version's stubs may raise only the expected errors.
_EXECUTE_NOTEBOOK = """
import json, sys
import nbformat
from nbclient import NotebookClient
notebook = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(notebook, timeout=300, kernel_name="python3", allow_errors=True,
               resources={"metadata": {"path": sys.argv[2]}}).execute()
outputs = [output for cell in notebook.cells if cell.cell_type == "code"
           for output in cell.get("outputs", [])]
errors = [out.get("ename") for out in outputs if out.get("output_type") == "error"]
widgets = sum("application/vnd.jupyter.widget-view+json" in out.get("data", {}) for out in outputs)
tables = sum("text/html" in out.get("data", {}) for out in outputs)
print(json.dumps({"errors": errors, "widgets": widgets, "tables": tables}))
"""
EXPECTED_PUPIL_ERRORS = {"NotImplementedError", "CheckFailed"}


def _current_python() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


@pytest.fixture(scope="module")
def current_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle for this computer and this Python (downloads happen here, network on)."""
    import io
    import zipfile

    from eduia.bundle import build_bundle

    if namespace_unavailable_reason():
        pytest.skip(namespace_unavailable_reason())
    out = tmp_path_factory.mktemp("bundle") / "paquet"
    report = build_bundle(
        out, ["current"], [_current_python()], echo=lambda line: None, progress_stream=io.StringIO()
    )
    with zipfile.ZipFile(report.zip_path) as bundle_zip:
        assert "paquet/install.sh" in bundle_zip.namelist()
    return out


def _fresh_user(tmp_path: Path, python: str) -> tuple[Path, dict[str, str]]:
    """A home folder and an environment as a new user would have them (no pip settings)."""
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "VIRTUAL_ENV", "PYTHON", "JUPYTER"))
    }
    environment.update(HOME=str(home), EDUIA_PYTHON=python, XDG_DATA_HOME=str(home / "data"))
    return home, environment


def _install_offline(bundle: Path, target: Path, environment: dict[str, str]) -> str:
    install = subprocess.run(
        offline_command(["sh", str(bundle / "install.sh"), str(target)]),
        capture_output=True,
        text=True,
        env=environment,
        timeout=900,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-4000:] + install.stderr[-4000:]
    assert "Tout est prêt" in install.stdout  # eduia doctor, run by install.sh, found no problem
    return install.stdout


def _run_offline(argv: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        offline_command(argv),
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.network_namespace
def test_bundle_installs_and_runs_a_lesson_without_network(
    current_bundle: Path, tmp_path: Path
) -> None:
    import json

    home, environment = _fresh_user(tmp_path, sys.executable)
    target = tmp_path / "logiciel"
    _install_offline(current_bundle, target, environment)
    desktop = (home / "data" / "applications" / "eduia.desktop").read_text(encoding="utf-8")
    assert f'Exec="{target / "eduia-lab"}"' in desktop
    eduia, python = target / "venv" / "bin" / "eduia", target / "venv" / "bin" / "python"
    # eduia doctor and eduia lab, still offline, in the installed environment.
    doctor = _run_offline([str(eduia), "doctor"], environment)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    listing = _run_offline([str(eduia), "datasets"], environment)
    assert listing.returncode == 0, listing.stderr
    assert "15 jeux de données" in listing.stdout
    workspace = home / "Documents" / "eduia"
    prepared = _run_offline(
        [str(eduia), "lab", "--workspace", str(workspace), "--no-launch"], environment
    )
    assert prepared.returncode == 0, prepared.stderr
    lessons = sorted(workspace.glob("*/*.ipynb"))
    assert lessons, "the installed eduia shipped no lesson"
    # A lesson runs there offline: data, charts and the playground work; only stubs fail.
    lesson = lessons[0]
    executed = _run_offline(
        [str(python), "-c", _EXECUTE_NOTEBOOK, str(lesson), str(lesson.parent)], environment
    )
    assert executed.returncode == 0, executed.stderr[-4000:]
    result = json.loads(executed.stdout.strip().splitlines()[-1])
    assert set(result["errors"]) <= EXPECTED_PUPIL_ERRORS, result
    assert result["tables"] >= 1 and result["widgets"] >= 1


@pytest.mark.slow
@pytest.mark.network_namespace
def test_install_works_without_ensurepip_like_debian(current_bundle: Path, tmp_path: Path) -> None:
    """Debian without python3-venv: ``python -m venv`` fails; pip comes from the bundle."""
    python = tmp_path / "python-sans-ensurepip"
    python.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-m" ] && [ "$2" = "venv" ] && [ "$3" != "--without-pip" ]; then\n'
        '  echo "ensurepip is not available" >&2; exit 1\n'
        "fi\n"
        f'exec "{sys.executable}" "$@"\n'
    )
    python.chmod(0o755)
    _, environment = _fresh_user(tmp_path, str(python))
    target = tmp_path / "logiciel"
    _install_offline(current_bundle, target, environment)
    pip_version = _run_offline(
        [str(target / "venv" / "bin" / "python"), "-m", "pip", "--version"], environment
    )
    assert pip_version.returncode == 0 and str(target) in pip_version.stdout


def _interpreter(version: str) -> str | None:
    """A working ``python<version>`` on this machine (PATH or pyenv), or ``None``."""
    import glob
    import shutil

    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(
        glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}"))
    )
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print(sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == str(
            tuple(map(int, version.split(".")))
        ):
            return candidate
    return None


@pytest.mark.slow
@pytest.mark.network_namespace
@pytest.mark.parametrize("version", ["3.10"])
def test_oldest_python_gets_a_working_install(tmp_path: Path, version: str) -> None:
    """Python 3.10 gets older releases (nbgrader 0.9.5, pandas 2.x…): they must run the lessons."""
    import io
    import json

    from eduia.bundle import build_bundle

    python = _interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version} on this machine")
    if namespace_unavailable_reason():
        pytest.skip(namespace_unavailable_reason())
    bundle = tmp_path / "paquet"
    report = build_bundle(
        bundle,
        ["current"],
        [version],
        zip_it=False,
        echo=lambda line: None,
        progress_stream=io.StringIO(),
    )
    (packages,) = report.packages.values()
    assert "exceptiongroup" in packages  # needed before 3.11 only: the target's markers were used
    home, environment = _fresh_user(tmp_path, python)
    target = tmp_path / "logiciel"
    _install_offline(bundle, target, environment)
    workspace = home / "Documents" / "eduia"
    prepared = _run_offline(
        [
            str(target / "venv" / "bin" / "eduia"),
            "lab",
            "--workspace",
            str(workspace),
            "--no-launch",
        ],
        environment,
    )
    assert prepared.returncode == 0, prepared.stderr
    lesson = min(workspace.glob("*/*.ipynb"))
    executed = _run_offline(
        [
            str(target / "venv" / "bin" / "python"),
            "-c",
            _EXECUTE_NOTEBOOK,
            str(lesson),
            str(lesson.parent),
        ],
        environment,
    )
    assert executed.returncode == 0, executed.stderr[-4000:]
    result = json.loads(executed.stdout.strip().splitlines()[-1])
    assert set(result["errors"]) <= EXPECTED_PUPIL_ERRORS, result
