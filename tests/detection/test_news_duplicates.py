"""Rule tests for one event told twice, once without its recipient (audit of corpus records outside the dev set):
a headline or a short mention with no recipient ("Russia imposed sanctions.") joins the one event of its type
and actor told with a recipient ("Russia imposed sanctions on Ukraine."): one record, two mentions. Demands
stay apart: a speaker makes many ("called on all nations to act", "called on China to act"). Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia imposed sanctions.
IMPOSED = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia imposed sanctions on Ukraine.
IMPOSED_ON_UKRAINE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Ukraine", "PROPN", "NNP", "pobj", 3, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin called on all nations to act.
CALLED_ON_ALL = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("all", "DET", "DT", "det", 4, "all"),
    ("nations", "NOUN", "NNS", "pobj", 2, "nation"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("act", "VERB", "VB", "xcomp", 1, "act"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin called on China to act.
CALLED_ON_CHINA = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("China", "PROPN", "NNP", "pobj", 2, "China"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("act", "VERB", "VB", "xcomp", 1, "act"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_mention_without_recipient_joins_the_event_told_with_it(code_article) -> None:  # type: ignore[no-untyped-def]
    events = code_article([IMPOSED, IMPOSED_ON_UKRAINE])
    assert summary(events) == {("SANCTION", "RUS", "UKR")}
    assert [e.mentions for e in events] == [2]


def test_demands_of_one_speaker_stay_apart(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([CALLED_ON_ALL, CALLED_ON_CHINA])) == {
        ("REQUEST", "RUS", None),
        ("REQUEST", "RUS", "CHN"),
    }
