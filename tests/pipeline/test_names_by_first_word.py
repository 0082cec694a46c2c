"""A later one-word mention that is the first word of a person the article has named in
full is that person: Chinese, Korean and Vietnamese names put the family name first
("Vice Foreign Minister Sun Weidong ... Sun warned"), and Indonesian and Thai news name
people by their first name ("Prabowo Subianto ... Prabowo urged"). Only when one known
person's name opens with the word, and never a word that names a place or a body.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import sources_in, typed_pairs

SUMMONS = ("China summons Japanese envoy over remarks.\n\n"
           "Chinese Vice Foreign Minister Sun Weidong called in the Japanese ambassador on "
           "Thursday. ")
OPPOSITION = ("Jakarta braces for protests after vote.\n\n"
              "Indonesian opposition leader Prabowo Subianto rejected the official count "
              "on Wednesday. ")


def test_family_name_first_is_the_person(code_text: Any) -> None:
    out = code_text(SUMMONS + "Sun urged Japan to retract the remarks at once.")
    assert ("CHN", "JPN") in typed_pairs(out, "REQUEST")


def test_pronoun_after_the_family_name_is_the_person(code_text: Any) -> None:
    out = code_text("Japan lodges protest with Beijing.\n\nThe Japanese ambassador met "
                    "Chinese Vice Foreign Minister Sun Weidong in Beijing on Thursday. Sun "
                    "told the envoy the remarks were a grave mistake. He urged Tokyo to "
                    "retract them.")
    assert ("CHN", "JPN") in typed_pairs(out, "REQUEST")


def test_first_name_of_a_thai_leader(code_text: Any) -> None:
    out = code_text("Cambodia and Thailand trade barbs.\n\nThai Prime Minister Prayuth "
                    "Chan-ocha visited Phnom Penh on Monday. Prayuth later accused Cambodia "
                    "of harbouring rebels.")
    assert ("THA", "KHM") in typed_pairs(out, "ACCUSE")


def test_first_name_of_an_indonesian_leader(code_text: Any) -> None:
    out = code_text(OPPOSITION + "Prabowo, a retired general, accused Malaysia of meddling "
                    "in the vote.")
    assert ("IDN", "MYS") in typed_pairs(out, "ACCUSE")


def test_guard_a_first_word_two_people_share(code_text: Any) -> None:
    # guard: "Nguyen" opens two known names of two countries; neither is guessed
    out = code_text("Mekong talks open.\n\nVietnamese envoy Nguyen Van Son met Cambodian "
                    "minister Nguyen Thi Lan in Phnom Penh on Monday. Nguyen accused "
                    "Thailand of blocking the river.")
    assert "KHM" not in sources_in(out, "blocking the river")


def test_guard_a_newspaper_of_the_same_word(code_text: Any) -> None:
    # guard: "The Sun" is a newspaper, not Sun Weidong
    out = code_text(SUMMONS + "The Sun accused Japan of hypocrisy in an editorial.")
    assert "CHN" not in sources_in(out, "in an editorial")


def test_guard_a_month_of_the_same_word(code_text: Any) -> None:
    # guard: "in May" is the month, not the activist May Boeve
    out = code_text("Climate group chief May Boeve spoke in Paris. Protesters marched in "
                    "May against the French pension law.")
    assert all(t is None or t == "FRA" for _, t in typed_pairs(out, "PROTEST"))


def test_guard_a_first_word_that_is_a_country(code_text: Any) -> None:
    # guard: "Jordan" is the kingdom, not Mr Jordan Peterson
    out = code_text("Canadian author Jordan Peterson spoke in Toronto on Monday. Jordan "
                    "accused Israel of violating the ceasefire.")
    assert ("JOR", "ISR") in typed_pairs(out, "ACCUSE")


def test_guard_a_surname_still_wins(code_text: Any) -> None:
    # guard: "Sun" is the surname of Mr Harold Sun here, not Sun Weidong's family name
    out = code_text(SUMMONS + "Singaporean minister Harold Sun spoke later. Sun urged "
                    "Japan to show restraint.")
    assert ("SGP", "JPN") in typed_pairs(out, "REQUEST")
