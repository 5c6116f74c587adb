"""The corpus written from the real datasets, and the checker that reads sentences back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eduia.datasets import load
from eduia.learn import NextWordModel, load_corpus
from eduia.learn.facts_corpus import (
    CORPUS_FILE,
    FALSE,
    INVENTED,
    TRUE,
    build_corpus,
    check_sentence,
    corpus_text,
    fact_sentences,
    write_corpus,
)


def test_the_corpus_is_large_french_and_rebuilt_byte_for_byte(tmp_path: Path):
    assert len(load_corpus().split()) >= 20_000
    assert write_corpus(tmp_path).read_bytes() == corpus_text().encode("utf-8")
    assert (tmp_path / CORPUS_FILE).read_text("utf-8") == build_corpus()
    assert "En 2017, le Var a compté 138 feux de forêt." in fact_sentences()


def test_every_sentence_of_the_corpus_is_true():
    verdicts = Counter(check_sentence(sentence).verdict for sentence in fact_sentences())
    assert verdicts == {TRUE: len(fact_sentences())}


def _var_2017() -> int:
    annual = load("incendies_annuels")
    return int(annual.query("departement == '83' and annee == 2017")["nombre_feux"].item())


CASES = [
    ("Gap est la préfecture des Hautes-Alpes.", TRUE),
    ("gap est la préfecture des hautes-alpes .", TRUE),  # as a model writes it, spaced
    ("Nice est la préfecture du Var.", FALSE),
    ("Marseille est la préfecture des Hautes-Alpes.", FALSE),
    ("Toulon est la préfecture de la Lozère.", INVENTED),  # no such département here
    (f"En 2017, le Var a compté {_var_2017()} feux de forêt.", TRUE),
    (f"En 2017, le Var a compté {_var_2017() + 1} feux de forêt.", FALSE),
    ("En 2031, le Var a compté 12 feux de forêt.", INVENTED),  # no data for 2031
    ("En 1975, les Alpes-de-Haute-Provence ont compté 3 feux de forêt.", INVENTED),  # a real gap
    ("La Ciotat est une commune des Bouches-du-Rhône.", TRUE),
    ("La Ciotat est une commune du Var.", FALSE),
    ("Trucville-sur-Mer est une commune du Var.", INVENTED),
    ("La Ciotat compte 12 habitants.", FALSE),
    ("Le Var compte 153 communes.", TRUE),
    ("Le Var compte 154 communes.", FALSE),
    ("Le 31 février 2024, les Bouches-du-Rhône ont compté 2 feux de forêt.", INVENTED),
    ("Le mistral souffle sur la Provence.", INVENTED),  # no form of the data: unverifiable
]


@pytest.mark.parametrize(("sentence", "verdict"), CASES)
def test_the_checker_classifies_written_cases(sentence: str, verdict: str):
    assert check_sentence(sentence).verdict == verdict


def test_a_false_sentence_says_what_the_data_say():
    result = check_sentence(f"En 2017, le Var a compté {_var_2017() + 1} feux de forêt.")
    assert str(result).startswith("✗ Faux") and str(_var_2017()) in str(result)
    assert "même si la phrase sonne juste" in str(
        check_sentence("En 2031, le Var a compté 1 feu de forêt.")
    )


def test_a_daily_sentence_uses_the_real_daily_table():
    daily = load("feux_meteo_jour").set_index("date")["nombre_feux"]
    busiest = daily.idxmax()
    months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    month = months.split()[busiest.month - 1]
    sentence = f"Le {busiest.day} {month} 2024, les Bouches-du-Rhône ont compté {daily.max()} feux de forêt."
    assert check_sentence(sentence).verdict == TRUE
    assert check_sentence(sentence.replace(f"{daily.max()} feux", "aucun feu")).verdict == FALSE


def test_the_model_writes_probable_words_not_true_ones():
    """Lesson 09's measure: sentences that sound right are mostly false; heat breaks the forms."""
    model = NextWordModel(n=4).fit(load_corpus())

    def verdicts(temperature: float) -> Counter:
        texts = [model.generate("En 2017", temperature=temperature, seed=s) for s in range(40)]
        return Counter(check_sentence(text).verdict for text in texts)

    cold, hot = verdicts(0.2), verdicts(2.0)
    assert cold[FALSE] > 30  # « Le modèle choisit un mot probable, pas un mot vrai. »
    assert hot[INVENTED] > cold[INVENTED]
