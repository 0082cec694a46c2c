""""Zelensky, visiting Washington, urged Congress to approve aid": a legislature a
visitor addresses where he is visiting is the host's (``pipeline.visited_hosts``), not
the visitor's own (the story's focus)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in

TITLE = "Ukraine war: Zelensky abroad"
STORY = "Russia launched missiles at Kyiv overnight, killing five people. "


def test_a_visitor_urging_congress_urges_the_hosts(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Ukrainian President Volodymyr Zelensky, visiting Washington, "
                    "urged Congress to approve aid.", title=TITLE)
    assert ("UKR", "USA") in pairs_in(out, "urged Congress")
    assert ("UKR", "UKR") not in pairs_in(out, "urged Congress")


def test_a_visitor_asking_parliament_on_a_visit_asks_the_hosts(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "On a visit to Ottawa, Zelensky asked parliament for more "
                    "weapons.", title=TITLE)
    assert ("UKR", "CAN") in pairs_in(out, "asked parliament")


def test_guard_parliament_at_home_stays_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: no visit named, the chamber is the speaker's own
    out = code_text(STORY + "Zelensky urged parliament to pass the budget.", title=TITLE)
    assert ("UKR", "CAN") not in pairs_in(out, "urged parliament")
    assert ("UKR", "USA") not in pairs_in(out, "urged parliament")
