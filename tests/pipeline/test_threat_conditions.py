"""A warning that names its addressee only in its condition ("warned that the aid would
end unless Zambia repaid its debts") is aimed at the party whose act the
threat hangs on."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs

STORY = "The European Union and Zimbabwe held talks in Brussels on Monday. "


def test_the_party_of_an_unless_clause_is_the_one_warned(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = typed_pairs(code_text(
        STORY + "Japan warned on Tuesday that its aid programme would end unless Zambia "
        "repaid its debts.", title="Zimbabwe talks in Brussels"), "THREATEN")
    assert ("JPN", "ZMB") in got
    assert ("JPN", "ZWE") not in got


def test_the_party_of_an_if_clause_is_the_one_warned(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = typed_pairs(code_text(
        STORY + "Japan warned on Tuesday that the sanctions would be enforced if "
        "Zambia did not comply.", title="Zimbabwe talks in Brussels"), "THREATEN")
    assert ("JPN", "ZMB") in got


def test_a_condition_on_the_warner_s_own_side_names_no_addressee(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "if its soldiers were attacked" names the warner's own people
    got = typed_pairs(code_text(
        STORY + "Japan warned on Tuesday that it would respond if Japanese soldiers "
        "were attacked.", title="Zimbabwe talks in Brussels"), "THREATEN")
    assert ("JPN", "JPN") not in got


def test_a_passive_condition_threatens_its_agent_not_its_victim(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = typed_pairs(code_text("Iran warned it would retaliate if Syrian civilians were "
                                "attacked again by Israel."), "THREATEN")
    assert ("IRN", "ISR") in got
    assert ("IRN", "SYR") not in got  # guard: the condition's victim is not threatened
