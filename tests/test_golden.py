"""Golden tests: the seed article's required and forbidden events, and the pinned sink output.

Run `pytest --update-golden` after an intended change in detection to rewrite tests/golden/.
"""

from __future__ import annotations

from datetime import date

import orjson
import pytest

from streams.detection.text import normalise
from streams.kafka.producer import read_file
from streams.worker.clustering import Clusterer
from streams.worker.processing import RawMessage, finish, process_batch
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.model
GOLDEN = ROOT / "tests" / "golden" / "seeds" / f"{SEED.stem}.events.jsonl"


@pytest.fixture(scope="module")
def seed_lines(detector) -> list[bytes]:
    source = next(read_file(SEED))
    [outcome] = process_batch(detector, [RawMessage(source.payload)], 1_000_000)
    return [value for _, value in finish(Clusterer({}, 3), outcome.events)]


@pytest.fixture(scope="module")
def seed_events(seed_lines) -> list[dict]:
    return [orjson.loads(line)["data"] for line in seed_lines]


def find(events, event_type, actor=None, recipient=None, **fields):
    out = []
    for e in events:
        if e["event_type"] != event_type:
            continue
        if actor and e["actor"]["country"] != actor:
            continue
        if recipient and (e["recipient"] or {}).get("country") != recipient:
            continue
        if all(e.get(k) == v for k, v in fields.items()):
            out.append(e)
    return out


def dyad(events, event_type, a, b, **fields):
    return find(events, event_type, a, b, **fields) + find(events, event_type, b, a, **fields)


def near(day: str, expected: str) -> bool:
    return abs((date.fromisoformat(day) - date.fromisoformat(expected)).days) <= 1


def test_putin_xi_video_call(seed_events):
    calls = dyad(seed_events, "CONSULT", "RUS", "CHN", mode="phone")
    assert calls and all(c["cameo"]["code"] == "041" for c in calls)
    assert any(near(c["date"], "2021-12-15") for c in calls)


def test_putin_biden_video_call_eight_days_earlier(seed_events):
    calls = dyad(seed_events, "CONSULT", "RUS", "USA", mode="phone")
    assert any(near(c["date"], "2021-12-07") for c in calls)


@pytest.mark.parametrize("country", ["USA", "GBR", "AUS", "CAN"])
def test_diplomatic_boycott_of_the_beijing_olympics(seed_events, country):
    boycotts = find(seed_events, "SANCTION", country, "CHN", mode="boycott")
    assert boycotts and boycotts[0]["cameo"]["code"] == "163"


def test_treaty_extension(seed_events):
    treaty = dyad(seed_events, "SUPPORT", "RUS", "CHN") + dyad(seed_events, "AGREE", "RUS", "CHN")
    assert any(e["cameo"]["code"] == "057" and "extend" in e["evidence"]["trigger"] for e in treaty)


def test_china_threatens_retaliation_against_the_boycotters(seed_events):
    threats = find(seed_events, "THREATEN", "CHN")
    assert {(t["recipient"] or {}).get("country") for t in threats} >= {"USA", "GBR", "AUS", "CAN"}


def test_putin_intends_to_meet_xi(seed_events):
    assert find(
        seed_events,
        "AGREE",
        "RUS",
        "CHN",
        cameo={"code": "036", "root": "03", "name": "Express intent to meet or negotiate"},
    )


def test_xi_supports_putin(seed_events):
    assert find(seed_events, "SUPPORT", "CHN", "RUS")


def test_biden_warns_russia(seed_events):
    assert find(seed_events, "THREATEN", "USA", "RUS")


def test_the_warning_is_dated_by_the_call_it_was_made_in(seed_events):
    # "... his conversation with Biden in which the US president warned Russia": the call eight days before
    # the Wednesday video call, not the publication day
    [warning] = find(seed_events, "THREATEN", "USA", "RUS")
    assert warning["date"] == "2021-12-07"


def test_evidence_offsets_point_into_the_seed_text(seed_events):
    text = orjson.loads(next(read_file(SEED)).payload)["text"]
    for e in seed_events:
        ev = e["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["trigger"]
        # the sentence is the normalised text: typographic quotes plain, line breaks re-flowed
        assert normalise(text[ev["sentence_start"] : ev["sentence_end"]]).text.split() == ev["sentence"].split()


def test_the_two_leaders_criticise_the_new_alliances(seed_events):
    for leader in ("RUS", "CHN"):
        targets = {(e["recipient"] or {}).get("country") for e in find(seed_events, "ACCUSE", leader)}
        assert {"AUS", "GBR", "USA"} <= targets


def test_no_british_sports_boycott_no_french_or_eu_boycott_no_invasion(seed_events):
    boycotts = [e for e in seed_events if e["mode"] == "boycott" or "boycott" in e["evidence"]["trigger"].lower()]
    assert not [e for e in boycotts if "sports boycotts" in e["evidence"]["sentence"]]
    assert not [e for e in boycotts if e["actor"]["country"] in ("FRA", "EUR")]
    assert not [e for e in seed_events if e["event_type"] == "ASSAULT"]
    assert not find(seed_events, "MOBILIZE", "RUS", "UKR")


def test_pinned_output(seed_lines, request):
    text = b"".join(line + b"\n" for line in seed_lines)
    if request.config.getoption("--update-golden"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(text)
    assert GOLDEN.read_bytes() == text, "detection output changed; run pytest --update-golden if intended"
