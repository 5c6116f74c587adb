"""``eduia course`` refuses bad input with a French message and a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduia.cli import main


@pytest.mark.parametrize("value", ["-5", "0", "abc"])
def test_init_refuses_a_cell_timeout_that_is_not_positive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["course", "init", str(tmp_path / "cours"), f"--cell-timeout={value}"])
    assert raised.value.code != 0
    err = capsys.readouterr().err
    assert f"« {value} » n'est pas une durée valable" in err
    assert not (tmp_path / "cours").exists()
