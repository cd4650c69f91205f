"""The CAMEO table: code -> name, Goldstein score (GDELT's table) and quad class."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from streams.detection.data_files import Entry, data_path, read_jsonl, require


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


def _check(entry: Entry) -> list[str]:
    problems = require(entry, code=str, name=str, goldstein=(int, float), quad_class=int)
    if not problems and not (-10 <= entry["goldstein"] <= 10):
        problems.append("goldstein outside -10..10")
    return problems


class CameoTable:
    """Lookup of CAMEO codes; raises KeyError for a code the table does not hold."""

    def __init__(self, path: Path | None = None) -> None:
        _, entries = read_jsonl(path or data_path("cameo.jsonl"), _check)
        self.codes = {
            e["code"]: CameoCode(e["code"], e["name"], float(e["goldstein"]), e["quad_class"]) for e in entries
        }

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def __contains__(self, code: object) -> bool:
        return code in self.codes
