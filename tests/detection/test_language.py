"""Tests for language.py: the cheap English check."""

from __future__ import annotations

from streams.detection import looks_english


def test_english_news_passes_and_other_scripts_fail():
    assert looks_english(
        "The Russian and Chinese presidents pledged to reject interference in a video call on Wednesday."
    )
    assert not looks_english("Путин и Си провели видеовстречу в среду и обсудили отношения двух стран и будущее.")
    assert not looks_english("Le président russe et le président chinois ont parlé mercredi pendant une heure de plus.")
    assert not looks_english("12345 67890 !!!")
