"""Rule tests for "all options are on the table" with no target of its own (issue 11, class Q2): the veiled
threat answers whoever last threatened or used force in the article, else the foreign state just talked about;
alone in its article it threatens nobody. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin threatened Ukraine.
PUTIN_THREAT = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("Ukraine", "PROPN", "NNP", "dobj", 1, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden said Iran broke the deal.
IRAN_BROKE = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("Iran", "PROPN", "NNP", "nsubj", 3, "Iran"),
    ("broke", "VERB", "VBD", "ccomp", 1, "break"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("deal", "NOUN", "NN", "dobj", 3, "deal"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# "All options are on the table," Biden said.
OPTIONS = [
    ('"', "PUNCT", "``", "punct", 10, '"'),
    ("All", "DET", "DT", "det", 2, "all"),
    ("options", "NOUN", "NNS", "nsubj", 3, "option"),
    ("are", "VERB", "VBP", "ccomp", 10, "are"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("table", "NOUN", "NN", "pobj", 4, "table"),
    (",", "PUNCT", ",", "punct", 10, ","),
    ('"', "PUNCT", "''", "punct", 10, '"'),
    ("Biden", "PROPN", "NNP", "nsubj", 10, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 10, "say"),
    (".", "PUNCT", ".", "punct", 10, "."),
]


def test_options_on_the_table_answer_the_last_threat(code_article) -> None:  # type: ignore[no-untyped-def]
    # Ukraine is named last, but Russia made the threat the statement answers
    found = summary(code_article([PUTIN_THREAT, OPTIONS]))
    assert ("THREATEN", "USA", "RUS") in found
    assert ("THREATEN", "USA", "UKR") not in found


def test_options_on_the_table_aim_at_the_state_just_talked_about(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "USA", "IRN") in summary(code_article([IRAN_BROKE, OPTIONS]))


def test_options_on_the_table_alone_threaten_nobody(code) -> None:  # type: ignore[no-untyped-def]
    assert code(OPTIONS) == []


# Biden said the launch was unacceptable.
LAUNCH_UNACCEPTABLE = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("launch", "NOUN", "NN", "nsubj", 4, "launch"),
    ("was", "VERB", "VBD", "ccomp", 1, "be"),
    ("unacceptable", "ADJ", "JJ", "acomp", 4, "unacceptable"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_condemned_launch_is_the_last_threatener_s_not_the_speaker_s_own(code_article) -> None:  # type: ignore[no-untyped-def]
    # Biden's own veiled threat comes between: "the launch" is still Russia's
    found = summary(code_article([PUTIN_THREAT, OPTIONS, LAUNCH_UNACCEPTABLE]))
    assert ("ACCUSE", "USA", "RUS") in found
