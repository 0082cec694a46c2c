"""Typing by what is blocked or regretted: a state blocking a road, a building or an app
coerces (PLOVER COERCE), it refuses nothing; barring people from entering the country
refuses them entry (REJECT); regret at another party's decision is disapproval (ACCUSE),
not a concession."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples, typed_pairs


def test_troops_blocking_a_building_or_road_coerce(code_text: Any) -> None:
    out = code_text("Turkish troops blocked the parliament building in Ankara on Monday.")
    assert "COERCE" in event_types(out)
    assert "REJECT" not in event_types(out)
    out = code_text("Armenia has blocked the main road linking the two regions since May.")
    assert "COERCE" in event_types(out)
    assert "REJECT" not in event_types(out)


def test_authorities_blocking_an_app_coerce(code_text: Any) -> None:
    out = code_text("The Indian government blocked the Telegram app in Kashmir.")
    assert "COERCE" in event_types(out)
    assert "REJECT" not in event_types(out)


def test_blocking_a_resolution_is_still_a_rejection(code_text: Any) -> None:
    out = code_text("Russia blocked the resolution at the Security Council on Friday.")
    assert "REJECT" in event_types(out)


def test_protesters_blocking_roads_still_protest(code_text: Any) -> None:
    out = code_text("Thousands of Kenyan protesters blocked roads in Nairobi on Tuesday.")
    assert "PROTEST" in event_types(out)
    assert "COERCE" not in event_types(out)


def test_barring_officials_from_entering_refuses_them_entry(code_text: Any) -> None:
    # the annotation guide's REJECT: "barring entry" (test_barring_people has the rest)
    assert ("REJECT", "GBR", "RUS") in triples(code_text(
        "Britain has barred ten senior Russian officials from entering the country."))


def test_regret_at_another_partys_decision_is_disapproval(code_text: Any) -> None:
    out = code_text("Germany said it regretted the decision by Hungary to leave the court.")
    assert "ACCUSE" in event_types(out)
    assert "CONCEDE" not in event_types(out)
    out = code_text("Poland said late on Monday that it regretted the unjustified decision of "
                    "Belarus to close the border.")
    assert "CONCEDE" not in event_types(out)


def test_regret_for_ones_own_decision_is_still_a_concession(code_text: Any) -> None:
    out = code_text("Canada said it regretted its decision to expel the Indian envoy.")
    assert "ACCUSE" not in event_types(out)


def test_regret_at_another_states_measure_is_disapproval(code_text: Any) -> None:
    # a closure, deportation or imposition another state did, regretted by name, by a
    # shared object ("regretted and rejected") or as a noun ("expressed regret over")
    assert ("ACCUSE", "HTI", "DOM") in triples(code_text(
        "Haiti's foreign ministry regretted the closure of the border by the Dominican "
        "Republic."))
    out = code_text("Mexico's president said he regretted and rejected Trump's decision.")
    assert "ACCUSE" in event_types(out)
    assert "CONCEDE" not in event_types(out)
    out = code_text("Turkey expressed regret over Thailand's deportation of the Uighurs.")
    assert "ACCUSE" in event_types(out)
    assert "CONCEDE" not in event_types(out)


def test_regret_for_ones_own_act_or_loss_stays_a_concession(code_text: Any) -> None:
    for text in ("Turkey expressed regret over its decision to close the border.",
                 "The government said it regretted its expulsion of the diplomats.",
                 "France expressed regret for the deaths of the soldiers.",
                 "Taiwan expressed regret over the deaths of the two fishermen.",
                 "Beijing said it regretted the unintended entry into US airspace.",
                 "The company said it regretted the closure of the factory.",
                 "Germany regretted the cancellation of its own concert tour.",
                 "Officials regretted the suspension of the match after heavy rain."):
        assert "ACCUSE" not in event_types(code_text(text)), text


def test_regret_beside_anothers_rejection_is_its_own_clause(code_text: Any) -> None:
    # two clauses: the rejection's object is not what the regret is at
    out = code_text("Mexico's president said he regretted it, and Trump rejected the plan.")
    assert "ACCUSE" not in event_types(out)


def test_a_state_act_done_in_protest_is_no_demonstration(code_text: Any) -> None:
    out = code_text("Turkey expelled the Dutch envoy in protest at the Dutch ban.")
    assert "PROTEST" not in event_types(out)
    out = code_text("Japan cancelled talks with China in protest at the arrests.")
    assert "PROTEST" not in event_types(out)


def test_any_of_coordinated_state_acts_gives_the_motive(code_text: Any) -> None:
    # the phrase hangs on the second act; the first ("summoned") is no sanction itself
    out = code_text("Pakistan summoned the envoy and suspended trade in protest.")
    assert "PROTEST" not in event_types(out)


def test_a_crowd_in_protest_still_protests(code_text: Any) -> None:
    out = code_text("Thousands of Kenyans marched in Nairobi in protest at the tax rises.")
    assert "PROTEST" in event_types(out)


@pytest.mark.parametrize(("text", "source", "target"), [
    # cold review: regret at another's measure is aimed at its doer, never at the speaker
    # (the parser hangs the act's "by" on the verb of regret; an "its" in the act's "of"
    # phrase is the victims', not the act's)
    ("Haiti regretted the deportation of its nationals by the Dominican Republic.",
     "HTI", "DOM"),
    ("Serbia expressed regret over the deportation of Novak Djokovic by Australia.",
     "SRB", "AUS"),
    ("Britain regretted the expulsion of its diplomats by Russia.", "GBR", "RUS"),
    ("Mexico expressed deep regret over the closure of the border by the United States on "
     "Monday.", "MEX", "USA"),
])
def test_regret_at_a_measure_accuses_its_doer(code_text: Any, text: str, source: str,
                                              target: str) -> None:
    out = code_text(text)
    assert typed_pairs(out, "ACCUSE") == {(source, target)}


@pytest.mark.parametrize("text", [
    # cold review: one's own measure, or one with no other party, is no accusation
    "Kenya expressed regret at the deportation of its citizens from Saudi Arabia.",
    "Poland regretted and condemned Russia's decision to expel the diplomats.",
    "Japan expressed regret over the outcome of the vote at the UN.",
    "The company regretted the closure of its offices in Moscow.",
    "Pakistan expressed regret over the deportation of Afghan refugees, saying it was "
    "necessary for security.",
    "Britain expressed regret about the expulsion of Russian diplomats, saying it had no "
    "choice.",
    "The prime minister expressed regret over the statement, which he said had been "
    "misunderstood.",
    "The minister regretted and defended the closure of the border.",
    "The government regretted and announced the closure of 20 schools.",
    "Real Madrid regretted the expulsion of Vinicius in the 80th minute.",
    # a "by" that names no state or body, or one's own
    "Japan expressed regret by letter over the outcome of the vote.",
    "The minister regretted the closure of 20 schools by flooding.",
    "The club regretted the expulsion of its striker by the referee.",
    "Pakistan expressed regret over the deportation of Afghan refugees by its police, "
    "saying it was necessary.",
    "Germany regretted the closure of its embassy by mistake.",
])
def test_no_self_accusation_from_regret(code_text: Any, text: str) -> None:
    out = code_text(text)
    assert not {(s, t) for s, t in typed_pairs(out, "ACCUSE") if t is None or t == s}


def test_regret_at_the_closure_of_ones_own_premises_is_no_accusation(
        code_text: Any) -> None:
    out = code_text("Germany regretted the closure of its embassy in Kyiv, saying the move "
                    "was temporary.")
    assert "ACCUSE" not in event_types(out)


# Regret over another state's act names its doer by a country's name before the act
# ("the US decision") as well as by a possessive ("Tokyo's decision"); the "over" may hang
# on the verb the noun "regret" is the object of ("expressed deep regret on Monday over").

@pytest.mark.parametrize(("text", "pair"), [
    ("China expressed regret over the US decision to impose tariffs.", ("CHN", "USA")),
    ("Mexico expressed regret over the US decision to deport the migrants.",
     ("MEX", "USA")),
    ("Iran expressed regret over the UK decision to expel two diplomats.", ("IRN", "GBR")),
    ("Seoul expressed deep regret on Monday over Tokyo's decision to release the water.",
     ("KOR", "JPN")),
])
def test_regret_over_a_decision_a_country_names_blames_that_country(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert typed_pairs(code_text(text), "ACCUSE") == {pair}


@pytest.mark.parametrize("text", [
    "Pakistan expressed regret over the deportation of Afghan refugees.",
    "Japan expressed regret over the deaths of Chinese fishermen.",
    "Germany expressed regret over its decision to close the consulate.",
    "The US expressed regret over the US decision to close the consulate.",
    "China expressed regret for the incident in the South China Sea.",
    "The minister expressed regret over the US elections.",
    "Japan did not express regret over the US decision.",
    "Did China express regret over the US decision?",
])
def test_guard_regret_at_ones_own_loss_act_or_no_act_blames_no_one(
        code_text: Any, text: str) -> None:
    assert "ACCUSE" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("The EU expressed regret over the Ukraine decision by Hungary.", ("IGO", "HUN")),
    ("China expressed regret over the Taiwan decision announced by Washington.",
     ("CHN", "USA")),
    ("Israel expressed deep regret over the Palestine recognition decision taken by Norway.",
     ("ISR", "NOR")),
])
def test_guard_a_named_agent_outranks_a_country_named_before_the_act(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    # the name before the act is its topic when a "by" agent names its doer
    assert typed_pairs(code_text(text), "ACCUSE") == {pair}


def test_guard_a_territory_before_the_act_is_its_topic(code_text: Any) -> None:
    out = code_text("Egypt expressed regret over the Gaza decision, blaming Israel.")
    assert typed_pairs(out, "ACCUSE") == {("EGY", "ISR")}


@pytest.mark.parametrize("text", [
    "Russia expressed regret over the Kosovo decision of the International Court of Justice.",
    "Serbia expressed regret over the Kosovo decision.",
])
def test_guard_a_held_territory_before_the_act_is_not_blamed(code_text: Any, text: str) -> None:
    assert "XKX" not in {t for _, t in typed_pairs(code_text(text), "ACCUSE")}


@pytest.mark.parametrize(("text", "pair"), [
    # cold review: a "by" that is no named agent ("by decree", "by mistake", "by the
    # cabinet") leaves one's own act one's own: a concession, never a self-accusation
    ("France regretted its decision by decree to ban the march.", ("FRA", "FRA")),
    ("Italy regretted its expulsion of the Libyan envoy by mistake.", ("ITA", "LBY")),
])
def test_regret_for_ones_own_act_done_by_a_means_is_a_concession(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    out = code_text(text)
    assert pair in typed_pairs(out, "CONCEDE")
    assert not typed_pairs(out, "ACCUSE")


def test_regret_for_ones_own_cabinets_decision_accuses_no_one(code_text: Any) -> None:
    out = code_text("Israel regretted its decision by the cabinet to close the crossing.")
    assert not typed_pairs(out, "ACCUSE")
