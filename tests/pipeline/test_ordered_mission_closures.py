"""A state ordering another to close its embassy or consulate ("ordered Russia to close its
consulate in San Francisco"), or ordering a foreign mission closed ("ordered all three
Iranian consulates in Germany closed"), closes that mission: PLOVER SANCTION (reduce
relations) by the one who orders, aimed at the mission's state, not a demand. Asking or
urging another to close a mission, a negated order, and orders to close anything but a
mission stay what they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing ordered the United States to close its consulate in Chengdu.",
     ("SANCTION", "CHN", "USA")),
    ("US orders Russia to shut San Francisco consulate as diplomatic row deepens",
     ("SANCTION", "USA", "RUS")),
    ("The government instructed Belgium to shut its embassy in Kinshasa.",
     ("SANCTION", "COD", "BEL")),
    ("Berlin ordered all three Iranian consulates in Germany closed.",
     ("SANCTION", "DEU", "IRN")),
    ("Ankara ordered the Dutch embassy closed.", ("SANCTION", "TUR", "NLD")),
])
def test_ordered_closure_is_the_closure(code_text: Callable[..., ExtractedArticle],
                                        text: str, expected: tuple[str, str, str]) -> None:
    article = code_text(text)
    assert expected in triples(article)
    assert "REQUEST" not in event_types(article)


@pytest.mark.parametrize("text", [
    # asked or urged: a demand the other may refuse
    "Russia asked the United States to close its consulate in Yekaterinburg.",
    "The opposition urged the government to close the Russian embassy.",
    # negated orders or closings
    "The president did not order China to close its consulate.",
    "Beijing ordered Washington not to close its consulate.",
    # no mission closed
    "The judge ordered the company to close its office in Lagos.",
    "Washington ordered the consulate staff to close the visa section.",
    "The central bank ordered the firm to close its accounts.",
    "The court ordered the embassy to pay compensation to the former driver.",
    "Police ordered protesters to leave the embassy.",
    "The company ordered all its branches closed.",
    # a closing for the weather or the holidays is no closed mission
    "The mayor ordered the port closed because of the approaching storm.",
    "The governor ordered the checkpoint closed for the holiday.",
    "The foreign ministry ordered the British embassy in Tehran closed for the Nowruz holiday.",
    "The mayor ordered the Chinese consulate closed to traffic during the marathon.",
])
def test_no_mission_closed(code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "wrong"), [
    # the one ordered is one's own side, or no one state: the closing verb's own reading
    # finds the mission's state
    ("South African lawmakers voted to instruct the government to close the Israeli "
     "embassy.", ("SANCTION", "ZAF", "ZAF")),
    ("The EU instructed member states to close their embassies in Minsk.",
     ("SANCTION", "IGO", "IGO")),
    ("The Irish parliament passed a motion instructing the government to close the Russian "
     "embassy, but ministers refused.", ("SANCTION", "IRL", "IRL")),
    ("A South African court ordered the government to close the Israeli embassy in "
     "Pretoria.", ("SANCTION", "ZAF", "ZAF")),
    # a passive order names no orderer: the one ordered is not its own target
    ("China was ordered to close its consulate in Houston on Tuesday.",
     ("SANCTION", "CHN", "CHN")),
    # an order that could come is no closing done
    ("Beijing could order Washington to close its consulate in Chengdu, analysts said.",
     ("SANCTION", "CHN", "USA")),
])
def test_closing_not_read_off_the_one_ordered(code_text: Callable[..., ExtractedArticle],
                                              text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(code_text(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin ordered Lithuania to close its embassy in Moscow.",
     ("SANCTION", "RUS", "LTU")),
    ("Beijing ordered the Lithuanian envoy to close the embassy in Beijing within a week.",
     ("SANCTION", "CHN", "LTU")),
    ("Moscow instructed Poland to shut its consulate in Smolensk after the expulsion of "
     "Russian diplomats.", ("SANCTION", "RUS", "POL")),
])
def test_order_to_another_state_closes_its_mission(
        code_text: Callable[..., ExtractedArticle], text: str,
        expected: tuple[str, str, str]) -> None:
    assert expected in triples(code_text(text))


def test_conditional_order_stays_a_demand(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("If Beijing orders the United States to close its consulate in "
                        "Chengdu, Washington will retaliate.")
    assert ("REQUEST", "CHN", "USA") in triples(article)
    assert "SANCTION" not in event_types(article)
