"""Rule tests for missile roles (issue 11, class M): the state a missile flew over, named in the missile's
relative clause or after the noun "launch"; outlying territories that name their state. Own sentences."""

from __future__ import annotations

import json

from streams.detection.data_files import data_path
from tests.detection.conftest import summary

# Iran last fired off a missile that sailed over Japan in September.
RELCL = [
    ("Iran", "PROPN", "NNP", "nsubj", 2, "Iran"),
    ("last", "ADV", "RB", "advmod", 2, "last"),
    ("fired", "VERB", "VBD", "ROOT", 2, "fire"),
    ("off", "ADP", "RP", "prt", 2, "off"),
    ("a", "DET", "DT", "det", 5, "a"),
    ("missile", "NOUN", "NN", "dobj", 2, "missile"),
    ("that", "DET", "WDT", "nsubj", 7, "that"),
    ("sailed", "VERB", "VBD", "relcl", 5, "sail"),
    ("over", "ADP", "IN", "prep", 7, "over"),
    ("Japan", "PROPN", "NNP", "pobj", 8, "Japan"),
    ("in", "ADP", "IN", "prep", 7, "in"),
    ("September", "PROPN", "NNP", "pobj", 10, "September"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Britain protested Iran's ballistic missile launch over Japan.
NOUN_LAUNCH = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("protested", "VERB", "VBD", "ROOT", 1, "protest"),
    ("Iran", "PROPN", "NNP", "poss", 6, "Iran"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("ballistic", "ADJ", "JJ", "amod", 5, "ballistic"),
    ("missile", "NOUN", "NN", "compound", 6, "missile"),
    ("launch", "NOUN", "NN", "dobj", 1, "launch"),
    ("over", "ADP", "IN", "prep", 6, "over"),
    ("Japan", "PROPN", "NNP", "pobj", 7, "Japan"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan protested the missile launch.
NOUN_NO_PATH = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("protested", "VERB", "VBD", "ROOT", 1, "protest"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("missile", "NOUN", "NN", "compound", 4, "missile"),
    ("launch", "NOUN", "NN", "dobj", 1, "launch"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_the_missile_relative_clause_names_the_state_flown_over(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(RELCL)) == {("MOBILIZE", "IRN", "JPN")}


def test_a_missile_launch_over_x_as_a_noun(code) -> None:  # type: ignore[no-untyped-def]
    assert ("MOBILIZE", "IRN", "JPN") in summary(code(NOUN_LAUNCH))


def test_a_launch_with_no_state_flown_over_is_no_mobilisation(code) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.event_type == "MOBILIZE" for e in code(NOUN_NO_PATH))


def test_outlying_territories_name_their_state() -> None:
    lines = data_path("countries.jsonl").read_text(encoding="utf-8").splitlines()
    ids = {e["pattern"]: e["id"] for e in map(json.loads, lines[1:])}
    assert (ids["Guam"], ids["Hokkaido"], ids["Okinawa"]) == ("USA", "JPN", "JPN")
