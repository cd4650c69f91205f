"""Rule tests for trigger verbs found in one form but missed in another (audit recall-r): the lexicons list
inflected forms explicitly (the fast pass matches before lemmatizing), and some verbs lacked the participle
or the base form news uses ("a statement deploring X", "..., chastising X over ...", "will ask X to").
Sentences are the tests' own."""

from __future__ import annotations

import json

import pytest

from streams.detection.data_files import data_path
from tests.detection.conftest import summary

# Canada issued a statement deploring Japan's trade policy.
DEPLORING = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("issued", "VERB", "VBD", "ROOT", 1, "issue"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("statement", "NOUN", "NN", "dobj", 1, "statement"),
    ("deploring", "VERB", "VBG", "acl", 3, "deplore"),
    ("Japan", "PROPN", "NNP", "poss", 8, "Japan"),
    ("'s", "PART", "POS", "case", 5, "'s"),
    ("trade", "NOUN", "NN", "compound", 8, "trade"),
    ("policy", "NOUN", "NN", "dobj", 4, "policy"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain announced a plan, chastising Russia over its support for the rebels.
CHASTISING = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("announced", "VERB", "VBD", "ROOT", 1, "announce"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("plan", "NOUN", "NN", "dobj", 1, "plan"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("chastising", "VERB", "VBG", "advcl", 1, "chastise"),
    ("Russia", "PROPN", "NNP", "dobj", 5, "Russia"),
    ("over", "ADP", "IN", "prep", 5, "over"),
    ("its", "PRON", "PRP$", "poss", 9, "its"),
    ("support", "NOUN", "NN", "pobj", 7, "support"),
    ("for", "ADP", "IN", "prep", 9, "for"),
    ("the", "DET", "DT", "det", 12, "the"),
    ("rebels", "NOUN", "NNS", "pobj", 10, "rebel"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan will ask China to cut its links with North Korea.
WILL_ASK = [
    ("Japan", "PROPN", "NNP", "nsubj", 2, "Japan"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("ask", "VERB", "VB", "ROOT", 2, "ask"),
    ("China", "PROPN", "NNP", "dobj", 2, "China"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("cut", "VERB", "VB", "xcomp", 2, "cut"),
    ("its", "PRON", "PRP$", "poss", 7, "its"),
    ("links", "NOUN", "NNS", "dobj", 5, "link"),
    ("with", "ADP", "IN", "prep", 7, "with"),
    ("North", "PROPN", "NNP", "compound", 10, "North"),
    ("Korea", "PROPN", "NNP", "pobj", 8, "Korea"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The United States is slapping tariffs on Chinese goods.
SLAPPING = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 4, "States"),
    ("is", "AUX", "VBZ", "aux", 4, "be"),
    ("slapping", "VERB", "VBG", "ROOT", 4, "slap"),
    ("tariffs", "NOUN", "NNS", "dobj", 4, "tariff"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Chinese", "ADJ", "JJ", "amod", 8, "chinese"),
    ("goods", "NOUN", "NNS", "pobj", 6, "good"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Ukraine keeps rebuffing Russia.
REBUFFING = [
    ("Ukraine", "PROPN", "NNP", "nsubj", 1, "Ukraine"),
    ("keeps", "VERB", "VBZ", "ROOT", 1, "keep"),
    ("rebuffing", "VERB", "VBG", "xcomp", 1, "rebuff"),
    ("Russia", "PROPN", "NNP", "dobj", 2, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


# Ukraine is breaking ties with Russia.
BREAKING_TIES = [
    ("Ukraine", "PROPN", "NNP", "nsubj", 2, "Ukraine"),
    ("is", "AUX", "VBZ", "aux", 2, "be"),
    ("breaking", "VERB", "VBG", "ROOT", 2, "break"),
    ("ties", "NOUN", "NNS", "dobj", 2, "tie"),
    ("with", "ADP", "IN", "prep", 3, "with"),
    ("Russia", "PROPN", "NNP", "pobj", 4, "Russia"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Canada dismissed a British idea.
DISMISSED_IDEA = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("dismissed", "VERB", "VBD", "ROOT", 1, "dismiss"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("British", "ADJ", "JJ", "amod", 4, "british"),
    ("idea", "NOUN", "NN", "dobj", 1, "idea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada dismissed the idea that the talks had failed.
DISMISSED_CLAIM = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("dismissed", "VERB", "VBD", "ROOT", 1, "dismiss"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("idea", "NOUN", "NN", "dobj", 1, "idea"),
    ("that", "SCONJ", "IN", "mark", 8, "that"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 8, "talk"),
    ("had", "AUX", "VBD", "aux", 8, "have"),
    ("failed", "VERB", "VBN", "acl", 3, "fail"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_participle_of_breaking_ties(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(BREAKING_TIES)) == {("SANCTION", "UKR", "RUS")}


def test_dismissing_a_states_idea_rejects_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DISMISSED_IDEA)) == {("REJECT", "CAN", "GBR")}


def test_dismissing_a_claim_of_nobody_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(DISMISSED_CLAIM) == []


def test_participle_of_criticism_modifying_a_statement(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DEPLORING)) == {("ACCUSE", "CAN", "JPN")}


def test_participle_of_criticism_as_an_adjunct(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CHASTISING)) == {("ACCUSE", "GBR", "RUS")}


def test_base_form_of_ask_after_a_modal(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(WILL_ASK)) == {("REQUEST", "JPN", "CHN")}


def test_progressive_slapping_tariffs(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SLAPPING)) == {("SANCTION", "USA", "CHN")}


def test_progressive_rebuffing(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(REBUFFING)) == {("REJECT", "UKR", "RUS")}


# Every form news uses of these verbs: base (after "will", "to"), -s, past, participle in -ing
PARADIGMS = {
    ("accuse", "accuse-criticized"): [
        "rebuke", "rebukes", "rebuked", "rebuking", "slam", "slams", "slammed", "slamming",
        "blast", "blasts", "blasted", "blasting", "chastise", "chastises", "chastised", "chastising",
        "deplore", "deplores", "deplored", "deploring", "castigate", "castigates", "castigated", "castigating",
        "lambast", "lambasts", "lambasted", "lambasting",
    ],
    ("reject", "reject-rejected"): [
        "spurn", "spurns", "spurned", "spurning", "rebuff", "rebuffs", "rebuffed", "rebuffing",
        "renege", "reneges", "reneged", "reneging",
    ],
    ("request", "request-urged"): ["ask", "asks", "asked", "asking", "implore", "implores", "implored", "imploring"],
    ("threaten", "threaten-warned"): ["warn", "warns", "warned", "warning", "caution", "cautions", "cautioned",
                                      "cautioning"],
    ("agree", "agree-promised"): ["vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging"],
    ("sanction", "sanction-relations"): ["sever", "severs", "severed", "severing", "break", "breaks", "broke",
                                         "breaking", "cut", "cuts", "cutting", "suspend", "suspends", "suspended",
                                         "suspending"],
    ("sanction", "sanction-halt-trade"): ["stop", "stops", "stopped", "stopping", "ban", "bans", "banned", "banning",
                                          "cut", "cuts", "cutting"],
    ("sanction", "sanction-halted-aid"): ["halt", "halts", "halted", "halting", "freeze", "freezes", "froze",
                                          "freezing", "withhold", "withholds", "withheld", "withholding"],
}  # fmt: skip


@pytest.mark.parametrize(("family", "rule_id"), sorted(PARADIGMS))
def test_verbs_of_a_rule_are_listed_in_every_form(family: str, rule_id: str) -> None:
    rules = [json.loads(line) for line in data_path(f"{family}.jsonl").read_text().splitlines() if line.strip()]
    (rule,) = [r for r in rules if r.get("id") == rule_id]
    assert sorted(set(PARADIGMS[family, rule_id]) - set(rule["pattern"][0]["LOWER"]["IN"])) == []
