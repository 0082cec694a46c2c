"""A later one-word mention that is the first word of a person the article has named in
full is that person: Chinese, Korean and Vietnamese names put the family name first
("Vice Foreign Minister Sun Weidong ... Sun warned"), and Indonesian and Thai news name
people by their first name ("Prabowo Subianto ... Prabowo urged"). Only when one known
person's name opens with the word, and never a word that names a place or a body.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.actor_lexicon import actor_gazetteer
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


# A first name is shared by many: a bare word the text ties to another country on the spot
# (its appositive's nationality or place, the place its sentence opens with) is someone
# else, and keeps the reading it had without the first-word rule.
ELSEWHERE = [
    ("Russian Foreign Ministry spokeswoman Maria Zakharova condemned Kyiv on Monday. Maria, "
     "a nurse in Kharkiv, accused Russian troops of looting her village.",
     "ACCUSE", ("UKR", "RUS")),
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow "
     "on Monday. Sergei, a Ukrainian volunteer in Kharkiv, accused Russia of torturing "
     "prisoners.", "ACCUSE", ("UKR", "RUS")),
    ("NATO Secretary General Mark Rutte met Ukrainian officials in Brussels. Mark, a "
     "Ukrainian soldier, accused Russia of using chemical weapons.", "ACCUSE", ("UKR", "RUS")),
    ("Iranian Supreme Leader Ali Khamenei spoke in Tehran on Monday. Iraqi police arrested "
     "Ali, a Kuwaiti smuggler, in Basra.", "COERCE", ("IRQ", "KWT")),
    ("Belarusian leader Alexander Lukashenko met Russian officials on Monday. Alexander, a "
     "Polish border guard, accused Belarus of pushing migrants across.",
     "ACCUSE", ("POL", "BLR")),
]


@pytest.mark.parametrize(("text", "kind", "pair"), ELSEWHERE)
def test_guard_a_first_name_the_text_places_elsewhere(
        code_text: Any, text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), kind)


def test_guard_a_first_name_in_a_sentence_set_elsewhere(code_text: Any) -> None:
    out = code_text("Russian Foreign Ministry spokeswoman Maria Zakharova spoke in Moscow on "
                    "Monday. In Kharkiv, Maria, a 70-year-old pensioner, accused Russia of "
                    "shelling her street.")
    assert "RUS" not in sources_in(out, "shelling her street")


def test_guard_a_first_name_with_another_nationality(code_text: Any) -> None:
    out = code_text("Hungarian Prime Minister Viktor Orban met Ukrainian officials in Kyiv. "
                    "Viktor, a Ukrainian soldier, accused Hungary of betraying Ukraine.")
    assert "HUN" not in sources_in(out, "betraying Ukraine")


# A town of a country the story names, or a city of millions, is the place, though it is
# someone's given or family name too (Gao Feng, Aden Duale, Hama Amadou, Santiago Pena).
TOWNS = [
    ("Chinese envoy Gao Feng met Malian junta officials in Bamako on Monday. Gao was shelled "
     "by JNIM fighters overnight.", ("MLI", "MLI"), ("MLI", "CHN")),
    ("Kenyan Defence Minister Aden Duale visited Riyadh on Monday. Aden was hit by Houthi "
     "missiles overnight, Yemeni officials said.", ("YEM", "YEM"), ("YEM", "KEN")),
    ("Somali opposition leader Aden Abdullahi visited Nairobi on Monday. Aden, a Yemeni port "
     "city, was struck by Houthi drones.", ("YEM", "YEM"), ("YEM", "SOM")),
    ("Former Niger prime minister Hama Amadou returned to Niamey on Monday. Syrian rebels "
     "captured Hama after fierce fighting.", ("SYR", "SYR"), ("SYR", "NER")),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), TOWNS)
def test_guard_a_town_of_the_story_is_no_first_name(
        code_text: Any, text: str, pair: tuple[str, str], wrong: tuple[str, str]) -> None:
    found = typed_pairs(code_text(text), "ASSAULT")
    assert pair in found
    assert wrong not in found


NOT_THE_PERSON = [
    ("Florence Parly, the French defence minister, visited Mali on Monday. Florence accused "
     "Rome of neglecting the arts.", "neglecting the arts", "FRA"),
    ("Florence Pugh, the British actress, attended a gala in Rome. Florence banned new "
     "short-term rentals in its historic centre.", "short-term rentals", "GBR"),
    ("Paraguayan President Santiago Pena met Argentine officials in Buenos Aires on Monday. "
     "Santiago accused Buenos Aires of breaking the river treaty.", "river treaty", "PRY"),
    # a capitalised common noun opening a headline-style sentence
    ("British Defence Secretary Grant Shapps visited Kyiv on Tuesday. Grant of 50 million "
     "euros pledged to Ukraine by Germany.", "50 million euros", "GBR"),
]


@pytest.mark.parametrize(("text", "words", "wrong"), NOT_THE_PERSON)
def test_guard_a_place_or_word_is_not_the_named_person(
        code_text: Any, text: str, words: str, wrong: str) -> None:
    assert wrong not in sources_in(code_text(text), words)


def test_a_town_is_known_by_its_own_name_or_a_one_letter_spelling() -> None:
    gaz = actor_gazetteer()
    assert gaz.town_in("Gao", {"MLI"}) and gaz.town_in("Hama", {"SYR"})
    assert not gaz.town_in("Gao", {"CHN"})
    # guard: "Cheng" is an old alternate name of Zhengzhou, not a spelling of it
    assert not gaz.town_in("Cheng", {"CHN"})
