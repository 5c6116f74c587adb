"""Wheelhouses: every wheel eduia needs on one system, downloaded once, checked offline.

For one platform and one Python, :func:`resolve` asks pip (with the target's markers, see
:mod:`eduia.bundle.target_pip`) which wheels an install of eduia needs, :func:`download` fetches
exactly those wheels (binary only) with a progress bar, and :func:`check_offline` proves the
wheelhouse is complete: pip resolves eduia from the wheelhouse alone (``--no-index``), and every
dependency that applies on the target is among the wheels pip chose.

Examples
--------
>>> from eduia.bundle.platforms import PLATFORMS
>>> check_offline(Path("bundle/wheels/windows"), PLATFORMS["windows"], "3.12")  # doctest: +SKIP
['anyio', 'argon2-cffi', ..., 'pywinpty', ...]
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from eduia.bundle.platforms import Platform, marker_environment
from eduia.bundle.target_pip import pip_command
from eduia.errors import EduiaError
from eduia.i18n import t
from eduia.progress import ProgressBar

ROOT_REQUIREMENTS = ("eduia", "pip")  # pip: to repair a venv made without it (Debian)
_COUNTED_PREFIXES = ("Collecting ", "Processing ")


class WheelhouseError(EduiaError, RuntimeError):
    """pip failed, or a wheelhouse misses a package (the message is French)."""


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _isolated_environment() -> dict[str, str]:
    """This process's environment without any pip configuration (no index, no extra links)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    environment["PIP_CONFIG_FILE"] = os.devnull
    return environment


def _run_pip(
    target: Platform,
    python: str,
    arguments: Sequence[str],
    *,
    what: str,
    isolated: bool = False,
    on_line: Callable[[str], None] | None = None,
) -> str:
    """Run pip for ``target``/``python``; return its output or raise :class:`WheelhouseError`."""
    command = pip_command(
        marker_environment(target, python),
        ["--disable-pip-version-check", *(["--isolated"] if isolated else []), *arguments],
    )
    environment = _isolated_environment() if isolated else None
    lines: list[str] = []
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
    ) as process:
        for line in process.stdout or ():
            lines.append(line)
            if on_line:
                on_line(line)
    if process.returncode != 0:
        tail = "".join(lines[-25:])
        raise WheelhouseError(
            t("bundle.pip_failed", what=what, platform=target.name, python=python, tail=tail)
        )
    return "".join(lines)


def _report(
    target: Platform,
    python: str,
    requirements: Sequence[str],
    extra: Sequence[str],
    *,
    what: str,
    isolated: bool,
) -> list[dict]:
    """The ``install`` items of pip's dry-run report for ``requirements``."""
    with tempfile.TemporaryDirectory(prefix="eduia-resolve-") as scratch:
        report = Path(scratch) / "report.json"
        _run_pip(
            target,
            python,
            [
                "install",
                "--dry-run",
                "--ignore-installed",
                "--quiet",
                "--report",
                str(report),
                "--target",
                str(Path(scratch) / "t"),
                *target.pip_arguments(python),
                *extra,
                *requirements,
            ],
            what=what,
            isolated=isolated,
        )
        return list(json.loads(report.read_text(encoding="utf-8"))["install"])


def resolve(eduia_wheel: Path, target: Platform, python: str) -> list[dict]:
    """pip's resolution (from the package index) of eduia and pip for ``target``/``python``.

    Returns
    -------
    list of dict
        pip's report items: ``metadata`` (name, version, requires_dist), ``download_info``…
    """
    return _report(target, python, [str(eduia_wheel), "pip"], [], what="résolution", isolated=False)


def download(
    items: Sequence[Mapping],
    destination: Path,
    target: Platform,
    python: str,
    *,
    stream: TextIO | None = None,
) -> None:
    """Download the wheels of the resolved ``items`` (all but eduia's) into ``destination``."""
    pinned = [
        f"{item['metadata']['name']}=={item['metadata']['version']}"
        for item in items
        if _canonical(item["metadata"]["name"]) != "eduia"
    ]  # eduia's wheel is copied
    destination.mkdir(parents=True, exist_ok=True)
    bar = ProgressBar(
        len(pinned), t("bundle.progress", platform=target.name, python=python), stream=stream
    )

    def count(line: str) -> None:
        if line.startswith(_COUNTED_PREFIXES):
            bar.advance(line.split()[1].split("/")[-1][:40])

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(pinned) + "\n")
    try:
        _run_pip(
            target,
            python,
            [
                "download",
                "--no-deps",
                "--progress-bar",
                "off",
                "--dest",
                str(destination),
                *target.pip_arguments(python),
                "-r",
                listing.name,
            ],
            what="téléchargement",
            on_line=count,
        )
    finally:
        os.unlink(listing.name)
    bar.close()


def check_offline(
    wheelhouse: Path, target: Platform, python: str, requirements: Sequence[str] = ROOT_REQUIREMENTS
) -> list[str]:
    """Prove that eduia installs on ``target``/``python`` from ``wheelhouse`` alone.

    pip resolves ``requirements`` (eduia and pip) with ``--no-index --find-links wheelhouse``
    (no configuration, no index), with the target's markers; then every requirement of every
    chosen wheel whose
    marker holds on the target must be satisfied by a chosen wheel.

    Returns
    -------
    list of str
        The names of the packages an install there would get.

    Raises
    ------
    WheelhouseError
        When pip cannot resolve offline, or a needed package is missing (French message).
    """
    items = _report(
        target,
        python,
        list(requirements),
        ["--no-index", "--find-links", str(wheelhouse)],
        what="vérification hors ligne",
        isolated=True,
    )
    missing = missing_requirements(items, marker_environment(target, python))
    if missing:
        raise WheelhouseError(
            t("bundle.incomplete", platform=target.name, python=python, missing=", ".join(missing))
        )
    return sorted(_canonical(item["metadata"]["name"]) for item in items)


def missing_requirements(items: Sequence[Mapping], markers: Mapping[str, str]) -> list[str]:
    """The requirements of ``items`` that apply under ``markers`` but no item satisfies.

    This does not trust pip's own marker evaluation: it reads each wheel's ``Requires-Dist``.

    Examples
    --------
    >>> item = {"metadata": {"name": "jupyter-server", "version": "2.0",
    ...         "requires_dist": ['pywinpty>=2.0.1; os_name == "nt"']}}
    >>> missing_requirements([item], {"os_name": "nt"})
    ['pywinpty>=2.0.1 (jupyter-server)']
    >>> missing_requirements([item], {"os_name": "posix"})
    []
    """
    from packaging.requirements import Requirement

    chosen = {_canonical(item["metadata"]["name"]): item["metadata"]["version"] for item in items}
    missing = []
    for item in items:
        extras = ["", *item.get("requested_extras", [])]
        for text in item["metadata"].get("requires_dist", []) or []:
            requirement = Requirement(text)
            if requirement.marker and not any(
                requirement.marker.evaluate({**markers, "extra": extra}) for extra in extras
            ):
                continue
            version = chosen.get(_canonical(requirement.name))
            if version is None or not requirement.specifier.contains(version, prereleases=True):
                missing.append(f"{str(requirement).split(';')[0]} ({item['metadata']['name']})")
    return sorted(set(missing))
