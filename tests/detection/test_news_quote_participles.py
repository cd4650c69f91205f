"""Rule tests for a participle after a quotation (audit of corpus records outside the dev set): in 'Putin said
"China can fix this", calling on Beijing to act' the parser hangs "calling" on the quoted verb, whose subject
is China; the call is the reporter's (REQUEST RUS -> CHN). Own sentence."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin said "China can fix this", calling on Beijing to act.
SAID_CALLING = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ('"', "PUNCT", "``", "punct", 1, '"'),
    ("China", "PROPN", "NNP", "nsubj", 5, "China"),
    ("can", "AUX", "MD", "aux", 5, "can"),
    ("fix", "VERB", "VB", "ccomp", 1, "fix"),
    ("this", "DET", "DT", "dobj", 5, "this"),
    ('"', "PUNCT", "''", "punct", 5, '"'),
    (",", "PUNCT", ",", "punct", 5, ","),
    ("calling", "VERB", "VBG", "advcl", 5, "call"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("Beijing", "PROPN", "NNP", "pobj", 10, "Beijing"),
    ("to", "PART", "TO", "aux", 13, "to"),
    ("act", "VERB", "VB", "xcomp", 9, "act"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_participle_after_a_quote_is_the_reporters(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SAID_CALLING)) == {("REQUEST", "RUS", "CHN")}
