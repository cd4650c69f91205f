"""Rule tests for agreements and sanctions named briefly (issue 11, class T/S): "lifting the ban" acts on the target
of the ban the article named before; the Paris Club is a party (an organisation whose name holds a sector word:
"Club" makes nobody a sports club); a recognition announced as decided ("announced it would recognise X") is done,
a visit announced is still to come; "pledged allegiance to X" sides with X (SUPPORT), it promises nothing. Own
sentences; the packaged dictionaries (EU, Paris Club)."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.records import Article
from tests.detection.conftest import make_doc, summary

# Critics attacked the EU's ban on arms sales to China.
BAN_NAMED = [
    ("Critics", "NOUN", "NNS", "nsubj", 1, "critic"),
    ("attacked", "VERB", "VBD", "ROOT", 1, "attack"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("EU", "PROPN", "NNP", "poss", 5, "EU"),
    ("'s", "PART", "POS", "case", 3, "'s"),
    ("ban", "NOUN", "NN", "dobj", 1, "ban"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("arms", "NOUN", "NNS", "compound", 8, "arm"),
    ("sales", "NOUN", "NNS", "pobj", 6, "sale"),
    ("to", "ADP", "IN", "prep", 8, "to"),
    ("China", "PROPN", "NNP", "pobj", 9, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The EU pledged to work towards lifting the ban.
LIFT_THE_BAN = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("EU", "PROPN", "NNP", "nsubj", 2, "EU"),
    ("pledged", "VERB", "VBD", "ROOT", 2, "pledge"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("work", "VERB", "VB", "xcomp", 2, "work"),
    ("towards", "ADP", "IN", "prep", 4, "towards"),
    ("lifting", "VERB", "VBG", "pcomp", 5, "lift"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("ban", "NOUN", "NN", "dobj", 6, "ban"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Brazil and the Paris Club signed an agreement on its debt.
PARIS_CLUB = [
    ("Brazil", "PROPN", "NNP", "nsubj", 5, "Brazil"),
    ("and", "CCONJ", "CC", "cc", 0, "and"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("Paris", "PROPN", "NNP", "compound", 4, "Paris"),
    ("Club", "PROPN", "NNP", "conj", 0, "Club"),
    ("signed", "VERB", "VBD", "ROOT", 5, "sign"),
    ("an", "DET", "DT", "det", 7, "an"),
    ("agreement", "NOUN", "NN", "dobj", 5, "agreement"),
    ("on", "ADP", "IN", "prep", 7, "on"),
    ("its", "PRON", "PRP$", "poss", 10, "its"),
    ("debt", "NOUN", "NN", "pobj", 8, "debt"),
    (".", "PUNCT", ".", "punct", 5, "."),
]

# Russia announced that it would recognise Israel as a state.
DECIDED_RECOGNITION = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("announced", "VERB", "VBD", "ROOT", 1, "announce"),
    ("that", "ADP", "IN", "mark", 5, "that"),
    ("it", "PRON", "PRP", "nsubj", 5, "it"),
    ("would", "AUX", "MD", "aux", 5, "would"),
    ("recognise", "VERB", "VB", "ccomp", 1, "recognise"),
    ("Israel", "PROPN", "NNP", "dobj", 5, "Israel"),
    ("as", "ADP", "IN", "prep", 5, "as"),
    ("a", "DET", "DT", "det", 9, "a"),
    ("state", "NOUN", "NN", "pobj", 7, "state"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia announced that Vladimir Putin would visit China.
DECIDED_VISIT = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("announced", "VERB", "VBD", "ROOT", 1, "announce"),
    ("that", "ADP", "IN", "mark", 6, "that"),
    ("Vladimir", "PROPN", "NNP", "compound", 4, "Vladimir"),
    ("Putin", "PROPN", "NNP", "nsubj", 6, "Putin"),
    ("would", "AUX", "MD", "aux", 6, "would"),
    ("visit", "VERB", "VB", "ccomp", 1, "visit"),
    ("China", "PROPN", "NNP", "dobj", 6, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Russia pledged allegiance to China last year.
ALLEGIANCE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge"),
    ("allegiance", "NOUN", "NN", "dobj", 1, "allegiance"),
    ("to", "ADP", "IN", "prep", 2, "to"),
    ("China", "PROPN", "NNP", "pobj", 3, "China"),
    ("last", "ADJ", "JJ", "amod", 6, "last"),
    ("year", "NOUN", "NN", "npadvmod", 1, "year"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia pledged to help China.
PLEDGED_HELP = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("help", "VERB", "VB", "xcomp", 1, "help"),
    ("China", "PROPN", "NNP", "dobj", 3, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


@pytest.fixture(scope="module")
def packaged(blank_vocab_nlp):  # type: ignore[no-untyped-def]
    detector = Detector(blank_vocab_nlp)

    def run(*specs, published: str = "2005-03-01"):  # type: ignore[no-untyped-def]
        docs = [make_doc(detector.nlp.vocab, spec) for spec in specs]
        text = " ".join(d.text for d in docs)
        return detector.parsed(docs, Article(id="t", text=text, published=published))

    return run


def test_lifting_the_ban_named_before_acts_on_its_target(packaged) -> None:  # type: ignore[no-untyped-def]
    assert ("AGREE", "EUR", "CHN") in summary(packaged(BAN_NAMED, LIFT_THE_BAN))
    # no ban named before: nobody to act on
    assert ("AGREE", "EUR", "CHN") not in summary(packaged(LIFT_THE_BAN))


def test_the_paris_club_is_a_party_not_a_sports_club(packaged) -> None:  # type: ignore[no-untyped-def]
    assert summary(packaged(PARIS_CLUB)) == {("SUPPORT", "BRA", "IGO")}


def test_an_act_done_by_declaring_it_is_done_when_announced_as_decided(code) -> None:  # type: ignore[no-untyped-def]
    [recognition] = code(DECIDED_RECOGNITION)
    assert (summary([recognition]), recognition.cameo.code) == ({("SUPPORT", "RUS", "ISR")}, "054")
    # a visit announced is an intent (AGREE 036) until it takes place
    [visit] = code(DECIDED_VISIT)
    assert (summary([visit]), visit.cameo.code) == ({("AGREE", "RUS", "CHN")}, "036")


def test_allegiance_pledged_is_support_not_a_promise(code) -> None:  # type: ignore[no-untyped-def]
    [allegiance] = code(ALLEGIANCE, published="2021-12-16")
    assert (summary([allegiance]), allegiance.cameo.code) == ({("SUPPORT", "RUS", "CHN")}, "051")
    assert summary(code(PLEDGED_HELP)) == {("AGREE", "RUS", "CHN")}
