"""Rule tests for two role classes (issue 11): an ethnic community named by where it lives acts for that state,
kept apart from the state's government by CAMEO's ETH sector ("ethnic Russians in eastern Ukraine demanded
autonomy from the Ukrainian government" is UKR ETH -> UKR GOV), while "Americans in Iraq" stay American; and a
refusal whose object is an act names the act's target ("ruled out easing sanctions on X", "said lifting the
sanctions on X is out of the question"). Own sentences, the small test dictionaries."""

from __future__ import annotations

from tests.detection.conftest import summary

# Ethnic Russians in eastern Ukraine demanded autonomy from Moscow.
ETHNIC_IN_REGION = [
    ("Ethnic", "ADJ", "JJ", "amod", 1, "ethnic"),
    ("Russians", "PROPN", "NNPS", "nsubj", 5, "Russians"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("eastern", "ADJ", "JJ", "amod", 4, "eastern"),
    ("Ukraine", "PROPN", "NNP", "pobj", 2, "Ukraine"),
    ("demanded", "VERB", "VBD", "ROOT", 5, "demand"),
    ("autonomy", "NOUN", "NN", "dobj", 5, "autonomy"),
    ("from", "ADP", "IN", "prep", 6, "from"),
    ("Moscow", "PROPN", "NNP", "pobj", 7, "Moscow"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# Russians in Syria demanded help from Moscow.
ABROAD = [
    ("Russians", "PROPN", "NNPS", "nsubj", 3, "Russians"),
    ("in", "ADP", "IN", "prep", 0, "in"),
    ("Syria", "PROPN", "NNP", "pobj", 1, "Syria"),
    ("demanded", "VERB", "VBD", "ROOT", 3, "demand"),
    ("help", "NOUN", "NN", "dobj", 3, "help"),
    ("from", "ADP", "IN", "prep", 4, "from"),
    ("Moscow", "PROPN", "NNP", "pobj", 5, "Moscow"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_an_ethnic_community_acts_for_the_state_it_lives_in(code) -> None:  # type: ignore[no-untyped-def]
    [event] = code(ETHNIC_IN_REGION)
    assert (event.event_type, event.actor.country, event.actor.sector) == ("REQUEST", "UKR", "ETH")
    assert event.recipient is not None and event.recipient.country == "RUS"


def test_nationals_abroad_stay_nationals(code) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", "RUS", "SYR") not in summary(code(ABROAD))
    assert all(e.actor.country == "RUS" for e in code(ABROAD))


# Japan ruled out easing the sanctions on Iran.
RULED_OUT_EASING = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("ruled", "VERB", "VBD", "ROOT", 1, "rule"),
    ("out", "ADP", "RP", "prt", 1, "out"),
    ("easing", "VERB", "VBG", "xcomp", 1, "ease"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("sanctions", "NOUN", "NNS", "dobj", 3, "sanction"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 6, "Iran"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain said lifting the sanctions on Iran was out of the question.
LIFTING_OUT_OF_QUESTION = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("lifting", "VERB", "VBG", "csubj", 7, "lift"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("sanctions", "NOUN", "NNS", "dobj", 2, "sanction"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 5, "Iran"),
    ("was", "AUX", "VBD", "ccomp", 1, "be"),
    ("out", "ADP", "IN", "prep", 7, "out"),
    ("of", "ADP", "IN", "prep", 8, "of"),
    ("the", "DET", "DT", "det", 11, "the"),
    ("question", "NOUN", "NN", "pobj", 9, "question"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_ruling_out_an_act_refuses_its_target(code) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", "JPN", "IRN") in summary(code(RULED_OUT_EASING))


def test_an_act_out_of_the_question_refuses_its_target(code) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", "GBR", "IRN") in summary(code(LIFTING_OUT_OF_QUESTION))


def _sanctions_on(noun: str, lemma: str) -> list[tuple[str, str, str, str, int, str]]:
    """Britain imposed sanctions on <noun> that work with Iran."""
    return [
        ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
        ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
        ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
        ("on", "ADP", "IN", "prep", 2, "on"),
        (noun, "NOUN", "NNS", "pobj", 3, lemma),
        ("that", "PRON", "WDT", "nsubj", 6, "that"),
        ("work", "VERB", "VBP", "relcl", 4, "work"),
        ("with", "ADP", "IN", "prep", 6, "with"),
        ("Iran", "PROPN", "NNP", "pobj", 7, "Iran"),
        (".", "PUNCT", ".", "punct", 1, "."),
    ]


def test_people_are_placed_by_their_clause(code) -> None:  # type: ignore[no-untyped-def]
    # "firms that work with Iran" are named by Iran; "ships that work with Iran" are a thing, not a party
    assert ("SANCTION", "GBR", "IRN") in summary(code(_sanctions_on("firms", "firm")))
    assert ("SANCTION", "GBR", "IRN") not in summary(code(_sanctions_on("ships", "ship")))
