"""Rule tests for the target of a sanction named by its grounds (audit of corpus records outside the dev set): a
sanction or threat whose recipient the parse does not give punishes the party of its grounds ("in retaliation
for what it called X's refusal", "to retaliate for X's refusal", "because X did not pay") or of the goods it
hits ("tariffs on grain imported from X"); never the actor's own side. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia imposed sanctions in retaliation for what it called Ukraine's refusal.
IN_RETALIATION = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("retaliation", "NOUN", "NN", "pobj", 3, "retaliation"),
    ("for", "ADP", "IN", "prep", 4, "for"),
    ("what", "PRON", "WP", "dobj", 8, "what"),
    ("it", "PRON", "PRP", "nsubj", 8, "it"),
    ("called", "VERB", "VBD", "pcomp", 5, "call"),
    ("Ukraine", "PROPN", "NNP", "poss", 11, "Ukraine"),
    ("'s", "PART", "POS", "case", 9, "'s"),
    ("refusal", "NOUN", "NN", "oprd", 8, "refusal"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia imposed the tariffs to retaliate for Ukraine's refusal.
TO_RETALIATE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("tariffs", "NOUN", "NNS", "dobj", 1, "tariff"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("retaliate", "VERB", "VB", "advcl", 1, "retaliate"),
    ("for", "ADP", "IN", "prep", 5, "for"),
    ("Ukraine", "PROPN", "NNP", "poss", 9, "Ukraine"),
    ("'s", "PART", "POS", "case", 7, "'s"),
    ("refusal", "NOUN", "NN", "pobj", 6, "refusal"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia imposed the tariffs because Ukraine did not pay.
BECAUSE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("tariffs", "NOUN", "NNS", "dobj", 1, "tariff"),
    ("because", "ADP", "IN", "mark", 8, "because"),
    ("Ukraine", "PROPN", "NNP", "nsubj", 8, "Ukraine"),
    ("did", "VERB", "VBD", "aux", 8, "do"),
    ("not", "ADV", "RB", "neg", 8, "not"),
    ("pay", "VERB", "VB", "advcl", 1, "pay"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia imposed tariffs on grain imported from Ukraine.
IMPORTED_FROM = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("tariffs", "NOUN", "NNS", "dobj", 1, "tariff"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("grain", "NOUN", "NN", "pobj", 3, "grain"),
    ("imported", "VERB", "VBN", "acl", 4, "import"),
    ("from", "ADP", "IN", "prep", 5, "from"),
    ("Ukraine", "PROPN", "NNP", "pobj", 6, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia imposed the tariffs because Russian farmers did not sell.
OWN_GROUNDS = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("tariffs", "NOUN", "NNS", "dobj", 1, "tariff"),
    ("because", "ADP", "IN", "mark", 9, "because"),
    ("Russian", "ADJ", "JJ", "amod", 6, "russian"),
    ("farmers", "NOUN", "NNS", "nsubj", 9, "farmer"),
    ("did", "VERB", "VBD", "aux", 9, "do"),
    ("not", "ADV", "RB", "neg", 9, "not"),
    ("sell", "VERB", "VB", "advcl", 1, "sell"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_sanction_punishes_the_party_of_its_grounds(code) -> None:  # type: ignore[no-untyped-def]
    for spec in (IN_RETALIATION, TO_RETALIATE, BECAUSE):
        assert summary(code(spec)) == {("SANCTION", "RUS", "UKR")}, " ".join(w for w, *_ in spec)


def test_a_tariff_on_goods_punishes_the_state_they_come_from(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(IMPORTED_FROM)) == {("SANCTION", "RUS", "UKR")}


def test_grounds_on_the_actors_own_side_name_no_target(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(OWN_GROUNDS)) == {("SANCTION", "RUS", None)}
