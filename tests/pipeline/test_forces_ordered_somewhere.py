""""ordered Marines to the embassy", "ordered two destroyers and a cruiser to the
Mediterranean": commanding one's own forces somewhere is a deployment (PLOVER MOBILIZE).
Marines are forces like troops; the parse may hang the destination on the last of the
forces rather than on the verb. Orders to other people, to prison, or denied stay no
deployment; nor do goods a force's name labels ("army tents"), while people and vehicles
it labels ("army engineers", "army trucks") are forces."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types

DEPLOYED = [
    "President Joe Biden ordered Marines to the embassy in Haiti on Thursday.",
    "Biden ordered US Marines to the embassy in Port-au-Prince.",
    "The Pentagon ordered two destroyers and a cruiser to the eastern Mediterranean on "
    "Thursday.",
    "The Pentagon ordered three warships and a submarine into the Red Sea on Thursday.",
    # guard: a force's name on people, units or vehicles is a force
    "Pakistan ordered army engineers to the flood zone.",
    "Pakistan ordered army units to the border.",
    "Pakistan ordered army trucks to the border on Tuesday.",
    "Pakistan ordered troops and army tents to the flood zone.",
    # guard: materiel a force's name labels, sent to a border, an ally or with tanks,
    # moves forces
    "India ordered army equipment to the Ladakh border on Friday.",
    "Russia ordered army equipment to Belarus on Friday ahead of drills.",
    "Israel ordered army supplies and tanks to the Lebanon border on Friday.",
]

NOT_DEPLOYED = [
    "The court ordered the marines to prison on Thursday.",
    "The coach ordered his players to the locker room on Thursday.",
    "The restaurant ordered marine fish from suppliers in Norway.",
    "Biden did not order Marines to the embassy in Haiti.",
    "The captain ordered a destroyer replica to the museum.",
    "The club ordered new kits for its players from a supplier in China.",
    "Fans ordered pizzas to the stadium during the match against Russia.",
    "Will Biden order Marines to Haiti?",
    # review: "Marine" in a name, "marine" describing another noun, and a destination
    # hung on a list item that is no force
    "The court ordered Marine Le Pen to pay a fine of 100,000 euros.",
    "The party ordered Marine Le Pen to the Senate hearing on Tuesday.",
    "The ministry ordered marine biologists to the coast after the spill.",
    "The judge ordered police protection and an apology to the family.",
    # a force's name on goods names supplies, not a force
    "Army tents were ordered to the flood zone by the government.",
    "Pakistan ordered army tents to the flood zone.",
    "The Pakistani military ordered army tents and blankets to the flooded villages.",
]


@pytest.mark.parametrize("text", DEPLOYED)
def test_forces_ordered_somewhere_are_deployed(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "MOBILIZE" in event_types(code_text(text, title="Forces sent"))


@pytest.mark.parametrize("text", NOT_DEPLOYED)
def test_other_orders_deploy_nothing(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "MOBILIZE" not in event_types(code_text(text, title="News"))


@pytest.mark.parametrize("text", [
    "The government ordered army tents to the flood zone on Friday.",
    "The prime minister ordered army tents and medicine to the quake zone on Friday.",
    "The government ordered army food to flood victims in Sindh on Friday.",
])
def test_relief_goods_ordered_are_no_request_either(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    # ordering goods sent as relief asks nobody for anything
    assert not event_types(code_text(text, title="News")) & {"MOBILIZE", "REQUEST"}
