"""The ``eduia`` command itself: help, version, French usage errors, a closed pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eduia import __version__
from eduia.cli import SUBCOMMAND_MODULES, main

EDUIA = Path(sys.executable).with_name("eduia")


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    output = capsys.readouterr().out
    for name in SUBCOMMAND_MODULES:
        assert name in output


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_subcommand_is_a_french_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["inexistante"])
    assert stopped.value.code == 2
    assert "erreur :" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    completed = subprocess.run([sys.executable, "-m", "eduia", "--version"], capture_output=True, text=True)
    assert completed.returncode == 0
    assert __version__ in completed.stdout


def test_output_cut_short_by_a_pipe_ends_quietly() -> None:
    completed = subprocess.run(f"'{EDUIA}' datasets | true", shell=True, capture_output=True, text=True)
    assert "Traceback" not in completed.stderr
