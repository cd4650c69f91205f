"""Text normalisation: hard wraps re-flowed, real breaks kept, control characters dropped, offsets mapped back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.detection.text import normalise, wrap_width

WRAPPED = (
    "GENEVA, May 3 - The foreign minister of Freedonia said on\n"
    "Tuesday his government would send a delegation to Sylvania\n"
    "next month to discuss the border, officials of both sides said.\n"
    "    The talks, the first since the war ended, will be held in\n"
    "the capital of Sylvania and are expected to last two days.\n"
    "    A spokesman said the agenda was still being drawn up and\n"
    "that the ministers would meet again later in the year.\n"
    " Reuter\n"
)


def test_hard_wrapped_lines_are_joined_into_sentences():
    clean = normalise(WRAPPED)
    lines = [line.strip() for line in clean.text.split("\n") if line.strip()]
    assert lines[0].startswith("GENEVA, May 3 - The foreign minister of Freedonia said on Tuesday his government")
    assert lines[0].endswith("officials of both sides said.")
    assert len(lines) == 4  # three indented paragraphs and the sign-off
    assert lines[-1] == "Reuter"


def test_offsets_point_into_the_original_text():
    clean = normalise(WRAPPED)
    for word in ("Tuesday his government", "Sylvania next month", "drawn up and that"):
        at = clean.text.index(word)
        start, end = clean.span(at, at + len(word))
        assert WRAPPED[start:end].split() == word.split()
    # every character of the clean text comes from the original, a joining space from the line break
    for i, char in enumerate(clean.text):
        assert WRAPPED[clean.offset(i)] == char or (char == " " and WRAPPED[clean.offset(i)] == "\n")


def test_paragraph_lines_are_not_joined():
    # a feed that puts one paragraph per line: lines of any length, not a wrap width
    text = (
        "Freedonia Recalls Envoy\n"
        "The government of Freedonia recalled its ambassador from Sylvania on Monday after a long row over "
        "fishing rights that has soured relations between the two neighbours for years.\n"
        "Officials declined to comment.\n"
        "The foreign ministry of Sylvania said it regretted the decision and called for talks at once.\n"
    )
    assert normalise(text).text == text
    assert wrap_width(text.split("\n")) is None


def test_headline_dateline_table_and_short_last_lines_keep_their_breaks():
    text = (
        "FREEDONIA TO SEND DELEGATION\n"
        "\n"
        "GENEVA, May 3 - The foreign minister of Freedonia said on\n"
        "Tuesday his government would send a delegation to Sylvania.\n"
        "It will leave soon.\n"
        "    Exports        1986        1985\n"
        "    Grain          12.1        10.4\n"
        "    The two sides last met in April at a meeting held in the\n"
        "capital, where they agreed to open a new consulate in May.\n"
    )
    lines = normalise(text).text.split("\n")
    assert lines[0] == "FREEDONIA TO SEND DELEGATION"
    assert "said on Tuesday his government would send a delegation to Sylvania." in lines[2]
    assert lines[3] == "It will leave soon."
    assert lines[4].strip().startswith("Exports") and lines[5].strip().startswith("Grain")
    assert "meeting held in the capital, where" in lines[6]


def test_hyphen_at_a_wrap_joins_without_a_space():
    text = (
        "The ministers of the two countries agreed to set up a well-\n"
        "known forum for talks about trade between the two of them,\n"
        "officials said on Monday after a meeting in the capital of\n"
        "Sylvania, the second such meeting in less than six months.\n"
    )
    assert "a well-known forum" in normalise(text).text


def test_control_and_bidi_characters_are_removed_with_offsets_kept():
    text = "Freedonia \x1b[31mwarned\x1b[0m Sylvania\u202e on \x1b]0;title\x07Monday.\r\nIt\u2066 was\x00 clear."
    clean = normalise(text)
    assert clean.text == "Freedonia warned Sylvania on Monday.\nIt was clear."
    at = clean.text.index("warned")
    start, end = clean.span(at, at + len("warned"))
    assert text[start:end] == "warned"
    at = clean.text.index("clear")
    assert text[clean.offset(at) : clean.offset(at) + 5] == "clear"


def test_clean_text_is_left_alone():
    text = "Freedonia warned Sylvania on Monday.\n\nIt was clear.\tTabs stay."
    clean = normalise(text)
    assert clean.text == text and clean.layers == ()
    assert clean.span(3, 9) == (3, 9)


@given(st.text(alphabet=st.sampled_from(list("ab .\n\t-\x1b[]\u202e\r")), max_size=300))
def test_any_text_maps_back_inside_the_original(text: str):
    clean = normalise(text)
    for i in range(len(clean.text)):
        assert 0 <= clean.offset(i) < len(text)
    offsets = [clean.offset(i) for i in range(len(clean.text))]
    assert offsets == sorted(offsets)


@pytest.mark.parametrize("width", [60, 72])
def test_wrap_width_is_found(width: int):
    words = ("word " * 400).split()
    lines, line = [], ""
    for w in words:
        if len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    assert wrap_width(lines) is not None
    assert "\n" not in normalise("\n".join(lines)).text


def test_typographic_quotes_become_plain_ones_one_for_one():
    text = "The People\u2019s Republic said \u201cno\u201d to Freedonia\u2019s \u2018offer\u2019."
    clean = normalise(text)
    assert clean.text == "The People's Republic said \"no\" to Freedonia's 'offer'."
    assert clean.span(4, 12) == (4, 12) and len(clean.text) == len(text)
