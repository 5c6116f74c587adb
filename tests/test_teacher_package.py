"""The teacher package ``eduia-enseignant``: built beside the pupil wheel, installed outside the
checkout, it lets ``eduia course init`` copy the lesson sources; the pupil wheel alone cannot."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO_ROOT


def _wheel(project: Path, out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(project),
        ],
        check=True,
    )
    return max(out.glob("*.whl"), key=lambda path: path.stat().st_mtime)


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The pupil wheel and the teacher wheel, built once for this module."""
    out = tmp_path_factory.mktemp("wheels")
    return _wheel(REPO_ROOT, out / "pupil"), _wheel(
        REPO_ROOT / "packaging" / "enseignant", out / "teacher"
    )


def _fresh_venv(env_dir: Path) -> tuple[Path, dict[str, str]]:
    """A venv without eduia; its dependencies come from this environment's site-packages.

    A .pth line points at them; this environment's editable eduia is not seen there (.pth files
    of an added folder are not read). Returns the venv's python and the environment to run it in.
    """
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))
    }
    return python, environment


def _pip_install(python: Path, wheel: Path, environment: dict[str, str]) -> None:
    """Install ``wheel`` alone into the venv of ``python``, offline."""
    command = [sys.executable, "-m", "pip", "--python", str(python), "install"]
    command += ["--no-deps", "--no-index", "-q", str(wheel)]
    subprocess.run(command, check=True, env=environment)


@pytest.mark.slow
def test_course_init_from_built_wheels_outside_the_checkout(
    tmp_path: Path, wheels: tuple[Path, Path]
) -> None:
    pupil, teacher = wheels
    pupil_names = zipfile.ZipFile(pupil).namelist()
    assert not any("notebooks/source" in name or "fiches/" in name for name in pupil_names)
    teacher_names = zipfile.ZipFile(teacher).namelist()
    assert any(
        name.startswith("eduia_enseignant/notebooks/source/") and name.endswith(".ipynb")
        for name in teacher_names
    )
    assert any("eduia_enseignant/teacher_guide/fiches/" in name for name in teacher_names)

    env_dir = tmp_path / "venv"
    python, environment = _fresh_venv(env_dir)

    def pip_install(wheel: Path) -> None:
        _pip_install(python, wheel, environment)

    def eduia(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(env_dir / "bin" / "eduia"), *argv],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=environment,
            timeout=300,
            check=False,
        )

    pip_install(pupil)
    where = subprocess.run(
        [str(python), "-c", "import eduia; print(eduia.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    ).stdout
    assert where.startswith(str(env_dir)), where
    failed = eduia("course", "init", "sans-sources")
    assert failed.returncode == 2
    assert "eduia-enseignant" in failed.stderr
    code = "from eduia.doctor import check_teacher as c; r = c(teacher=True); print(r.ok, c().ok)"
    check = [str(python), "-c", code]
    assert subprocess.run(
        check, capture_output=True, text=True, env=environment, check=True
    ).stdout.split() == ["False", "True"]
    # the class challenge's table is the teacher's: a pupil's installation cannot create one
    refused = eduia("challenge", "create", "defi-eleve")
    assert refused.returncode != 0 and "eduia-enseignant" in refused.stderr + refused.stdout
    listed = eduia("datasets")  # the teacher's table is listed, without its rows
    assert listed.returncode == 0 and "feux_meteo_station_jour" in listed.stdout, listed.stderr

    pip_install(teacher)
    done = eduia("course", "init", "seconde-3")
    assert done.returncode == 0, done.stderr
    created = eduia("challenge", "create", "defi")
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "defi" / "enseignant" / "solution.csv").is_file()
    copied = sorted(p.name for p in (tmp_path / "seconde-3" / "source").iterdir())
    assert len(copied) == len(
        [
            p
            for p in (REPO_ROOT / "notebooks" / "source").iterdir()
            if (p / f"{p.name}.ipynb").is_file()
        ]
    )
    assert (
        "BEGIN SOLUTION"
        in (tmp_path / "seconde-3" / "source" / copied[1] / f"{copied[1]}.ipynb").read_text()
    )
    assert subprocess.run(
        check, capture_output=True, text=True, env=environment, check=True
    ).stdout.split() == ["True", "True"]


PUPILS_SCRIPT = f"""
import sys
from pathlib import Path

sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})  # the test fixture, not shipped
from eduia.course.config import load_course_config
from course_simulation import pupil_hands_in

config = load_course_config(sys.argv[1])
for pair in sys.argv[3:]:
    login, behaviour = pair.split("=")
    pupil_hands_in(config, Path(sys.argv[2]) / login, login, behaviour)
"""


@pytest.fixture
def readable_dir() -> Iterator[Path]:
    """A folder other users can cross: autograde runs pupil kernels as an unprivileged uid,
    which must read the venv's Python (pytest's own tmp folders are private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="eduia-term-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_a_whole_term_from_built_wheels_outside_the_checkout(
    tmp_path: Path, readable_dir: Path, wheels: tuple[Path, Path]
) -> None:
    """Init, class list (re-import with Login, homonyms), release, three pupils through the exchange,
    one resubmission, one late copy, one USB copy, one mistyped folder, collect, autograde,
    feedback, long and wide exports: only the installed wheels, in a fresh venv."""
    import csv
    from datetime import datetime, timedelta

    env_dir = readable_dir / "venv"
    python, environment = _fresh_venv(env_dir)
    environment["EDUIA_EXCHANGE_ROOT"] = str(tmp_path / "exchange")
    (tmp_path / "exchange").mkdir()
    for wheel in wheels:
        _pip_install(python, wheel, environment)
    course = tmp_path / "seconde-3"

    def run(*argv: str, cwd: Path = course) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [*argv],
            cwd=cwd,
            capture_output=True,
            text=True,
            env=environment,
            timeout=300,
            check=False,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def eduia(*argv: str) -> subprocess.CompletedProcess:
        return run(str(env_dir / "bin" / "eduia"), *argv)

    assert (
        run(str(env_dir / "bin" / "eduia"), "course", "init", "seconde-3", cwd=tmp_path).returncode
        == 0
    )
    tests = str(Path(__file__).resolve().parent)  # course_simulation is a test fixture, not shipped
    run(
        str(python),
        "-c",
        f"import sys; sys.path.insert(0, {tests!r}); "
        "from course_simulation import write_demo_lesson; write_demo_lesson('source')",
    )
    (tmp_path / "septembre.csv").write_text(
        "Nom;Prénom;Classe;Né(e) le\nMARTIN;Léa;2nde 3;12/05/2010\nMARTIN;Léa;2nde 3;20/11/2009\n"
        "BERNARD;Hugo;2nde 3;01/01/2010\nROUX;Jade;2nde 3;02/02/2010\nGARCIA;Inès;2nde 3;03/03/2010\n",
        encoding="cp1252",
    )
    (tmp_path / "janvier.csv").write_text(  # the hub's export: logins, another order
        "Nom;Prénom;Classe;Date de naissance;Login\nROUX;Jade;2nde 3;2010-02-02;jroux\n"
        "MARTIN;Léa;2nde 3;2010-05-12;lmartin2\nGARCIA;Inès;2nde 3;2010-03-03;igarcia\n"
        "MARTIN;Léa;2nde 3;2009-11-20;lmartin\nBERNARD;Hugo;2nde 3;2010-01-01;hbernard\n",
        encoding="utf-8",
    )
    assert "5 élèves ajoutés" in eduia("course", "roster", str(tmp_path / "septembre.csv")).stdout
    again = eduia("course", "roster", str(tmp_path / "janvier.csv")).stdout
    assert "importée : 0 élève" in again and ", 5 mis à jour" in again, again
    with open(course / "eleves.csv", encoding="utf-8-sig", newline="") as handle:
        roster = {row["identifiant"]: row for row in csv.DictReader(handle, delimiter=";")}
    assert len(roster) == 5
    assert (roster["lea.martin"]["login"], roster["lea.martin-2"]["login"]) == (
        "lmartin",
        "lmartin2",
    )

    for step in ("generate_assignment", "release_assignment"):
        assert run(str(python), "-m", "nbgrader", step, "demo").returncode == 0
    homes = tmp_path / "homes"
    script = tmp_path / "pupils.py"
    script.write_text(PUPILS_SCRIPT, encoding="utf-8")
    run(
        str(python),
        str(script),
        str(course),
        str(homes),
        "lmartin=partial",
        "hbernard=correct",
        "lmartin2=correct",
    )
    first = eduia("course", "collect", "demo")
    assert first.returncode == 0 and "3 copies nouvelles" in first.stdout, first.stdout
    due = datetime.now().replace(microsecond=0) + timedelta(seconds=1)
    import time

    time.sleep(2)
    run(
        str(python), str(script), str(course), str(homes / "again"), "lmartin=correct"
    )  # resubmits, late
    usb = tmp_path / "cle"
    for folder in ("jroux", "igarcai"):  # Jade's copy by login, and a typo for igarcia
        (usb / folder).mkdir(parents=True)
        (usb / folder / "demo.ipynb").write_bytes(
            (course / "submitted" / "lea.martin-2" / "demo" / "demo.ipynb").read_bytes()
        )
        (usb / folder / "._demo.ipynb").write_bytes(b"\x00\x05\x16\x07Mac OS X")
    second = eduia("course", "collect", "demo", "--date-limite", due.isoformat())
    assert "lea.martin : copie rendue à nouveau" in second.stdout and "EN RETARD" in second.stdout
    third = eduia("course", "collect", "demo", "--depuis", str(usb))
    assert third.returncode == 1
    assert (
        "jade.roux : copie ramassée" in third.stdout
        and "vouliez-vous dire « ines.garcia » ?" in third.stdout
    )
    assert "Pas de copie pour 1 élève" in third.stdout and ": ines.garcia\n" in third.stdout
    assert sorted(p.name for p in (course / "submitted").iterdir()) == [
        "hugo.bernard",
        "jade.roux",
        "lea.martin",
        "lea.martin-2",
    ]

    graded = eduia("course", "autograde", "demo")
    assert graded.returncode == 0, graded.stdout + graded.stderr
    for line in (
        "lea.martin : 6 / 8",
        "lea.martin-2 : 6 / 8",
        "hugo.bernard : 6 / 8",
        "jade.roux : 6 / 8",
    ):
        assert line in graded.stdout, graded.stdout
    assert "illisible" not in graded.stdout
    feedback = eduia("course", "feedback", "demo", "--no-release")
    assert feedback.returncode == 0, feedback.stdout + feedback.stderr
    assert any("jade.roux" in str(page) for page in course.rglob("*.html"))

    assert eduia("course", "export", "--out", str(tmp_path / "long.csv")).returncode == 0
    assert (
        eduia(
            "course", "export", "--format", "large", "--out", str(tmp_path / "large.csv")
        ).returncode
        == 0
    )
    long_rows = (tmp_path / "long.csv").read_text(encoding="utf-8-sig").splitlines()
    wide_rows = [
        row.split(";")
        for row in (tmp_path / "large.csv").read_text(encoding="utf-8-sig").splitlines()
    ]
    assert len(long_rows) == 1 + 5 and len(wide_rows) == 1 + 5
    assert wide_rows[0][4] == "demo (sur 20)"
    marks = {row[0]: row[4] for row in wide_rows[1:]}
    assert marks == {
        "lea.martin": "15,00",
        "lea.martin-2": "15,00",
        "hugo.bernard": "15,00",
        "jade.roux": "15,00",
        "ines.garcia": "",
    }
