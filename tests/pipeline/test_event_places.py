"""The event's place as a country: provinces without coordinates still name their
country."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_province_names_its_country(code_text: Any) -> None:
    out = code_text("Police arrested 30 truckers at a blockade in Alberta on Monday.")
    assert _countries(out, "COERCE") == {"CAN"}


def _place(nlp: Any, text: str, trigger: str, event_type: str) -> str | None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp(text).sents))
    trig = next(t for t in sent if t.text == trigger)
    return sentence_place(sent, trig, event_type, venue_first=True)


def test_a_part_of_a_place_is_in_that_place(nlp: Any) -> None:
    assert _place(nlp, "Gunmen attacked a church on the outskirts of Kaduna on Sunday.",
                  "attacked", "ASSAULT") == "Kaduna"


def test_troops_sent_to_a_place_are_there(nlp: Any) -> None:
    assert _place(nlp, "Kenya sent 400 police officers to Haiti on Monday.", "sent",
                  "MOBILIZE") == "Haiti"


def test_aid_to_a_country_is_not_placed_by_its_preposition(nlp: Any) -> None:
    assert _place(nlp, "Japan sent aid to Haiti on Monday.", "sent", "AID") is None


def test_a_province_named_with_its_type_word_names_its_country(code_text: Any) -> None:
    out = code_text("Chinese warships held drills with the Russian navy off the coast of "
                    "Guangdong province.")
    assert _countries(out, "MOBILIZE") == {"CHN"}


def test_troops_sent_to_a_border_stay_at_home(code_text: Any) -> None:
    out = code_text("Nigeria sent 1,000 troops to its border with Niger on Monday.")
    assert _countries(out, "MOBILIZE") == {"NGA"}


def test_cooperation_with_a_host_happens_in_the_host_country(code_text: Any) -> None:
    out = code_text("Turkish police experts are working alongside Iraqi investigators.")
    assert _countries(out, "COOPERATE") == {"IRQ"}


def test_a_nationality_capital_is_in_that_country(nlp: Any) -> None:
    assert _place(nlp, "Thousands of people protested in the Georgian capital on Sunday.",
                  "protested", "PROTEST") == "Georgia"


def test_the_talks_venue_places_an_agreement(nlp: Any) -> None:
    assert _place(nlp, "Sudan and South Sudan agreed to a truce in the border region of "
                  "Abyei after two days of talks in Addis Ababa.", "agreed",
                  "AGREE") == "Addis Ababa"


def test_a_nationality_soil_or_airspace_is_that_country(nlp: Any) -> None:
    assert _place(nlp, "Missiles fired from Iran hit targets on Pakistani soil on Tuesday.",
                  "hit", "ASSAULT") == "Pakistan"
    assert _place(nlp, "Two drones crashed in Polish territory overnight.",
                  "crashed", "ASSAULT") == "Poland"


def test_a_strike_on_two_named_countries_is_placed_in_each_target(code_text: Any) -> None:
    out = code_text("Iran fired missiles at targets in northern Iraq and Syria on Monday.")
    places = {(e.target and e.target.country, e.location and e.location.country)
              for e in out.events if e.type == "ASSAULT"}
    assert places == {("IRQ", "IRQ"), ("SYR", "SYR")}


def test_an_attack_on_an_embassy_happens_in_its_host_country(code_text: Any) -> None:
    out = code_text("Thousands of people rallied in Niamey on Sunday. Part of the crowd "
                    "attacked the French embassy, before security forces dispersed them.")
    assert {e.location and e.location.country for e in out.events
            if e.type == "ASSAULT" and e.target and e.target.country == "FRA"} == {"NER"}


def test_troops_sent_to_reinforce_a_border_named_beside_stay_at_home(code_text: Any) -> None:
    out = code_text("Gangs attacked prisons across Sudan on Monday. Neighbouring Chad declared "
                    "a state of emergency along its eastern border and sent police and "
                    "soldiers to reinforce it, the prime minister said.")
    assert _countries(out, "MOBILIZE") == {"TCD"}


def test_a_withdrawal_happens_in_the_country_left(nlp: Any) -> None:
    assert _place(nlp, "Belgian troops completed their withdrawal from Chad in May.",
                  "withdrawal", "RETREAT") == "Chad"
    assert _place(nlp, "Canada is pulling most of its 300 soldiers out of Latvia.",
                  "pulling", "RETREAT") == "Latvia"


def test_a_place_attacked_is_where_the_attack_happens(nlp: Any) -> None:
    assert _place(nlp, "Rebels attacked the capital of Chad on Monday, and the army responded "
                  "with air strikes in Sudan.", "attacked", "ASSAULT") == "Chad"


def test_a_body_named_in_the_sentence_is_no_place(nlp: Any) -> None:
    assert _place(nlp, "Soldiers fired on a Kenyan Red Cross convoy near Kismayo.",
                  "fired", "ASSAULT") != "Red Cross"


def test_a_sea_naming_a_port_is_not_the_place(nlp: Any) -> None:
    assert _place(nlp, "Pirates seized a tanker off the Red Sea port of Hodeidah.",
                  "seized", "COERCE") != "the Red Sea"


def test_a_meeting_after_an_arrival_happens_where_the_visitor_arrived(code_text: Any) -> None:
    out = code_text("Japan's foreign minister Yoko Kamikawa landed in Manila late on Monday. "
                    "She met President Ferdinand Marcos Jr on Tuesday.", published="2024-06-26")
    assert _countries(out, "CONSULT") == {"PHL"}


def test_a_meeting_planned_elsewhere_is_no_venue(code_text: Any) -> None:
    out = code_text("The two leaders agreed to meet again in Brazil. The Japanese minister "
                    "met President Marcos on Tuesday.", published="2024-06-26")
    assert "BRA" not in _countries(out, "CONSULT")


def test_a_craft_shot_down_over_a_country_is_placed_there(nlp: Any) -> None:
    # the craft's nationality is not the place hit; the airspace named by "over" is
    assert _place(nlp, "Ukraine said it shot down a Russian Su-34 fighter jet over Belarus "
                  "on Friday.", "shot", "ASSAULT") == "Belarus"


def test_a_craft_shot_down_is_not_a_place(nlp: Any) -> None:
    assert _place(nlp, "Its forces shot down a Russian Mi-8 helicopter on Friday.", "shot",
                  "ASSAULT") is None


def test_a_city_qualified_by_its_country_is_that_countrys_namesake(code_text: Any) -> None:
    # Tripoli alone is Libya's capital
    out = code_text("Police arrested 40 protesters in Tripoli, Lebanon, on Monday.")
    assert _countries(out, "COERCE") == {"LBN"}


def test_a_country_opening_the_next_clause_does_not_qualify_the_city(nlp: Any) -> None:
    assert _place(nlp, "Missiles struck Kharkiv, Russia said on Monday.", "struck",
                  "ASSAULT") == "Kharkiv"


def test_a_list_of_places_is_no_qualified_name(nlp: Any) -> None:
    assert _place(nlp, "Militants attacked checkpoints in Kabul, Pakistan, and Iraq on "
                  "Monday.", "attacked", "ASSAULT") == "Kabul"
