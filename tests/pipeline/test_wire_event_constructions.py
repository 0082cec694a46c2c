"""Wire-news constructions and their PLOVER types: envoys told to go or given a deadline
(expelled), ordered acts, forces posted or sent, chanting crowds, "no officials would
attend", labels after "described as", relief arriving, internet cuts, persona non grata,
"spoke with" a counterpart; a "chargé d'affaires" is an envoy and no criminal charge."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.trigger_objects import direct_object
from pipeline.triggers import find_triggers
from tests.pipeline.coding import triples


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Spain and Italy told the Iranian diplomats to go.", "told"),
    ("The government asked the Russian ambassador to leave the country.", "asked"),
])
def test_telling_envoys_to_go_is_an_expulsion(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"


def test_telling_anyone_else_to_go_stays_a_demand(nlp: Any) -> None:
    assert _types(nlp, "The mayor told the protesters to go home.").get("told") == "REQUEST"


def test_a_deadline_on_an_apposed_envoy_is_an_expulsion(code_text: Any) -> None:
    out = code_text("Canada gave Iran's charge d'affaires, Ali Rezaei, 48 hours to leave.")
    assert ("SANCTION", "CAN", "IRN") in triples(out)
    assert "ACCUSE" not in {e.type for e in out.events}


@pytest.mark.parametrize(("text", "kind"), [
    ("The White House ordered Libyan assets in American banks frozen.", "SANCTION"),
    ("Beijing ordered the Canadian consulate in Wuhan shut.", "SANCTION"),
])
def test_an_order_with_a_bare_participle_is_the_act(nlp: Any, text: str, kind: str) -> None:
    assert _types(nlp, text).get("ordered") == kind


def test_an_order_to_do_something_stays_a_demand(nlp: Any) -> None:
    text = "The court ordered the ministry to publish the report."
    assert _types(nlp, text).get("ordered") == "REQUEST"


def test_the_ordered_act_is_not_coded_twice(code_text: Any) -> None:
    out = code_text("Washington ordered Iranian assets frozen and banned trade with Iran.")
    assert ("SANCTION", "USA", "IRN") in triples(out)
    assert "REQUEST" not in {e.type for e in out.events}


@pytest.mark.parametrize(("text", "word"), [
    ("Hundreds of soldiers stood guard outside the parliament.", "stood"),
    ("Tanks have been posted at the main bridges since Monday.", "posted"),
    ("Japan scrambled fighter jets as the bombers approached.", "scrambled"),
    ("Canada said it was sending 40 police officers to Haiti.", "sending"),
])
def test_forces_placed_or_sent_are_mobilized(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "MOBILIZE"


def test_letters_posted_are_no_deployment(nlp: Any) -> None:
    assert "posted" not in _types(nlp, "The letters were posted on Monday.")


@pytest.mark.parametrize("text", [
    "Several hundred students chanted outside the ministry.",
    "Crowds stayed in the square until dawn, chanting against the junta.",
])
def test_a_chanting_crowd_demonstrates(nlp: Any, text: str) -> None:
    assert "PROTEST" in _types(nlp, text).values()


def test_no_officials_attending_is_a_boycott(code_text: Any) -> None:
    out = code_text("Canada said no ministers would attend the Olympics in China.")
    assert ("REJECT", "CAN", "CHN") in triples(out)


def test_a_subject_of_no_negates_the_act(nlp: Any) -> None:
    from pipeline.modality import is_negated

    doc = nlp("No soldiers were killed in the attack.")
    assert is_negated(next(t for t in doc if t.lower_ == "killed"))


def test_refusing_safe_passage_is_a_rejection(code_text: Any) -> None:
    out = code_text("Sweden said it would not grant the dissident safe passage to Norway.")
    assert "REJECT" in {e.type for e in out.events}


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul described the missile launch as a grave provocation.", "ACCUSE"),
    ("The airline described the diversion as hijacking.", "ACCUSE"),
    ("Paris described the release as a constructive step.", "SUPPORT"),
])
def test_a_label_after_described_as(nlp: Any, text: str, kind: str) -> None:
    assert _types(nlp, text).get("described") == kind


def test_described_as_a_neutral_noun_is_no_label(nlp: Any) -> None:
    assert "described" not in _types(nlp, "She described the meeting as a long session.")


def test_vehicles_arriving_with_relief_deliver_aid(code_text: Any) -> None:
    out = code_text("Two Turkish ships arrived in Gaza on Friday with 2,000 tonnes of food.")
    assert ("AID", "TUR", "PSE") in triples(out)


def test_vehicles_arriving_with_passengers_deliver_nothing(code_text: Any) -> None:
    out = code_text("Two Qatari planes landed in Kabul with evacuees on board.")
    assert "AID" not in {e.type for e in out.events}


def test_military_vehicles_arriving_with_supplies_deliver_nothing(code_text: Any) -> None:
    # an army's column arriving with its own supplies is no delivery of aid: the arrival
    # rule reads no "vehicle" (nor boat or train), though the aid route's class has them
    out = code_text("Russian military vehicles arrived in Kherson with supplies.")
    assert "AID" not in {e.type for e in out.events}


@pytest.mark.parametrize(("text", "sent"), [
    ("Russia sent armoured vehicles with crews to Belarus.", "vehicles"),
    ("The army sent an airlift with food to the town.", "airlift"),
    ("Japan sent two planes with tents to Turkey.", "tents"),
])
def test_what_is_sent_with_a_vehicle(nlp: Any, text: str, sent: str) -> None:
    # a plane sent "with" tents carries them; armoured vehicles sent "with" crews are
    # themselves what is sent, and an airlift is the sending
    send = next(t for t in nlp(text) if t.lemma_ == "send")
    obj = direct_object(send)
    assert obj is not None and obj.text == sent


@pytest.mark.parametrize("text", [
    "The authorities cut internet access across the country on Friday.",
    "Mobile internet was cut in the capital.",
])
def test_cutting_the_internet_is_censorship(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("cut") == "COERCE"


def test_cutting_gas_supplies_stays_a_sanction(nlp: Any) -> None:
    assert _types(nlp, "Moscow cut gas supplies to Kyiv.").get("cut") == "SANCTION"


def test_persona_non_grata_is_an_expulsion(code_text: Any) -> None:
    out = code_text("Lithuania declared Russia's ambassador persona non grata on Monday.")
    assert ("SANCTION", "LTU", "RUS") in triples(out)


def test_envoys_leaving_the_host_country_are_withdrawn(code_text: Any) -> None:
    out = code_text("Chile said its diplomats would leave Peru immediately.")
    assert ("SANCTION", "CHL", "PER") in triples(out)


def test_a_minister_leaving_a_country_is_no_sanction(nlp: Any) -> None:
    assert "left" not in _types(nlp, "The minister left Peru on Tuesday.")


@pytest.mark.parametrize("text", [
    'Paris said there was no justification for the invasion of Ukraine.',
    "Berlin said the arrests were not an appropriate response to the protests.",
])
def test_denying_an_act_its_warrant_disapproves(code_text: Any, text: str) -> None:
    assert "ACCUSE" in {e.type for e in code_text(text).events}


def test_no_reason_to_panic_is_no_accusation(code_text: Any) -> None:
    out = code_text("Putin said there was no reason to panic.")
    assert "ACCUSE" not in {e.type for e in out.events}


def test_troops_guarding_sites_are_deployed(nlp: Any) -> None:
    text = "The alliance said its troops would guard airports and power plants."
    assert _types(nlp, text).get("guard") == "MOBILIZE"


def test_speaking_with_a_foreign_leader_is_a_consultation(code_text: Any) -> None:
    out = code_text("Modi said he had spoken with the Japanese prime minister on Tuesday.")
    assert "CONSULT" in {e.type for e in out.events}


def test_speaking_to_reporters_is_no_consultation(code_text: Any) -> None:
    out = code_text("The Kenyan president spoke to reporters in Nairobi on Tuesday.")
    assert "CONSULT" not in {e.type for e in out.events}
