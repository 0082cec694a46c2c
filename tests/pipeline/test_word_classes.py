"""Closed word classes come from pipeline/data/word_classes.toml, each with its plurals,
so the rules that share a class (embassies in actors and in places) stay in step."""

import pytest

from pipeline.word_classes import plural, word_class


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
