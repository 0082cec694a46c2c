""""Iran condemned the strikes": the recipient is whoever the story has carrying out
strikes — its main doer of them, not whoever fired last."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_condemned_strikes_aim_at_the_main_striker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Turkish jets struck targets in northern Iraq on Monday. Turkish drones attacked a "
        "village near Dohuk. Turkish artillery shelled the border area. Iraqi forces shot "
        "down a Turkish drone on Tuesday. Iran condemned the strikes.",
        title="Turkey strikes northern Iraq"))
    assert ("ACCUSE", "IRN", "TUR") in got
    assert ("ACCUSE", "IRN", "IRQ") not in got


def test_on_a_tie_the_story_s_first_striker_is_blamed(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Eritrean forces shelled Ethiopian border towns on Monday. Ethiopian troops "
        "attacked an Eritrean garrison on Tuesday. Kenya condemned the offensive.",
        title="Eritrea launches offensive"))
    assert ("ACCUSE", "KEN", "ERI") in got
    assert ("ACCUSE", "KEN", "ETH") not in got


def test_welcoming_an_inspection_praises_the_inspecting_body(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Inspectors from the International Atomic Energy Agency reached a nuclear plant "
        "in Ukraine on Thursday. The IAEA team toured the site. A Kremlin spokesman "
        "welcomed the inspection.",
        title="Nuclear inspectors reach plant"))
    assert ("SUPPORT", "RUS", "IGO") in got
    assert ("SUPPORT", "RUS", "UKR") not in got


def test_rejecting_an_accusation_answers_the_accuser(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Drones struck two oil plants in Kuwait on Saturday. The United States accused "
        "Iran of the attack on Sunday. Kuwait and Iran held talks. Tehran rejected the "
        "accusation.",
        title="Drones hit Kuwaiti oil plants"))
    assert ("REJECT", "IRN", "USA") in got


def test_rejecting_a_complaint_answers_the_complainant(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Chinese jets flew near Taiwan on Monday. Japan lodged a complaint with China "
        "over missiles that fell in its waters. China rejected the complaint.",
        title="China holds drills near Taiwan"))
    assert ("REJECT", "CHN", "JPN") in got


def test_a_condemned_escalation_blames_the_main_attacker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Iran launched drones and missiles at Israel overnight. Israel said its air "
        "defences shot most of them down. Israel's cabinet met on Sunday and Israeli "
        "leaders vowed to respond. The UN Secretary-General condemned the escalation.",
        title="Israel weighs response"))
    assert ("ACCUSE", "IGO", "IRN") in got
    assert ("ACCUSE", "IGO", "ISR") not in got


def test_a_condemned_veto_blames_the_vetoing_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Russia vetoed a UN resolution on North Korea on Thursday. North Korea welcomed "
        "the vote. South Korea's envoy criticised the veto.",
        title="Russia vetoes North Korea panel"))
    assert ("ACCUSE", "KOR", "RUS") in got
