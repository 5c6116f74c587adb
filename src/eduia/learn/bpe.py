"""Byte-pair encoding, the way generative AIs cut text into tokens, small enough to read.

Start from single characters; count every pair of neighbours in the words of a text; glue the
most frequent pair into one new token; repeat. After a few hundred merges, frequent words are one
token and rare long words split into known pieces. Nothing is downloaded: the tokenizer is
trained on the text it is given (lesson 09 trains it on the course's own corpus).

Ties between pairs of the same count are broken by the pair itself (alphabetical order), so a
merge list is the same on every machine.

Examples
--------
>>> tokenizer = BytePairTokenizer(merges=3).fit("le lac, le lit, le lot")
>>> tokenizer.merges_
[('l', 'e'), ('a', 'c'), ('i', 't')]
>>> tokenizer.tokenize("le lit")
['le', 'l', 'it']
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from eduia.i18n import t
from eduia.learn._checks import LearnError, check_fitted, check_integer

_WORD = re.compile(r"\w+|[^\w\s]")


def words_of(text: str) -> Counter:
    """How many times each word (or punctuation mark) appears in ``text``.

    Examples
    --------
    >>> words_of("Le Var, le var.")
    Counter({'Le': 1, 'Var': 1, ',': 1, 'le': 1, 'var': 1, '.': 1})
    """
    return Counter(_WORD.findall(str(text).replace("’", "'")))


def pair_counts(pieces: dict[str, list[str]], counts: Counter) -> Counter:
    """How often each pair of neighbouring tokens appears, counting each word's frequency.

    Examples
    --------
    >>> pair_counts({"lac": ["l", "a", "c"]}, Counter({"lac": 2}))
    Counter({('l', 'a'): 2, ('a', 'c'): 2})
    """
    pairs: Counter = Counter()
    for word, tokens in pieces.items():
        for pair in pairwise(tokens):
            pairs[pair] += counts[word]
    return pairs


def merge(tokens: list[str], pair: tuple[str, str]) -> list[str]:
    """``tokens`` with every neighbouring ``pair`` glued into one token.

    Examples
    --------
    >>> merge(["l", "e", "l", "e"], ("l", "e"))
    ['le', 'le']
    """
    glued, index = [], 0
    while index < len(tokens):
        if tuple(tokens[index : index + 2]) == pair:
            glued.append(pair[0] + pair[1])
            index += 2
        else:
            glued.append(tokens[index])
            index += 1
    return glued


class BytePairTokenizer:
    """Learns ``merges`` glue steps from a text, then cuts any text into tokens.

    Parameters
    ----------
    merges : int
        How many pairs to glue (the vocabulary grows by one token per merge).

    Attributes
    ----------
    merges_ : list of (str, str)
        The pairs glued, in the order they were learnt.
    """

    def __init__(self, merges: int = 200) -> None:
        self.merges = check_integer(merges, "merges", minimum=0)
        self.merges_: list[tuple[str, str]] | None = None

    def fit(self, text: str) -> BytePairTokenizer:
        """Learn the merges from the words of ``text``."""
        counts = words_of(text)
        if not counts:
            raise LearnError(t("learn.empty_corpus"))
        pieces = {word: list(word) for word in counts}
        self.merges_ = []
        for _ in range(self.merges):
            pairs = pair_counts(pieces, counts)
            if not pairs:
                break
            best = min(pairs, key=lambda pair: (-pairs[pair], pair))
            self.merges_.append(best)
            pieces = {word: merge(tokens, best) for word, tokens in pieces.items()}
        return self

    def tokenize(self, text: str) -> list[str]:
        """The tokens of ``text``: each word cut into characters, then glued merge by merge."""
        check_fitted(self, "merges_", "bpe")
        tokens = []
        for word in _WORD.findall(str(text).replace("’", "'")):
            pieces = list(word)
            for pair in self.merges_:
                pieces = merge(pieces, pair)
            tokens += pieces
        return tokens

    @property
    def vocabulary(self) -> list[str]:
        """The tokens the merges made, in the order they were learnt."""
        check_fitted(self, "merges_", "bpe")
        return [left + right for left, right in self.merges_]
