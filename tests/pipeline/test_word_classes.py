"""Closed word classes come from pipeline/data/word_classes.toml, each with its plurals,
so the rules that share a class (embassies in actors and in places) stay in step."""

import pytest

from pipeline.word_classes import ends_in_word, plural, word_class


def test_a_class_holds_each_word_and_its_regular_plural() -> None:
    missions = word_class("missions")
    assert {"embassy", "embassies", "consulate", "consulates"} <= missions


def test_plurals_follow_english_spelling() -> None:
    assert plural("gunman") == "gunmen"
    assert plural("embassy") == "embassies"
    assert plural("attorney") == "attorneys"
    assert plural("police") == "police"


def test_the_posts_of_a_state_abroad_are_its_missions_and_its_envoys() -> None:
    from pipeline.implied_parties import POSTS

    assert {"embassy", "ambassadors", "delegation"} <= POSTS


def test_an_unknown_class_fails_loudly() -> None:
    with pytest.raises(KeyError, match="no word class"):
        word_class("battleships")


def test_an_actor_text_ends_in_a_class_word_as_whole_words() -> None:
    bodies = word_class("home_bodies")
    assert ends_in_word("Police", bodies)
    assert ends_in_word("the Kenyan Interior Ministry ", bodies)
    assert ends_in_word("federal law enforcement agencies", bodies)


def test_a_word_glued_to_a_longer_one_is_no_ending() -> None:
    bodies = word_class("home_bodies")
    assert not ends_in_word("the anti-police", bodies)
    assert not ends_in_word("the policeman", bodies)
    assert not ends_in_word("police chief", bodies)


def test_home_institutions_and_home_guards_read_the_same_endings() -> None:
    from pipeline.guard_places import home_guard
    from pipeline.implied_parties import home_institution
    from schemas import Actor

    police = Actor(text="Kenyan police", name=None, country="KEN", role="GOV")
    glued = Actor(text="the anti-police", name=None, country="KEN", role="GOV")
    assert home_guard(police) and home_institution(police)
    assert not home_guard(glued) and not home_institution(glued)
