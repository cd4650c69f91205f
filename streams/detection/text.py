"""Text normalisation before detection: re-flow hard-wrapped lines, drop control characters, keep an offset map.

Real articles arrive hard-wrapped (Reuters-21578 and many feeds break lines at ~70 columns), with CR/LF
line ends, terminal escape sequences or bidi overrides pasted in. The detector reads a clean text in which
a wrapped line is joined to the next with one space and every real paragraph break stays a line break;
`CleanText.span` maps any offset of the clean text back into the ORIGINAL text, so the offsets of a
record always point into the article as it was published.

A line break is kept (a real break) when the next line is blank or indented (a paragraph start), when
either line looks like a table row, when the line is shorter than the wrap width explains (a headline,
a dateline, the last line of a paragraph), or when it ends a sentence and the next line is short.
Only texts whose line lengths look like a fixed wrap width are re-flowed; in other texts a line is a
paragraph. Typographic quotes become plain ones ("People’s Republic" is the dictionaries' "People's
Republic"), character for character.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

from streams.records import Event

# ESC sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL|ST", two-character escapes), then single control,
# bidi-override/isolate and invisible format characters. \n and \t are text; CR, VT, FF, NEL and the Unicode
# line/paragraph separators are line breaks.
_ESCAPES = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?"
_INVISIBLE = r"[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_BREAKS = r"\r\n?|[\x0b\x0c\x85\u2028\u2029]"
CONTROL = re.compile(f"{_ESCAPES}|{_INVISIBLE}|(?P<brk>{_BREAKS})")
TABLE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
MAX_WRAP = 100  # wider "lines" are paragraphs, not wrapped lines
MIN_LINES = 4


@dataclass(frozen=True)
class _Layer:
    """One rewrite: clean offsets -> offsets in the text it was made from, as runs (clean start, source start)."""

    clean: list[int]
    source: list[int]

    def at(self, i: int) -> int:
        k = bisect.bisect_right(self.clean, i) - 1
        return self.source[k] + (i - self.clean[k]) if k >= 0 else i


@dataclass(frozen=True)
class CleanText:
    """The text the detector reads, and the way back to the original."""

    text: str
    original: str
    layers: tuple[_Layer, ...] = ()

    def offset(self, i: int) -> int:
        """The original offset of clean character `i`."""
        for layer in reversed(self.layers):
            i = layer.at(i)
        return i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the clean [start, end): from the first to the last character."""
        if end <= start:
            at = self.offset(start)
            return at, at
        return self.offset(start), self.offset(end - 1) + 1


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.clean: list[int] = []
        self.origin: list[int] = []
        self.length = 0
        self.copied = 0  # source position up to which everything is handled

    def replace(self, start: int, end: int, new: str) -> None:
        """Copy source up to `start`, then write `new` for source[start:end] (an empty `new` deletes it)."""
        if start > self.copied:
            self._emit(self.source[self.copied : start], self.copied)
        if new:
            self._emit(new, start)
        self.copied = end

    def _emit(self, text: str, origin: int) -> None:
        self.clean.append(self.length)
        self.origin.append(origin)
        self.parts.append(text)
        self.length += len(text)

    def done(self) -> tuple[str, _Layer]:
        self.replace(len(self.source), len(self.source), "")
        return "".join(self.parts), _Layer(self.clean, self.origin)


# Typographic quotes as the parser's training text has them (one character for one: offsets unchanged)
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> CleanText:
    """The clean text of an article (see the module docstring) with its map back to `text`."""
    layers: list[_Layer] = []
    current = text.translate(QUOTES)
    for step in (_strip_controls, _reflow):
        result = step(current)
        if result is not None:
            current, layer = result
            layers.append(layer)
    return CleanText(current, text, tuple(layers))


def _strip_controls(text: str) -> tuple[str, _Layer] | None:
    if CONTROL.search(text) is None:
        return None
    out = _Builder(text)
    for m in CONTROL.finditer(text):
        out.replace(m.start(), m.end(), "\n" if m.group("brk") else "")
    return out.done()


def _reflow(text: str) -> tuple[str, _Layer] | None:
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    width = wrap_width([line for _, line in lines])
    if width is None:
        return None
    out = _Builder(text)
    for (start, line), (next_start, following) in zip(lines, lines[1:], strict=False):
        if _wrapped(line, following, width):
            body = line.rstrip()
            cut = start + len(body)
            glue = "" if re.search(r"[A-Za-z]-$", body) else " "
            out.replace(cut, next_start + len(following) - len(following.lstrip()), glue)
    return out.done()


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width a text is wrapped at, or None if its lines are paragraphs (or too few to tell).

    Hard-wrapped text has most of its lines within a few columns of one width: the 90th percentile of the
    line lengths is that width, at least half of the lines come within 25% of it, and hardly any is longer.
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < MIN_LINES:
        return None
    width = lengths[math.ceil(len(lengths) * 0.9) - 1]
    if width > MAX_WRAP or width < 30:
        return None
    full = sum(1 for n in lengths if n >= 0.75 * width)
    longer = sum(1 for n in lengths if n > width + 5)
    return width if 2 * full >= len(lengths) and 10 * longer <= len(lengths) else None


def _wrapped(line: str, following: str, width: int) -> bool:
    """Does `line` go on in `following` (a wrap), rather than end a paragraph, a headline or a table row?"""
    body = line.rstrip()
    if not body or not following.strip() or following[:1].isspace():
        return False
    if TABLE_GAP.search(body.strip()) or TABLE_GAP.search(following.strip()):
        return False
    word = following.split(None, 1)[0]
    # a greedy wrapper ends a line where the next word does not fit; allow some slack for the width estimate
    if len(body) + 1 + len(word) < 0.85 * width:
        return False
    return not (SENTENCE_END.search(body) and len(following.rstrip()) < 0.5 * width)


def to_original(events: list[Event], clean: CleanText | None) -> list[Event]:
    """Events with the evidence offsets of the normalised text turned into offsets of the original text."""
    if clean is None or not clean.layers:
        return events
    out = []
    for e in events:
        ev = e.evidence
        start, end = clean.span(ev.start, ev.end)
        sentence_start, sentence_end = ev.sentence_start, ev.sentence_end
        if sentence_start is not None and sentence_end is not None:
            sentence_start, sentence_end = clean.span(sentence_start, sentence_end)
        out.append(replace(e, evidence=replace(ev, start=start, end=end, sentence_start=sentence_start,
                                               sentence_end=sentence_end)))  # fmt: skip
    return out
