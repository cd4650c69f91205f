"""Rule tests for promises and warnings of force (audit of corpus records outside the dev set): a pledge to
strike or punish a party is a threat (THREATEN 138), not an agreement, and codes nothing without a party
("pledged to fight corruption"); a warning in which the warner speaks of itself ("warned X he was prepared to
use force", "warned X that Russia's missiles were ready", said by Russia) is a threat, while a warning about
another party's conduct stays an accusation (111). Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin pledged to strike Ukraine.
PLEDGED_STRIKE = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("strike", "VERB", "VB", "xcomp", 1, "strike"),
    ("Ukraine", "PROPN", "NNP", "dobj", 3, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin pledged to fight corruption.
PLEDGED_FIGHT_CORRUPTION = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("fight", "VERB", "VB", "xcomp", 1, "fight"),
    ("corruption", "NOUN", "NN", "dobj", 3, "corruption"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin pledged to help Ukraine.
PLEDGED_HELP = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("help", "VERB", "VB", "xcomp", 1, "help"),
    ("Ukraine", "PROPN", "NNP", "dobj", 3, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_pledge_to_strike_a_party_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = code(PLEDGED_STRIKE)
    assert summary(events) == {("THREATEN", "RUS", "UKR")}
    assert {e.cameo.code for e in events} == {"138"}


def test_a_pledge_of_force_against_no_party_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(PLEDGED_FIGHT_CORRUPTION) == []


def test_a_pledge_to_help_stays_an_agreement(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(PLEDGED_HELP)) == {("AGREE", "RUS", "UKR")}


# Biden warned Russia he was prepared to use force.
WARNED_PREPARED = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn"),
    ("Russia", "PROPN", "NNP", "dobj", 1, "Russia"),
    ("he", "PRON", "PRP", "nsubj", 4, "he"),
    ("was", "VERB", "VBD", "ccomp", 1, "be"),
    ("prepared", "ADJ", "JJ", "acomp", 4, "prepared"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("use", "VERB", "VB", "xcomp", 5, "use"),
    ("force", "NOUN", "NN", "dobj", 7, "force"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin warned the United States that Russia's missiles were ready.
WARNED_OWN_MISSILES = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("United", "PROPN", "NNP", "compound", 4, "United"),
    ("States", "PROPN", "NNP", "dobj", 1, "States"),
    ("that", "ADP", "IN", "mark", 9, "that"),
    ("Russia", "PROPN", "NNP", "poss", 8, "Russia"),
    ("'s", "PART", "POS", "case", 6, "'s"),
    ("missiles", "NOUN", "NNS", "nsubj", 9, "missile"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("ready", "ADJ", "JJ", "acomp", 9, "ready"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin warned Japan that China's missiles were ready.
WARNED_OTHERS_MISSILES = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn"),
    ("Japan", "PROPN", "NNP", "dobj", 1, "Japan"),
    ("that", "ADP", "IN", "mark", 7, "that"),
    ("China", "PROPN", "NNP", "poss", 6, "China"),
    ("'s", "PART", "POS", "case", 4, "'s"),
    ("missiles", "NOUN", "NNS", "nsubj", 7, "missile"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("ready", "ADJ", "JJ", "acomp", 7, "ready"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_warning_of_ones_own_readiness_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(WARNED_PREPARED)) == {("THREATEN", "USA", "RUS")}
    assert summary(code(WARNED_OWN_MISSILES)) == {("THREATEN", "RUS", "USA")}


def test_a_warning_about_another_partys_conduct_stays_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    assert {e.event_type for e in code(WARNED_OTHERS_MISSILES)} == {"ACCUSE"}
