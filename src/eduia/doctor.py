"""Health checks of an eduia installation, behind ``eduia doctor``.

Each check is a small function returning a :class:`CheckResult`; :func:`run_checks` runs them all
in order. A check never raises: whatever goes wrong becomes a failed result with a French
explanation (``detail``) and what to do about it (``fix``).

Examples
--------
>>> from eduia.doctor import run_checks
>>> all(result.ok for result in run_checks())  # doctest: +SKIP
True
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from eduia.i18n import t

MINIMUM_PYTHON = (3, 10)
CORE_DISTRIBUTIONS = (
    "jupyterlab",
    "notebook",
    "nbgrader",
    "ipywidgets",
    "scikit-learn",
    "matplotlib",
    "pandas",
    "numpy",
)
LAB_EXTENSIONS = ("@jupyter-widgets/jupyterlab-manager", "@jupyter/nbgrader")
SERVER_EXTENSIONS = (
    "jupyterlab",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.formgrader",
)
KERNEL_STARTUP_SECONDS = 60


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its French title, whether it passed, what was seen, what to do."""

    title: str
    ok: bool
    detail: str = ""
    fix: str = ""


def check_python() -> CheckResult:
    """Python is recent enough."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    ok = sys.version_info[:2] >= MINIMUM_PYTHON
    minimum = ".".join(str(part) for part in MINIMUM_PYTHON)
    return CheckResult(
        t("doctor.python_title"),
        ok,
        t("doctor.python_detail", version=version, executable=sys.executable),
        "" if ok else t("doctor.python_fix", minimum=minimum),
    )


def check_packages() -> CheckResult:
    """Every core package is installed; their versions are reported."""
    found, missing = [], []
    for name in CORE_DISTRIBUTIONS:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            missing.append(name)
    if missing:
        return CheckResult(
            t("doctor.packages_title"),
            False,
            t("doctor.packages_missing", names=", ".join(missing)),
            t("doctor.reinstall_fix"),
        )
    return CheckResult(t("doctor.packages_title"), True, ", ".join(found))


def check_lab_extensions() -> CheckResult:
    """The JupyterLab extensions for widgets and nbgrader are installed and not disabled."""
    from jupyter_core.paths import jupyter_config_path, jupyter_path
    from jupyterlab_server.config import get_federated_extensions, get_page_config

    installed = get_federated_extensions(jupyter_path("labextensions"))
    page_config = get_page_config(jupyter_config_path(), logger=None)
    disabled = _disabled_names(page_config.get("disabledExtensions", {}))
    missing = [name for name in LAB_EXTENSIONS if name not in installed]
    switched_off = [name for name in LAB_EXTENSIONS if name in disabled]
    if missing or switched_off:
        return CheckResult(
            t("doctor.lab_title"),
            False,
            t(
                "doctor.lab_problem",
                missing=", ".join(missing) or "-",
                disabled=", ".join(switched_off) or "-",
            ),
            t("doctor.lab_fix"),
        )
    versions = ", ".join(f"{name} {installed[name]['version']}" for name in LAB_EXTENSIONS)
    return CheckResult(t("doctor.lab_title"), True, versions)


def _disabled_names(disabled: dict[str, bool] | list[str]) -> set[str]:
    """JupyterLab stores disabled extensions as a list or as a name → flag mapping."""
    if isinstance(disabled, dict):
        return {name for name, off in disabled.items() if off}
    return set(disabled)


def check_server_extensions() -> CheckResult:
    """The Jupyter server extensions of JupyterLab and nbgrader are enabled."""
    from jupyter_core.paths import jupyter_config_path
    from jupyter_server.extension.config import ExtensionConfigManager

    manager = ExtensionConfigManager(read_config_path=jupyter_config_path())
    disabled = [name for name in SERVER_EXTENSIONS if not manager.enabled(name)]
    if disabled:
        return CheckResult(
            t("doctor.server_title"),
            False,
            t("doctor.server_disabled", names=", ".join(disabled)),
            t("doctor.server_fix", name=disabled[0]),
        )
    return CheckResult(t("doctor.server_title"), True, ", ".join(SERVER_EXTENSIONS))


def check_datasets() -> CheckResult:
    """Every shipped dataset loads (the teacher's own only where the teacher package is)."""
    from eduia import datasets
    from eduia.datasets.loader import missing_teacher_only

    names = [name for name in datasets.list_datasets() if not missing_teacher_only(name)]
    failed = []
    for name in names:
        try:
            datasets.load(name)
        except Exception as error:  # noqa: BLE001 - any failure is reported, none is hidden
            failed.append(f"{name} ({type(error).__name__}: {error})")
    if failed or not names:
        return CheckResult(
            t("doctor.datasets_title"),
            False,
            t("doctor.datasets_failed", names="; ".join(failed) or "-"),
            t("doctor.reinstall_fix"),
        )
    return CheckResult(t("doctor.datasets_title"), True, t("doctor.datasets_ok", count=len(names)))


def check_lessons() -> CheckResult:
    """The pupil versions of the lessons are shipped."""
    from eduia.resources import shipped_path

    lessons = sorted(shipped_path("notebooks/release").glob("*/*.ipynb"))
    if not lessons:
        return CheckResult(
            t("doctor.lessons_title"), False, t("doctor.lessons_missing"), t("doctor.reinstall_fix")
        )
    return CheckResult(t("doctor.lessons_title"), True, t("doctor.lessons_ok", count=len(lessons)))


def check_teacher(teacher: bool = False) -> CheckResult:
    """The teacher package and its lesson sources; required only when ``teacher`` is true.

    On a pupil's computer the package is absent on purpose, and the check passes saying so.
    """
    from eduia.resources import teacher_lessons_dir

    lessons = teacher_lessons_dir()
    sources = sorted(lessons.glob("*/*.ipynb")) if lessons else []
    if sources:
        return CheckResult(
            t("doctor.teacher_title"), True, t("doctor.teacher_ok", count=len(sources))
        )
    if not teacher:
        return CheckResult(t("doctor.teacher_title"), True, t("doctor.teacher_absent_pupil"))
    return CheckResult(
        t("doctor.teacher_title"), False, t("doctor.teacher_missing"), t("doctor.teacher_fix")
    )


def check_kernel() -> CheckResult:
    """A Python kernel starts and runs ``import eduia``."""
    from jupyter_client.manager import start_new_kernel

    try:
        manager, client = start_new_kernel(
            kernel_name="python3", startup_timeout=KERNEL_STARTUP_SECONDS, stderr=subprocess.DEVNULL
        )
    except Exception as error:  # noqa: BLE001
        return CheckResult(
            t("doctor.kernel_title"),
            False,
            f"{type(error).__name__}: {error}",
            t("doctor.kernel_fix"),
        )
    try:
        reply = client.execute_interactive(
            "import eduia", timeout=KERNEL_STARTUP_SECONDS, output_hook=lambda msg: None
        )
        ok = reply["content"]["status"] == "ok"
        detail = t("doctor.kernel_ok") if ok else reply["content"].get("evalue", "")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return CheckResult(t("doctor.kernel_title"), ok, detail, "" if ok else t("doctor.kernel_fix"))


# Each check with the catalogue key of its title, used when the check itself crashes.
ALL_CHECKS: tuple[tuple[str, Callable[[], CheckResult]], ...] = (
    ("doctor.python_title", check_python),
    ("doctor.packages_title", check_packages),
    ("doctor.lab_title", check_lab_extensions),
    ("doctor.server_title", check_server_extensions),
    ("doctor.datasets_title", check_datasets),
    ("doctor.lessons_title", check_lessons),
    ("doctor.teacher_title", check_teacher),
    ("doctor.kernel_title", check_kernel),
)


def teacher_checks() -> tuple[tuple[str, Callable[[], CheckResult]], ...]:
    """:data:`ALL_CHECKS` for a teacher's computer: the teacher package is required."""
    return tuple(
        (key, (lambda: check_teacher(teacher=True)) if check is check_teacher else check)
        for key, check in ALL_CHECKS
    )


def run_checks(
    checks: tuple[tuple[str, Callable[[], CheckResult]], ...] = ALL_CHECKS,
) -> list[CheckResult]:
    """Run ``checks`` in order; a check that crashes becomes a failed result, never an exception."""
    results = []
    for title_key, check in checks:
        try:
            results.append(check())
        except Exception as error:  # noqa: BLE001 - the doctor reports, it never crashes
            detail = f"{type(error).__name__}: {error}"
            results.append(CheckResult(t(title_key), False, detail, t("doctor.reinstall_fix")))
    return results
