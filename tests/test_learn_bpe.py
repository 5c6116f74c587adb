"""Byte-pair encoding by hand: the merges a pupil computes on paper, then on the corpus."""

from __future__ import annotations

import pytest

from eduia import i18n
from eduia.learn import BytePairTokenizer, LearnError, load_corpus
from eduia.learn.bpe import merge, pair_counts, words_of


def test_the_merges_of_a_toy_string_are_the_ones_done_by_hand():
    tokenizer = BytePairTokenizer(merges=4).fit("bas bas bar bar bar")
    # by hand: (b,a) appears 5 times, then (ba,r) 3 times, then (ba,s) 2 times
    assert tokenizer.merges_[:3] == [("b", "a"), ("ba", "r"), ("ba", "s")]
    assert tokenizer.tokenize("bar bas") == ["bar", "bas"]
    assert tokenizer.tokenize("sabre") == ["s", "a", "b", "r", "e"]  # no merge applies


def test_pairs_count_each_word_as_often_as_it_appears():
    counts = words_of("lac lac lit")
    pairs = pair_counts({word: list(word) for word in counts}, counts)
    assert pairs[("l", "a")] == 2 and pairs[("l", "i")] == 1
    assert merge(["a", "a", "a"], ("a", "a")) == ["aa", "a"]


def test_a_tokenizer_trained_on_the_corpus_keeps_frequent_words_whole():
    tokenizer = BytePairTokenizer(merges=300).fit(load_corpus())
    assert tokenizer.tokenize("Marseille") != list("Marseille")
    assert len(tokenizer.tokenize("feux")) == 1  # among the corpus's commonest words
    rare = tokenizer.tokenize("anticonstitutionnellement")
    assert 2 < len(rare) < len("anticonstitutionnellement")
    assert "".join(rare) == "anticonstitutionnellement"
    assert tokenizer.tokenize("l'IA")[:2] == ["l", "'"]
    assert len(tokenizer.vocabulary) == 300


@pytest.fixture
def french():
    i18n.set_language("fr")
    yield
    i18n._chosen_language = None


def test_mistakes_get_french_errors(french):
    with pytest.raises(LearnError, match="aucun mot"):
        BytePairTokenizer().fit("   ")
    with pytest.raises(LearnError):
        BytePairTokenizer().tokenize("le Var")
    with pytest.raises(LearnError):
        BytePairTokenizer(merges=-1)
