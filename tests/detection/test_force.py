"""Rule tests for physical coercion and assault on things (issue 11, PUSH.md class L1): ships and assets seized,
facilities destroyed or raided, "<demonym> missile attack on X", homes demolished, a state ordered to vacate.

Every sentence is written for this test and given as en_core_web_sm parses it (no model is loaded).
"""

from __future__ import annotations

from tests.detection.conftest import summary

# Iran seized a British tanker in the Gulf on Friday.
SEIZED_TANKER = [
    ("Iran", "PROPN", "NNP", "nsubj", 1, "Iran"),
    ("seized", "VERB", "VBD", "ROOT", 1, "seize"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("British", "ADJ", "JJ", "amod", 4, "british"),
    ("tanker", "NOUN", "NN", "dobj", 1, "tanker"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("Gulf", "PROPN", "NNP", "pobj", 5, "Gulf"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 8, "Friday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The Iraqi army seized power in the capital on Friday.
SEIZED_POWER = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Iraqi", "ADJ", "JJ", "amod", 2, "iraqi"),
    ("army", "NOUN", "NN", "nsubj", 3, "army"),
    ("seized", "VERB", "VBD", "ROOT", 3, "seize"),
    ("power", "NOUN", "NN", "dobj", 3, "power"),
    ("in", "ADP", "IN", "prep", 3, "in"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("capital", "NOUN", "NN", "pobj", 5, "capital"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 8, "Friday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# American forces destroyed an Iranian oil platform on Monday.
DESTROYED_PLATFORM = [
    ("American", "ADJ", "JJ", "amod", 1, "american"),
    ("forces", "NOUN", "NNS", "nsubj", 2, "force"),
    ("destroyed", "VERB", "VBD", "ROOT", 2, "destroy"),
    ("an", "DET", "DT", "det", 6, "an"),
    ("Iranian", "ADJ", "JJ", "amod", 6, "iranian"),
    ("oil", "NOUN", "NN", "compound", 6, "oil"),
    ("platform", "NOUN", "NN", "dobj", 2, "platform"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 7, "Monday"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Washington condemned the Iranian missile attack on a British tanker.
ATTACK_NOUN = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("condemned", "VERB", "VBD", "ROOT", 1, "condemn"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("Iranian", "ADJ", "JJ", "amod", 5, "iranian"),
    ("missile", "NOUN", "NN", "compound", 5, "missile"),
    ("attack", "NOUN", "NN", "dobj", 1, "attack"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("a", "DET", "DT", "det", 9, "a"),
    ("British", "ADJ", "JJ", "amod", 9, "british"),
    ("tanker", "NOUN", "NN", "pobj", 6, "tanker"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Israel demolished Palestinian homes near the border.
DEMOLISHED_HOMES = [
    ("Israel", "PROPN", "NNP", "nsubj", 1, "Israel"),
    ("demolished", "VERB", "VBD", "ROOT", 1, "demolish"),
    ("Palestinian", "ADJ", "JJ", "amod", 3, "palestinian"),
    ("homes", "NOUN", "NNS", "dobj", 1, "home"),
    ("near", "ADP", "IN", "prep", 1, "near"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("border", "NOUN", "NN", "pobj", 4, "border"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Washington ordered Moscow to vacate two diplomatic compounds.
ORDERED_TO_VACATE = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("ordered", "VERB", "VBD", "ROOT", 1, "order"),
    ("Moscow", "PROPN", "NNP", "dobj", 1, "Moscow"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("vacate", "VERB", "VB", "xcomp", 1, "vacate"),
    ("two", "NUM", "CD", "nummod", 7, "two"),
    ("diplomatic", "ADJ", "JJ", "amod", 7, "diplomatic"),
    ("compounds", "NOUN", "NNS", "dobj", 4, "compound"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Washington acted in response to a missile attack on a British tanker.
ATTACK_NO_ATTACKER = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("acted", "VERB", "VBD", "ROOT", 1, "act"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("response", "NOUN", "NN", "pobj", 2, "response"),
    ("to", "ADP", "IN", "prep", 3, "to"),
    ("a", "DET", "DT", "det", 7, "a"),
    ("missile", "NOUN", "NN", "compound", 7, "missile"),
    ("attack", "NOUN", "NN", "pobj", 4, "attack"),
    ("on", "ADP", "IN", "prep", 7, "on"),
    ("a", "DET", "DT", "det", 11, "a"),
    ("British", "ADJ", "JJ", "amod", 11, "british"),
    ("tanker", "NOUN", "NN", "pobj", 8, "tanker"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_seized_ship_is_coercion_of_its_flag_state_but_seized_power_is_not(code):
    assert summary(code(SEIZED_TANKER)) == {("COERCE", "IRN", "GBR")}
    assert summary(code(SEIZED_POWER)) == set()


def test_a_destroyed_facility_is_an_assault_on_its_owner(code):
    assert summary(code(DESTROYED_PLATFORM)) == {("ASSAULT", "USA", "IRN")}


def test_a_missile_attack_noun_names_its_attacker_and_target(code):
    assert ("ASSAULT", "IRN", "GBR") in summary(code(ATTACK_NOUN))
    # no attacker in the noun phrase: not the governing verb's subject
    assert all(e.event_type != "ASSAULT" for e in code(ATTACK_NO_ATTACKER))


def test_demolished_homes_are_coercion_of_their_people(code):
    assert summary(code(DEMOLISHED_HOMES)) == {("COERCE", "ISR", "PSE")}


def test_a_state_ordered_to_vacate_is_expelled(code):
    assert summary(code(ORDERED_TO_VACATE)) == {("SANCTION", "USA", "RUS")}
