"""A rights group or a world body that tells an agentless toll is no side of the
violence: "a rights group said 40 protesters had been killed" in a country's own unrest
is read as a toll told with no teller (there, the country's own violence), not left
with no doer because the teller has no country."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

UNREST = ("Protesters marched in Lusaka for a third day on Friday against the disputed "
          "election result, and riot police fired tear gas at the crowds. The unrest "
          "spread to Kitwe and Ndola. ")


def test_a_rights_group_s_toll_in_a_country_s_unrest_is_its_own_violence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        UNREST + "A local rights group said at least 40 protesters had been killed.",
        title="Zambia protests spread after disputed vote"))
    assert ("ASSAULT", "ZMB", "ZMB") in got


def test_a_world_body_s_toll_of_soldiers_in_a_two_state_war_is_the_other_state_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the two-party reading the teller now also gets
    got = triples(code_text(
        "Eritrea and Ethiopia fought along their border on Monday. The United Nations "
        "said 30 Ethiopian soldiers had been killed.",
        title="Ethiopia and Eritrea clash on border"))
    assert ("ASSAULT", "ERI", "ETH") in got
    assert ("ASSAULT", "ETH", "ETH") not in got

