"""Rule tests for parties named by a reference to those named before (audit refs): "the coalition" after "the
Russian-led coalition" is its leader; "the two officials" / "both ministers" are the last two people named, as
"the two leaders" are, but a bare "two officials" (unnamed sources) is nobody. Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# The Russian-led coalition sent troops.
LED_COALITION = [
    ("The", "DET", "DT", "det", 4, "the"),
    ("Russian", "ADJ", "JJ", "npadvmod", 3, "russian"),
    ("-", "PUNCT", "HYPH", "punct", 3, "-"),
    ("led", "VERB", "VBN", "amod", 4, "lead"),
    ("coalition", "NOUN", "NN", "nsubj", 5, "coalition"),
    ("sent", "VERB", "VBD", "ROOT", 5, "send"),
    ("troops", "NOUN", "NNS", "dobj", 5, "troop"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# Russia sent troops.
RUSSIA_SENT = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("sent", "VERB", "VBD", "ROOT", 1, "send"),
    ("troops", "NOUN", "NNS", "dobj", 1, "troop"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The UN called on the coalition to withdraw.
UN_CALLED_ON_COALITION = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("called", "VERB", "VBD", "ROOT", 2, "call"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("coalition", "NOUN", "NN", "pobj", 3, "coalition"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 2, "withdraw"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Putin met Xi in Moscow.
PUTIN_MET_XI = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Moscow", "PROPN", "NNP", "pobj", 3, "Moscow"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The two officials agreed to expand trade.
THE_TWO_OFFICIALS_AGREED = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("two", "NUM", "CD", "nummod", 2, "two"),
    ("officials", "NOUN", "NNS", "nsubj", 3, "official"),
    ("agreed", "VERB", "VBD", "ROOT", 3, "agree"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("expand", "VERB", "VB", "xcomp", 3, "expand"),
    ("trade", "NOUN", "NN", "dobj", 5, "trade"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Both ministers agreed to expand trade.
BOTH_MINISTERS_AGREED = [
    ("Both", "DET", "DT", "det", 1, "both"),
    ("ministers", "NOUN", "NNS", "nsubj", 2, "minister"),
    *[(w, p, t, d, h - 1, lemma) for w, p, t, d, h, lemma in THE_TWO_OFFICIALS_AGREED[3:]],
]
# Two officials agreed to expand trade.
TWO_OFFICIALS_AGREED = [("Two", "NUM", "CD", "nummod", 1, "two"), *[
    (w, p, t, d, h - 1, lemma) for w, p, t, d, h, lemma in THE_TWO_OFFICIALS_AGREED[2:]
]]  # fmt: skip


def test_the_coalition_is_the_state_that_leads_it(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", "UNO", "RUS") in summary(code_article([LED_COALITION, UN_CALLED_ON_COALITION]))


def test_the_coalition_is_not_the_latest_state_named(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", "UNO", "RUS") not in summary(code_article([RUSSIA_SENT, UN_CALLED_ON_COALITION]))


def test_the_two_officials_are_the_last_two_people_named(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([PUTIN_MET_XI, THE_TWO_OFFICIALS_AGREED]))
    assert found & {("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")}
    found = summary(code_article([PUTIN_MET_XI, BOTH_MINISTERS_AGREED]))
    assert found & {("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")}


def test_two_officials_without_the_are_unnamed_sources(code_article) -> None:  # type: ignore[no-untyped-def]
    assert not {e.event_type for e in code_article([PUTIN_MET_XI, TWO_OFFICIALS_AGREED])} & {"AGREE"}


# Russia and NATO held talks.
RUSSIA_AND_NATO_TALKS = [
    ("Russia", "PROPN", "NNP", "nsubj", 3, "Russia"),
    ("and", "CCONJ", "CC", "cc", 0, "and"),
    ("NATO", "PROPN", "NNP", "conj", 0, "NATO"),
    ("held", "VERB", "VBD", "ROOT", 3, "hold"),
    ("talks", "NOUN", "NNS", "dobj", 3, "talk"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Both sides agreed to expand trade.
BOTH_SIDES_AGREED = [("Both", "DET", "DT", "det", 1, "both"), ("sides", "NOUN", "NNS", "nsubj", 2, "side"),
                     *BOTH_MINISTERS_AGREED[2:]]  # fmt: skip
# Both countries agreed to expand trade.
BOTH_COUNTRIES_AGREED = [BOTH_SIDES_AGREED[0], ("countries", "NOUN", "NNS", "nsubj", 2, "country"),
                         *BOTH_SIDES_AGREED[2:]]  # fmt: skip


def test_both_sides_may_be_a_state_and_an_organisation(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([RUSSIA_AND_NATO_TALKS, BOTH_SIDES_AGREED]))
    assert found & {("AGREE", "RUS", "NAO"), ("AGREE", "NAO", "RUS")}


def test_both_countries_are_states_only(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([RUSSIA_AND_NATO_TALKS, BOTH_COUNTRIES_AGREED]))
    assert not found & {("AGREE", "RUS", "NAO"), ("AGREE", "NAO", "RUS")}


# The US threatened to destroy the country of 26 million people.
US_THREATENED_THE_COUNTRY_OF = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("US", "PROPN", "NNP", "nsubj", 2, "US"),
    ("threatened", "VERB", "VBD", "ROOT", 2, "threaten"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("destroy", "VERB", "VB", "xcomp", 2, "destroy"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("country", "NOUN", "NN", "dobj", 4, "country"),
    ("of", "ADP", "IN", "prep", 6, "of"),
    ("26", "NUM", "CD", "compound", 9, "26"),
    ("million", "NUM", "CD", "nummod", 10, "million"),
    ("people", "NOUN", "NNS", "pobj", 7, "people"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_the_country_of_a_size_is_the_state_named_before(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "USA", "RUS") in summary(code_article([RUSSIA_SENT, US_THREATENED_THE_COUNTRY_OF]))


# Biden spoke with Japan's army chief.
BIDEN_SPOKE_WITH_ARMY_CHIEF = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak"),
    ("with", "ADP", "IN", "prep", 1, "with"),
    ("Japan", "PROPN", "NNP", "poss", 6, "Japan"),
    ("'s", "PART", "POS", "case", 3, "'s"),
    ("army", "NOUN", "NN", "compound", 6, "army"),
    ("chief", "NOUN", "NN", "pobj", 2, "chief"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden urged the army chief to withdraw.
BIDEN_URGED_THE_ARMY_CHIEF = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("urged", "VERB", "VBD", "ROOT", 1, "urge"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("army", "NOUN", "NN", "compound", 4, "army"),
    ("chief", "NOUN", "NN", "dobj", 1, "chief"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 1, "withdraw"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_the_post_of_someone_named_by_state_and_post_only_is_that_state(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([BIDEN_SPOKE_WITH_ARMY_CHIEF, BIDEN_URGED_THE_ARMY_CHIEF]))
    assert ("REQUEST", "USA", "JPN") in found


# Biden said the country would retaliate against Russia.
BIDEN_SAID_THE_COUNTRY = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("country", "NOUN", "NN", "nsubj", 5, "country"),
    ("would", "AUX", "MD", "aux", 5, "would"),
    ("retaliate", "VERB", "VB", "ccomp", 1, "retaliate"),
    ("against", "ADP", "IN", "prep", 5, "against"),
    ("Russia", "PROPN", "NNP", "pobj", 6, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden said the country would retaliate against North Korea.
BIDEN_SAID_THE_COUNTRY_NORTH = [
    *BIDEN_SAID_THE_COUNTRY[:7],
    ("North", "PROPN", "NNP", "compound", 8, "North"),
    ("Korea", "PROPN", "NNP", "pobj", 6, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# North Korea fired a missile.
NORTH_KOREA_FIRED = [
    ("North", "PROPN", "NNP", "compound", 1, "North"),
    ("Korea", "PROPN", "NNP", "nsubj", 2, "Korea"),
    ("fired", "VERB", "VBD", "ROOT", 2, "fire"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("missile", "NOUN", "NN", "dobj", 2, "missile"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Biden insisted the regime must withdraw.
BIDEN_INSISTED_THE_REGIME = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("insisted", "VERB", "VBD", "ROOT", 1, "insist"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("regime", "NOUN", "NN", "nsubj", 5, "regime"),
    ("must", "AUX", "MD", "aux", 5, "must"),
    ("withdraw", "VERB", "VB", "ccomp", 1, "withdraw"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_the_country_said_by_a_speaker_is_the_speakers_own(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "USA", "RUS") in summary(code_article([RUSSIA_SENT, BIDEN_SAID_THE_COUNTRY]))


def test_the_country_before_north_korea_is_no_compass_point(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "USA", "PRK") in summary(code_article([NORTH_KOREA_FIRED, BIDEN_SAID_THE_COUNTRY_NORTH]))


def test_the_regime_said_by_a_speaker_is_still_another_state(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", "USA", "RUS") in summary(code_article([RUSSIA_SENT, BIDEN_INSISTED_THE_REGIME]))


# North Korea fired a missile over Japan.
NORTH_KOREA_FIRED_OVER_JAPAN = [
    *NORTH_KOREA_FIRED[:5],
    ("over", "ADP", "IN", "prep", 2, "over"),
    ("Japan", "PROPN", "NNP", "pobj", 5, "Japan"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN demanded that the isolated country halt its tests.
UN_DEMANDED_THE_ISOLATED_COUNTRY = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("demanded", "VERB", "VBD", "ROOT", 2, "demand"),
    ("that", "SCONJ", "IN", "mark", 7, "that"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("isolated", "ADJ", "JJ", "amod", 6, "isolated"),
    ("country", "NOUN", "NN", "nsubj", 7, "country"),
    ("halt", "VERB", "VB", "ccomp", 2, "halt"),
    ("its", "PRON", "PRP$", "poss", 9, "its"),
    ("tests", "NOUN", "NNS", "dobj", 7, "test"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_an_epithet_does_not_describe_the_place_something_flew_over(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([NORTH_KOREA_FIRED_OVER_JAPAN, UN_DEMANDED_THE_ISOLATED_COUNTRY]))
    assert ("REQUEST", "UNO", "PRK") in found and ("REQUEST", "UNO", "JPN") not in found
