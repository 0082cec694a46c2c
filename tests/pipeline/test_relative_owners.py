"""A noun owned by "whose" is the relative clause's head's: "Eritrea, whose forces fought a
border war against Ethiopia" is Eritrea's act, "the European Union, whose observers
criticised the count" the world body's, not the story's focus country's. A nationality
on the noun still wins, and a "whose" with no actor before it (a question, a man, a
storm, a firm) changes nothing. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import sources_in, triples


def test_whose_forces_are_the_named_countrys(code_text: Any) -> None:
    out = code_text("Sudan talks\n\nSudan's army met mediators in Jeddah. The talks were "
                    "backed by Egypt, whose troops attacked rebel positions in Sudan last "
                    "year.")
    assert ("ASSAULT", "EGY", "SDN") in triples(out), triples(out)


def test_guard_whose_forces_beside_their_country_named_in_the_clause(
        code_text: Any) -> None:
    # (a guard: the doer is found here without the rule too)
    out = code_text("Ethiopia says Tigray fired rockets at Asmara\n\nEthiopia's "
                    "government said Tigray forces fired rockets at the airport. Tigray "
                    "borders Eritrea, whose forces fought a 1998-2000 border war against "
                    "Ethiopia.")
    assert ("ASSAULT", "ERI", "ETH") in triples(out), triples(out)


def test_whose_troops_are_the_named_neighbours(code_text: Any) -> None:
    out = code_text("Niger junta\n\nNiger's junta ordered the French ambassador to leave. "
                    "The move came weeks after the junta cut ties with Benin, whose troops "
                    "had closed the border with Niger in July.")
    assert sources_in(out, "whose troops") == {"NER", "BEN"}, triples(out)


def test_whose_observers_of_a_regional_body(code_text: Any) -> None:
    out = code_text("Honduras vote\n\nThe tribunal recounted disputed tally sheets under "
                    "pressure from the Organization of American States, whose observers "
                    "had urged a thorough review before any winner was declared in "
                    "Honduras.")
    assert ("REQUEST", "IGO", "HND") in triples(out), triples(out)


def test_whose_forces_in_a_story_about_the_other_side(code_text: Any) -> None:
    out = code_text("Armenian protests\n\nPashinyan has defended the demarcation as the "
                    "way to avoid a new war with Azerbaijan, whose forces recaptured "
                    "Nagorno-Karabakh in September.")
    assert sources_in(out, "whose forces recaptured") == {"AZE"}, triples(out)


def test_whose_observers_are_the_world_bodys(code_text: Any) -> None:
    out = code_text("Gabon vote\n\nThe United States made the same demand, as did the "
                    "European Union, whose observers had criticised a lack of "
                    "transparency in the count in Gabon.")
    assert {s for t, s, _ in triples(out) if t == "ACCUSE"} == {"IGO"}, triples(out)


def test_a_question_whose_is_no_owner(code_text: Any) -> None:
    out = code_text("Convoy attacked\n\nWhose forces attacked the convoy near Kidal "
                    "remains unclear, Malian officials said.")
    assert sources_in(out, "Whose forces") <= {"MLI"}, triples(out)


def test_a_nationality_on_the_owned_noun_wins(code_text: Any) -> None:
    out = code_text("Appeal\n\nAustralia, whose Indonesian lawyers appealed to Jakarta, "
                    "said on Monday it was dismayed.")
    assert "AUS" not in sources_in(out, "appealed to Jakarta"), triples(out)


def test_whose_after_people_and_things_changes_nothing(code_text: Any) -> None:
    cases = {
        "Police in Moscow detained a man, whose brother had fought for Ukraine, on "
        "Friday.": ("COERCE", "RUS", "RUS"),
        "The gunman, whose accomplices fled, attacked the police station in Kidal on "
        "Monday.": ("ASSAULT", "REB", None),
    }
    for text, want in cases.items():
        assert want in triples(code_text("Incident\n\n" + text)), text


def test_whose_after_a_storm_or_a_firm_makes_no_event(code_text: Any) -> None:
    for text in ("Storm Ciaran, whose winds damaged houses across Brittany, moved east "
                 "on Friday.",
                 "Sony, whose shares fell sharply, said it would sue the hackers."):
        assert not code_text("News\n\n" + text).events, text


def test_a_negated_act_of_whose_forces_stays_out(code_text: Any) -> None:
    out = code_text("Claims rejected\n\nEritrea, whose forces did not attack Ethiopian "
                    "towns, said on Monday it rejected the claims.")
    assert not any(e.type == "ASSAULT" for e in out.events), triples(out)


def test_a_question_about_whose_forces_is_no_event(code_text: Any) -> None:
    out = code_text("Question\n\nDid Eritrea, whose forces are in Tigray, attack the "
                    "town?")
    assert not any(e.type == "ASSAULT" for e in out.events), triples(out)


def test_allies_whose_leaders_met_are_not_the_allied_country(code_text: Any) -> None:
    out = code_text("Air defence\n\nUkraine's allies, whose leaders met in Paris on "
                    "Monday, pledged more air defence systems.")
    assert not any(e.type == "CONSULT" and e.source and e.source.country == "UKR"
                   for e in out.events), triples(out)
