"""Tests for leads that open with a dateline (audit recall-r): "GENEVA, June 18 - The EC accused ..." was parsed
as one clause whose subject was the city (a third of the Reuters-21578 leads); the piece handed to the parser
now starts a sentence after the dateline's dash, and the rest stays one sentence. Sentences are the tests' own."""

from __future__ import annotations

import pytest
import spacy

from streams.detection.pipeline import dateline_end, tokens_of


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("OSLO , May 2 - Norway banned trade", 5),
        ("NEW YORK , Sept. 9 -- The bank said", 6),
        ("LONDON ( Reuters ) - Britain said", 5),
        ("The EU , May 2 - said", None),  # no place in capitals
        ("US , UK and France met", None),  # no date
        ("PARIS , May 2 -", None),  # nothing after it
    ],
)
def test_dateline_end(text: str, end: int | None) -> None:
    assert dateline_end(text.split()) == end


def test_the_piece_for_the_parser_starts_a_sentence_after_the_dateline() -> None:
    nlp = spacy.blank("en")
    text = "OSLO, May 2 - Norway and Sweden have banned trade with the regime."
    doc = nlp.make_doc(text)
    piece = tokens_of(doc[:], text)
    starts = [t.i for t in piece if t.is_sent_start]
    assert starts == [0, 5] and piece[5].text == "Norway"
    assert all(t.is_sent_start is False for t in piece[6:])


def test_a_piece_without_a_dateline_is_left_to_the_parser() -> None:
    nlp = spacy.blank("en")
    text = "Norway and Sweden have banned trade with the regime."
    piece = tokens_of(nlp.make_doc(text)[:], text)
    assert all(t.is_sent_start is None for t in piece[1:])


def test_the_body_after_a_dateline_names_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    from streams.detection import Detector
    from streams.records import Article

    text = "OTTAWA, May 4 - The European Community (EC) accused Canada of breaking its pledge on fish quotas."
    events = Detector(nlp)(Article(id="t", text=text, published="1987-05-04"))
    assert {(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events} == {
        ("ACCUSE", "EUR", "CAN")
    }
