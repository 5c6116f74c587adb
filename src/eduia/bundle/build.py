"""Assemble the offline bundle: wheelhouses, install scripts, guide, manifest and zip.

Layout of a bundle folder ``OUT``::

    OUT/install.sh            Linux and macOS: sh install.sh TARGET_FOLDER
    OUT/install.bat           Windows: install.bat TARGET_FOLDER
    OUT/INSTALLATION.md       the guide for the school's IT person (French)
    OUT/bundle.json           eduia's version, the systems and Python versions inside
    OUT/wheels/<platform>/    every wheel for that system (eduia's own, pip's, all dependencies)

and ``OUT.zip`` beside it, the same content in one file.

Examples
--------
>>> from eduia.bundle import build_bundle
>>> report = build_bundle(Path("/tmp/eduia-bundle"), ["windows", "linux"])  # doctest: +SKIP
>>> report.size_mb["windows"]  # doctest: +SKIP
158.2
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TextIO

from eduia import __version__
from eduia.bundle import platforms as _platforms
from eduia.bundle import wheelhouse
from eduia.i18n import t
from eduia.resources import checkout_root

TEMPLATES = ("install.sh", "install.bat", "INSTALLATION.md")
_PLACEHOLDER_START = "@bundle."


@dataclass
class BundleReport:
    """What :func:`build_bundle` made."""

    out: Path
    zip_path: Path | None
    pythons: list[str]
    size_bytes: dict[str, int] = field(default_factory=dict)
    packages: dict[str, list[str]] = field(default_factory=dict)

    @property
    def size_mb(self) -> dict[str, float]:
        """Size of each platform's part of the bundle (its wheels and the shared files), in MB."""
        return {name: round(size / 1e6, 1) for name, size in self.size_bytes.items()}


# --------------------------------------------------------------------------- templates


def _quote_sh(text: str) -> str:
    return shlex.quote(text)


def _escape_bat(text: str) -> str:
    """``text`` safe as the argument of ``echo`` in a batch file."""
    text = text.replace("%", "%%").replace("^", "^^")
    for special in "&|<>()":
        text = text.replace(special, "^" + special)
    return text


def _escape_sh_double_quoted(text: str) -> str:
    for special in '\\"$`':
        text = text.replace(special, "\\" + special)
    return text


def render_template(text: str, kind: str, pythons: Sequence[str]) -> str:
    """Fill a template: ``@PYTHON_VERSIONS@``, ``@EDUIA_VERSION@`` and ``@bundle.<key>@``.

    ``@bundle.<key>@`` becomes the catalogue message quoted for ``kind`` (``"sh"`` or ``"bat"``);
    ``@bundle.<key>:raw@`` inserts it for use inside double quotes.

    Examples
    --------
    >>> render_template("echo @bundle.install_python_found@ x", "sh", ["3.12"])
    "echo 'Python utilisé :' x"
    """
    text = text.replace("@PYTHON_VERSIONS@", " ".join(pythons))
    text = text.replace("@EDUIA_VERSION@", __version__)
    pieces = text.split(_PLACEHOLDER_START)
    rendered = [pieces[0]]
    for piece in pieces[1:]:
        key, _, rest = piece.partition("@")
        name, _, mode = key.partition(":")
        message = t(f"bundle.{name}")
        if mode == "raw":
            message = _escape_sh_double_quoted(message) if kind == "sh" else message
        else:
            message = _quote_sh(message) if kind == "sh" else _escape_bat(message)
        rendered.append(message + rest)
    return "".join(rendered)


def template_text(name: str) -> str:
    """The raw text of the template ``name`` shipped in ``eduia/bundle/templates``."""
    return (resources.files("eduia.bundle") / "templates" / name).read_text(encoding="utf-8")


def write_install_files(out: Path, pythons: Sequence[str]) -> list[Path]:
    """Write ``install.sh`` (LF, executable), ``install.bat`` (CRLF) and ``INSTALLATION.md``."""
    out.mkdir(parents=True, exist_ok=True)
    shell = out / "install.sh"
    shell.write_bytes(render_template(template_text("install.sh"), "sh", pythons).encode("utf-8"))
    shell.chmod(0o755)
    batch = out / "install.bat"
    batch_text = render_template(template_text("install.bat"), "bat", pythons)
    batch.write_bytes(batch_text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    guide = out / "INSTALLATION.md"
    guide.write_text(template_text("INSTALLATION.md"), encoding="utf-8")
    return [shell, batch, guide]


# --------------------------------------------------------------------------- eduia's wheel


def is_eduia_checkout(folder: Path) -> bool:
    """Whether ``folder`` is a copy of eduia's repository (``pyproject.toml`` of ``eduia``, ``src/eduia``).

    Examples
    --------
    >>> is_eduia_checkout(Path("/"))
    False
    """
    import re

    pyproject = folder / "pyproject.toml"
    if not (pyproject.is_file() and (folder / "src" / "eduia" / "__init__.py").is_file()):
        return False
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r'^name\s*=\s*["\']eduia["\']', text, re.MULTILINE) is not None


def find_sources(start: Path | None = None) -> Path | None:
    """eduia's sources: the checkout eduia runs from, else the current folder or one above it.

    An eduia installed with pip (not from a checkout) then still builds its wheel when
    ``eduia bundle`` is run inside a copy of the repository.

    Examples
    --------
    >>> find_sources(Path("/")) is None or find_sources(Path("/")).name != ""
    True
    """
    root = checkout_root()
    if root is not None:
        return root
    here = Path(start or Path.cwd()).resolve()
    return next((folder for folder in (here, *here.parents) if is_eduia_checkout(folder)), None)


def build_eduia_wheel(destination: Path, source: Path | None = None) -> Path:
    """Build eduia's own wheel from its sources (``pip wheel --no-deps``) into ``destination``.

    ``source`` is a copy of the repository; by default :func:`find_sources`.

    Raises
    ------
    FileNotFoundError
        When no source checkout is found, or ``source`` is not one (French message).
    """
    if source is not None and not is_eduia_checkout(Path(source)):
        raise FileNotFoundError(t("bundle.not_a_checkout", path=source))
    source = source or find_sources()
    if source is None:
        raise FileNotFoundError(t("bundle.no_checkout", cwd=Path.cwd(), version=__version__))
    return _pip_wheel(source, "eduia-*.whl", destination)


def build_teacher_wheel(destination: Path, source: Path | None = None) -> Path:
    """Build the teacher package ``eduia-enseignant`` (``packaging/enseignant``) into ``destination``.

    Raises
    ------
    FileNotFoundError
        When no source checkout is found (French message).
    """
    if source is not None and not is_eduia_checkout(Path(source)):
        raise FileNotFoundError(t("bundle.not_a_checkout", path=source))
    source = source or find_sources()
    if source is None:
        raise FileNotFoundError(t("bundle.no_checkout", cwd=Path.cwd(), version=__version__))
    return _pip_wheel(
        Path(source) / "packaging" / "enseignant", "eduia_enseignant-*.whl", destination
    )


def _pip_wheel(project: Path, pattern: str, destination: Path) -> Path:
    """``pip wheel --no-deps project`` into ``destination``; the wheel matching ``pattern``.

    When this Python already has the build backend (hatchling), it is used as it is: no build
    environment to download.
    """
    import importlib.util

    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    destination.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="eduia-wheel-") as scratch:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                *isolation,
                "--disable-pip-version-check",
                "--quiet",
                "--wheel-dir",
                scratch,
                str(project),
            ],
            check=False,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise wheelhouse.WheelhouseError(
                t(
                    "bundle.pip_failed",
                    what=f"pip wheel {project.name}",
                    platform="-",
                    python="-",
                    tail=result.stdout[-1500:] + result.stderr[-1500:],
                )
            )
        built = next(Path(scratch).glob(pattern))
        return Path(shutil.copy2(built, destination / built.name))


# --------------------------------------------------------------------------- size and zip


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path``."""
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def make_zip(folder: Path) -> Path:
    """``folder.zip`` beside ``folder``: wheels stored as they are (already compressed),
    text deflated, ``install.sh`` kept executable."""
    archive = folder.with_name(folder.name + ".zip")
    with zipfile.ZipFile(archive, "w") as bundle_zip:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            name = (Path(folder.name) / path.relative_to(folder)).as_posix()
            info = zipfile.ZipInfo.from_file(path, name)
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix == ".whl" else zipfile.ZIP_DEFLATED
            )
            with path.open("rb") as source, bundle_zip.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
    return archive


# --------------------------------------------------------------------------- the bundle


def _prepare_out(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(t("bundle.out_not_empty", out=out))
    out.mkdir(parents=True, exist_ok=True)


def build_bundle(
    out: Path,
    platform_names: Sequence[str] = ("current",),
    pythons: Sequence[str] | None = None,
    *,
    eduia_wheel: Path | None = None,
    sources: Path | None = None,
    teacher: bool = False,
    zip_it: bool = True,
    echo: Callable[[str], None] = print,
    progress_stream: TextIO | None = None,
) -> BundleReport:
    """Build the offline bundle in ``out`` (a new or empty folder), and ``out.zip``.

    Parameters
    ----------
    out : Path
        The folder to create.
    platform_names : sequence of str
        ``"current"``, ``"linux"``, ``"windows"``, ``"macos"``.
    pythons : sequence of str, optional
        Python versions (``"3.12"``…); this Python's version by default.
    eduia_wheel : Path, optional
        eduia's wheel; built from the source checkout when omitted.
    sources : Path, optional
        The copy of the repository to build eduia's wheel from (:func:`find_sources` by default).
    teacher : bool
        A teacher bundle: the teacher package ``eduia-enseignant`` (lesson sources with solutions
        and hidden tests, fiches, guide) too, installed by the installers beside eduia. Never
        give a teacher bundle to pupils.
    zip_it : bool
        Also write ``out.zip``.
    echo : callable
        Receives each French progress line.
    progress_stream : file, optional
        Where the download progress bars go (standard error by default).

    Returns
    -------
    BundleReport
        Sizes per platform, packages per platform and Python, the zip's path.

    Raises
    ------
    ValueError, FileExistsError, FileNotFoundError, wheelhouse.WheelhouseError
        With a French message.
    """
    targets = _platforms.resolve_platforms(list(platform_names))
    versions = _platforms.check_pythons(list(pythons or [_platforms.default_python()]))
    out = Path(out)
    archive = out.with_name(out.name + ".zip")
    zip_was_there = archive.exists()
    _prepare_out(out)
    try:
        return _fill_bundle(
            out,
            targets,
            versions,
            eduia_wheel,
            zip_it,
            echo=echo,
            progress_stream=progress_stream,
            sources=sources,
            teacher=teacher,
        )
    except BaseException:  # a failed or interrupted bundle leaves nothing the next run refuses
        shutil.rmtree(out, ignore_errors=True)
        if not zip_was_there:
            archive.unlink(missing_ok=True)
        raise


def _fill_bundle(
    out: Path,
    targets: Sequence[_platforms.Platform],
    versions: Sequence[str],
    eduia_wheel: Path | None,
    zip_it: bool,
    *,
    echo: Callable[[str], None],
    progress_stream: TextIO | None,
    sources: Path | None = None,
    teacher: bool = False,
) -> BundleReport:
    """Fill the empty folder ``out`` with the wheels, the install files and the manifest."""
    report = BundleReport(out, None, versions)
    echo(t("bundle.step_wheel"))
    wheel = (
        build_eduia_wheel(out / "wheels" / "_eduia", sources)
        if eduia_wheel is None
        else Path(eduia_wheel)
    )
    for target in targets:
        folder = out / "wheels" / target.name
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(wheel, folder / wheel.name)
        for python in versions:
            report.packages[f"{target.name}-{python}"] = _fill_wheelhouse(
                folder, wheel, target, python, echo, progress_stream
            )
    if teacher:  # pure Python, needing only eduia itself: the same wheel for every system
        echo(t("bundle.step_teacher_wheel"))
        teacher_wheel = build_teacher_wheel(out / "wheels" / "_eduia", sources)
        for target in targets:
            shutil.copy2(teacher_wheel, out / "wheels" / target.name / teacher_wheel.name)
    shutil.rmtree(out / "wheels" / "_eduia", ignore_errors=True)
    write_install_files(out, versions)
    _write_manifest(out, targets, versions, report)
    shared = sum(path.stat().st_size for path in out.iterdir() if path.is_file())
    report.size_bytes = {
        target.name: folder_size(out / "wheels" / target.name) + shared for target in targets
    }
    if zip_it:
        echo(t("bundle.step_zip", zip=out.with_name(out.name + ".zip")))
        report.zip_path = make_zip(out)
    return report


def _fill_wheelhouse(
    folder: Path,
    wheel: Path,
    target: _platforms.Platform,
    python: str,
    echo: Callable[[str], None],
    progress_stream: TextIO | None,
) -> list[str]:
    echo(t("bundle.step_resolve", platform=target.name, python=python))
    items = wheelhouse.resolve(wheel, target, python)
    wheelhouse.download(items, folder, target, python, stream=progress_stream)
    echo(t("bundle.step_check", platform=target.name, python=python))
    return wheelhouse.check_offline(folder, target, python)


def _write_manifest(
    out: Path, targets: Sequence[_platforms.Platform], pythons: Sequence[str], report: BundleReport
) -> None:
    data = {
        "eduia_version": __version__,
        "platforms": {
            target.name: {
                "wheel_tags": list(target.pip_platforms),
                "folder": f"wheels/{target.name}",
            }
            for target in targets
        },
        "pythons": list(pythons),
        "packages": report.packages,
    }
    (out / "bundle.json").write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
