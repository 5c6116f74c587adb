"""Teams, submissions (predictions only), submission limit per session, public board, reveal.

State lives in ``DIR/enseignant/etat.json``; each accepted file is kept under
``DIR/enseignant/soumissions/``. A refused file counts for nothing.

Examples
--------
>>> from eduia.challenge.board import load_solution  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from eduia.challenge.baselines import knn_baseline
from eduia.challenge.scoring import difference_band, score_band, score_predictions
from eduia.challenge.submission import SubmissionError, parse_submission
from eduia.i18n import t

DEFAULT_LIMIT = 5
_PSEUDONYM = re.compile(r"^[A-Za-z0-9À-ÿ_-]{1,30}$")


def load_solution(directory: str | os.PathLike[str]) -> dict[str, tuple[int, str]]:
    """``{id: (label, split)}`` from ``DIR/enseignant/solution.csv``."""
    path = Path(directory) / "enseignant" / "solution.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: (int(row["label"]), row["split"]) for row in csv.DictReader(handle)}


def _state_path(directory: Path) -> Path:
    return directory / "enseignant" / "etat.json"


def _load_state(directory: Path) -> dict[str, Any]:
    path = _state_path(directory)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"equipes": {}, "limite": DEFAULT_LIMIT, "revele": False}


def _save_state(directory: Path, state: dict[str, Any]) -> None:
    path = _state_path(directory)
    path.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.chmod(path, 0o600)


def create_teams(
    directory: str | os.PathLike[str], names: list[str], limit: int | None = None
) -> None:
    """Create the teams (pseudonyms: letters, digits, ``-``, ``_``; no pupil name is asked for)."""
    folder = Path(directory)
    state = _load_state(folder)
    for name in names:
        if not _PSEUDONYM.match(name):
            raise SubmissionError(t("challenge.bad_team_name", name=name[:40]))
        state["equipes"].setdefault(name, {"soumissions": []})
    if limit is not None:
        state["limite"] = int(limit)
    _save_state(folder, state)


def _scores(solution: dict[str, tuple[int, str]], predictions: dict[str, int]) -> dict[str, float]:
    result = {}
    for split in ("public", "prive"):
        ids = sorted(i for i, (_, s) in solution.items() if s == split)
        labels = [solution[i][0] for i in ids]
        guessed = [predictions[i] for i in ids]
        result[split] = score_predictions(labels, guessed)
        result[f"bande_{split}"] = score_band(labels, guessed)
    return result


def _stored_predictions(folder: Path, team: str, number: int) -> dict[str, int]:
    path = folder / "enseignant" / "soumissions" / team / f"{number}.csv"
    rows = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return {row_id: int(value) for row_id, value in rows if row_id}


def _mark_ties(
    rows: list[dict[str, Any]],
    answers: dict[str, dict[str, dict[str, int]]],
    solution: dict[str, tuple[int, str]],
    split: str,
) -> None:
    """Set ``egal_<split>`` on each row: tied with the row just above it, by score.

    Two neighbours are tied when their difference is within its own 95 % band
    (:func:`eduia.challenge.scoring.difference_band`), computed on the same rows: a paired
    comparison, not the overlap of the two scores' bands (which would call almost every team
    tied while their answers differ on a handful of rows).
    """
    key = "score_prive" if split == "prive" else "score_public"
    ids = sorted(i for i, (_, s) in solution.items() if s == split)
    labels = [solution[i][0] for i in ids]
    scored = sorted(
        (row for row in rows if row.get(key) is not None and split in answers[row["equipe"]]),
        key=lambda row: (-row[key], str(row["equipe"])),
    )
    for position, row in enumerate(scored):
        row[f"egal_{split}"] = False
        if position:
            above = scored[position - 1]
            first = answers[above["equipe"]][split]
            second = answers[row["equipe"]][split]
            gap = score_predictions(labels, [first[i] for i in ids]) - score_predictions(
                labels, [second[i] for i in ids]
            )
            band = difference_band(labels, [first[i] for i in ids], [second[i] for i in ids])
            row[f"egal_{split}"] = abs(gap) <= band


def submit(
    directory: str | os.PathLike[str], team: str, data: bytes, *, session: str | None = None
) -> dict[str, Any]:
    """Check and record a team's prediction file; return its public score and submissions left.

    Raises :class:`SubmissionError` (French message) for an unknown team, a spent limit, or a
    bad file; a refused file is not counted.
    """
    folder = Path(directory)
    state = _load_state(folder)
    if team not in state["equipes"]:
        raise SubmissionError(t("challenge.unknown_team", name=team[:40]))
    session = session or datetime.date.today().isoformat()
    entries = state["equipes"][team]["soumissions"]
    used = sum(1 for entry in entries if entry["session"] == session)
    if used >= state["limite"]:
        raise SubmissionError(t("challenge.limit_reached", limit=state["limite"]))
    solution = load_solution(folder)
    predictions = parse_submission(data, solution.keys())
    canonical = "\n".join(f"{i},{predictions[i]}" for i in sorted(predictions)).encode()
    digest = hashlib.sha256(canonical).hexdigest()
    number = len(entries) + 1
    stored = folder / "enseignant" / "soumissions" / team
    stored.mkdir(parents=True, exist_ok=True)
    (stored / f"{number}.csv").write_bytes(b"id,prediction\n" + canonical + b"\n")
    scores = _scores(solution, predictions)
    entries.append({"numero": number, "session": session, "empreinte": digest, **scores})
    _save_state(folder, state)
    return {
        "numero": number,
        "score_public": round(scores["public"]),
        "restantes": state["limite"] - used - 1,
    }


def pick_final(directory: str | os.PathLike[str], team: str, numbers: list[int]) -> None:
    """Choose one or two final submissions of ``team`` (by number)."""
    folder = Path(directory)
    state = _load_state(folder)
    entries = state["equipes"].get(team, {}).get("soumissions")
    if entries is None:
        raise SubmissionError(t("challenge.unknown_team", name=team[:40]))
    known = {entry["numero"] for entry in entries}
    if not 1 <= len(numbers) <= 2 or not set(numbers) <= known:
        raise SubmissionError(t("challenge.bad_pick"))
    state["equipes"][team]["choix"] = sorted(set(numbers))
    _save_state(folder, state)


def reveal(directory: str | os.PathLike[str]) -> None:
    """From now on the board shows the private scores."""
    folder = Path(directory)
    state = _load_state(folder)
    state["revele"] = True
    _save_state(folder, state)


def board(directory: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """One row per team: ``equipe``, ``score_public``, ``score_prive`` (after the reveal only),
    ``soumissions``, ``copie``; best first. A team's final submissions are its picks, or else
    its best public one (the way Kaggle does). Public scores are rounded to whole points.
    The baselines « toujours non » and k-NN (:mod:`eduia.challenge.baselines`) are rows too,
    with ``reference`` true. ``bande_public`` (and ``bande_prive`` after the reveal) is the
    half-width of the score's 95 % uncertainty band, in points. ``egal_public`` (and
    ``egal_prive``) is true when the row is tied with the row just above it on that board: their
    scores differ by less than the band of their difference, on the same rows.
    """
    folder = Path(directory)
    state = _load_state(folder)
    owners: dict[str, set[str]] = {}
    for team, record in state["equipes"].items():
        for entry in record["soumissions"]:
            owners.setdefault(entry["empreinte"], set()).add(team)
    rows = []
    answers: dict[str, dict[str, dict[str, int]]] = {}
    for team, record in state["equipes"].items():
        entries = record["soumissions"]
        row: dict[str, Any] = {"equipe": team, "soumissions": len(entries)}
        row["copie"] = any(len(owners[entry["empreinte"]]) > 1 for entry in entries)
        if entries:
            best = max(entries, key=lambda entry: entry["public"])
            row["score_public"] = round(best["public"])
            row["bande_public"] = round(best["bande_public"])
            answers[team] = {"public": _stored_predictions(folder, team, best["numero"])}
            if state["revele"]:
                picks = record.get("choix") or [best["numero"]]
                finals = [entry for entry in entries if entry["numero"] in picks]
                final = max(finals, key=lambda entry: entry["prive"])
                row["score_prive"] = round(final["prive"], 1)
                row["bande_prive"] = round(final["bande_prive"])
                answers[team]["prive"] = _stored_predictions(folder, team, final["numero"])
        else:
            answers[team] = {}
        rows.append(row)
    solution = load_solution(folder)
    references = (
        (t("challenge.baseline_never"), dict.fromkeys(solution, 0)),
        (t("challenge.baseline_knn"), knn_baseline(folder)),
    )
    for name, predictions in references:
        if set(predictions) != set(solution):
            continue
        scores = _scores(solution, predictions)
        reference: dict[str, Any] = {
            "equipe": name,
            "soumissions": 0,
            "copie": False,
            "reference": True,
            "score_public": round(scores["public"]),
            "bande_public": round(scores["bande_public"]),
        }
        answers[name] = {"public": predictions}
        if state["revele"]:
            reference["score_prive"] = round(scores["prive"], 1)
            reference["bande_prive"] = round(scores["bande_prive"])
            answers[name]["prive"] = predictions
        rows.append(reference)
    for split in ("public", "prive") if state["revele"] else ("public",):
        _mark_ties(rows, answers, solution, split)
    key = "score_prive" if state["revele"] else "score_public"
    rows.sort(key=lambda row: (-row.get(key, float("-inf")), row["equipe"]))
    return rows
