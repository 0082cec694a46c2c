"""More victims of a country the story has just told attacked, named with no attacker
("Seven Iraqi fighters were killed"), fell to the same side: the last attack coded on
their country gives the doer, where the story's pair gives none."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Jordan condemns Syrian air strike near its border"
AFTER = (" Jordan's foreign minister summoned the Syrian ambassador. Jordan and Syria "
         "have argued over the border for months.")


def test_agentless_victims_of_a_country_just_attacked_fell_to_its_attacker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Syrian jets bombed a camp of Iraqi militiamen near the Jordanian border on "
        "Sunday, Jordan said. Seven Iraqi fighters were killed." + AFTER, title=TITLE))
    assert ("ASSAULT", "SYR", "IRQ") in got
    assert ("ASSAULT", None, "IRQ") not in got


def test_agentless_victims_with_no_attack_told_on_their_country_have_no_doer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: an attack on another country's people gives no doer to these victims
    got = triples(code_text(
        "Syrian jets bombed a camp of Lebanese militiamen near the Jordanian border on "
        "Sunday, Jordan said. Seven Iraqi fighters were killed." + AFTER, title=TITLE))
    assert ("ASSAULT", "SYR", "IRQ") not in got
