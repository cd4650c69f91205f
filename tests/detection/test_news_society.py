"""Tests for classes found outside the dev set: a person named in an article without a date of its own, who held
a post of state at some time, acts as an official (travel is a visit); what a state says to or of its own society
(business, press, unions, citizens) is no political event, and no record without a recipient either, while its
opposition stays a party; an official's stay abroad ("spent two days in X") is a visit; a veto announced or
readied ("will veto", "is prepared to veto") is a threat, not a refusal made nor an intent to cooperate; talks
offered or proposed are not held. Own sentences, real pipeline."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.records import Article
from tests.detection.conftest import summary

pytestmark = pytest.mark.model

TRAVEL = "Gordon Brown spoke about debt relief. Mr Brown flew on Friday to Mozambique for a two-day stay."


def test_a_past_office_holder_in_an_undated_article_travels_as_an_official(nlp):
    detector = Detector(nlp)
    assert ("CONSULT", "GBR", "MOZ") in summary(detector(Article("u", TRAVEL)))
    # dated, and out of office on that day: a private journey
    assert ("CONSULT", "GBR", "MOZ") not in summary(detector(Article("d", TRAVEL, published="2020-01-10")))


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Donald Trump criticised the American media on Monday.",
        "U.S. President Donald Trump on Monday called on American banks to lend more to farmers.",
        "U.S. President Donald Trump met American business executives on Monday.",
    ],
)
def test_what_a_state_says_to_its_own_society_is_no_event(nlp, text):
    assert summary(Detector(nlp)(Article("s", text, published="2018-03-05"))) == set()


def test_the_opposition_stays_a_party(nlp):
    text = "Zimbabwe's opposition accused President Robert Mugabe of rigging the vote."
    assert ("ACCUSE", "ZWE", "ZWE") in summary(Detector(nlp)(Article("o", text, published="2008-03-05")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. President Donald Trump spent two days in Vietnam before flying to Manila.", ("CONSULT", "USA", "VNM")),
        ("U.S. President Donald Trump stayed three nights in Tokyo.", ("CONSULT", "USA", "JPN")),
        ("American tourists spent two days in Vietnam.", None),  # no official: a holiday
        ("U.S. President Donald Trump spent two days in Florida.", None),  # at home
    ],
)
def test_a_stay_abroad_is_a_visit(nlp, text, expected):
    found = {s for s in summary(Detector(nlp)(Article("v", text, published="2017-11-10"))) if s[0] == "CONSULT"}
    assert expected in found if expected else found == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain will veto any attempt by the European Union to cut its rebate.", ("THREATEN", "GBR", "EUR")),
        ("British Prime Minister Tony Blair is prepared to veto any European Union bid to cut the rebate.",
         ("THREATEN", "GBR", "EUR")),
        ("Britain vetoed the European Union's bid to cut its rebate.", ("REJECT", "GBR", "EUR")),
    ],
)  # fmt: skip
def test_a_veto_announced_or_readied_is_a_threat(nlp, text, expected):
    found = summary(Detector(nlp)(Article("t", text, published="2005-06-10")))
    assert expected in found
    assert ("AGREE", "GBR", "EUR") not in found  # readiness to block is no intent to cooperate


@pytest.mark.parametrize(
    "text",
    [
        "Germany welcomed Russia's offer of talks with Ukraine.",
        "South Korea proposed talks with North Korea on Tuesday.",
    ],
)
def test_talks_offered_are_not_held(nlp, text):
    found = summary(Detector(nlp)(Article("p", text, published="2017-11-10")))
    assert not {s for s in found if s[0] == "CONSULT"}
    if text.startswith("South Korea"):
        assert ("AGREE", "KOR", "PRK") in found  # the offer itself: an intent to meet
