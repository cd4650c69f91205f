"""Tests for actors.py: the Gazetteer's mentions, title resolution by date, organisations' home states, and
validation of the dictionaries (small test dictionaries, no model)."""

from __future__ import annotations

import json
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


PEOPLE_META = '{"_meta": {"file": "people.jsonl", "sources": ["hand-written test fixture"]}}\n'


def test_people_of_the_converted_dictionary_by_dated_role(tmp_path: Path, blank_vocab_nlp):
    for name in ACTOR_FILES:
        shutil.copy(TEST_DATA / name, tmp_path / name)
    person = {"name": "Ivan Al-Petrov", "country": "RUS", "aliases": ["ivan al - petrov", "i. petrov"],
              "roles": [["GOV", "2010-01-01", "2015-12-31"], ["ELI", "2016-01-01", None]]}  # fmt: skip
    (tmp_path / "people.jsonl").write_text(PEOPLE_META + json.dumps(person) + "\n")
    gazetteer = Gazetteer(blank_vocab_nlp.tokenizer, tmp_path)
    doc = blank_vocab_nlp("Ivan al-Petrov said")
    [found] = gazetteer.mentions(doc, date(2012, 1, 1))
    assert (found.code, found.name, found.sector, found.end) == ("RUS", "Ivan Al-Petrov", "GOV", 4)
    assert gazetteer.mentions(doc, date(2020, 1, 1))[0].sector == "ELI"
    # matched whatever the case, but only where the name starts with a capital
    assert gazetteer.mentions(blank_vocab_nlp("ivan al-petrov said"), date(2012, 1, 1)) == []


def test_bad_people_entries_are_all_listed(tmp_path: Path, blank_vocab_nlp):
    for name in ACTOR_FILES:
        shutil.copy(TEST_DATA / name, tmp_path / name)
    bad = [{"name": "A B", "country": "RUS", "aliases": ["A B"], "roles": []},
           {"name": "C D", "country": "RUS", "aliases": ["c d"], "roles": [["GOV", "2015-01-01", "2010-01-01"]]},
           {"name": "E F", "aliases": ["e f"], "roles": []}]  # fmt: skip
    (tmp_path / "people.jsonl").write_text(PEOPLE_META + "".join(json.dumps(b) + "\n" for b in bad))
    with pytest.raises(LexiconError) as err:
        Gazetteer(blank_vocab_nlp.tokenizer, tmp_path)
    assert [p.split(": ", 1)[0] for p in err.value.problems] == ["line 2", "line 3", "line 4"]


def test_a_person_introduced_by_a_place_and_a_post(gazetteer, blank_vocab_nlp):
    doc = blank_vocab_nlp("Russian deputy foreign minister Ivan Petrov met U.S. President Joe Biden")
    day = date(2021, 12, 16)
    [petrov] = gazetteer.introductions(doc, gazetteer.mentions(doc, day), day)
    assert (petrov.code, petrov.name, petrov.sector) == ("RUS", "Ivan Petrov", "GOV")
    # the post's domain between post and name: "UN envoy for Syria X" acts for the UN, not Syria
    envoy = blank_vocab_nlp("UN special envoy for Syria Ivan Petrov said")
    [petrov] = gazetteer.introductions(envoy, gazetteer.mentions(envoy, day), day)
    assert (petrov.code, petrov.name) == ("UNO", "Ivan Petrov")
    # a name the dictionaries know (Joe Biden) is no introduction; nor is a place followed by a name without a post
    plain = blank_vocab_nlp("in Russia Ivan Petrov said")
    assert gazetteer.introductions(plain, gazetteer.mentions(plain, day), day) == []


def test_a_surname_after_another_given_name_is_someone_else(gazetteer, blank_vocab_nlp):
    # "Jill Biden" is not the president; "President Biden" and a sentence-initial "Biden" are
    assert mentions(gazetteer, blank_vocab_nlp, "Earlier Jill Biden said") == []
    assert mentions(gazetteer, blank_vocab_nlp, "Earlier President Biden said")[0][2] == "Joe Biden"
    assert mentions(gazetteer, blank_vocab_nlp, "Biden said")[0][2] == "Joe Biden"


def test_a_person_introduced_by_an_apposition_or_by_of_a_place(gazetteer, blank_vocab_nlp):
    day = date(2021, 12, 16)

    def introduced(text):
        doc = blank_vocab_nlp(text)
        return [(m.code, m.name, m.sector) for m in gazetteer.introductions(doc, gazetteer.mentions(doc, day), day)]

    assert introduced("Ivan Petrov, the Russian envoy, said") == [("RUS", "Ivan Petrov", "DIP")]
    assert introduced("Envoy Ivan Petrov of Russia said") == [("RUS", "Ivan Petrov", "DIP")]
    # days and months are no names; a name of Russia without a post is no introduction
    assert introduced("On Monday, the Russian envoy said") == []
    assert introduced("Ivan Petrov of Russia said") == []
