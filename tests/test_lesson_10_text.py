"""Lesson 10: the figures its text states are the ones its cells compute on the real data.

The source notebook's code cells run in one namespace (the playground cell aside, which
``test_playgrounds_10_fairness`` pins); each figure quoted in the markdown is then checked against
the computed value, so that a change of data or code cannot leave the text saying something else.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

SOURCE = (
    Path(__file__).resolve().parent.parent
    / "notebooks/source/10-ia-et-societe/10-ia-et-societe.ipynb"
)


@pytest.fixture(scope="module")
def lesson() -> tuple[dict, str]:
    """The namespace after every code cell but the playground's, and the lesson's markdown."""
    notebook = nbformat.read(SOURCE, as_version=4)
    namespace: dict = {}
    for cell in notebook.cells:
        if cell.cell_type == "code" and "fairness(" not in cell.source:
            exec(cell.source, namespace)  # noqa: S102 - the project's own lesson source
    markdown = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    return namespace, " ".join(markdown.split())


def test_the_missing_years_quoted(lesson):
    namespace, text = lesson
    missing = namespace["annees_manquantes"](namespace["feux"], "04")
    assert missing == [*range(1973, 1978), *range(2020, 2025)]
    assert namespace["annees_manquantes"](namespace["feux"], "83") == []
    flagged = namespace["feux"].query("feux_donnees_partielles > 0")
    assert flagged["feux_donnees_partielles"].tolist() == [384, 2]
    assert "ses 386 feux" in text and "(384 feux) et les 2 feux de 2024" in text


def test_the_errors_before_and_after_correction_quoted(lesson):
    namespace, text = lesson
    errors = namespace["erreurs"].round(0).astype(int)
    before, after = errors["erreur avant (%)"], errors["erreur après (%)"]
    assert (before["04"], after["04"], before["06"], after["06"]) == (50, 35, 50, 25)
    assert (before["05"], after["05"], before["83"], after["83"]) == (76, 70, 30, 23)
    assert before["13"] == after["13"] and before["84"] == after["84"]
    assert "de 50 % à 35 % pour le 04, de 50 % à 25 % pour le 06" in text
    assert "(76 % puis 70 %)" in text and "de 30 % à 23 %" in text
    halved = namespace["avant"] / namespace["apres"]
    assert all(0.45 < halved[code] < 0.55 for code in ("04", "05", "06"))  # « divise par deux »


def test_the_fairness_figures_quoted(lesson):
    namespace, text = lesson
    results = namespace["resultats"]
    accuracy = namespace["exactitude_par_groupe"](results).round(2)
    chances = namespace["chances_par_groupe"](results).round(2)
    assert (accuracy["est"], accuracy["ouest"]) == (0.77, 0.74)
    assert (chances["est"], chances["ouest"]) == (0.78, 0.67)
    fires = results.groupby("groupe")["vrai"].sum()
    assert (fires["est"], fires["ouest"]) == (36, 12)
    assert "(0,77 à l'est, 0,74 à l'ouest)" in text
    assert "78 % des feux de l'est et seulement 67 %" in text and "36 et 12 jours-stations" in text


def test_the_small_example_and_the_energy(lesson):
    namespace, text = lesson
    example = namespace["exemple"]
    assert namespace["exactitude_par_groupe"](example).round(3).tolist() == [0.667, 0.667]
    assert namespace["chances_par_groupe"](example).tolist() == [1.0, 0.5]
    assert "2/3 pour l'est et 2/3 pour l'ouest" in text and "1 pour l'est" in text
    assert namespace["energie_wh"](3600, 30) == 30.0
    assert set(namespace["durees_s"]) == {
        "arbre (leçon 5)",
        "k-moyennes (leçon 6)",
        "modèle de mots (leçon 9)",
    }
    assert all(seconds > 0 for seconds in namespace["durees_s"].values())
    assert "415 TWh" in text and "39 TWh" in text
