"""Actor dictionaries and actor mentions: countries, organisations, office holders, sectors.

A Gazetteer loads countries.jsonl, organisations.jsonl, leaders.jsonl and sectors.jsonl, finds every
actor mention in a Doc with phrase matchers (no statistical model needed), and resolves titles to
the office holder on the article's date ("the Russian leader" in 2021 -> Vladimir Putin).

leaders.jsonl departs from spaCy's one-pattern-per-line format on purpose: a person has several
aliases and several dated terms, and one line per person keeps the terms in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from streams.detection.data_files import Entry, data_path, read_jsonl, require

ROLES = ("head_of_state", "head_of_government", "foreign_minister")
PLACE_LABELS = ("COUNTRY", "NORP", "CAPITAL")

# Title words a text puts next to a nationality ("the Russian leader", "US President"), and which
# terms they select. "leader" means whoever held the country's top executive office.
TITLES: dict[str, tuple[str, ...]] = {
    "leader": ("leader",), "leaders": ("leader",),
    "president": ("president",), "presidents": ("president",),
    "prime minister": ("prime minister", "premier"), "prime ministers": ("prime minister", "premier"),
    "premier": ("premier", "prime minister"), "premiers": ("premier", "prime minister"),
    "pm": ("prime minister",), "chancellor": ("chancellor",),
    "king": ("king",), "queen": ("queen",), "emperor": ("emperor",),
    "foreign minister": ("foreign_minister",), "foreign ministers": ("foreign_minister",),
    "secretary of state": ("foreign_minister",), "foreign secretary": ("foreign_minister",),
    "top diplomat": ("foreign_minister",),
}  # fmt: skip
# Phrases that contain a nationality word but name no state ("Latin American leaders" are not American).
NOT_ACTORS = ("latin american", "latin americans", "south american", "central american", "african american",
              "african americans", "asian american", "native american", "native americans", "anglo american",
              "north american", "pan american", "new guinean", "new mexico", "new jersey", "new york",
              "uruguay round", "doha round", "tokyo round", "kennedy round")  # fmt: skip
# A surname after one of these is the office holder it names ("President Reagan"), in office or not.
TITLE_WORDS = {"president", "premier", "chancellor", "minister", "king", "queen", "secretary", "leader", "emperor",
               "prince", "sheikh", "emir", "ayatollah", "pm"}  # fmt: skip
PLURAL_TITLES = {t for t in TITLES if t.endswith("s") and t not in ("premiers",)} | {"premiers"}


@dataclass(frozen=True)
class Term:
    title: str
    role: str
    start: date
    end: date | None
    leader: bool
    country: str | None = None  # an office abroad: Tusk presided the European Council for EUR

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    country: str
    terms: tuple[Term, ...]

    def in_office(self, day: date) -> bool:
        return any(t.covers(day) for t in self.terms)

    def country_on(self, day: date) -> str:
        """The country (or organisation) the person acted for on `day`: Stoltenberg in 2020 is NATO."""
        for term in self.terms:
            if term.country and term.covers(day):
                return term.country
        return self.country


@dataclass(frozen=True)
class Mention:
    """An actor named in the text: a place (country, nationality, capital), an organisation or a person."""

    start: int  # token indices in the Doc
    end: int
    label: str  # COUNTRY, NORP, CAPITAL, ORG, PERSON
    code: str  # ISO3 or organisation code
    name: str
    sector: str | None = None
    person: Person | None = None


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _check_place(entry: Entry) -> list[str]:
    problems = require(entry, label=str, pattern=str, id=str)
    if not problems and entry["label"] not in (*PLACE_LABELS, "ORG"):
        problems.append(f"{entry['pattern']!r}: label must be one of {(*PLACE_LABELS, 'ORG')}")
    country = entry.get("country")
    if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isupper()):
        problems.append(f"{entry.get('pattern')!r}: country must be an upper-case 3-letter code")
    return problems


def _check_sector(entry: Entry) -> list[str]:
    return require(entry, label=str, pattern=str, id=str)


def _check_person(entry: Entry) -> list[str]:
    problems = require(entry, id=str, name=str, country=str, aliases=list, terms=list)
    for term in entry.get("terms", []) if not problems else []:
        if term.get("role") not in ROLES:
            problems.append(f"{entry['id']}: term role {term.get('role')!r} is not one of {ROLES}")
        try:
            start, end = _date(term.get("start")), _date(term.get("end"))
        except (TypeError, ValueError):
            problems.append(f"{entry['id']}: term dates must be ISO dates")
            continue
        if start is None or (end is not None and end < start):
            problems.append(f"{entry['id']}: term needs a start no later than its end")
    return problems


class Gazetteer:
    """Who can act in an event, and where they are mentioned in a Doc."""

    def __init__(self, tokenizer: Callable[[str], Doc], data_dir: Path | None = None) -> None:
        def path(name: str) -> Path:
            return (data_dir / name) if data_dir else data_path(name)

        _, places = read_jsonl(path("countries.jsonl"), _check_place)
        _, orgs = read_jsonl(path("organisations.jsonl"), _check_place)
        _, people = read_jsonl(path("leaders.jsonl"), _check_person)
        _, sectors = read_jsonl(path("sectors.jsonl"), _check_sector)
        vocab: Vocab = tokenizer("").vocab
        self.names: dict[str, str] = {}
        # match key -> (label, code, sector, name id); a national organisation (Hamas, the Taliban) carries
        # its home country as code, so that its events land on that country's dyads
        self.entries: dict[str, tuple[str, str, str | None, str]] = {}
        self.surface = PhraseMatcher(vocab, attr="ORTH")
        for e in [*places, *orgs]:
            if e["label"] in ("COUNTRY", "ORG"):
                self.names.setdefault(e["id"], e.get("name") or e["pattern"])
            key = f"{e['label']}|{e['id']}|{e.get('sector') or ''}"
            self.entries[key] = (e["label"], e.get("country") or e["id"], e.get("sector"), e["id"])
            self.surface.add(key, [tokenizer(e["pattern"])])
        self.people: dict[str, Person] = {}
        for e in people:
            terms = tuple(
                Term(
                    t.get("title", ""),
                    t["role"],
                    date.fromisoformat(t["start"]),
                    _date(t.get("end")),
                    bool(t.get("leader", False)),
                    t.get("country"),
                )  # fmt: skip
                for t in e["terms"]
            )
            self.people[e["id"]] = Person(e["id"], e["name"], e["country"], terms)
            self.surface.add(f"PERSON|{e['id']}", [tokenizer(a) for a in e["aliases"]])
        self.sector_words = PhraseMatcher(vocab, attr="LOWER")
        for e in sectors:
            self.sector_words.add(e["id"], [tokenizer(e["pattern"].lower())])
        self.not_actors = PhraseMatcher(vocab, attr="LOWER")
        self.not_actors.add("NOT_ACTOR", [tokenizer(p) for p in NOT_ACTORS])
        self.title_words = PhraseMatcher(vocab, attr="LOWER")
        for title in TITLES:
            self.title_words.add(title, [tokenizer(title)])
        self._holders = self._index_holders()

    def _index_holders(self) -> dict[str, list[tuple[Person, Term]]]:
        holders: dict[str, list[tuple[Person, Term]]] = {}
        for person in self.people.values():
            for term in person.terms:
                holders.setdefault(term.country or person.country, []).append((person, term))
        return holders

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def holder(self, country: str, title: str, day: date) -> Person | None:
        """Who held `title` ("president", "leader", "foreign minister", ...) in `country` on `day`."""
        wanted = TITLES.get(title, ())
        for person, term in self._holders.get(country, []):
            if not term.covers(day):
                continue
            if ("leader" in wanted and term.leader) or term.title in wanted or term.role in wanted:
                return person
        return None

    def mentions(self, doc: Doc, day: date) -> list[Mention]:
        """Every actor mention in `doc`, longest first where they overlap, titles resolved on `day`.

        A surname alone names a person only while in office: in 1987 "Shipley" is a USAir spokesman, not
        New Zealand's later prime minister. Phrases such as "Latin American" name no state.
        """
        found: list[Mention] = []
        blocked = {i for _, start, end in self.not_actors(doc) for i in range(start, end)}
        for match_id, start, end in self.surface(doc):
            if start in blocked:
                continue
            key = doc.vocab.strings[match_id]
            if key.startswith("PERSON|"):
                person = self.people[key.split("|", 1)[1]]
                titled = start > 0 and doc[start - 1].lower_ in TITLE_WORDS
                if end - start == 1 and not person.in_office(day) and not titled:
                    continue
                sector = "GOV" if person.in_office(day) else None
                found.append(Mention(start, end, "PERSON", person.country_on(day), person.name, sector, person))
            else:
                label, code, sector, name_id = self.entries[key]
                found.append(Mention(start, end, label, code, self.name(name_id), sector))
        mentions = _longest(found)
        return self._with_titles(doc, mentions, day)

    def _with_titles(self, doc: Doc, mentions: list[Mention], day: date) -> list[Mention]:
        """Turn "Russian leader" / "Russian and Chinese presidents" into the persons holding the office."""
        titles = {start: (end, doc.vocab.strings[mid]) for mid, start, end in self.title_words(doc)}
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.label not in PLACE_LABELS:
                continue
            group = _coordinated_places(doc, mentions, i)
            after = group[-1].end
            if after < len(doc) and doc[after].lower_ in ("'s", "’s"):
                after += 1
            if after not in titles:
                continue
            end, title = titles[after]
            if len(group) > 1 and title not in PLURAL_TITLES:
                group = group[-1:]  # "the UK and the US president": the title applies to the last one
            if m not in group:
                continue
            person = self.holder(m.code, title, day)
            if person is not None:
                out[out.index(m)] = Mention(m.start, end, "PERSON", person.country, person.name, "GOV", person)
        return out

    def sector_of(self, doc: Doc, start: int, end: int) -> str | None:
        """The sector named by role words in doc[start:end] ("officials" GOV, "military" MIL)."""
        for match_id, _, _ in sorted(self.sector_words(doc[start:end]), key=lambda m: m[1] - m[2]):
            return str(doc.vocab.strings[match_id])
        return None


def _longest(found: Iterable[Mention]) -> list[Mention]:
    taken: set[int] = set()
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            kept.append(m)
            taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _coordinated_places(doc: Doc, mentions: list[Mention], i: int) -> list[Mention]:
    """The run of place mentions joined by commas/"and" that ends with or contains mentions[i]."""
    group = [mentions[i]]
    j = i
    while j + 1 < len(mentions) and mentions[j + 1].label in PLACE_LABELS:
        between = [t.lower_ for t in doc[mentions[j].end : mentions[j + 1].start]]
        if not between or not set(between) <= {",", "and", "the"}:
            break
        group.append(mentions[j + 1])
        j += 1
    k = i
    while k > 0 and mentions[k - 1].label in PLACE_LABELS:
        between = [t.lower_ for t in doc[mentions[k - 1].end : mentions[k].start]]
        if not between or not set(between) <= {",", "and", "the"}:
            break
        group.insert(0, mentions[k - 1])
        k -= 1
    return group
