"""``eduia bundle``: templates, markers of other systems, completeness of each wheelhouse.

Fast tests build tiny wheels by hand to prove that pip runs with the target system's markers and
that the completeness check catches a missing package. Slow tests download the real wheelhouses
for Windows and macOS (and Linux with Python 3.10) and check that they are complete.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eduia.bundle import (
    PLATFORMS,
    WheelhouseError,
    build_bundle,
    check_offline,
    make_zip,
    marker_environment,
    missing_requirements,
    render_template,
    write_install_files,
)
from eduia.bundle.build import _escape_bat, template_text
from eduia.bundle.platforms import check_pythons, resolve_platforms
from eduia.cli import main
from eduia.i18n import t
from eduia.progress import ProgressBar

REPO_ROOT = Path(__file__).resolve().parent.parent


def fake_wheel(folder: Path, name: str, version: str, requires: list[str] = ()) -> Path:
    """A minimal valid pure-Python wheel with the given requirements."""
    dist_info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {requirement}\n" for requirement in requires
    )
    files = {
        f"{name}/__init__.py": "",
        f"{dist_info}/METADATA": metadata,
        f"{dist_info}/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
    }
    record = "".join(f"{path},,\n" for path in files) + f"{dist_info}/RECORD,,\n"
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        for member, text in {**files, f"{dist_info}/RECORD": record}.items():
            wheel.writestr(member, text)
    return path


@pytest.fixture
def tiny_wheelhouse(tmp_path: Path) -> Path:
    folder = tmp_path / "wheels"
    folder.mkdir()
    fake_wheel(
        folder,
        "eduia",
        "9.0",
        ['winonly; sys_platform == "win32"', 'oldonly; python_version < "3.11"', "common>=1"],
    )
    fake_wheel(folder, "common", "1.5", ['macextra; platform_system == "Darwin"'])
    for name in ("winonly", "oldonly", "macextra"):
        fake_wheel(folder, name, "1.0")
    return folder


# --------------------------------------------------------------------------- markers of the target


def test_pip_resolves_with_the_target_markers(tiny_wheelhouse: Path) -> None:
    def resolved(platform: str, python: str) -> list[str]:
        return check_offline(tiny_wheelhouse, PLATFORMS[platform], python, requirements=["eduia"])

    assert resolved("windows", "3.12") == ["common", "eduia", "winonly"]
    assert resolved("linux", "3.12") == ["common", "eduia"]
    assert resolved("linux", "3.10") == ["common", "eduia", "oldonly"]
    assert resolved("macos", "3.13") == ["common", "eduia", "macextra"]


def test_completeness_check_fails_when_a_target_package_is_missing(tiny_wheelhouse: Path) -> None:
    (tiny_wheelhouse / "winonly-1.0-py3-none-any.whl").unlink()
    assert check_offline(tiny_wheelhouse, PLATFORMS["linux"], "3.12", requirements=["eduia"])
    with pytest.raises(WheelhouseError, match="windows / Python 3.12"):
        check_offline(tiny_wheelhouse, PLATFORMS["windows"], "3.12", requirements=["eduia"])


def test_missing_requirements_reads_markers_extras_and_versions() -> None:
    items = [
        {
            "metadata": {
                "name": "jsonschema",
                "version": "4.0",
                "requires_dist": [
                    "attrs>=22",
                    'rfc3987; extra == "format"',
                    'pywinpty; os_name == "nt"',
                ],
            },
            "requested_extras": ["format"],
        },
        {"metadata": {"name": "attrs", "version": "21.0"}},
    ]
    windows = marker_environment(PLATFORMS["windows"], "3.12")
    assert missing_requirements(items, windows) == [
        "attrs>=22 (jsonschema)",
        "pywinpty (jsonschema)",
        "rfc3987 (jsonschema)",
    ]
    assert missing_requirements(items, marker_environment(PLATFORMS["linux"], "3.12")) == [
        "attrs>=22 (jsonschema)",
        "rfc3987 (jsonschema)",
    ]


def test_platforms_and_pythons_are_validated() -> None:
    assert [target.name for target in resolve_platforms(["current", "windows"])][1:] == ["windows"]
    with pytest.raises(ValueError, match="Système inconnu"):
        resolve_platforms(["beos"])
    with pytest.raises(ValueError, match="Python 3.9 n'est pas pris en charge"):
        check_pythons(["3.9"])
    assert marker_environment(PLATFORMS["macos"], "3.11")["platform_machine"] == "arm64"
    assert "manylinux2014_x86_64" in PLATFORMS["linux"].pip_platforms


# --------------------------------------------------------------------------- install scripts


def test_shell_messages_survive_quoting(tmp_path: Path) -> None:
    script = render_template(
        'echo @bundle.install_venv_failed@\necho "@bundle.launcher_comment:raw@"\n', "sh", ["3.12"]
    )
    output = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True).stdout
    assert output.splitlines() == [t("bundle.install_venv_failed"), t("bundle.launcher_comment")]


def test_batch_escaping() -> None:
    assert _escape_bat("a & b (c) 100% <x> | ^") == "a ^& b ^(c^) 100%% ^<x^> ^| ^^"


def test_install_files_are_complete_and_well_formed(tmp_path: Path) -> None:
    shell, batch, guide = write_install_files(tmp_path, ["3.11", "3.12"])
    for path in (shell, batch):
        text = path.read_text(encoding="utf-8")
        assert "@bundle." not in text and "@PYTHON_VERSIONS@" not in text
        assert "3.11 3.12" in text
    assert os.stat(shell).st_mode & stat.S_IXUSR
    assert (
        subprocess.run(["sh", "-n", str(shell)], check=False, capture_output=True).returncode == 0
    )
    raw = batch.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and not raw.startswith(b"\xef\xbb\xbf")
    batch_text = raw.decode("utf-8")
    for label in (":try_launcher", ":try_command"):
        assert f"call {label}" in batch_text and f"\r\n{label}\r\n" in batch_text
    assert "--no-index" in batch_text and "chcp 65001" in batch_text
    assert "Quand eduia doctor signale un problème" in guide.read_text(encoding="utf-8")


def test_install_sh_refuses_politely(tmp_path: Path) -> None:
    shell, _, _ = write_install_files(tmp_path, ["3.12"])
    usage = subprocess.run(["sh", str(shell)], check=False, capture_output=True, text=True)
    assert usage.returncode == 2 and usage.stderr.strip() == t("bundle.install_usage_sh")
    no_wheels = subprocess.run(
        ["sh", str(shell), str(tmp_path / "cible")], check=False, capture_output=True, text=True
    )
    assert no_wheels.returncode == 3
    assert t("bundle.install_unsupported_system") in no_wheels.stderr
    (tmp_path / "wheels" / "linux").mkdir(parents=True)
    no_python = subprocess.run(
        ["sh", str(shell), str(tmp_path / "cible")],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "EDUIA_PYTHON": "/nonexistent/python"},
    )
    assert no_python.returncode == 4 and "3.12" in no_python.stderr


def test_teacher_guide_shows_the_same_installation_text() -> None:
    guide = REPO_ROOT / "teacher_guide" / "installation.md"
    assert guide.read_text(encoding="utf-8") == template_text("INSTALLATION.md")


def test_zip_keeps_install_sh_executable_and_stores_wheels(tmp_path: Path) -> None:
    out = tmp_path / "paquet"
    write_install_files(out, ["3.12"])
    (out / "wheels" / "linux").mkdir(parents=True)
    fake_wheel(out / "wheels" / "linux", "common", "1.0")
    archive = make_zip(out)
    with zipfile.ZipFile(archive) as bundle_zip:
        shell = bundle_zip.getinfo("paquet/install.sh")
        assert (shell.external_attr >> 16) & stat.S_IXUSR
        assert (
            bundle_zip.getinfo("paquet/wheels/linux/common-1.0-py3-none-any.whl").compress_type
            == zipfile.ZIP_STORED
        )
        assert bundle_zip.read("paquet/install.bat") == (out / "install.bat").read_bytes()


def test_progress_bar_counts_to_the_total() -> None:
    stream = io.StringIO()
    bar = ProgressBar(8, "Téléchargement", stream=stream)
    for number in range(8):
        bar.advance(f"paquet{number}")
    bar.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].endswith("1/8 paquet0") and lines[-1].endswith("8/8")
    assert len(lines) <= 5  # not a terminal: a few lines, not one per package


def test_cli_errors_are_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bundle", str(tmp_path / "p"), "--platform", "beos"]) == 1
    assert "Système inconnu : « beos »" in capsys.readouterr().err
    (tmp_path / "plein").mkdir()
    (tmp_path / "plein" / "x").write_text("x")
    assert main(["bundle", str(tmp_path / "plein"), "--platform", "linux"]) == 1
    assert "existe déjà et n'est pas vide" in capsys.readouterr().err


# --------------------------------------------------------------------------- real wheelhouses


@pytest.mark.slow
@pytest.mark.parametrize(
    ("platform", "python", "expected"),
    [
        ("windows", "3.12", {"pywinpty", "colorama"}),
        ("macos", "3.12", {"appnope"}),
        ("linux", "3.10", {"exceptiongroup", "tomli"}),
    ],
)
def test_real_wheelhouse_is_complete_for(
    tmp_path: Path, platform: str, python: str, expected: set[str]
) -> None:
    report = build_bundle(
        tmp_path / "paquet",
        [platform],
        [python],
        zip_it=False,
        echo=lambda line: None,
        progress_stream=io.StringIO(),
    )
    packages = set(report.packages[f"{platform}-{python}"])
    assert {"eduia", "jupyterlab", "nbgrader", "scikit-learn", "pip"} <= packages
    assert expected <= packages, expected - packages
    folder = tmp_path / "paquet" / "wheels" / platform
    assert not list(folder.glob("*.tar.gz")) and not list(folder.glob("*.zip"))
    assert report.size_mb[platform] < 250
    # The check really looks at the target: without the first expected package it fails.
    removed = min(expected)
    for wheel in folder.glob(f"{removed}-*.whl"):
        wheel.unlink()
    with pytest.raises(WheelhouseError):
        check_offline(folder, PLATFORMS[platform], python)


def test_cli_help_lists_platforms() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eduia", "bundle", "--help"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "fr_FR.UTF-8"},
    )
    assert "windows" in result.stdout and "macos" in result.stdout and "3.10" in result.stdout


@pytest.mark.slow
def test_install_bat_runs_its_checks_under_wine(tmp_path: Path) -> None:
    """install.bat parses and stops with the right code before Python is needed (wine's cmd)."""
    import shutil

    if shutil.which("wine") is None:
        pytest.skip("wine is not installed (Debian package wine): install.bat cannot run here")
    bundle = tmp_path / "paquet"
    write_install_files(bundle, ["3.12"])
    environment = {**os.environ, "WINEDEBUG": "-all", "WINEPREFIX": str(tmp_path / "wine")}

    def run(arguments: str, **extra: str) -> int:
        command = ["wine", "cmd", "/c", f"install.bat {arguments} & exit %errorlevel%"]
        result = subprocess.run(
            command,
            cwd=bundle,
            env={**environment, **extra},
            capture_output=True,
            timeout=300,
            check=False,
        )
        return result.returncode

    assert run("") == 2  # no target folder
    assert run(r"C:\eduia-test") == 3  # no wheels for Windows in this bundle
    (bundle / "wheels" / "windows").mkdir(parents=True)
    old_python = bundle / "vieux-python.bat"
    old_python.write_bytes(b"@exit /b 1\r\n")  # says it is not a supported version
    assert run(r"C:\eduia-test", EDUIA_PYTHON=windows_path(old_python)) == 4
    broken_python = bundle / "python-sans-venv.bat"  # a supported version whose venv fails
    broken_python.write_bytes(b'@if "%1"=="-m" exit /b 1\r\n@exit /b 0\r\n')
    assert run(r"C:\eduia-test", EDUIA_PYTHON=windows_path(broken_python)) == 5


def windows_path(path: Path) -> str:
    """``path`` as wine's programs see it (drive Z: is the Unix root)."""
    return "Z:" + str(path).replace("/", "\\")
