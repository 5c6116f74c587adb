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
    completed = subprocess.run(
        [sys.executable, "-m", "eduia", "--version"], check=False, capture_output=True, text=True
    )
    assert completed.returncode == 0
    assert __version__ in completed.stdout


def test_output_cut_short_by_a_pipe_ends_quietly() -> None:
    completed = subprocess.run(
        f"'{EDUIA}' datasets | true", check=False, shell=True, capture_output=True, text=True
    )
    assert "Traceback" not in completed.stderr


#: argparse's English sentences that must never reach a French user.
ENGLISH_ARGPARSE = (
    "usage:",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "show this help message and exit",
    "positional arguments",
    "options:",
    "error:",
    "choose from",
    "expected one argument",
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    captured = capsys.readouterr()
    return int(stopped.value.code or 0), captured.out + captured.err


def _english(output: str) -> list[str]:
    return [sentence for sentence in ENGLISH_ARGPARSE if sentence in output]


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["course", "init"], "il manque ces arguments : DOSSIER"),
        (["challenge", "inexistante"], "choix impossible : 'inexistante' (choisissez parmi"),
        (["datasets", "--inconnue"], "arguments inconnus : --inconnue"),
        (["course", "autograde", "02", "--jobs"], "il faut une valeur"),
    ],
)
def test_argparse_errors_are_french(
    argv: list[str],
    french: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EDUIA_LANG", "fr")
    code, output = _run(argv, capsys)
    assert code == 2
    assert "utilisation : eduia" in output and "erreur : " in output and french in output
    assert not _english(output), output


@pytest.mark.parametrize("command", [[], *([name] for name in SUBCOMMAND_MODULES)])
def test_help_of_eduia_and_every_subcommand_is_french(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDUIA_LANG", "fr")
    code, output = _run([*command, "--help"], capsys)
    assert code == 0
    assert "utilisation : eduia" in output and "afficher cette aide et quitter" in output
    assert "options :" in output
    assert not _english(output), output


def test_argparse_speaks_english_when_asked_and_leaves_other_parsers_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    monkeypatch.setenv("EDUIA_LANG", "en")
    assert "the following arguments are required" in _run(["course", "init"], capsys)[1]
    monkeypatch.setenv("EDUIA_LANG", "fr")
    _run(["course", "init"], capsys)
    assert argparse.ArgumentParser(prog="other").format_usage().startswith("usage: other")
