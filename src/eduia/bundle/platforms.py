"""The systems an offline bundle can target, with their wheel tags and environment markers.

pip chooses wheels for another system with ``--platform``/``--python-version``, but it evaluates
environment markers (``sys_platform == "win32"``…) for the machine that runs it. Each
:class:`Platform` therefore also carries the marker environment of its system, used by
:mod:`eduia.bundle.target_pip` so that, for example, a Windows wheelhouse built on Linux holds
``pywinpty`` and ``colorama``.

Examples
--------
>>> PLATFORMS["windows"].pip_platforms
('win_amd64',)
>>> marker_environment(PLATFORMS["windows"], "3.12")["sys_platform"]
'win32'
"""

from __future__ import annotations

import platform as _platform
import sys
from dataclasses import dataclass

from eduia.i18n import t

SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13")
# glibc 2.28 and newer (Debian 10, Ubuntu 20.04, RHEL 8 and later): manylinux_2_28 down to 2_5.
_MANYLINUX = tuple(f"manylinux_2_{minor}_x86_64" for minor in range(28, 4, -1)) + (
    "manylinux2014_x86_64",
)


@dataclass(frozen=True)
class Platform:
    """A target system: its name in the bundle, pip's platform tags, and its markers."""

    name: str
    pip_platforms: tuple[str, ...]
    os_name: str
    sys_platform: str
    platform_system: str
    platform_machine: str

    def pip_arguments(self, python: str) -> list[str]:
        """pip's options selecting binary wheels for this system and ``python`` (``"3.12"``).

        Examples
        --------
        >>> PLATFORMS["macos"].pip_arguments("3.12")[:4]
        ['--only-binary=:all:', '--implementation', 'cp', '--python-version']
        """
        arguments = ["--only-binary=:all:", "--implementation", "cp", "--python-version", python]
        for tag in self.pip_platforms:
            arguments += ["--platform", tag]
        return arguments


PLATFORMS = {
    "linux": Platform("linux", _MANYLINUX, "posix", "linux", "Linux", "x86_64"),
    "windows": Platform("windows", ("win_amd64",), "nt", "win32", "Windows", "AMD64"),
    # macOS 12 (Monterey) and newer on Apple silicon; pip adds the older and universal2 tags.
    "macos": Platform("macos", ("macosx_12_0_arm64",), "posix", "darwin", "Darwin", "arm64"),
}


def marker_environment(target: Platform, python: str) -> dict[str, str]:
    """The PEP 508 marker values of ``target`` running CPython ``python``.

    Examples
    --------
    >>> marker_environment(PLATFORMS["linux"], "3.10")["python_full_version"]
    '3.10.0'
    """
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{python}.0",
        "os_name": target.os_name,
        "platform_machine": target.platform_machine,
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_system": target.platform_system,
        "platform_version": "",
        "python_full_version": f"{python}.0",
        "python_version": python,
        "sys_platform": target.sys_platform,
    }


def current_platform() -> Platform:
    """The :class:`Platform` of this computer.

    Raises
    ------
    ValueError
        When this computer is not one of the supported systems (French message).

    Examples
    --------
    >>> current_platform().name  # doctest: +SKIP
    'linux'
    """
    machine = _platform.machine().lower()
    if sys.platform.startswith("linux") and machine in ("x86_64", "amd64"):
        return PLATFORMS["linux"]
    if sys.platform == "win32" and machine in ("amd64", "x86_64"):
        return PLATFORMS["windows"]
    if sys.platform == "darwin" and machine == "arm64":
        return PLATFORMS["macos"]
    raise ValueError(t("bundle.unsupported_current", system=sys.platform, machine=machine))


def resolve_platforms(names: list[str]) -> list[Platform]:
    """The platforms named (``current`` is this computer), without repeats, in order.

    Examples
    --------
    >>> [p.name for p in resolve_platforms(["windows", "macos", "windows"])]
    ['windows', 'macos']
    """
    chosen: dict[str, Platform] = {}
    for name in names:
        key = name.strip().lower()
        if key == "current":
            target = current_platform()
        elif key in PLATFORMS:
            target = PLATFORMS[key]
        else:
            choices = ", ".join(["current", *PLATFORMS])
            raise ValueError(t("bundle.unknown_platform", platform=name, choices=choices))
        chosen.setdefault(target.name, target)
    return list(chosen.values())


def default_python() -> str:
    """This Python's version when it is supported, else the newest supported one.

    Examples
    --------
    >>> default_python() in SUPPORTED_PYTHONS
    True
    """
    mine = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return mine if mine in SUPPORTED_PYTHONS else SUPPORTED_PYTHONS[-1]


def check_pythons(versions: list[str]) -> list[str]:
    """``versions`` validated against :data:`SUPPORTED_PYTHONS`, without repeats.

    Examples
    --------
    >>> check_pythons(["3.12", "3.12", "3.11"])
    ['3.12', '3.11']
    """
    for version in versions:
        if version not in SUPPORTED_PYTHONS:
            raise ValueError(
                t(
                    "bundle.unsupported_python",
                    python=version,
                    supported=", ".join(SUPPORTED_PYTHONS),
                )
            )
    return list(dict.fromkeys(versions))
