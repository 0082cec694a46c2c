"""Condemnation in the same breath as a demand: the party urged is the party condemned
("China expressed strong condemnation and urged Pyongyang to stop"), when the condemnation's
own phrase names no party (``pipeline.conjoined_addressees``)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

LAUNCH = ("Vietnam launched a long-range rocket over the sea on Monday, the first test "
          "this year. Japan's defence ministry tracked the rocket. ")
TROOPS = ("Peru moved two brigades to the desert frontier on Sunday. Peru's army said the "
          "drills would last a week. ")


def test_a_condemnation_noun_takes_the_party_urged(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        LAUNCH + "Thailand's foreign ministry expressed deep regret and strong "
        "condemnation, and urged Hanoi to halt further launches.",
        title="Vietnam tests long-range rocket"))
    assert ("ACCUSE", "THA", "VNM") in got


def test_a_condemnation_beside_a_call_on_takes_the_party_called_on(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        TROOPS + "Chile's government voiced strong condemnation and called on Lima to "
        "pull the brigades back.", title="Peru moves brigades to frontier"))
    assert ("ACCUSE", "CHL", "PER") in got


BORDER = ("Latvia accused Belarus of pushing migrants over the border. Belarus denied the "
          "charge. Latvia passed a law letting guards turn migrants back to Belarus. ")


def test_guard_criticism_of_a_thing_stays_on_the_party_urged(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the story's other party (Belarus) is not the one criticised
    got = triples(code_text(
        BORDER + "Germany criticised the law and urged Riga to revise it.",
        title="Latvia lets guards turn back migrants"))
    assert ("ACCUSE", "DEU", "LVA") in got
    assert ("ACCUSE", "DEU", "BLR") not in got


def test_guard_a_condemned_party_named_keeps_its_target(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the condemnation names its own party; the mediator urged is not blamed
    got = triples(code_text(
        BORDER + "Finland condemned Belarus's border policy and urged Sweden to mediate.",
        title="Latvia lets guards turn back migrants"))
    assert ("ACCUSE", "FIN", "SWE") not in got


def test_guard_a_demand_by_another_speaker_lends_no_target(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: two speakers in one sentence; Spain's verdict is not aimed at the party
    # Egypt urged
    got = triples(code_text(
        LAUNCH + "Egypt urged Japan to show restraint, and Spain's foreign minister "
        "called the launch an escalation.", title="Vietnam tests long-range rocket"))
    assert ("ACCUSE", "ESP", "JPN") not in got


STRIKES = ("Turkish jets struck a market in northern Iraq on Monday, killing 12 people. "
           "Kurdish fighters in Iraq later fired rockets at a Turkish border town. ")


def test_guard_a_felt_concern_beside_a_demand_takes_the_party_called_on(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the demand is asked before the author of the act the concern is about
    # (``conjoined_addressees`` asks the author between its two readings): the party
    # called on, not the last attacker of another kind the story told of
    got = triples(code_text(
        STRIKES + "Germany said it was troubled by the rocket attack and called on "
        "Baghdad to investigate it.", title="Turkish jets strike market in Iraq"))
    assert ("ACCUSE", "DEU", "IRQ") in got
    assert ("ACCUSE", "DEU", "TUR") not in got
