""""X condemned the attack on Y": blame for an attack goes to whoever carried it out,
not to the place or people it hit, when the attack noun names no author of its own."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("Rebels in Yemen fired missiles at Riyadh on Monday. Yemeni rebels attacked an "
         "airport in the Saudi capital on Tuesday. ")


def test_condemned_attack_on_a_city_blames_the_attacker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Canada condemned the attack on Riyadh.",
                            title="Yemeni rebels strike Saudi capital"))
    assert ("ACCUSE", "CAN", "YEM") in got
    assert ("ACCUSE", "CAN", "SAU") not in got


def test_condemned_shelling_of_a_place_blames_the_shelling_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Italy condemned the strikes on Saudi Arabia.",
                            title="Yemeni rebels strike Saudi capital"))
    assert ("ACCUSE", "ITA", "YEM") in got


def test_an_attack_with_a_named_author_keeps_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Canada condemned Iran's attack on the tanker.",
                            title="Yemeni rebels strike Saudi capital"))
    assert ("ACCUSE", "CAN", "IRN") in got


DETENTION = ("Latvia said Russian agents seized a Latvian border guard on Friday. Russia "
             "said it detained the officer on its soil and charged him with spying. "
             "Latvia's prime minister called the seizure illegal, and Latvia summoned "
             "the Russian ambassador. Latvia closed two border crossings. ")


def test_a_condemned_detention_blames_the_detaining_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the detention's author is the story's detainer, not the detainee's country
    got = triples(code_text(
        DETENTION + "The European Union and the United States condemned the detention.",
        title="Latvia says guard abducted"))
    assert ("ACCUSE", "USA", "RUS") in got
    assert ("ACCUSE", "USA", "LVA") not in got
