"""Event detection by type: made-up wire sentences for each PLOVER class the coder
must recognise (troop movements, declared concessions, material cooperation, ...)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples

# MOBILIZE: military moves short of force


def test_troops_entering_or_crossing_into_a_country_mobilize(code_text: Any) -> None:
    assert ("MOBILIZE", "SYR", "LBN") in triples(
        code_text("Syrian troops entered Lebanon on Monday."))
    assert ("MOBILIZE", "TUR", "IRQ") in triples(
        code_text("Thousands of Turkish troops crossed into Iraq overnight."))
    assert ("MOBILIZE", "RUS", "GEO") in triples(
        code_text("Russian tanks were moving toward Tbilisi, Georgian officials said."))


def test_sending_warships_is_a_deployment(code_text: Any) -> None:
    assert ("MOBILIZE", "USA", "IRN") in triples(
        code_text("Washington sent two aircraft carriers toward Iran."))


def test_exercises_and_war_games_mobilize(code_text: Any) -> None:
    assert ("MOBILIZE", "CHN", "TWN") in triples(code_text(
        "China staged live-fire exercises near Taiwan on Tuesday. Taiwan condemned China."))
    assert ("MOBILIZE", "RUS", "POL") in triples(code_text(
        "Russia held war games near Poland. Poland accused Russia of provocation."))


def test_civilian_vehicles_moving_are_not_troop_movements(code_text: Any) -> None:
    assert "MOBILIZE" not in event_types(code_text("Aid trucks entered Gaza on Monday."))


# CONCEDE: declared, not yet implemented concessions


def test_halting_an_offensive_is_a_declared_concession(code_text: Any) -> None:
    out = code_text("Israel halted its offensive in Gaza. Hamas welcomed it.")
    assert ("CONCEDE", "ISR", "PSE") in triples(out)
    assert "ASSAULT" not in event_types(out)


def test_ordering_an_end_to_operations_is_not_a_request(code_text: Any) -> None:
    out = code_text("Russia ordered an end to military operations in Georgia on Tuesday.")
    assert ("CONCEDE", "RUS", "GEO") in triples(out)
    assert "REQUEST" not in event_types(out)


def test_declaring_a_war_over_is_a_concession_not_an_attack(code_text: Any) -> None:
    out = code_text("Ethiopia declared the war with Eritrea over.")
    assert ("CONCEDE", "ETH", "ERI") in triples(out)
    assert "ASSAULT" not in event_types(out)


def test_regret_and_apology_for_ones_own_act_concede(code_text: Any) -> None:
    assert ("CONCEDE", "USA", "CHN") in triples(code_text(
        "China detained the US crew. The US expressed regret over the death of the "
        "Chinese pilot."))
    assert ("CONCEDE", "USA", "CHN") in triples(code_text(
        "Washington said it was very sorry for the death of the Chinese pilot."))


def test_a_pledge_to_help_end_a_conflict_is_no_concession(code_text: Any) -> None:
    out = code_text("Pakistan pledged to help end the conflict with India.")
    assert "CONCEDE" not in event_types(out)


# PROTEST vs ACCUSE


def test_crowds_protesting_at_an_embassy_demonstrate_against_its_country(
        code_text: Any) -> None:
    out = code_text("Russia cut gas to Ukraine. Several hundred people protested outside the "
                    "Russian embassy in Sofia.")
    assert ("PROTEST", "BGR", "RUS") in triples(out)
    protest = next(e for e in out.events if e.type == "PROTEST")
    assert protest.location is not None and protest.location.text == "Sofia"


def test_taking_to_the_streets_is_a_protest(code_text: Any) -> None:
    assert "PROTEST" in event_types(code_text("Tens of thousands took to the streets of Minsk."))


def test_an_official_protest_stays_a_complaint(code_text: Any) -> None:
    out = code_text("Russia protested the decision.")
    assert "PROTEST" not in event_types(out)


# RETREAT: leaving office, release


def test_leaving_into_exile_is_a_resignation(code_text: Any) -> None:
    assert "RETREAT" in event_types(code_text("The former president flew into exile on Saturday."))
    assert "RETREAT" in event_types(code_text("The president flew out of the country late on "
                                         "Saturday."))


def test_walking_free_is_a_release(code_text: Any) -> None:
    assert "RETREAT" in event_types(code_text("Police said the opposition leader walked free on "
                                         "Monday."))


def test_free_as_an_adjective_is_no_release(code_text: Any) -> None:
    out = code_text("The EU said the vote had been neither free nor fair.")
    assert "RETREAT" not in event_types(out)


# ASSAULT: violence, and what only looks like it


def test_taking_a_country_or_town_by_force_is_an_assault(code_text: Any) -> None:
    assert ("ASSAULT", "IRQ", "KWT") in triples(code_text("Iraqi troops seize Kuwait"))
    assert ("ASSAULT", "IRQ", "KWT") in triples(
        code_text("Iraqi forces overran Kuwait on Thursday."))


def test_seizing_goods_stays_coercion(code_text: Any) -> None:
    out = code_text("Turkish police seized 40 kilograms of heroin from Syrian smugglers.")
    assert "ASSAULT" not in event_types(out)


def test_executions_by_hanging_are_assaults(code_text: Any) -> None:
    assert "ASSAULT" in event_types(code_text("The nine men were hanged in Lagos on Friday."))


def test_figurative_and_legal_fights_are_no_violence(code_text: Any) -> None:
    assert "ASSAULT" not in event_types(code_text(
        "His lawyers fought the extradition in Mexican courts."))
    assert "ASSAULT" not in event_types(code_text("Kenya vowed to fight terrorism."))


def test_a_pretext_for_an_invasion_is_no_invasion(code_text: Any) -> None:
    out = code_text("Maduro said the aid was a pretext for a U.S. invasion.")
    assert "ASSAULT" not in event_types(out)


def test_rubber_bullets_and_stun_grenades_are_crowd_control(code_text: Any) -> None:
    out = code_text("Belarusian police fired stun grenades and rubber bullets at protesters.")
    assert "COERCE" in event_types(out) and "ASSAULT" not in event_types(out)


# Signed deals: an AGREE between the signatories, not SUPPORT toward the venue


def test_a_deal_signed_abroad_is_agreed_between_the_signatories(code_text: Any) -> None:
    out = code_text("Israel and Jordan signed a peace treaty in Oslo on Monday.")
    assert ("AGREE", "ISR", "JOR") in triples(out) or ("AGREE", "JOR", "ISR") in triples(out)
    assert not any(g == "NOR" for _, _, g in triples(out))


def test_a_passive_signature_names_the_signatories(code_text: Any) -> None:
    out = code_text("The declaration was signed by Ethiopian Prime Minister Abiy Ahmed and "
                    "Eritrean President Isaias Afwerki in Asmara.")
    assert ("AGREE", "ETH", "ERI") in triples(out)
    assert "SUPPORT" not in event_types(out)


# Dates: agency datelines, coming periods


def test_an_agency_dateline_is_no_part_of_the_first_sentence(code_text: Any) -> None:
    out = code_text("OSLO, Mar 14 (newswire) - Norway expelled two Russian diplomats on "
                    "Wednesday.", title="Norway expels Russian diplomats",
                    published="2024-03-14")
    body = [e for e in out.events if e.evidence.sentence_index > 0]
    assert body and all(not e.evidence.sentence.startswith("OSLO") for e in body)
    assert all(e.date == "2024-03-13" for e in body)  # Wednesday before a Thursday report


def test_next_week_or_month_is_not_the_publication_day(code_text: Any) -> None:
    out = code_text("Russia and Ukraine will hold talks next week.", published="2024-06-29")
    talk = next(e for e in out.events if e.type == "CONSULT")
    assert talk.date_precision == "month" and talk.date == "2024-07-01"


def test_military_craft_ordered_somewhere_mobilize(code_text: Any) -> None:
    out = code_text("The French president ordered a fighter jet to escort the airliner.")
    assert "MOBILIZE" in event_types(out)
    assert "REQUEST" not in event_types(out)
    out = code_text("A Pentagon spokesman said the aircraft carrier USS Nimitz and its "
                    "strike group had been ordered to remain in the area.")
    assert "MOBILIZE" in event_types(out)
    assert "REQUEST" not in event_types(out)


def test_a_standard_found_unmet_is_disapproval_not_a_meeting(code_text: Any) -> None:
    out = code_text("EU observers said the Kenyan vote had not met democratic standards.")
    assert "ACCUSE" in event_types(out)
    assert "REJECT" not in event_types(out)


def test_a_demand_met_is_no_meeting(code_text: Any) -> None:
    out = code_text("Kenya met the deadline set by Uganda on Monday.")
    assert "CONSULT" not in event_types(out)


def test_backing_armed_groups_told_by_another_is_an_allegation(code_text: Any) -> None:
    assert ("ACCUSE", "COD", "RWA") in triples(code_text(
        "The Congolese foreign minister said Rwanda was backing the rebels in the east."))
    out = code_text("Kenya said Somalia was arming militants near the border.")
    assert "SUPPORT" not in event_types(out)


def test_backing_a_plan_is_still_support(code_text: Any) -> None:
    assert "SUPPORT" in event_types(code_text("Ethiopia backed the peace plan on Monday."))


@pytest.mark.parametrize("text", [
    "Zimbabwe struggled to meet the terms of the IMF loan.",
    "Iran will meet its commitments under the accord, the minister said.",
    "Greece failed to meet the timetable set by its creditors.",
    "The junta said it could not meet the deadline for elections.",
])
def test_terms_and_commitments_met_are_no_meeting(code_text: Any, text: str) -> None:
    types = event_types(code_text(text))
    assert "CONSULT" not in types and "ACCUSE" not in types


@pytest.mark.parametrize("text", [
    "The president met the families of the victims.",
    "The Greek foreign minister met his Turkish counterpart in Ankara.",
    "Israeli negotiators met Hamas officials on the terms of a ceasefire in Doha.",
])
def test_people_met_are_still_a_meeting(code_text: Any, text: str) -> None:
    assert "CONSULT" in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("The UN said the elections in Venezuela could not meet democratic standards.",
     ("IGO", "VEN")),
    ("The European Commission said Hungary cannot meet the conditions for the funds.",
     ("IGO", "HUN")),
    ("The IAEA said Iran's declarations could not meet the safeguards standards.",
     ("IGO", "IRN")),
    ("Ukraine could not meet NATO's standards, the Hungarian minister said.", ("HUN", "UKR")),
])
def test_a_third_party_finding_another_cannot_meet_standards_disapproves(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert ("ACCUSE", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Rights groups said the trial could not meet international standards of fairness.",
])
def test_a_group_finding_a_trial_cannot_meet_standards_disapproves(
        code_text: Any, text: str) -> None:
    assert "ACCUSE" in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Ukraine said it could not meet the deadline set by the IMF.",
    "Moscow will not meet Kyiv's demands.",
    "We cannot meet those standards, the Serbian minister said.",
])
def test_a_party_unable_to_meet_its_own_dues_is_no_finding(code_text: Any, text: str) -> None:
    assert "ACCUSE" not in event_types(code_text(text))
