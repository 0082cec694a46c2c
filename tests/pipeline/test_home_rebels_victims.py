"""Armed men of the story's own country who kill people named by no country of their
own ("gunmen killed 14 people", "a suicide bomber killed 12 people") attack at home:
the victims took the same guess as the group, so the attack is not moved onto the
other party of a two-party story."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Niger closes border with Benin after deadly raid"
STORY = ("Niger closed its border with Benin on Monday, accusing its neighbour of "
         "harbouring rebels. Niger's president met Benin's foreign minister last month. ")


def test_gunmen_who_kill_unnamed_people_attack_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Gunmen killed 14 people in a village near the capital on Saturday.",
        title=TITLE))
    assert ("ASSAULT", "NER", "NER") in got
    assert ("ASSAULT", "NER", "BEN") not in got


def test_a_suicide_bomber_is_one_of_the_armed_men(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "A suicide bomber killed 12 people at a bus station on Saturday.",
        title=TITLE))
    assert ("ASSAULT", "NER", "NER") in got
    assert ("ASSAULT", "NER", "BEN") not in got


def test_victims_named_by_another_country_keep_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: victims whose phrase names their country are no home aim
    got = triples(code_text(STORY + "Gunmen killed 14 Beninese traders on Saturday.",
                            title=TITLE))
    assert ("ASSAULT", "NER", "BEN") in got


def test_a_killing_told_with_an_attack_abroad_is_not_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "stormed a hotel in Cotonou, killing 12 people": the participle shares the
    # place of the attack it tells, in the other country
    got = triples(code_text(
        STORY + "Gunmen stormed a hotel in Cotonou on Saturday, killing 12 people.",
        title=TITLE))
    assert ("ASSAULT", "NER", "NER") not in got
