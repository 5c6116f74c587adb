"""The offline installation bundle: everything a school needs to install eduia with no network.

``eduia bundle OUT --platform windows linux --python 3.12`` builds a folder (and a zip) holding,
for each system, every wheel eduia needs (downloaded once, binary only, complete for that
system's markers), the install scripts and the French guide for the school's IT person.
See :mod:`eduia.bundle.build` for the layout.

Examples
--------
>>> from eduia.bundle import build_bundle
>>> build_bundle(Path("/tmp/eduia-bundle"), ["current"])  # doctest: +SKIP
"""

from __future__ import annotations

from eduia.bundle.build import (
    BundleReport,
    build_bundle,
    make_zip,
    render_template,
    write_install_files,
)
from eduia.bundle.platforms import PLATFORMS, SUPPORTED_PYTHONS, Platform, marker_environment
from eduia.bundle.wheelhouse import WheelhouseError, check_offline, missing_requirements

__all__ = [
    "PLATFORMS",
    "SUPPORTED_PYTHONS",
    "BundleReport",
    "Platform",
    "WheelhouseError",
    "build_bundle",
    "check_offline",
    "make_zip",
    "marker_environment",
    "missing_requirements",
    "render_template",
    "write_install_files",
]
