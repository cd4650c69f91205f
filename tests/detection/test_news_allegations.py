"""Rule tests for reported allegations and their answers (issue 11, classes Q2/Q4): "X said Y interferes in /
is trying to sabotage / violated ..." is X accusing Y; "concerned about a resolution adopted by Y" criticises Y;
"the charges do not accord with the facts" rejects whoever made them; and what is no accusation: an investigation
of a thing or of someone's willingness, a complaint about no party. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# "Israel is doing everything it can to sabotage the talks," the Palestinian minister said.
SABOTAGE = [
    ('"', "PUNCT", "``", "punct", 16, '"'),
    ("Israel", "PROPN", "NNP", "nsubj", 3, "Israel"),
    ("is", "VERB", "VBZ", "aux", 3, "be"),
    ("doing", "VERB", "VBG", "ccomp", 16, "do"),
    ("everything", "NOUN", "NN", "dobj", 3, "everything"),
    ("it", "PRON", "PRP", "nsubj", 6, "it"),
    ("can", "AUX", "MD", "relcl", 4, "can"),
    ("to", "PART", "TO", "aux", 8, "to"),
    ("sabotage", "VERB", "VB", "advcl", 3, "sabotage"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("talks", "NOUN", "NNS", "dobj", 8, "talk"),
    (",", "PUNCT", ",", "punct", 16, ","),
    ('"', "PUNCT", "''", "punct", 16, '"'),
    ("the", "DET", "DT", "det", 15, "the"),
    ("Palestinian", "ADJ", "JJ", "amod", 15, "palestinian"),
    ("minister", "NOUN", "NN", "nsubj", 16, "minister"),
    ("said", "VERB", "VBD", "ROOT", 16, "say"),
    (".", "PUNCT", ".", "punct", 16, "."),
]
# Japan said on Monday that Russia interferes in the affairs of its neighbours.
INTERFERES = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 2, "Monday"),
    ("that", "ADP", "IN", "mark", 6, "that"),
    ("Russia", "PROPN", "NNP", "nsubj", 6, "Russia"),
    ("interferes", "VERB", "VBZ", "ccomp", 1, "interfere"),
    ("in", "ADP", "IN", "prep", 6, "in"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("affairs", "NOUN", "NNS", "pobj", 7, "affair"),
    ("of", "ADP", "IN", "prep", 9, "of"),
    ("its", "PRON", "PRP$", "poss", 12, "its"),
    ("neighbours", "NOUN", "NNS", "pobj", 10, "neighbour"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia interferes in the affairs of its neighbours.  (nobody says so: no accusation)
INTERFERES_UNREPORTED = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("interferes", "VERB", "VBZ", "ROOT", 1, "interfere"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("affairs", "NOUN", "NNS", "pobj", 2, "affair"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("its", "PRON", "PRP$", "poss", 7, "its"),
    ("neighbours", "NOUN", "NNS", "pobj", 5, "neighbour"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan said Russia did not interfere in the affairs of its neighbours.
INTERFERES_NEGATED = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("Russia", "PROPN", "NNP", "nsubj", 5, "Russia"),
    ("did", "VERB", "VBD", "aux", 5, "do"),
    ("not", "ADV", "RB", "neg", 5, "not"),
    ("interfere", "VERB", "VB", "ccomp", 1, "interfere"),
    ("in", "ADP", "IN", "prep", 5, "in"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("affairs", "NOUN", "NNS", "pobj", 6, "affair"),
    ("of", "ADP", "IN", "prep", 8, "of"),
    ("its", "PRON", "PRP$", "poss", 11, "its"),
    ("neighbours", "NOUN", "NNS", "pobj", 9, "neighbour"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# An American senator said he was concerned about a resolution on trade adopted by the British parliament.
ADOPTED_BY = [
    ("An", "DET", "DT", "det", 2, "an"),
    ("American", "ADJ", "JJ", "amod", 2, "american"),
    ("senator", "NOUN", "NN", "nsubj", 3, "senator"),
    ("said", "VERB", "VBD", "ROOT", 3, "say"),
    ("he", "PRON", "PRP", "nsubj", 5, "he"),
    ("was", "VERB", "VBD", "ccomp", 3, "be"),
    ("concerned", "ADJ", "JJ", "acomp", 5, "concerned"),
    ("about", "ADP", "IN", "prep", 6, "about"),
    ("a", "DET", "DT", "det", 9, "a"),
    ("resolution", "NOUN", "NN", "pobj", 7, "resolution"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("trade", "NOUN", "NN", "pobj", 10, "trade"),
    ("adopted", "VERB", "VBN", "acl", 11, "adopt"),
    ("by", "ADP", "IN", "agent", 12, "by"),
    ("the", "DET", "DT", "det", 16, "the"),
    ("British", "ADJ", "JJ", "amod", 16, "british"),
    ("parliament", "NOUN", "NN", "pobj", 13, "parliament"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Another option considered by Britain is to refuse licences to Japanese banks.  (Britain refuses nothing)
CONSIDERED_BY = [
    ("Another", "DET", "DT", "det", 1, "another"),
    ("option", "NOUN", "NN", "nsubj", 5, "option"),
    ("considered", "VERB", "VBN", "acl", 1, "consider"),
    ("by", "ADP", "IN", "agent", 2, "by"),
    ("Britain", "PROPN", "NNP", "pobj", 3, "Britain"),
    ("is", "VERB", "VBZ", "ROOT", 5, "be"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("refuse", "VERB", "VB", "xcomp", 5, "refuse"),
    ("licences", "NOUN", "NNS", "dobj", 7, "licence"),
    ("to", "ADP", "IN", "prep", 8, "to"),
    ("Japanese", "ADJ", "JJ", "amod", 11, "japanese"),
    ("banks", "NOUN", "NNS", "pobj", 9, "bank"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# Japan accused China of selling oil to North Korea.
ACCUSED = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("China", "PROPN", "NNP", "dobj", 1, "China"),
    ("of", "ADP", "IN", "prep", 1, "of"),
    ("selling", "VERB", "VBG", "pcomp", 3, "sell"),
    ("oil", "NOUN", "NN", "dobj", 4, "oil"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("North", "PROPN", "NNP", "compound", 8, "North"),
    ("Korea", "PROPN", "NNP", "pobj", 6, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# China said the charges do not accord with the facts.
NOT_ACCORD = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("charges", "NOUN", "NNS", "nsubj", 6, "charge"),
    ("do", "VERB", "VBP", "aux", 6, "do"),
    ("not", "ADV", "RB", "neg", 6, "not"),
    ("accord", "VERB", "VB", "ccomp", 1, "accord"),
    ("with", "ADP", "IN", "prep", 6, "with"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("facts", "NOUN", "NNS", "pobj", 7, "fact"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# China said the accusations were groundless.
GROUNDLESS = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("accusations", "NOUN", "NNS", "nsubj", 4, "accusation"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("groundless", "ADJ", "JJ", "acomp", 4, "groundless"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Washington was probing Iran to see whether it was interested in talks.
PROBING_INTEREST = [
    ("Washington", "PROPN", "NNP", "nsubj", 2, "Washington"),
    ("was", "VERB", "VBD", "aux", 2, "be"),
    ("probing", "VERB", "VBG", "ROOT", 2, "probe"),
    ("Iran", "PROPN", "NNP", "dobj", 2, "Iran"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("see", "VERB", "VB", "xcomp", 2, "see"),
    ("whether", "ADP", "IN", "mark", 8, "whether"),
    ("it", "PRON", "PRP", "nsubj", 8, "it"),
    ("was", "VERB", "VBD", "ccomp", 5, "be"),
    ("interested", "ADJ", "JJ", "acomp", 8, "interested"),
    ("in", "ADP", "IN", "prep", 9, "in"),
    ("talks", "NOUN", "NNS", "pobj", 10, "talk"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Washington was probing Iran.
PROBING = [
    ("Washington", "PROPN", "NNP", "nsubj", 2, "Washington"),
    ("was", "VERB", "VBD", "aux", 2, "be"),
    ("probing", "VERB", "VBG", "ROOT", 2, "probe"),
    ("Iran", "PROPN", "NNP", "dobj", 2, "Iran"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# China investigated the ship.
INVESTIGATED_SHIP = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("investigated", "VERB", "VBD", "ROOT", 1, "investigate"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("ship", "NOUN", "NN", "dobj", 1, "ship"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden complained about the treaty.
COMPLAINED_TREATY = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("complained", "VERB", "VBD", "ROOT", 1, "complain"),
    ("about", "ADP", "IN", "prep", 1, "about"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("treaty", "NOUN", "NN", "pobj", 2, "treaty"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_reported_sabotage_is_an_accusation_by_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    # the open complement "to sabotage" takes the subject of "is doing"; the quote is the minister's
    assert summary(code(SABOTAGE)) == {("ACCUSE", "PSE", "ISR")}


def test_reported_interference_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(INTERFERES)) == {("ACCUSE", "JPN", "RUS")}


def test_interference_nobody_reports_or_denied_is_no_accusation(code) -> None:  # type: ignore[no-untyped-def]
    assert code(INTERFERES_UNREPORTED) == []
    assert code(INTERFERES_NEGATED) == []


def test_concern_about_a_text_criticises_who_adopted_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(ADOPTED_BY)) == {("ACCUSE", "USA", "GBR")}


def test_who_considers_an_option_is_not_its_actor(code) -> None:  # type: ignore[no-untyped-def]
    assert not {a for _, a, _ in summary(code(CONSIDERED_BY))} & {"GBR"}


def test_charges_that_do_not_accord_with_facts_reject_the_accuser(code_article) -> None:  # type: ignore[no-untyped-def]
    found = summary(code_article([ACCUSED, NOT_ACCORD]))
    assert ("REJECT", "CHN", "JPN") in found
    assert not {(t, a) for t, a, _ in found if a == "CHN" and t == "ACCUSE"}


def test_groundless_accusations_reject_the_accuser(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", "CHN", "JPN") in summary(code_article([ACCUSED, GROUNDLESS]))


def test_a_rebuttal_with_no_accusation_told_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(NOT_ACCORD) == []
    assert code(GROUNDLESS) == []


def test_probing_a_willingness_is_no_investigation(code) -> None:  # type: ignore[no-untyped-def]
    assert code(PROBING_INTEREST) == []
    assert summary(code(PROBING)) == {("ACCUSE", "USA", "IRN")}


def test_investigating_or_complaining_about_a_thing_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(INVESTIGATED_SHIP) == []
    assert code(COMPLAINED_TREATY) == []
