"""Convert the people of PETRARCH2's Phoenix.Countries.actors.txt into streams/detection/data/people.jsonl.

usage: python tools/convert_petrarch_people.py PHOENIX_COUNTRIES_ACTORS LEADERS_JSONL COUNTRIES_JSONL > people.jsonl

Keeps persons (entries with at least one date-ranged role) of a known state, with their multi-word aliases
(lower case, titles dropped) and dated roles as sectors; drops everyone leaders.jsonl already knows (it stays
the authority for office holders). The dictionary is MIT-licensed (Open Event Data Alliance, 2014).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

CODE = re.compile(r"\[([A-Z]{3})([A-Z]{3})?[A-Z]*\s*(?:([<>]?)(\d{6})(?:-(\d{6}))?)?\]")
# words that make an alias a title, not a name ("PRESIDENT_VLADIMIR_PUTIN", "RUSSIAN_PRIME_MINISTER_...")
# CAMEO agent codes kept as sectors; anything else after the country (GBRVGB: a territory) is no sector
SECTORS = {"GOV", "MIL", "ELI", "OPP", "LEG", "JUD", "SPY", "REB", "INS", "COP", "BUS", "MED", "EDU", "CVL", "LAB",
           "REF", "PTY", "DIP", "REL", "NGO"}  # fmt: skip
TITLE_WORDS = {"president", "prime", "minister", "premier", "king", "queen", "chancellor", "secretary", "general",
               "leader", "chairman", "senator", "governor", "ambassador", "foreign", "defense", "defence", "vice",
               "deputy", "mayor", "sheikh", "emir", "prince", "crown", "sultan", "mr", "mrs", "dr", "former",
               "speaker", "party", "spokesman", "judge", "justice", "colonel", "commander", "head"}  # fmt: skip


def day(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    year = 1900 + yy if yy > 30 else 2000 + yy
    try:
        return date(year, max(mm, 1), max(dd, 1)).isoformat()
    except ValueError:
        return date(year, max(min(mm, 12), 1), 1).isoformat()


def entries(lines: list[str]) -> list[dict]:
    out: list[dict] = []
    for line in lines:
        text = line.split("#")[0].rstrip()
        if not text.strip():
            continue
        if text.startswith("+"):
            if out:
                out[-1]["aliases"].append(text[1:].strip())
        elif text[0] in " \t[":
            if out:
                out[-1]["codes"].append(text.strip())
        else:
            head, _, rest = text.strip().partition(" ")
            out.append({"name": head, "aliases": [], "codes": [rest.strip()] if rest.strip() else []})
    return out


def words(alias: str) -> list[str]:
    return [w for w in alias.strip("_").lower().split("_") if w]


def main(actors: str, leaders: str, countries: str) -> None:
    known_names = set()
    for line in Path(leaders).read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        for alias in e.get("aliases", []):
            known_names.add(alias.lower())
    states = {json.loads(line).get("id") for line in Path(countries).read_text(encoding="utf-8").splitlines()}
    lines = Path(actors).read_text(encoding="utf-8", errors="replace").splitlines()
    description = (
        "People of states (ministers, officials, opposition and party figures, ...) with aliases and dated roles "
        "as sectors, converted from PETRARCH2's Phoenix.Countries.actors.txt by tools/convert_petrarch_people.py. "
        "Complements leaders.jsonl (which stays the authority for office holders and is not repeated here); the "
        "source stops around 2014-2018."
    )
    source = (
        "openeventdata/petrarch2 petrarch2/data/dictionaries/Phoenix.Countries.actors.txt (commit 676801cd, "
        "2019-03-18), produced from CountryInfo.140130.txt; MIT License, Copyright (c) 2014 Open Event Data "
        "Alliance (licence text in streams/detection/data/LICENSE.petrarch2)"
    )
    notes = (
        "Kept: entries with at least one date-ranged role whose first three letters are a state of countries.jsonl; "
        "aliases of two words or more without title words, lower case, tokens apart (a hyphen is a token: "
        "'al - assad'; matched case-insensitively, the first word capitalised in the text); people any of whose "
        "aliases leaders.jsonl holds are dropped. One line per person: {name, country, aliases, roles: [[sector, "
        "start, end], ...]}. roles: sector = CAMEO agent code after the country (GOV, MIL, ELI, OPP, LEG, JUD, BUS, "
        "...; null when the code names the country alone or a territory); start/end ISO dates, two-digit years "
        "above 30 read as 19xx; '>yymmdd' has no end, '<yymmdd' no start."
    )
    meta = {"_meta": {"file": "people.jsonl", "description": description, "sources": [source], "notes": notes}}
    print(json.dumps(meta, ensure_ascii=False))
    seen: set[str] = set()
    for e in entries(lines):
        roles = []
        for code in e["codes"]:
            m = CODE.match(code)
            if not m or not m.group(4):
                continue
            country, sector, op, first, second = m.groups()
            start = None if op == "<" else day(first)
            end = day(first) if op == "<" else (day(second) if second else None)
            sector = sector if sector in SECTORS else None
            roles.append({"country": country, "sector": sector, "start": start, "end": end})
        countries_of = [r["country"] for r in roles if r["country"] in states]
        if not countries_of:
            continue
        aliases = []
        for alias in [e["name"], *e["aliases"]]:
            w = words(alias)
            if len(w) >= 2 and not set(w) & TITLE_WORDS and all(re.fullmatch(r"[a-z.'\-]+", x) for x in w):
                # as the tokenizer splits them: "al-assad" -> "al - assad"
                aliases.append(" ".join(w).replace("-", " - "))
        aliases = list(dict.fromkeys(aliases))
        if not aliases or any(a in known_names for a in aliases) or aliases[0] in seen:
            continue
        seen.add(aliases[0])
        country = max(set(countries_of), key=countries_of.count)
        name = " ".join(x.capitalize() for x in aliases[0].split()).replace(" - ", "-")
        out = {"name": name, "country": country, "aliases": aliases,
               "roles": [[r["sector"], r["start"], r["end"]] for r in roles if r["country"] == country]}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
