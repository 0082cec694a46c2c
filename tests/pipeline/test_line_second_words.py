"""A line's second word never starts a sentence: the small parser otherwise cuts a lede's
first word off after the title ("Brazil" / "and the Netherlands withdrew ..."), and the
article's main event loses its first party. Every line still starts a sentence, a
one-word line stays one, and sentences inside a line are still cut. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples

TITLE = "Brazil, Netherlands recall envoys as Indonesia executes drug convicts"
LEDE = ("Brazil and the Netherlands withdrew their ambassadors from Jakarta on Sunday after "
        "Indonesia executed six drug convicts, among them a Brazilian and a Dutchman.")


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_ledes_coordinated_subject_stays_whole(nlp: Any) -> None:
    sents = _sentences(nlp, f"{TITLE}\n\n{LEDE}")
    assert sents == [TITLE, LEDE]


def test_both_parties_of_the_lede_act(code_text: Any) -> None:
    out = code_text(LEDE, title=TITLE)
    assert {("SANCTION", "BRA", "IDN"), ("SANCTION", "NLD", "IDN")} <= triples(out)


def test_each_party_of_a_mutual_lede_acts(code_text: Any) -> None:
    out = code_text("Ukraine and Russia accused each other of blowing up the dam on Tuesday, "
                    "unleashing floodwaters across the front line.",
                    title="Ukraine and Russia trade blame over dam breach")
    assert ("ACCUSE", "UKR", "RUS") in triples(out)


def test_lines_and_sentences_inside_them_are_still_cut(nlp: Any) -> None:
    text = ("Advertisement\n\nRussia fired missiles at Kyiv. Ukraine shot down ten of them.\n"
            "Poland closed its airspace.")
    assert _sentences(nlp, text) == ["Advertisement", "Russia fired missiles at Kyiv.",
                                     "Ukraine shot down ten of them.",
                                     "Poland closed its airspace."]


@pytest.mark.parametrize(("text", "want"), [
    ("Photo: Reuters\nIran seized a British tanker in the Gulf on Friday.",
     ["Photo: Reuters", "Iran seized a British tanker in the Gulf on Friday."]),
    ("Brazil\nThe government recalled its envoy from Caracas.",
     ["Brazil", "The government recalled its envoy from Caracas."]),
    ("Yes. Russia agreed to the talks on Friday.",
     ["Yes.", "Russia agreed to the talks on Friday."]),
])
def test_short_lines_and_sentences_keep_their_bounds(nlp: Any, text: str,
                                                     want: list[str]) -> None:
    assert _sentences(nlp, text) == want


def test_a_datelines_dash_still_parts_it_from_the_lede(nlp: Any) -> None:
    sents = _sentences(nlp, "Peru expels Chile's ambassador in row over asylum\n\nLIMA - Peru "
                            "expelled Chile's ambassador on Tuesday.")
    assert "Peru expelled Chile's ambassador on Tuesday." in sents


@pytest.mark.parametrize(("title", "lede", "want"), [
    ("Drone attack on Moscow", "MOSCOW Ukrainian drones attacked an oil depot near the "
     "capital, the governor said.", ("ASSAULT", "UKR", "RUS")),
    ("Shelling", "Ukraine Russian forces shelled the city of Kherson on Tuesday, killing two "
     "people.", ("ASSAULT", "RUS", "UKR")),
    ("Israel", "Gaza Israeli aircraft struck a school sheltering displaced families, killing "
     "20 people, the health ministry said.", ("ASSAULT", "ISR", "PSE")),
])
def test_a_place_glued_before_a_nationality_subject_is_no_part_of_it(
        code_text: Any, title: str, lede: str, want: tuple[str, str, str]) -> None:
    # an unpunctuated dateline or place tag ("MOSCOW Ukrainian drones ..."): the
    # nationality's forces act, not the place's
    assert want in triples(code_text(lede, title=title))
