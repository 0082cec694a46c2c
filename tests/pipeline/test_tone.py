"""Tone: GDELT-style positive% minus negative%."""

from __future__ import annotations

import pytest

from pipeline.tone import tone, tone_counts


def test_empty() -> None:
    assert tone("") == 0.0


def test_signs() -> None:
    assert tone("Shelling killed 20 people and wounded dozens in a deadly attack.") < 0
    assert tone("Leaders welcomed the peace agreement and praised the progress.") > 0
    assert tone("The committee met on Tuesday in the capital.") == 0.0


def test_value_is_percent_of_words() -> None:
    # 10 words, one negative -> -10.0
    assert tone("The attack happened in the north of the country today") == pytest.approx(-10.0)


def test_negation_flips() -> None:
    pos, neg, _ = tone_counts("The two sides did not agree.")
    assert (pos, neg) == (0, 1)


def test_range_on_news_like_text() -> None:
    text = ("Israel freed 90 Palestinian prisoners early on Monday, hours after Hamas handed "
            "three hostages to the Red Cross as a ceasefire took effect after 15 months of war "
            "that killed tens of thousands of people. ") * 5
    assert -10 <= tone(text) <= 10
