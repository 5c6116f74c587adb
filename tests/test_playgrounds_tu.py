"""Every French playground message speaks to the pupil as « tu », as the notebooks do (issue 11)."""

from __future__ import annotations

import re

from eduia.messages.playgrounds import MESSAGES

# « vous » and its possessives, and the imperative « -ez » of the verbs a playground uses.
VOUS = re.compile(
    r"\b(vous|votre|vos)\b|\b(changez|relancez|prévenez|vérifiez|chargez|filtrez|tracez|réglez|choisissez"
    r"|essayez|regardez|cliquez|déplacez|bougez|observez|comparez|exécutez|cherchez|montez|baissez)\b",
    re.IGNORECASE,
)


def test_french_playground_messages_say_tu() -> None:
    found = {key: french for key, (french, _english) in MESSAGES.items() if VOUS.search(french)}
    assert not found, f"« vous » in pupil-facing playground messages: {found}"


def test_the_pattern_catches_vous() -> None:
    assert VOUS.search("Changez un réglage ; prévenez votre professeur.")
    assert not VOUS.search("Change un réglage ; préviens ton professeur.")
