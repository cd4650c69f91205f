"""Rule tests for who speaks in reported speech (issue 11, classes Q1/Q3): "I" inside a quote is the speaker
named after it; "his country" in what X says is X's state; "X said he had ..." makes "he" the reporter X even when
X is a role ("a British minister"), not the last person named; a subjectless judgement quoted from a tweet is the
tweeter's. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# "If they do not stop, I will impose sanctions on Iran," Biden said.
QUOTED_I = [
    ('"', "PUNCT", "``", "punct", 16, '"'),
    ("If", "ADP", "IN", "mark", 5, "if"),
    ("they", "PRON", "PRP", "nsubj", 5, "they"),
    ("do", "VERB", "VBP", "aux", 5, "do"),
    ("not", "ADV", "RB", "neg", 5, "not"),
    ("stop", "VERB", "VB", "advcl", 9, "stop"),
    (",", "PUNCT", ",", "punct", 9, ","),
    ("I", "PRON", "PRP", "nsubj", 9, "i"),
    ("will", "AUX", "MD", "aux", 9, "will"),
    ("impose", "VERB", "VB", "ccomp", 16, "impose"),
    ("sanctions", "NOUN", "NNS", "dobj", 9, "sanction"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 11, "Iran"),
    (",", "PUNCT", ",", "punct", 16, ","),
    ('"', "PUNCT", "''", "punct", 16, '"'),
    ("Biden", "PROPN", "NNP", "nsubj", 16, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 16, "say"),
    (".", "PUNCT", ".", "punct", 16, "."),
]
# Putin met Xi in Beijing.
MET = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Beijing", "PROPN", "NNP", "pobj", 3, "Beijing"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# A British minister said he had given the Russian government a clear warning of sanctions if Moscow did not
# open its market.
MINISTER_WARNING = [
    ("A", "DET", "DT", "det", 2, "a"),
    ("British", "ADJ", "JJ", "amod", 2, "british"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("said", "VERB", "VBD", "ROOT", 3, "say"),
    ("he", "PRON", "PRP", "nsubj", 6, "he"),
    ("had", "VERB", "VBD", "aux", 6, "have"),
    ("given", "VERB", "VBN", "ccomp", 3, "give"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("Russian", "ADJ", "JJ", "amod", 9, "russian"),
    ("government", "NOUN", "NN", "dative", 6, "government"),
    ("a", "DET", "DT", "det", 12, "a"),
    ("clear", "ADJ", "JJ", "amod", 12, "clear"),
    ("warning", "NOUN", "NN", "dobj", 6, "warning"),
    ("of", "ADP", "IN", "prep", 12, "of"),
    ("sanctions", "NOUN", "NNS", "pobj", 13, "sanction"),
    ("if", "ADP", "IN", "mark", 19, "if"),
    ("Moscow", "PROPN", "NNP", "nsubj", 19, "Moscow"),
    ("did", "VERB", "VBD", "aux", 19, "do"),
    ("not", "ADV", "RB", "neg", 19, "not"),
    ("open", "VERB", "VB", "advcl", 6, "open"),
    ("its", "PRON", "PRP$", "poss", 21, "its"),
    ("market", "NOUN", "NN", "dobj", 19, "market"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Biden tweeted, "Caught again - very disappointed that China is allowing coal to go into North Korea." (the
# fragment hangs on "Caught", which has no subject)
TWEET = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("tweeted", "VERB", "VBD", "ROOT", 1, "tweet"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ('"', "PUNCT", "``", "punct", 1, '"'),
    ("Caught", "VERB", "VBD", "dep", 1, "catch"),
    ("again", "ADV", "RB", "advmod", 4, "again"),
    ("-", "PUNCT", ":", "punct", 4, "-"),
    ("very", "ADV", "RB", "advmod", 8, "very"),
    ("disappointed", "ADJ", "JJ", "acomp", 4, "disappointed"),
    ("that", "ADP", "IN", "mark", 12, "that"),
    ("China", "PROPN", "NNP", "nsubj", 12, "China"),
    ("is", "VERB", "VBZ", "aux", 12, "be"),
    ("allowing", "VERB", "VBG", "ccomp", 8, "allow"),
    ("coal", "NOUN", "NN", "nsubj", 15, "coal"),
    ("to", "PART", "TO", "aux", 15, "to"),
    ("go", "VERB", "VB", "ccomp", 12, "go"),
    ("into", "ADP", "IN", "prep", 15, "into"),
    ("North", "PROPN", "NNP", "compound", 18, "North"),
    ("Korea", "PROPN", "NNP", "pobj", 16, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
    ('"', "PUNCT", "''", "punct", 1, '"'),
]
# More licences were refused to Iran under the old rules, the British minister said.
PASSIVE_REFUSAL = [
    ("More", "ADJ", "JJR", "amod", 1, "More"),
    ("licences", "NOUN", "NNS", "nsubjpass", 3, "licence"),
    ("were", "VERB", "VBD", "auxpass", 3, "be"),
    ("refused", "VERB", "VBN", "ccomp", 14, "refuse"),
    ("to", "ADP", "IN", "prep", 3, "to"),
    ("Iran", "PROPN", "NNP", "pobj", 4, "Iran"),
    ("under", "ADP", "IN", "prep", 3, "under"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("old", "ADJ", "JJ", "amod", 9, "old"),
    ("rules", "NOUN", "NNS", "pobj", 6, "rule"),
    (",", "PUNCT", ",", "punct", 14, ","),
    ("the", "DET", "DT", "det", 13, "the"),
    ("British", "ADJ", "JJ", "amod", 13, "british"),
    ("minister", "NOUN", "NN", "nsubj", 14, "minister"),
    ("said", "VERB", "VBD", "ROOT", 14, "say"),
    (".", "PUNCT", ".", "punct", 14, "."),
]


def test_i_in_a_quote_is_the_speaker_named_after_it(code) -> None:  # type: ignore[no-untyped-def]
    # a punitive act under an if-clause is a threat; "I" is Biden, who is quoted
    assert ("THREATEN", "USA", "IRN") in summary(code(QUOTED_I))


def test_he_in_a_reported_clause_is_the_reporter_not_the_last_person_named(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([MET, MINISTER_WARNING]))
    assert ("THREATEN", "GBR", "RUS") in found
    assert not {(t, a, r) for t, a, r in found if t == "THREATEN" and a in ("RUS", "CHN")}


def test_a_subjectless_quoted_judgement_is_the_tweeters(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(TWEET)) == {("ACCUSE", "USA", "CHN")}


def test_a_passive_act_in_a_quote_is_not_given_to_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    assert not {a for _, a, _ in summary(code(PASSIVE_REFUSAL))} & {"GBR"}


# A Chinese minister told journalists that his country could not accept the Russian proposal.
HIS_COUNTRY = [
    ("A", "DET", "DT", "det", 2, "a"),
    ("Chinese", "ADJ", "JJ", "amod", 2, "chinese"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("told", "VERB", "VBD", "ROOT", 3, "tell"),
    ("journalists", "NOUN", "NNS", "dobj", 3, "journalist"),
    ("that", "ADP", "IN", "mark", 10, "that"),
    ("his", "PRON", "PRP$", "poss", 7, "his"),
    ("country", "NOUN", "NN", "nsubj", 10, "country"),
    ("could", "AUX", "MD", "aux", 10, "could"),
    ("not", "ADV", "RB", "neg", 10, "not"),
    ("accept", "VERB", "VB", "ccomp", 3, "accept"),
    ("the", "DET", "DT", "det", 13, "the"),
    ("Russian", "ADJ", "JJ", "amod", 13, "russian"),
    ("proposal", "NOUN", "NN", "dobj", 10, "proposal"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_his_country_in_a_reported_clause_is_the_speakers_state(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(HIS_COUNTRY)) == {("REJECT", "CHN", "RUS")}


# "My country will never accept the Russian proposal," Biden said.
MY_COUNTRY = [
    ('"', "PUNCT", "``", "punct", 12, '"'),
    ("My", "PRON", "PRP$", "poss", 2, "my"),
    ("country", "NOUN", "NN", "nsubj", 5, "country"),
    ("will", "AUX", "MD", "aux", 5, "will"),
    ("never", "ADV", "RB", "neg", 5, "never"),
    ("accept", "VERB", "VB", "ccomp", 12, "accept"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("Russian", "ADJ", "JJ", "amod", 8, "russian"),
    ("proposal", "NOUN", "NN", "dobj", 5, "proposal"),
    (",", "PUNCT", ",", "punct", 12, ","),
    ('"', "PUNCT", "''", "punct", 12, '"'),
    ("Biden", "PROPN", "NNP", "nsubj", 12, "Biden"),
    ("said", "VERB", "VBD", "ROOT", 12, "say"),
    (".", "PUNCT", ".", "punct", 12, "."),
]


def test_my_country_in_a_quote_is_the_speakers_state(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(MY_COUNTRY)) == {("REJECT", "USA", "RUS")}
