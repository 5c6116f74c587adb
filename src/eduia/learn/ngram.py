"""A next-word model: count which word follows which, then draw the next word at random.

The model reads sentences and counts, for each run of ``n - 1`` words (the context), the words
that came next. To write, it turns those counts into probabilities and draws a word. The
temperature changes the draw: below 1 the most frequent word wins more often (a careful,
repetitive text), above 1 rare words get their chance (a surprising, often wrong text).
Words keep their capitals, except a sentence's first word when the text also uses it in lower
case. Probability of a word with count ``c``: ``c ** (1 / temperature)`` divided by the total.
When a context was never seen, the model forgets its oldest word and tries again (back-off).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from importlib import resources

import numpy as np

from eduia.i18n import t
from eduia.learn._checks import LearnError, check_fitted, check_integer, check_positive

START, END = "<début>", "<fin>"
_WORD = re.compile(r"[^\W\d_]+'|[\w-]+|[.,;:!?]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def tokenize(sentence: str) -> list[str]:
    """The words and punctuation marks of ``sentence`` (« l'eau » gives « l' » and « eau »).

    Examples
    --------
    >>> tokenize("L'été, le Var brûle.")
    ["L'", 'été', ',', 'le', 'Var', 'brûle', '.']
    """
    return _WORD.findall(sentence.replace("’", "'"))


def detokenize(words: list[str]) -> str:
    """Words joined back into a French sentence: capital letter, spaces, punctuation.

    Examples
    --------
    >>> detokenize(["l'", "été", ",", "le", "Var", "brûle", "."])
    "L'été, le Var brûle."
    """
    text = ""
    for word in words:
        if word in ".,":
            text += word
        elif word in ";:!?":
            text += "\u202f" + word
        else:
            text += word if (not text or text.endswith("'")) else " " + word
    return text[:1].upper() + text[1:]


def load_corpus(facts: bool = True) -> str:
    """The French text about the Région Sud for lesson 09 (one sentence per line).

    The hand-written paragraphs, then (unless ``facts=False``) the sentences written from the
    real datasets (:mod:`eduia.learn.facts_corpus`), which a checker can verify one by one.

    Examples
    --------
    >>> "Marseille" in load_corpus(facts=False)
    True
    >>> len(load_corpus().split()) > 20_000
    True
    """
    text = (resources.files("eduia.learn") / "corpus" / "region_sud.txt").read_text("utf-8")
    if not facts:
        return text
    from eduia.learn.facts_corpus import corpus_text

    return text + corpus_text()


class NextWordModel:
    """An n-gram model: the next word depends on the ``n - 1`` words before it.

    Parameters
    ----------
    n : int
        Size of the word runs counted (2: one word of context, 3: two words).

    Examples
    --------
    >>> model = NextWordModel(n=2).fit("Le Var est beau. Le Var est chaud. Le Var brûle.")
    >>> model.probabilities("le Var")
    {'est': 0.6666666666666666, 'brûle': 0.3333333333333333}
    >>> model.generate("Le", temperature=0.1, seed=0)
    'Le Var est beau.'
    """

    def __init__(self, n: int = 2) -> None:
        self.n = check_integer(n, "n", minimum=2)
        self.counts_: dict[tuple[str, ...], Counter] | None = None

    def fit(self, text: str) -> NextWordModel:
        """Count the next words of every context of 0 to ``n - 1`` words in ``text``."""
        sentences = [tokenize(line) for line in _SENTENCE_END.split(text)]
        sentences = [words for words in sentences if words]
        if not sentences:
            raise LearnError(t("learn.empty_corpus"))
        inner_words = {word for words in sentences for word in words[1:]}
        for words in sentences:  # « La » opening a sentence is the « la » met elsewhere
            if words[0].lower() in inner_words:
                words[0] = words[0].lower()
        counts: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for words in sentences:
            padded = [START] * (self.n - 1) + words + [END]
            for position in range(self.n - 1, len(padded)):
                for size in range(self.n):
                    counts[tuple(padded[position - size : position])][padded[position]] += 1
        self.counts_ = dict(counts)
        return self

    def _context(self, words: list[str]) -> tuple[str, ...]:
        vocabulary = self.counts_[()]
        if words and words[0] not in vocabulary and words[0].lower() in vocabulary:
            words = [words[0].lower(), *words[1:]]  # « Le » typed first is the text's « le »
        context = tuple(([START] * (self.n - 1) + words)[-(self.n - 1) :])
        while context not in self.counts_:
            context = context[1:]
        return context

    def probabilities(
        self, context: str | list[str] = "", temperature: float = 1.0
    ) -> dict[str, float]:
        """Probability of each possible next word after ``context``, most likely first."""
        check_fitted(self, "counts_", "ngram")
        temperature = check_positive(temperature, "temperature")
        words = tokenize(context) if isinstance(context, str) else list(context)
        counts = self.counts_[self._context(words)]
        candidates = sorted(counts, key=lambda word: (-counts[word], word))
        logits = np.log([counts[word] for word in candidates]) / temperature
        weights = np.exp(logits - logits.max())
        return dict(zip(candidates, (weights / weights.sum()).tolist()))

    def generate_words(
        self, start: str = "", max_words: int = 30, temperature: float = 1.0, seed: int | None = 0
    ) -> list[str]:
        """The words of ``start`` followed by the words drawn one by one (without the end mark)."""
        rng = np.random.default_rng(seed)
        words = tokenize(start)
        for _ in range(check_integer(max_words, "max_words")):
            options = self.probabilities(words, temperature)
            word = str(rng.choice(list(options), p=list(options.values())))
            if word == END:
                break
            words.append(word)
        return words

    def generate(
        self, start: str = "", max_words: int = 30, temperature: float = 1.0, seed: int | None = 0
    ) -> str:
        """A sentence that begins with ``start``, drawn word by word (reproducible with ``seed``)."""
        return detokenize(self.generate_words(start, max_words, temperature, seed))
