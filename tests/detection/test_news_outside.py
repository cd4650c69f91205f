"""Rule tests for classes found by reading corpus articles outside the dev set (recall audit on Giveme5W1H and BBC):
an organisation that holds talks itself is a party to them (not a forum of its members); a post ("the president")
in an undated article names a person who held it at any time; sanctions told as quotas, restrictions placed,
a state barred from importing, port access denied. Own sentences."""

from __future__ import annotations

from streams.detection import Detector
from streams.records import Article, Event
from tests.detection.conftest import Spec, make_doc, summary

# Joe Biden spoke on Monday.
BIDEN_SPOKE = [
    ("Joe", "PROPN", "NNP", "compound", 1, "Joe"),
    ("Biden", "PROPN", "NNP", "nsubj", 2, "Biden"),
    ("spoke", "VERB", "VBD", "ROOT", 2, "speak"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 3, "Monday"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The president urged Japan to act.
PRESIDENT_URGED = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("president", "NOUN", "NN", "nsubj", 2, "president"),
    ("urged", "VERB", "VBD", "ROOT", 2, "urge"),
    ("Japan", "PROPN", "NNP", "dobj", 2, "Japan"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("act", "VERB", "VB", "xcomp", 2, "act"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN held talks with Japan.
UN_TALKS = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("held", "VERB", "VBD", "ROOT", 2, "hold"),
    ("talks", "NOUN", "NNS", "dobj", 2, "talk"),
    ("with", "ADP", "IN", "prep", 3, "with"),
    ("Japan", "PROPN", "NNP", "pobj", 4, "Japan"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# NATO will start accession talks with Ukraine.
NATO_ACCESSION = [
    ("NATO", "PROPN", "NNP", "nsubj", 2, "NATO"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("start", "VERB", "VB", "ROOT", 2, "start"),
    ("accession", "NOUN", "NN", "compound", 4, "accession"),
    ("talks", "NOUN", "NNS", "dobj", 2, "talk"),
    ("with", "ADP", "IN", "prep", 4, "with"),
    ("Ukraine", "PROPN", "NNP", "pobj", 5, "Ukraine"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Leaders of France and Germany attended the NATO summit.
NATO_SUMMIT = [
    ("Leaders", "NOUN", "NNS", "nsubj", 5, "leader"),
    ("of", "ADP", "IN", "prep", 0, "of"),
    ("France", "PROPN", "NNP", "pobj", 1, "France"),
    ("and", "CCONJ", "CC", "cc", 2, "and"),
    ("Germany", "PROPN", "NNP", "conj", 2, "Germany"),
    ("attended", "VERB", "VBD", "ROOT", 5, "attend"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("NATO", "PROPN", "NNP", "compound", 8, "NATO"),
    ("summit", "NOUN", "NN", "dobj", 5, "summit"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# The UN imposed an import quota on Iran.
QUOTA = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("imposed", "VERB", "VBD", "ROOT", 2, "impose"),
    ("an", "DET", "DT", "det", 5, "an"),
    ("import", "NOUN", "NN", "compound", 5, "import"),
    ("quota", "NOUN", "NN", "dobj", 2, "quota"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 6, "Iran"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN imposed a quota of 500 barrels of oil on Iran.
QUOTA_OF = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("imposed", "VERB", "VBD", "ROOT", 2, "impose"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("quota", "NOUN", "NN", "dobj", 2, "quota"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("500", "NUM", "CD", "nummod", 7, "500"),
    ("barrels", "NOUN", "NNS", "pobj", 5, "barrel"),
    ("of", "ADP", "IN", "prep", 7, "of"),
    ("oil", "NOUN", "NN", "pobj", 8, "oil"),
    ("on", "ADP", "IN", "prep", 7, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 10, "Iran"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN placed tighter restrictions on Iran's oil imports.
PLACED = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("placed", "VERB", "VBD", "ROOT", 2, "place"),
    ("tighter", "ADJ", "JJR", "amod", 4, "tight"),
    ("restrictions", "NOUN", "NNS", "dobj", 2, "restriction"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Iran", "PROPN", "NNP", "poss", 9, "Iran"),
    ("'s", "PART", "POS", "case", 6, "'s"),
    ("oil", "NOUN", "NN", "compound", 9, "oil"),
    ("imports", "NOUN", "NNS", "pobj", 5, "import"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN resolution bars Iran from importing oil.
BARS = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("UN", "PROPN", "NNP", "compound", 2, "UN"),
    ("resolution", "NOUN", "NN", "nsubj", 3, "resolution"),
    ("bars", "VERB", "VBZ", "ROOT", 3, "bar"),
    ("Iran", "PROPN", "NNP", "dobj", 3, "Iran"),
    ("from", "ADP", "IN", "prep", 3, "from"),
    ("importing", "VERB", "VBG", "pcomp", 5, "import"),
    ("oil", "NOUN", "NN", "dobj", 6, "oil"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The court barred the company from selling its products.
COURT_BARRED = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("court", "NOUN", "NN", "nsubj", 2, "court"),
    ("barred", "VERB", "VBD", "ROOT", 2, "bar"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("company", "NOUN", "NN", "dobj", 2, "company"),
    ("from", "ADP", "IN", "prep", 2, "from"),
    ("selling", "VERB", "VBG", "pcomp", 5, "sell"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("products", "NOUN", "NNS", "dobj", 6, "product"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN denied port access to Iranian ships.
ACCESS = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("denied", "VERB", "VBD", "ROOT", 2, "deny"),
    ("port", "NOUN", "NN", "compound", 4, "port"),
    ("access", "NOUN", "NN", "dobj", 2, "access"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("Iranian", "ADJ", "JJ", "amod", 7, "iranian"),
    ("ships", "NOUN", "NNS", "pobj", 5, "ship"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def run(detector: Detector, specs: list[Spec], published: str | None) -> list[Event]:
    docs = [make_doc(detector.nlp.vocab, spec) for spec in specs]
    text = " ".join(d.text for d in docs)
    return detector.parsed(docs, Article(id="t", text=text, published=published))


def test_post_in_undated_article_names_a_past_holder(rule_detector: Detector) -> None:
    # an undated story may come from an archive: "the president" is Biden, named before, out of office today
    assert summary(run(rule_detector, [BIDEN_SPOKE, PRESIDENT_URGED], None)) == {("REQUEST", "USA", "JPN")}


def test_post_in_dated_article_needs_the_post_held_that_day(rule_detector: Detector) -> None:
    assert summary(run(rule_detector, [BIDEN_SPOKE, PRESIDENT_URGED], "2026-01-01")) == set()


def test_organisation_holding_talks_is_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(UN_TALKS)) == {("CONSULT", "UNO", "JPN")}
    events = code(NATO_ACCESSION)
    assert summary(events) == {("AGREE", "NAO", "UKR")}
    assert events[0].cameo.code == "036"


def test_organisation_naming_the_meeting_is_still_its_forum(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(NATO_SUMMIT)) == {("CONSULT", "FRA", "NAO"), ("CONSULT", "DEU", "NAO")}


def test_quotas_and_restrictions_placed_are_sanctions(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(QUOTA)) == {("SANCTION", "UNO", "IRN")}
    assert summary(code(PLACED)) == {("SANCTION", "UNO", "IRN")}
    # the quota's amount carries the target: "a quota of 500 barrels of oil on Iran"
    assert summary(code(QUOTA_OF)) == {("SANCTION", "UNO", "IRN")}


def test_state_barred_from_importing_is_embargoed(code) -> None:  # type: ignore[no-untyped-def]
    events = code(BARS)
    assert summary(events) == {("SANCTION", "UNO", "IRN")}
    assert events[0].mode == "embargo"
    assert code(COURT_BARRED) == []


def test_port_access_denied_to_ships_of_a_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code(ACCESS)
    assert summary(events) == {("SANCTION", "UNO", "IRN")}
    assert events[0].cameo.code == "160"
