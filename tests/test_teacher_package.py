"""The teacher package ``eduia-enseignant``: built beside the pupil wheel, installed outside the
checkout, it lets ``eduia course init`` copy the lesson sources; the pupil wheel alone cannot."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import REPO_ROOT


def _wheel(project: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(project)], check=True)
    return max(out.glob("*.whl"), key=lambda path: path.stat().st_mtime)


@pytest.mark.slow
def test_course_init_from_built_wheels_outside_the_checkout(tmp_path: Path) -> None:
    pupil = _wheel(REPO_ROOT, tmp_path / "pupil")
    teacher = _wheel(REPO_ROOT / "packaging" / "enseignant", tmp_path / "teacher")
    pupil_names = zipfile.ZipFile(pupil).namelist()
    assert not any("notebooks/source" in name or "fiches/" in name for name in pupil_names)
    teacher_names = zipfile.ZipFile(teacher).namelist()
    assert any(name.startswith("eduia_enseignant/notebooks/source/") and name.endswith(".ipynb")
               for name in teacher_names)
    assert any("eduia_enseignant/teacher_guide/fiches/" in name for name in teacher_names)

    # A fresh venv; the dependencies come from this environment's site-packages (a .pth line),
    # whose editable eduia is not seen there (.pth files of an added folder are not read).
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}

    def pip_install(wheel: Path) -> None:
        subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                        "--no-index", "-q", str(wheel)], check=True, env=environment)

    def eduia(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(env_dir / "bin" / "eduia"), *argv], cwd=tmp_path, capture_output=True,
                              text=True, env=environment, timeout=300, check=False)

    pip_install(pupil)
    where = subprocess.run([str(python), "-c", "import eduia; print(eduia.__file__)"],
                           capture_output=True, text=True, check=True, env=environment).stdout
    assert where.startswith(str(env_dir)), where
    failed = eduia("course", "init", "sans-sources")
    assert failed.returncode == 2
    assert "eduia-enseignant" in failed.stderr
    code = "from eduia.doctor import check_teacher as c; r = c(teacher=True); print(r.ok, c().ok)"
    check = [str(python), "-c", code]
    assert subprocess.run(check, capture_output=True, text=True, env=environment, check=True).stdout.split() == ["False", "True"]

    pip_install(teacher)
    done = eduia("course", "init", "seconde-3")
    assert done.returncode == 0, done.stderr
    copied = sorted(p.name for p in (tmp_path / "seconde-3" / "source").iterdir())
    assert len(copied) == len([p for p in (REPO_ROOT / "notebooks" / "source").iterdir()
                               if (p / f"{p.name}.ipynb").is_file()])
    assert "BEGIN SOLUTION" in (tmp_path / "seconde-3" / "source" / copied[1] / f"{copied[1]}.ipynb").read_text()
    assert subprocess.run(check, capture_output=True, text=True, env=environment, check=True).stdout.split() == ["True", "True"]
