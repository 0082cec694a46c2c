"""The noun a number counts, across the words news puts between them.

"Two of its soldiers" counts soldiers (a part of the speaker's own group, as "two of the
soldiers" does); "three U.N. observers" and "40 U.S. troops" count past the dotted
abbreviation; "a 9-year-old boy" is one boy, and the age is no count of years."""

from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities


def _counts(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said four of its soldiers died in the ambush.", [(4, "soldier")]),
    ("The ministry said 31 of its citizens were evacuated.", [(31, "citizen")]),
    ("The rebels lost six of their own fighters.", [(6, "fighter")]),
    ("Thousands of his supporters marched on the palace.", [(1000, "supporter")]),
])
def test_part_of_a_possessed_group_counts_its_noun(text: str,
                                                   expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing sanctioned five U.S. defence firms.", [(5, "firm")]),
    ("The council sent 9,000 U.N. peacekeepers.", [(9000, "peacekeeper")]),
    ("Ethiopia expels seven U.N. officials", [(7, "official")]),
    ("Two Chinese U.N. peacekeepers were killed.", [(2, "peacekeeper")]),
])
def test_a_dotted_abbreviation_does_not_end_the_counted_phrase(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A 9-year-old boy was wounded by shrapnel.", [(1, "boy")]),
    ("An eleven-year-old girl was killed in the strike.", [(1, "girl")]),
    ("The 64-year-old was arrested at his home.", []),
    ("A 30-year-old man was detained after the attack.", [(1, "man")]),
])
def test_an_age_is_no_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected
