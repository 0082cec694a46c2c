"""A warning whose content is what a state must or should do ("warned that Kyiv must stop
its attacks") holds that demand over the state: the warning is coded (THREATEN, which gold
accepts for a warned demand), aimed at the state the demand is made of. Advice or alarm
about anyone else is no coercion. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, typed_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Russia warned that Ukraine must stop its attacks on Crimea.", ("RUS", "UKR")),
    ("The United States warned that China must stop its military drills near Taiwan.",
     ("USA", "CHN")),
    ("Iran warned that Israel should not attack its nuclear sites.", ("IRN", "ISR")),
    ("China's foreign ministry warned that Vilnius must bear all the consequences of its "
     "actions.", ("CHN", "LTU")),
])
def test_a_warned_demand_on_a_state_is_a_threat_to_it(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "THREATEN")


@pytest.mark.parametrize("text", [
    # advice or alarm of no state, a passive wish, a question, a negation, a condition
    "Doctors warned that patients should drink more water during the heatwave.",
    "Forecasters warned that residents should stay indoors as the storm approached.",
    "The coach warned that his players must improve before the final against France.",
    "Scientists warn that the world must cut emissions faster.",
    "The bank warned that investors should be cautious about Chinese stocks.",
    "The UN warned that aid must reach Gaza within days or thousands would starve.",
    "The weather service warned that drivers must avoid the coastal roads in Florida.",
    "Analysts warned that Russia should expect more sanctions.",
    "Did Russia warn that Ukraine must stop its attacks?",
    "Russia did not warn that Ukraine must withdraw.",
    "If Russia warned that Ukraine must withdraw, the talks would collapse.",
    "The report warned that Europe must spend more on defence.",
])
def test_a_warning_of_what_others_should_do_threatens_no_one(code_text: Any,
                                                              text: str) -> None:
    assert "THREATEN" not in event_types(code_text(text))


def test_a_warned_disapproval_stays_a_disapproval(code_text: Any) -> None:
    out = code_text("The minister warned that the violence was unacceptable.")
    assert "ACCUSE" in event_types(out)
    assert "THREATEN" not in event_types(out)


@pytest.mark.parametrize("text", [
    # cold review: a demand made of the warner's own country (or one the warner's own
    # body must meet) is advice or a domestic call, no threat
    "Netanyahu warned that Israel must prepare for a long war in Gaza.",
    "Zelensky warned that Ukraine must not give up any territory.",
    "Scholz warned that Germany must spend more on defence.",
    "The central bank governor warned that Japan must be ready for higher interest rates.",
    "Health officials in India warned that Delhi must prepare for another heatwave this week.",
    "The opposition warned that Kenya must not borrow more from China.",
    "The Foreign Office warned that Britons should leave Lebanon immediately.",
    "Moody's warned that Egypt must speed up reforms or face a downgrade.",
    "Stoltenberg warned that Ukraine must win this war or Europe will be less safe.",
    "Biden warned that Congress must pass the Ukraine aid bill.",
])
def test_guard_a_demand_of_the_warners_own_country_is_no_threat(code_text: Any,
                                                                text: str) -> None:
    assert "THREATEN" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Russia warned that Ukraine must withdraw its troops from Kursk or face consequences.",
     ("RUS", "UKR")),
    ("Egypt warned that Israel must not launch an offensive in Rafah.", ("EGY", "ISR")),
    ("The Chinese embassy warned that Lithuania should reverse its decision on Taiwan.",
     ("CHN", "LTU")),
])
def test_a_warned_demand_is_aimed_at_the_state_it_is_made_of(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert typed_pairs(code_text(text), "THREATEN") == {pair}
