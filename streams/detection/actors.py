"""Actor dictionaries and actor mentions: countries, organisations, office holders, sectors.

A Gazetteer loads countries.jsonl, organisations.jsonl, leaders.jsonl and sectors.jsonl, finds every
actor mention in a Doc with phrase matchers (no statistical model needed), and resolves titles to
the office holder on the article's date ("the Russian leader" in 2021 -> Vladimir Putin).

leaders.jsonl departs from spaCy's one-pattern-per-line format on purpose: a person has several
aliases and several dated terms, and one line per person keeps the terms in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from streams.detection.data_files import Entry, data_path, each_jsonl, read_jsonl, require

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
              "uruguay round", "doha round", "tokyo round", "kennedy round",
              # seas and a newspaper named after a state are no party ("peace in the South China Sea")
              "south china sea", "east china sea", "sea of japan", "gulf of mexico",
              "south china morning post")  # fmt: skip
# A surname after one of these is the office holder it names ("President Reagan"), in office or not.
TITLE_WORDS = {"president", "premier", "chancellor", "minister", "king", "queen", "secretary", "leader", "emperor",
               "prince", "sheikh", "emir", "ayatollah", "pm"}  # fmt: skip
PLURAL_TITLES = {t for t in TITLES if t.endswith("s") and t not in ("premiers",)} | {"premiers"}
# Words of a title between a nationality and a name: "U.S. Vice President Mike Pence", "Japan's top trade envoy".
# One of them must name a post (POSTS or a sector's role noun); the others only qualify it.
TITLE_QUALIFIERS = {"vice", "deputy", "foreign", "prime", "special", "chief", "top", "senior", "state", "of", "defense",
                    "defence", "trade", "finance", "economy", "economic", "interior", "home", "first", "acting",
                    "general", "assistant", "under", "national", "security", "department", "house", "high",
                    "executive", "affairs", "external", "permanent", "lady", "crown", "supreme", "army",
                    "agriculture", "justice", "energy", "commerce", "industry", "and", "the", "u.n.", "un",
                    "ministry", "office", "opposition", "former", "party", "rebel", "military", "navy", "air",
                    "force", "parliamentary", "central", "bank", "intelligence", "police", "union"}  # fmt: skip
POSTS = TITLE_WORDS | {"ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "senator", "representative",
                       "governor", "mayor", "adviser", "advisor", "official", "negotiator", "commissioner", "general",
                       "admiral", "commander", "delegate", "counterpart", "diplomat", "lawmaker", "judge", "prosecutor",
                       "chairman", "chairwoman", "chair", "head", "director", "secretary-general", "aide",
                       "congressman", "congresswoman", "legislator", "mp", "monarch", "sultan", "ruler",
                       "dictator", "strongman"}  # fmt: skip
# Any word of a post's title ("Vice President", "Senate Finance Committee chairman"), built once
TITLE_OR_POST = TITLE_QUALIFIERS | POSTS
# Posts that, with no state named, are American in English-language news ("senator John McCain")
US_POSTS = {"senator", "congressman", "congresswoman"}
# Posts only a state has; any other post ("chairman", "director", "spokesman") needs a state body named with it
# ("Beghin-Say president Jean Roe" is a firm's)
STATE_POSTS = US_POSTS | {"minister", "secretary", "premier", "chancellor", "ambassador", "envoy", "commissioner",
                          "negotiator", "diplomat", "lawmaker", "legislator", "mp", "governor", "mayor", "king",
                          "queen", "prince", "emir", "sheikh", "sultan", "emperor", "monarch", "pm"}  # fmt: skip
# Capitalised words before a post that are no owner's name ("But President X", "The Vice President")
OPENERS = {"the", "a", "an", "and", "but", "as", "when", "while", "after", "before", "then", "new", "former", "its"}
STATE_BODIES = {"GOV", "LEG", "MIL", "DIP", "JUD", "SPY", "COP"}
HYPHENATED = re.compile(r"\s*[-‐]\s*")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}
# Lower-case particles inside names: "Abdel Fattah al-Sisi", "Ursula von der Leyen"
NAME_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "de", "da", "di", "le", "la", "du", "dos", "del"}
# Where a person's family name comes first: "Moon Jae-in" is "Moon", "Xi Jinping" is "Xi"
FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM"}


@dataclass(frozen=True, slots=True)
class Term:
    title: str
    role: str
    start: date
    end: date | None
    leader: bool
    country: str | None = None  # an office abroad: Tusk presided the European Council for EUR

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def _check_other(entry: Entry) -> list[str]:
    problems = require(entry, name=str, country=str, aliases=list, roles=list)
    name = entry.get("name")
    for alias in entry.get("aliases", []) if not problems else []:
        if not isinstance(alias, str) or alias != alias.lower() or " " not in alias:
            problems.append(f"{name}: aliases are lower-case names of two words or more, tokens apart")
    for role in entry.get("roles", []) if not problems else []:
        try:
            sector, start, end = role
            first, last = _date(start), _date(end)
        except (TypeError, ValueError):
            problems.append(f"{name}: a role is [sector, start, end] with ISO dates or null")
            continue
        if sector is not None and not isinstance(sector, str):
            problems.append(f"{name}: a role's sector is a code or null")
        if first and last and last < first:
            problems.append(f"{name}: a role ends before it starts")
    return problems


@dataclass(frozen=True, slots=True)
class Role:
    """A dated sector of a person of people.jsonl (PETRARCH2's actor roles)."""

    sector: str | None
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


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
        # people.jsonl (optional; converted from PETRARCH2): 17k names, looked up by their lower-case words in a dict
        # (a PhraseMatcher of them cost a second and 80 MB at every start); leaders.jsonl wins where both match
        self.others: dict[tuple[str, ...], tuple[Person, tuple[Role, ...]]] = {}
        self.longest_other = 0
        other_path = path("people.jsonl")
        if other_path.exists():
            each_jsonl(other_path, _check_other, self._add_other)
        self.first_words = numpy.array(sorted({vocab.strings.add(k[0]) for k in self.others}), dtype="uint64")
        self.post_words = numpy.array(sorted({vocab.strings.add(w) for w in POSTS}), dtype="uint64")
        self.sector_words = PhraseMatcher(vocab, attr="LOWER")
        for e in sectors:
            self.sector_words.add(e["id"], [tokenizer(e["pattern"].lower())])
        self.not_actors = PhraseMatcher(vocab, attr="LOWER")
        self.not_actors.add("NOT_ACTOR", [tokenizer(p) for p in NOT_ACTORS])
        self.title_words = PhraseMatcher(vocab, attr="LOWER")
        for title in TITLES:
            self.title_words.add(title, [tokenizer(title)])
        self._holders = self._index_holders()

    def _add_other(self, e: Entry) -> None:
        roles = tuple(Role(sector, _date(start), _date(end)) for sector, start, end in e["roles"])
        person = (Person(e["aliases"][0], e["name"], e["country"], ()), roles)
        for alias in e["aliases"]:
            key = tuple(alias.split())
            self.others.setdefault(key, person)
            self.longest_other = max(self.longest_other, len(key))

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
                if end - start == 1 and _given_name_before(doc, start):
                    continue  # "Ivanka Trump", "Melania Trump": someone else of that family name
                # "Foreign Secretary Jack Straw" in a text dated after his term: the post the text gives is current
                sector = "GOV" if person.in_office(day) or (start and doc[start - 1].lower_ in POSTS) else None
                found.append(Mention(start, end, "PERSON", person.country_on(day), person.name, sector, person))
            else:
                label, code, sector, name_id = self.entries[key]
                found.append(Mention(start, end, label, code, self.name(name_id), sector))
        found.extend(self._others(doc, blocked, day))
        mentions = _residents(doc, _longest(found))
        return self._with_titles(doc, mentions, day)

    def _others(self, doc: Doc, blocked: set[int], day: date) -> list[Mention]:
        """Mentions of people.jsonl's people: a capitalised word starting a known name of two words or more."""
        if not self.others or not len(doc):
            return []
        # only capitalised words that start some name are looked at (one array pass, not a loop over every token)
        lower, title = doc.to_array(["LOWER", "IS_TITLE"]).T
        starts = numpy.flatnonzero(among(lower, self.first_words) & (title == 1)).tolist()
        strings = doc.vocab.strings
        found = []
        for start in starts:
            if start in blocked:
                continue
            stop = min(start + self.longest_other, len(doc))
            lowers = [strings[int(x)] for x in lower[start:stop]]
            for n in range(stop - start, 1, -1):
                hit = self.others.get(tuple(lowers[:n]))
                if hit is not None:
                    person, roles = hit
                    sector = next((r.sector for r in roles if r.covers(day)), None)
                    if sector is None and start and doc[start - 1].lower_ in POSTS:
                        # "Foreign Secretary Jack Straw" in an undated text: the post the text gives is current
                        sector = self.sector_of(doc, _title_start(doc, start), start) or "GOV"
                    found.append(Mention(start, start + n, "PERSON", person.country, person.name, sector, person))
                    break
        return found

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

    def introductions(self, doc: Doc, mentions: list[Mention], day: date, home: str | None = None) -> list[Mention]:
        """People the dictionaries do not know, introduced by a place and a post: "U.S. Vice President Mike
        Pence", "Japan's chief negotiator Taro Yamada", "Jane Roe, a State Department spokeswoman", "Ambassador
        Stefan Jones of Iceland". Each becomes a person of that place for the rest of the article (a surname alone
        then names them)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        ends = {n.start: n.end for n in mentions}
        found: list[Mention] = []
        for m in mentions:
            if m.label not in (*PLACE_LABELS, "ORG"):
                continue
            title_start = m.end + (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))
            title_end = _title_end(doc, title_start, taken, ends)
            titled = any(t.lower_ in POSTS for t in doc[title_start:title_end])
            start = end = title_end
            if titled:  # "U.S. Vice President Mike Pence"
                end = name_end(doc, start, taken)
            before = m.start - 1 - (m.start > 1 and doc[m.start - 1].lower_ in ("the", "a", "an"))
            if end - start < 2 and titled and before > 0 and doc[before].text == ",":  # "Mike Pence, the U.S. ..."
                start, end = _name_before(doc, before, taken), before
                title_start = m.end
            if end - start < 2 and m.start > 1 and doc[m.start - 1].lower_ == "of":  # "Ambassador X of Iceland"
                end = m.start - 1
                start = _name_before(doc, end, taken)
                title_start = title_end = start
                while title_start > 0 and doc[title_start - 1].lower_ in TITLE_OR_POST:
                    title_start -= 1
                if not any(t.lower_ in POSTS for t in doc[title_start:title_end]):
                    continue
            if end - start < 2 or not taken.isdisjoint(range(start, end)):
                continue
            sector = self.sector_of(doc, title_start, title_end) or "GOV"
            name = HYPHENATED.sub("-", doc[start:end].text)
            person = Person(f"article:{name}", name, m.code, ())
            found.append(Mention(start, end, "PERSON", m.code, name, sector, person))
            taken.update(range(start, end))
        people = {m.end: m.code for m in [*mentions, *found] if m.person is not None}
        return found + self._posted(doc, taken, ends, home, people)

    def _posted(
        self, doc: Doc, taken: set[int], ends: dict[int, int], home: str | None, people: dict[int, str]
    ) -> list[Mention]:
        """People introduced by a post alone ("Corporate Affairs Minister Michael Howard", "senator John McCain"):
        of the state of the person they are listed with ("Brazil's Finance Minister X and central bank president
        Y"), else of the article's home state (its dateline: "LONDON, April 11 -"), else, for posts only the US has
        in English news, of the US. A name followed by "of" and a place of its own ("Senator X of Iowa") is left."""
        found: list[Mention] = []
        i = 0
        # only the post words are looked at (one array pass, not a Token per token of every Doc)
        for post in numpy.flatnonzero(among(doc.to_array("LOWER"), self.post_words)).tolist():
            if post < i or post in taken:
                continue
            title_start, title_end = _title_start(doc, post), _title_end(doc, post, taken, ends)
            start, end = title_end, name_end(doc, title_end, taken)
            i = max(end, post + 1)
            words = {t.lower_ for t in doc[title_start:title_end]}
            listed = people.get(title_start - 1) if title_start > 1 and doc[title_start - 1].lower_ == "and" else None
            placed = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()
            country = listed or (None if placed else home) or ("USA" if words & US_POSTS else None)
            if end - start < 2 or country is None or not taken.isdisjoint(range(start, end)):
                continue
            # a post any firm has ("chairman Jean Roe") must name a state body ("Senate Finance Committee chairman")
            body = self.sector_of(doc, max(0, title_start - 3), post)  # "Senate Finance Committee chairman"
            # "Vice President George Roe" is the state's; "Beghin-Say president", "company president" a firm's
            before = doc[title_start - 1] if title_start else None
            owned = before is not None and before.text[:1].isupper() and before.lower_ not in OPENERS
            titled = bool(words & TITLE_WORDS) and body is None and not owned
            if not (words & STATE_POSTS or body in STATE_BODIES or titled):
                continue
            sector = body or self.sector_of(doc, title_start, title_end) or "GOV"
            name = HYPHENATED.sub("-", doc[start:end].text)
            found.append(
                Mention(start, end, "PERSON", country, name, sector, Person(f"article:{name}", name, country, ()))
            )
            taken.update(range(start, end))
        return found

    def sector_of(self, doc: Doc, start: int, end: int, names: frozenset[int] = frozenset()) -> str | None:
        """The sector named by role words in doc[start:end] ("officials" GOV, "military" MIL), not by words of an
        organisation's name (`names`: "the Paris Club" is no sports club)."""
        for match_id, s, e in sorted(self.sector_words(doc[start:end]), key=lambda m: m[1] - m[2]):
            if names.isdisjoint(range(s, e)):
                return str(doc.vocab.strings[match_id])
        return None


REGION_WORDS = frozenset(
    [
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)


def _residents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An ethnic group named by where it lives acts for that state, as CAMEO codes it: "ethnic Albanians in
    Macedonia", "the Serbs of Bosnia", "Hungarians in southern Slovakia". A plural demonym counts only when the
    text marks it as a community ("ethnic", "of", or a region of the state): "Americans in Iraq" stay American."""
    places = {m.start: m for m in mentions if m.label in ("COUNTRY", "CAPITAL")}
    out = list(mentions)
    for n, m in enumerate(mentions):
        if m.label != "NORP" or m.end - m.start != 1 or not doc[m.start].text.endswith("s"):
            continue  # "Albanians", not "Albanian officials in ..."
        if m.end + 1 >= len(doc) or doc[m.end].lower_ not in ("in", "of"):
            continue
        i = m.end + 1 + (doc[m.end + 1].lower_ == "the")
        region = i < len(doc) and doc[i].lower_ in REGION_WORDS
        place = places.get(i + region)
        ethnic = m.start > 0 and doc[m.start - 1].lower_ == "ethnic"
        if place is None or place.code == m.code or not (ethnic or region or doc[m.end].lower_ == "of"):
            continue
        # CAMEO's ETH sector keeps the group apart from its state: "autonomy from Serbian authorities" is a dyad
        out[n] = Mention(m.start, m.end, m.label, place.code, place.name, "ETH")
    return out


def _title_end(doc: Doc, i: int, taken: set[int], ends: dict[int, int]) -> int:
    """End of the post words from `i`: "Vice President", "Special Envoy for Syria", "Ambassador to the UN"."""
    start = i
    while i < len(doc):
        if doc[i].lower_ in TITLE_OR_POST and i not in taken:
            i += 1
        elif i > start and doc[i].lower_ in ("for", "to") and i + 1 < len(doc):
            # the post's domain, not its state
            after = i + 1 + (doc[i + 1].lower_ == "the")
            if after not in ends:
                break
            i = ends[after]
        else:
            break
    return i


def _title_start(doc: Doc, end: int) -> int:
    """Start of the post words that end at `end` ("Foreign Secretary", "Senate Finance Committee chairman")."""
    start = end
    while start > 0 and end - start < 6 and doc[start - 1].lower_ in TITLE_OR_POST:
        start -= 1
    return start


def _name_before(doc: Doc, end: int, taken: set[int]) -> int:
    """Start of the personal name that ends at `end` (capitalised words, at most four)."""
    start = end
    while start > 0 and end - start < 4 and start - 1 not in taken:
        t = doc[start - 1]
        if not _name_word(t):
            break
        start -= 1
    return start


# Capitalised words that are no names: "On Monday, the U.S. envoy ..."
NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}  # fmt: skip


def _name_word(t: Token) -> bool:
    return (
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.is_stop
        and t.lower_ not in POSTS and t.lower_ not in NOT_NAMES
    )  # fmt: skip


def among(values: Any, table: Any) -> Any:
    """Which of `values` (an array of hashes) are in `table` (a sorted array of hashes): a binary search, not
    numpy.isin, which sorts the table again at every call."""
    if not len(table):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(table, values)  # never negative: only the upper end needs a bound
    # numpy.minimum, not .clip: clip checks the dtype's limits on every call, a third of this on short Docs
    return table[numpy.minimum(at, len(table) - 1)] == values


def _given_name_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised word that is no title stands right before `start` within its sentence."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.is_alpha and before.is_title and before.lower_ not in POSTS | HONORIFICS
        and not doc[start].is_sent_start and not before.is_sent_start
    )  # fmt: skip


def name_end(doc: Doc, start: int, taken: set[int] | frozenset[int] = frozenset()) -> int:
    """End of the personal name starting at `start`: capitalised words, hyphenated parts ("Jae-in") and particles
    ("al-Sisi", "von der Leyen"), at most five tokens."""
    i = start
    while i < len(doc) and i - start < 7 and i not in taken:
        t = doc[i]
        if _name_word(t):
            i += 1
        elif i > start and t.text in ("-", "‐") and i + 1 < len(doc) and doc[i + 1].is_alpha:
            i += 2
        elif (
            t.lower_ in NAME_PARTICLES
            and i + 1 < len(doc)
            and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-")
        ):
            i += 1
        else:
            break
    return i


def surnames(name: str, country: str | None) -> list[str]:
    """The words a later mention may use for a person: the family name ("Straw" for "Jack Straw", "Sisi" for
    "Abdel Fattah al-Sisi"), first in East Asian names ("Moon" for "Moon Jae-in")."""
    words = [w for w in name.replace("‐", "-").split() if w]
    if len(words) < 2:
        return []
    last = words[-1].split("-")[-1] if words[-1].split("-")[0].lower() in NAME_PARTICLES else words[-1]
    out = [last]
    if country in FAMILY_NAME_FIRST:
        out.append(words[0])
    return [w for w in out if len(w) > 1 and w[:1].isupper() and w.lower() not in POSTS]


def _longest(found: Iterable[Mention]) -> list[Mention]:
    taken: set[int] = set()
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            kept.append(m)
            taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


JOINERS = {",", "and", "the"}


def _joined(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a non-empty run of commas, "and" and "the"? Stops at the first other word: two
    mentions far apart in an article are not read token by token."""
    return start < end and all(doc[i].lower_ in JOINERS for i in range(start, end))


def _coordinated_places(doc: Doc, mentions: list[Mention], i: int) -> list[Mention]:
    """The run of place mentions joined by commas/"and" that ends with or contains mentions[i]."""
    group = [mentions[i]]
    j = i
    while j + 1 < len(mentions) and mentions[j + 1].label in PLACE_LABELS:
        if not _joined(doc, mentions[j].end, mentions[j + 1].start):
            break
        group.append(mentions[j + 1])
        j += 1
    k = i
    while k > 0 and mentions[k - 1].label in PLACE_LABELS:
        if not _joined(doc, mentions[k - 1].end, mentions[k].start):
            break
        group.insert(0, mentions[k - 1])
        k -= 1
    return group
