"""``eduia bundle`` never overwrites an earlier ``OUT.zip``."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduia.cli import main


def test_bundle_refuses_to_overwrite_an_existing_zip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "cle.zip"
    archive.write_bytes(b"ancienne archive")
    code = main(["bundle", str(tmp_path / "cle")])
    assert code == 1
    assert archive.read_bytes() == b"ancienne archive"
    assert f"« {archive} » existe déjà" in capsys.readouterr().err
    assert not (tmp_path / "cle").exists()
