"""A protest whose own phrase names a foreign country as what it is against ("slogans
against Ethiopia", "against Ethiopian interference"), as the owner of the mission or
premises it is held at ("outside South African businesses") or of the people it
demands leave ("the withdrawal of French soldiers") is aimed at that country; a country
named as the protest's place, in a grievance it reports, on the flags it waves, as a
person's nationality or of people whose release is demanded leaves the protest aimed at
the protesters' own state. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples

TITLE = "Somalia expels Ethiopian ambassador"
ROW = ("Somalia expelled Ethiopia's ambassador on Thursday over a port deal Ethiopia "
       "signed with Somaliland. Ethiopia said the deal violated no law. ")


def test_slogans_against_a_country_aim_the_rally_at_it(code_text: Any) -> None:
    out = code_text(ROW + "Thousands of people rallied in Mogadishu to denounce the deal, "
                    "chanting slogans against Ethiopia.", title=TITLE)
    assert ("PROTEST", "SOM", "ETH") in triples(out)
    assert ("PROTEST", "SOM", "SOM") not in triples(out)


def test_a_march_against_a_countrys_interference_is_aimed_at_it(code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of demonstrators marched in Mogadishu against "
                    "Ethiopian interference.", title=TITLE)
    assert ("PROTEST", "SOM", "ETH") in triples(out)


def test_a_protest_against_the_government_stays_at_home(code_text: Any) -> None:
    out = code_text(ROW + "Thousands of people rallied in Mogadishu against the "
                    "government.", title=TITLE)
    assert ("PROTEST", "SOM", "SOM") in triples(out)
    assert ("PROTEST", "SOM", "ETH") not in triples(out)


def test_a_grievance_naming_a_country_does_not_aim_the_protest(code_text: Any) -> None:
    out = code_text("Pakistan pulled its troops back from the Kargil heights on Sunday. "
                    "Opposition parties in Islamabad staged protests accusing the prime "
                    "minister of bowing to American pressure.",
                    title="Pakistan pulls back troops from Kargil")
    assert ("PROTEST", "PAK", "USA") not in triples(out)


def test_flags_waved_do_not_aim_the_protest(code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of protesters waving Turkish flags marched through "
                    "Mogadishu.", title=TITLE)
    assert ("PROTEST", "SOM", "TUR") not in triples(out)


def test_a_protest_outside_a_countrys_premises_is_aimed_at_it(code_text: Any) -> None:
    out = code_text("Zambia cancelled a friendly against South Africa after attacks on "
                    "foreigners in Johannesburg. In Zambia, students protested outside "
                    "South African businesses in the capital Lusaka.",
                    title="South African envoys booed in Harare")
    assert ("PROTEST", "ZMB", "ZAF") in triples(out)


def test_a_crowd_demanding_a_countrys_troops_leave_is_aimed_at_it(code_text: Any) -> None:
    out = code_text("Mali's transitional government said it would review its defence "
                    "accords. Thousands of people marched in Bamako to demand the "
                    "withdrawal of French soldiers.", title="Mali reviews defence accords")
    assert ("PROTEST", "MLI", "FRA") in triples(out)


def test_premises_of_the_protesters_own_country_stay_at_home(code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of people rallied outside the Somali parliament in "
                    "Mogadishu.", title=TITLE)
    assert ("PROTEST", "SOM", "SOM") in triples(out)


def test_a_foreign_persons_house_is_no_countrys_premises(code_text: Any) -> None:
    out = code_text("Real Madrid fans protested outside the Bernabeu stadium after the "
                    "club's defeat. Supporters chanted outside the German coach's house.",
                    title="Fans protest in Madrid")
    assert ("PROTEST", "ESP", "DEU") not in triples(out)


def test_demanding_the_release_of_a_countrys_people_is_not_against_it(
        code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of people rallied in Mogadishu to demand the release "
                    "of Ethiopian prisoners held by the police.", title=TITLE)
    assert ("PROTEST", "SOM", "ETH") not in triples(out)


def test_demanding_a_law_be_withdrawn_names_no_country(code_text: Any) -> None:
    out = code_text("Thousands of Spaniards marched in Madrid on Sunday to demand the "
                    "withdrawal of a housing law.", title="Spaniards march over housing")
    assert {t for ty, s, t in triples(out) if ty == "PROTEST"} <= {"ESP"}


def test_guard_arrests_outside_a_foreign_restaurant_are_no_protest(
        code_text: Any) -> None:
    # (a guard: police detaining men is no protest with or without the premises rule)
    out = code_text(ROW + "Police detained ten men outside an Ethiopian restaurant in "
                    "Mogadishu.", title=TITLE)
    assert not any(ty == "PROTEST" for ty, _, _ in triples(out))


#: Protests whose leaving demand or "outside" place names a country's people or
#: places that are not its state: the crowd stays aimed at its own state.
HOME_AIMED = [
    pytest.param("Ajax lost again on Sunday. Hundreds of fans protested in Amsterdam "
                 "to demand the departure of the German sporting director.",
                 "NLD", "DEU", id="a-clubs-foreign-director-is-no-state"),
    pytest.param("Sevilla lost again on Sunday. Thousands of fans protested in Seville "
                 "to demand the departure of Argentine coach Jorge Sampaoli.",
                 "ESP", "ARG", id="a-named-foreign-coach-is-no-state"),
    pytest.param("Pakistan began deporting Afghans on Monday. Rights activists rallied "
                 "in Islamabad to protest the expulsion of Afghan refugees.",
                 "PAK", "AFG", id="protesting-an-expulsion-is-against-the-expeller"),
    pytest.param("Germany tightened asylum rules on Monday. Hundreds of far-right "
                 "supporters marched in Dresden to demand the expulsion of Syrian "
                 "migrants.", "DEU", "SYR", id="migrants-are-not-their-state"),
    pytest.param("Morocco's government faced anger over teacher pay. Unions said talks "
                 "had failed. Thousands of teachers marched in Rabat to demand the "
                 "withdrawal of the French-language curriculum.",
                 "MAR", "FRA", id="withdrawing-a-thing-names-no-state"),
    pytest.param("Pakistan's government faced anger over rising crime on Monday. Police "
                 "said thefts had doubled. Residents protested outside the Afghan "
                 "refugee camp in Peshawar.", "PAK", "AFG",
                 id="outside-a-camp-is-a-place-not-premises"),
    pytest.param("Spain's farmers are angry about EU rules. French farmers protested "
                 "outside the Spanish border town of La Jonquera on Monday.",
                 "FRA", "ESP", id="outside-a-town-is-a-place-not-premises"),
]


@pytest.mark.parametrize(("text", "home", "other"), HOME_AIMED)
def test_people_and_places_of_a_country_do_not_aim_the_protest(
        code_text: Any, text: str, home: str, other: str) -> None:
    assert ("PROTEST", home, other) not in triples(code_text(text, title="Protest"))


def test_a_crowd_demanding_an_ambassador_leave_is_aimed_at_his_state(
        code_text: Any) -> None:
    out = code_text("Niger's junta said the envoy had no standing. Thousands of people "
                    "rallied in Niamey to demand the departure of the French "
                    "ambassador.", title="Niger junta orders envoy out")
    assert ("PROTEST", "NER", "FRA") in triples(out)
