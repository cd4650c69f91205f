"""Tests for actors.py: the Gazetteer's mentions, title resolution by date, organisations' home states, and
validation of the dictionaries (small test dictionaries, no model)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from streams.detection.actors import Gazetteer
from streams.errors import LexiconError
from tests.detection.conftest import ACTOR_FILES, TEST_DATA


@pytest.fixture(scope="module")
def gazetteer(blank_vocab_nlp) -> Gazetteer:
    return Gazetteer(blank_vocab_nlp.tokenizer, TEST_DATA)


def mentions(gazetteer, nlp, text, day=date(2021, 12, 16)):
    return [(m.label, m.code, m.name) for m in gazetteer.mentions(nlp(text), day)]


def test_places_people_and_the_longest_match(gazetteer, blank_vocab_nlp):
    found = mentions(gazetteer, blank_vocab_nlp, "Putin met officials of the United States in Beijing.")
    assert found == [
        ("PERSON", "RUS", "Vladimir Putin"),
        ("COUNTRY", "USA", "United States"),
        ("CAPITAL", "CHN", "China"),  # a capital stands for its state
    ]


def test_a_title_after_a_nationality_is_the_office_holder_on_the_day(gazetteer, blank_vocab_nlp):
    assert mentions(gazetteer, blank_vocab_nlp, "the US president spoke")[0] == ("PERSON", "USA", "Joe Biden")
    # before Biden's term the dictionary knows no US president: the mention stays a place
    assert mentions(gazetteer, blank_vocab_nlp, "the US president spoke", date(2019, 1, 1))[0][0] == "COUNTRY"


def test_a_national_organisation_codes_as_its_home_state(gazetteer, blank_vocab_nlp):
    assert mentions(gazetteer, blank_vocab_nlp, "Hamas said") == [("ORG", "PSE", "Hamas")]
    assert mentions(gazetteer, blank_vocab_nlp, "the UN said") == [("ORG", "UNO", "United Nations")]


def test_sector_words(gazetteer, blank_vocab_nlp):
    doc = blank_vocab_nlp("opposition groups")
    assert gazetteer.sector_of(doc, 0, 2) == "OPP"


def test_extremists_are_militants_in_the_packaged_sectors(blank_vocab_nlp):
    packaged = Gazetteer(blank_vocab_nlp.tokenizer)
    doc = blank_vocab_nlp("Croatian extremists")
    assert packaged.sector_of(doc, 1, 2) == "REB"


def test_bad_dictionary_entries_are_all_listed(tmp_path: Path, blank_vocab_nlp):
    for name in ACTOR_FILES:
        shutil.copy(TEST_DATA / name, tmp_path / name)
    with (tmp_path / "organisations.jsonl").open("a") as f:
        f.write('{"label": "ORG", "pattern": "Nowhere Front", "id": "NWF", "country": "pse"}\n')
        f.write('{"label": "TEAM", "pattern": "Some Team", "id": "TEM"}\n')
    with pytest.raises(LexiconError) as err:
        Gazetteer(blank_vocab_nlp.tokenizer, tmp_path)
    assert len(err.value.problems) == 2
    assert "country must be" in err.value.problems[0] and "label must be" in err.value.problems[1]


def test_a_bare_surname_names_a_person_only_in_office_or_after_a_title(gazetteer, blank_vocab_nlp):
    before_term = date(2019, 6, 1)
    assert mentions(gazetteer, blank_vocab_nlp, "Biden said", before_term) == []
    assert mentions(gazetteer, blank_vocab_nlp, "Joe Biden said", before_term)[0][2] == "Joe Biden"
    assert mentions(gazetteer, blank_vocab_nlp, "President Biden said", before_term)[0][2] == "Joe Biden"


def test_latin_american_is_not_american(gazetteer, blank_vocab_nlp):
    assert mentions(gazetteer, blank_vocab_nlp, "Latin American leaders met American officials") == [
        ("NORP", "USA", "United States")
    ]
