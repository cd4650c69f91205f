"""Rule tests for events told as nouns and verbal attacks (audit nouns): a threat, demand, request or refusal named by
its noun with its maker ("X's threat to cut supplies to Y", "X's demand for Y to withdraw", "Friday's request to Y",
"X's refusal to admit Y's inspectors"; the target is the one the stated act is on); a verbal attack told with its
grounds ("attacked X for criticizing ...", "lashed out at X over ...", not "attacked the soldiers for hours");
relations "severed by" a named party; pressure put on X to do something (a demand) and concerns raised with X (a
complaint to X); a decision to raise tariffs on X's goods (a sanction); a threat of sanctions repeated "before
leaving Tokyo" is made to the host, and the sanctions it threatens are no measure of another party it answers.
Sentences are the tests' own, parsed as en_core_web_sm parses them. A visit noun with its own past date ("visit to X
last week") is done, whatever the verb it hangs on plans.
"""

from __future__ import annotations

from tests.detection.conftest import summary

# Iran's refusal to admit UN inspectors angered Washington.
REFUSAL = [
    ("Iran", "PROPN", "NNP", "poss", 2, "Iran"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("refusal", "NOUN", "NN", "nsubj", 7, "refusal"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("admit", "VERB", "VB", "acl", 2, "admit"),
    ("UN", "PROPN", "NNP", "compound", 6, "UN"),
    ("inspectors", "NOUN", "NNS", "dobj", 4, "inspector"),
    ("angered", "VERB", "VBD", "ROOT", 7, "anger"),
    ("Washington", "PROPN", "NNP", "dobj", 7, "Washington"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Japan's refusal to cut its spending surprised economists.
REFUSAL_NO_PARTY = [
    ("Japan", "PROPN", "NNP", "poss", 2, "Japan"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("refusal", "NOUN", "NN", "ROOT", 2, "refusal"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("cut", "VERB", "VB", "acl", 2, "cut"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("spending", "NOUN", "NN", "amod", 8, "spending"),
    ("surprised", "ADJ", "JJ", "amod", 8, "surprised"),
    ("economists", "NOUN", "NNS", "dobj", 4, "economist"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Russia's threat to cut gas supplies to Ukraine worried investors.
THREAT_TO_CUT = [
    ("Russia", "PROPN", "NNP", "poss", 2, "Russia"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("threat", "NOUN", "NN", "ROOT", 2, "threat"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("cut", "VERB", "VB", "acl", 2, "cut"),
    ("gas", "NOUN", "NN", "compound", 6, "gas"),
    ("supplies", "NOUN", "NNS", "dobj", 4, "supply"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("Ukraine", "PROPN", "NNP", "pobj", 7, "Ukraine"),
    ("worried", "ADJ", "JJ", "amod", 10, "worried"),
    ("investors", "NOUN", "NNS", "dobj", 4, "investor"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Despite Israel's threats of military action against Iran, the talks went on.
THREATS_OF_ACTION = [
    ("Despite", "ADP", "IN", "prep", 12, "despite"),
    ("Israel", "PROPN", "NNP", "poss", 3, "Israel"),
    ("'s", "PART", "POS", "case", 1, "'s"),
    ("threats", "NOUN", "NNS", "pobj", 0, "threat"),
    ("of", "ADP", "IN", "prep", 3, "of"),
    ("military", "ADJ", "JJ", "amod", 6, "military"),
    ("action", "NOUN", "NN", "pobj", 4, "action"),
    ("against", "ADP", "IN", "prep", 6, "against"),
    ("Iran", "PROPN", "NNP", "pobj", 7, "Iran"),
    (",", "PUNCT", ",", "punct", 12, ","),
    ("the", "DET", "DT", "det", 11, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 12, "talk"),
    ("went", "VERB", "VBD", "ROOT", 12, "go"),
    ("on", "ADP", "RP", "prt", 12, "on"),
    (".", "PUNCT", ".", "punct", 12, "."),
]
# China's demand for Japan to withdraw its ships was rejected.
DEMAND_FOR = [
    ("China", "PROPN", "NNP", "poss", 2, "China"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("demand", "NOUN", "NN", "nsubjpass", 10, "demand"),
    ("for", "ADP", "IN", "prep", 2, "for"),
    ("Japan", "PROPN", "NNP", "pobj", 3, "Japan"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("withdraw", "VERB", "VB", "acl", 2, "withdraw"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("ships", "NOUN", "NNS", "dobj", 6, "ship"),
    ("was", "VERB", "VBD", "auxpass", 10, "be"),
    ("rejected", "VERB", "VBN", "ROOT", 10, "reject"),
    (".", "PUNCT", ".", "punct", 10, "."),
]
# Japanese demand for Chinese steel to rise is expected.
DEMAND_FOR_GOODS = [
    ("Japanese", "ADJ", "JJ", "amod", 1, "japanese"),
    ("demand", "NOUN", "NN", "nsubjpass", 8, "demand"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("Chinese", "ADJ", "JJ", "amod", 4, "chinese"),
    ("steel", "NOUN", "NN", "pobj", 2, "steel"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("rise", "VERB", "VB", "acl", 1, "rise"),
    ("is", "VERB", "VBZ", "auxpass", 8, "be"),
    ("expected", "VERB", "VBN", "ROOT", 8, "expect"),
    (".", "PUNCT", ".", "punct", 8, "."),
]
# Iraq withdrew Friday's request to Iran to reopen the border.
REQUEST_TO = [
    ("Iraq", "PROPN", "NNP", "nsubj", 1, "Iraq"),
    ("withdrew", "VERB", "VBD", "ROOT", 1, "withdraw"),
    ("Friday", "PROPN", "NNP", "poss", 4, "Friday"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("request", "NOUN", "NN", "dobj", 1, "request"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("Iran", "PROPN", "NNP", "pobj", 5, "Iran"),
    ("to", "PART", "TO", "aux", 8, "to"),
    ("reopen", "VERB", "VB", "acl", 4, "reopen"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("border", "NOUN", "NN", "dobj", 8, "border"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin attacked Biden for criticizing the Russian election.
ATTACKED_FOR = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("attacked", "VERB", "VBD", "ROOT", 1, "attack"),
    ("Biden", "PROPN", "NNP", "dobj", 1, "Biden"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("criticizing", "VERB", "VBG", "pcomp", 3, "criticize"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("Russian", "ADJ", "JJ", "amod", 7, "russian"),
    ("election", "NOUN", "NN", "dobj", 4, "election"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin attacked Biden at the end of a meeting of world leaders for raising questions about Ukraine.
ATTACKED_FOR_DEEP = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("attacked", "VERB", "VBD", "ROOT", 1, "attack"),
    ("Biden", "PROPN", "NNP", "dobj", 1, "Biden"),
    ("at", "ADP", "IN", "prep", 1, "at"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("end", "NOUN", "NN", "pobj", 3, "end"),
    ("of", "ADP", "IN", "prep", 5, "of"),
    ("a", "DET", "DT", "det", 8, "a"),
    ("meeting", "NOUN", "NN", "pobj", 6, "meeting"),
    ("of", "ADP", "IN", "prep", 8, "of"),
    ("world", "NOUN", "NN", "compound", 11, "world"),
    ("leaders", "NOUN", "NNS", "pobj", 9, "leader"),
    ("for", "ADP", "IN", "prep", 8, "for"),
    ("raising", "VERB", "VBG", "pcomp", 12, "raise"),
    ("questions", "NOUN", "NNS", "dobj", 13, "question"),
    ("about", "ADP", "IN", "prep", 14, "about"),
    ("Ukraine", "PROPN", "NNP", "pobj", 15, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin lashed out at Britain over the expulsions.
LASHED_OUT = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("lashed", "VERB", "VBD", "ROOT", 1, "lash"),
    ("out", "ADP", "RP", "prt", 1, "out"),
    ("at", "ADP", "IN", "prep", 1, "at"),
    ("Britain", "PROPN", "NNP", "pobj", 3, "Britain"),
    ("over", "ADP", "IN", "prep", 1, "over"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("expulsions", "NOUN", "NNS", "pobj", 5, "expulsion"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russian troops attacked Ukrainian soldiers for hours.
ATTACKED_POSITIONS = [
    ("Russian", "ADJ", "JJ", "amod", 1, "russian"),
    ("troops", "NOUN", "NNS", "nsubj", 2, "troop"),
    ("attacked", "VERB", "VBD", "ROOT", 2, "attack"),
    ("Ukrainian", "ADJ", "JJ", "amod", 4, "ukrainian"),
    ("soldiers", "NOUN", "NNS", "dobj", 2, "soldier"),
    ("for", "ADP", "IN", "prep", 2, "for"),
    ("hours", "NOUN", "NNS", "pobj", 5, "hour"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Relations with Syria were severed by Britain in 2012.
SEVERED_BY = [
    ("Relations", "NOUN", "NNS", "nsubjpass", 4, "relation"),
    ("with", "ADP", "IN", "prep", 0, "with"),
    ("Syria", "PROPN", "NNP", "pobj", 1, "Syria"),
    ("were", "VERB", "VBD", "auxpass", 4, "be"),
    ("severed", "VERB", "VBN", "ROOT", 4, "sever"),
    ("by", "ADP", "IN", "agent", 4, "by"),
    ("Britain", "PROPN", "NNP", "pobj", 5, "Britain"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("2012", "NUM", "CD", "pobj", 7, "2012"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Relations with Syria were severed in 2012.
SEVERED_BY_NOBODY = [
    ("Relations", "NOUN", "NNS", "nsubjpass", 4, "relation"),
    ("with", "ADP", "IN", "prep", 0, "with"),
    ("Syria", "PROPN", "NNP", "pobj", 1, "Syria"),
    ("were", "VERB", "VBD", "auxpass", 4, "be"),
    ("severed", "VERB", "VBN", "ROOT", 4, "sever"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("2012", "NUM", "CD", "pobj", 5, "2012"),
    (".", "PUNCT", ".", "punct", 4, "."),
]

# China put pressure on Japan to stop drilling near the islands.
PRESSURE_TO = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("put", "VERB", "VBD", "ROOT", 1, "put"),
    ("pressure", "NOUN", "NN", "dobj", 1, "pressure"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Japan", "PROPN", "NNP", "pobj", 3, "Japan"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("stop", "VERB", "VB", "advcl", 1, "stop"),
    ("drilling", "VERB", "VBG", "xcomp", 6, "drill"),
    ("near", "ADP", "IN", "prep", 7, "near"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("islands", "NOUN", "NNS", "pobj", 8, "island"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# American demand put pressure on Chinese prices.
PRESSURE_NO_ACT = [
    ("American", "ADJ", "JJ", "amod", 1, "american"),
    ("demand", "NOUN", "NN", "nsubj", 2, "demand"),
    ("put", "VERB", "VBD", "ROOT", 2, "put"),
    ("pressure", "NOUN", "NN", "dobj", 2, "pressure"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Chinese", "ADJ", "JJ", "amod", 6, "chinese"),
    ("prices", "NOUN", "NNS", "pobj", 4, "price"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The British envoy said he had raised concerns with Iranian officials.
RAISED_CONCERNS = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("British", "ADJ", "JJ", "amod", 2, "british"),
    ("envoy", "NOUN", "NN", "nsubj", 3, "envoy"),
    ("said", "VERB", "VBD", "ROOT", 3, "say"),
    ("he", "PRON", "PRP", "nsubj", 6, "he"),
    ("had", "VERB", "VBD", "aux", 6, "have"),
    ("raised", "VERB", "VBN", "ccomp", 3, "raise"),
    ("concerns", "NOUN", "NNS", "dobj", 6, "concern"),
    ("with", "ADP", "IN", "prep", 7, "with"),
    ("Iranian", "ADJ", "JJ", "amod", 10, "iranian"),
    ("officials", "NOUN", "NNS", "pobj", 8, "official"),
    (".", "PUNCT", ".", "punct", 3, "."),
]

# Putin attacked Biden on Tuesday.
ATTACKED_NO_GROUNDS = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("attacked", "VERB", "VBD", "ROOT", 1, "attack"),
    ("Biden", "PROPN", "NNP", "dobj", 1, "Biden"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 3, "Tuesday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Japan's decision to raise tariffs on Chinese steel angered Beijing.
RAISED_TARIFFS = [
    ("Japan", "PROPN", "NNP", "poss", 2, "Japan"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("decision", "NOUN", "NN", "ROOT", 2, "decision"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("raise", "VERB", "VB", "acl", 2, "raise"),
    ("tariffs", "NOUN", "NNS", "dobj", 4, "tariff"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Chinese", "ADJ", "JJ", "amod", 8, "chinese"),
    ("steel", "NOUN", "NN", "pobj", 6, "steel"),
    ("angered", "VERB", "VBN", "amod", 10, "anger"),
    ("Beijing", "PROPN", "NNP", "pobj", 6, "Beijing"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Japan raised tariffs on steel last year.
RAISED_TARIFFS_NO_PARTY = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("raised", "VERB", "VBD", "ROOT", 1, "raise"),
    ("tariffs", "NOUN", "NNS", "dobj", 1, "tariff"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("steel", "NOUN", "NN", "pobj", 3, "steel"),
    ("last", "ADJ", "JJ", "amod", 6, "last"),
    ("year", "NOUN", "NN", "npadvmod", 1, "year"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# The British minister repeated the threat of sanctions before leaving Beijing on Friday.
LEFT_HOST = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("British", "ADJ", "JJ", "amod", 2, "british"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("repeated", "VERB", "VBD", "ROOT", 3, "repeat"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("threat", "NOUN", "NN", "dobj", 3, "threat"),
    ("of", "ADP", "IN", "prep", 5, "of"),
    ("sanctions", "NOUN", "NNS", "pobj", 6, "sanction"),
    ("before", "ADP", "IN", "prep", 3, "before"),
    ("leaving", "VERB", "VBG", "pcomp", 8, "leave"),
    ("Beijing", "PROPN", "NNP", "dobj", 9, "Beijing"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 11, "Friday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The United States imposed tariffs on Japanese chips.
US_IMPOSED = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("imposed", "VERB", "VBD", "ROOT", 3, "impose"),
    ("tariffs", "NOUN", "NNS", "dobj", 3, "tariff"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Japanese", "ADJ", "JJ", "amod", 7, "japanese"),
    ("chips", "NOUN", "NNS", "pobj", 5, "chip"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Britain repeated the threat of sanctions.
THREAT_OF_SANCTIONS = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("repeated", "VERB", "VBD", "ROOT", 1, "repeat"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("threat", "NOUN", "NN", "dobj", 1, "threat"),
    ("of", "ADP", "IN", "prep", 3, "of"),
    ("sanctions", "NOUN", "NNS", "pobj", 4, "sanction"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# The aide's main task in Geneva was to brief Biden on President Putin's visit to China last week.
VISIT_LAST_WEEK = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("aide", "NOUN", "NN", "poss", 4, "aide"),
    ("'s", "PART", "POS", "case", 1, "'s"),
    ("main", "ADJ", "JJ", "amod", 4, "main"),
    ("task", "NOUN", "NN", "nsubj", 7, "task"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Geneva", "PROPN", "NNP", "pobj", 5, "Geneva"),
    ("was", "VERB", "VBD", "ROOT", 7, "be"),
    ("to", "PART", "TO", "aux", 9, "to"),
    ("brief", "VERB", "VB", "xcomp", 7, "brief"),
    ("Biden", "PROPN", "NNP", "dobj", 9, "Biden"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("President", "PROPN", "NNP", "compound", 13, "President"),
    ("Putin", "PROPN", "NNP", "poss", 15, "Putin"),
    ("'s", "PART", "POS", "case", 13, "'s"),
    ("visit", "NOUN", "NN", "pobj", 11, "visit"),
    ("to", "ADP", "IN", "prep", 15, "to"),
    ("China", "PROPN", "NNP", "pobj", 16, "China"),
    ("last", "ADJ", "JJ", "amod", 19, "last"),
    ("week", "NOUN", "NN", "npadvmod", 15, "week"),
    (".", "PUNCT", ".", "punct", 7, "."),
]


def _types(events, event_type):  # type: ignore[no-untyped-def]
    return {s for s in summary(events) if s[0] == event_type}


def test_refusal_noun_rejects_the_party_of_the_refused_act(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(REFUSAL), "REJECT") == {("REJECT", "IRN", "UNO")}


def test_refusal_noun_with_no_party_is_no_record(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(REFUSAL_NO_PARTY), "REJECT")


def test_possessed_threat_with_its_act_is_a_threat_to_the_acts_target(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(THREAT_TO_CUT), "THREATEN") == {("THREATEN", "RUS", "UKR")}


def test_threats_of_action_against_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(THREATS_OF_ACTION), "THREATEN") == {("THREATEN", "ISR", "IRN")}


def test_demand_for_a_party_to_act(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(DEMAND_FOR), "REQUEST") == {("REQUEST", "CHN", "JPN")}


def test_market_demand_for_goods_is_no_request(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(DEMAND_FOR_GOODS), "REQUEST")


def test_request_to_a_party_dated_by_its_possessor(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(REQUEST_TO), "REQUEST") == {("REQUEST", "IRQ", "IRN")}


def test_attacked_for_a_deed_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(ATTACKED_FOR), "ACCUSE") == {("ACCUSE", "RUS", "USA")}


def test_attack_grounds_parsed_deeper_still_count(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(ATTACKED_FOR_DEEP), "ACCUSE") == {("ACCUSE", "RUS", "USA")}


def test_lashed_out_at_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(LASHED_OUT), "ACCUSE") == {("ACCUSE", "RUS", "GBR")}


def test_military_attack_for_a_time_is_no_criticism(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(ATTACKED_POSITIONS), "ACCUSE")


def test_relations_severed_by_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(SEVERED_BY), "SANCTION") == {("SANCTION", "GBR", "SYR")}


def test_relations_severed_by_nobody_named_is_no_record(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(SEVERED_BY_NOBODY), "SANCTION")


def test_pressure_on_a_party_to_act_is_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(PRESSURE_TO), "REQUEST") == {("REQUEST", "CHN", "JPN")}


def test_pressure_with_no_act_demanded_is_no_request(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(PRESSURE_NO_ACT), "REQUEST")


def test_concerns_raised_with_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(RAISED_CONCERNS), "ACCUSE") == {("ACCUSE", "GBR", "IRN")}


def test_attack_with_no_grounds_told_is_no_criticism(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(ATTACKED_NO_GROUNDS), "ACCUSE")


def test_decision_to_raise_tariffs_on_a_partys_goods(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(RAISED_TARIFFS), "SANCTION") == {("SANCTION", "JPN", "CHN")}


def test_raised_tariffs_on_no_partys_goods_is_no_record(code) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code(RAISED_TARIFFS_NO_PARTY), "SANCTION")


def test_threat_made_before_leaving_the_host_is_made_to_the_host(code) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(LEFT_HOST), "THREATEN") == {("THREATEN", "GBR", "CHN")}


def test_threatened_sanctions_do_not_answer_anothers_sanctions(code_article) -> None:  # type: ignore[no-untyped-def]
    assert not _types(code_article([US_IMPOSED, THREAT_OF_SANCTIONS]), "THREATEN")


def test_visit_noun_with_its_own_past_date_is_done(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(VISIT_LAST_WEEK) if e.event_type in ("CONSULT", "AGREE")]
    assert {
        (e.event_type, e.actor.country, e.recipient.country if e.recipient else None, e.status) for e in events
    } == {("CONSULT", "RUS", "CHN", "occurred")}
