"""The regional challenge: each class exports an anonymised bundle; the region merges them offline.

A bundle holds the school's label, the teams' pseudonyms, their final predictions, their
claimed private scores and the fingerprint of the solution; no pupil name, no network. The
region recomputes every score from the predictions against its own solution: a bundle made on
another solution, or with an edited score, is rejected, naming the bundle.

Examples
--------
>>> solution_fingerprint({"1": (1, "prive")})[:8]
'd2a27cfe'
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from eduia.challenge.board import _load_state, load_solution
from eduia.challenge.scoring import score_predictions
from eduia.challenge.submission import SubmissionError
from eduia.i18n import t


def solution_fingerprint(solution: dict[str, tuple[int, str]]) -> str:
    """SHA-256 of the solution's sorted ``id,label,split`` lines."""
    lines = "\n".join(f"{i},{label},{split}" for i, (label, split) in sorted(solution.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


def _private_score(solution: dict[str, tuple[int, str]], predictions: dict[str, int]) -> float:
    ids = sorted(i for i, (_, split) in solution.items() if split == "prive")
    return score_predictions([solution[i][0] for i in ids], [int(predictions[i]) for i in ids])


def export_bundle(
    directory: str | os.PathLike[str], out: str | os.PathLike[str], school: str
) -> Path:
    """Write the class's bundle (JSON) to ``out``: pseudonyms and final predictions only."""
    folder = Path(directory)
    solution = load_solution(folder)
    state = _load_state(folder)
    teams = []
    for team, record in state["equipes"].items():
        entries = record["soumissions"]
        if not entries:
            continue
        best = max(entries, key=lambda entry: entry["public"])
        picks = record.get("choix") or [best["numero"]]
        finals = []
        for number in picks:
            text = (folder / "enseignant" / "soumissions" / team / f"{number}.csv").read_text()
            rows = [line.split(",") for line in text.splitlines()[1:] if line]
            predictions = {row_id: int(value) for row_id, value in rows}
            finals.append((_private_score(solution, predictions), predictions))
        score, predictions = max(finals, key=lambda pair: pair[0])
        teams.append({"equipe": team, "predictions": predictions, "score_prive": score})
    bundle = {
        "ecole": school,
        "empreinte_solution": solution_fingerprint(solution),
        "equipes": teams,
    }
    path = Path(out)
    path.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    return path


def region_board(
    bundles: list[str | os.PathLike[str]], solution_path: str | os.PathLike[str]
) -> list[dict[str, Any]]:
    """The regional board: ``ecole``, ``equipe``, ``score_prive``, best first, every score recomputed.

    Raises :class:`SubmissionError` naming the first bundle that is unreadable, made on another
    solution, or whose claimed score differs from the recomputed one.
    """
    import csv

    with Path(solution_path).open(encoding="utf-8", newline="") as handle:
        solution = {row["id"]: (int(row["label"]), row["split"]) for row in csv.DictReader(handle)}
    fingerprint = solution_fingerprint(solution)
    rows = []
    for bundle_path in bundles:
        name = Path(bundle_path).name
        try:
            bundle = json.loads(Path(bundle_path).read_text(encoding="utf-8"))
            if bundle["empreinte_solution"] != fingerprint:
                raise SubmissionError(t("challenge.bundle_other_solution", bundle=name))
            for team in bundle["equipes"]:
                score = _private_score(solution, team["predictions"])
                if abs(score - float(team["score_prive"])) > 1e-6:
                    raise SubmissionError(
                        t("challenge.bundle_tampered", bundle=name, team=team["equipe"])
                    )
                rows.append(
                    {
                        "ecole": str(bundle["ecole"]),
                        "equipe": team["equipe"],
                        "score_prive": round(score, 1),
                    }
                )
        except SubmissionError:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise SubmissionError(t("challenge.bundle_unreadable", bundle=name)) from None
    rows.sort(key=lambda row: (-row["score_prive"], row["ecole"], row["equipe"]))
    return rows
