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


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said 14 gunmen stormed the hotel.", [(14, "gunman")]),
    ("The ministry said 40 Russian servicemen were freed.", [(40, "serviceman")]),
    ("About 20 armed men attacked the post.", [(20, "man")]),
    ("Police arrested four of his henchmen.", [(4, "henchman")]),
])
def test_a_plural_in_men_is_the_counted_noun(text: str,
                                             expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran frees 9 US Navy sailors", [(9, "sailor")]),
    ("Bogota turned back two US military planes.", [(2, "plane")]),
    ("Washington will keep 3,100 US troops there.", [(3100, "troop")]),
])
def test_a_country_abbreviation_is_a_modifier_not_a_people(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministry says 17 killed in border clashes", [(17, "person")]),
    ("The blast left 2,300 wounded.", [(2300, "person")]),
    ("Dozens injured as police clear the square", [(12, "person")]),
])
def test_a_number_before_a_casualty_word_counts_people(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, u) for v, u in _counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone strike killed militia commander Omar Haddad.", [(1, "commander")]),
    ("The rebels released Canadian engineer Paul Martin on Friday.", [(1, "engineer")]),
    ("Reporter Ana Silva was detained at the airport.", [(1, "reporter")]),
])
def test_one_named_casualty_or_captive_counts_one(text: str,
                                                  expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "Commander Omar Haddad said five fighters were killed.",
    "Engineer Paul Martin visited the site on Friday.",
])
def test_a_named_speaker_or_visitor_counts_nothing(text: str) -> None:
    assert (1, "commander") not in _counts(text) and (1, "engineer") not in _counts(text)
