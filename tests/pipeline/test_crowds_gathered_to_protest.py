"""A crowd that gathers for an errand of dissent ("to protest", "to demand", "to
denounce") demonstrates (PLOVER PROTEST), as a crowd that gathers for no stated errand
does; one that gathers for any other errand (to pray, celebrate, mourn, welcome or
support someone) does not, nor do officials or investors gathering to condemn or
oppose something. A crowd "demands" in protest only a change from those in power (new
elections, a resignation, wages), not a service (refunds, documents, seats on a flight),
and an audience at a council meeting or hearing is no demonstration. What the errand
condemns or denounces is the protest's target. Demonstrators or protesters who camp
somewhere hold a sit-in; supporters, farmers or activists only when the clause shows the
dissent; residents, refugees, troops or fans camping do not. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "kind"), [
    ("Several hundred people gathered outside the French embassy in Bamako on Sunday to "
     "protest against Paris.", ("PROTEST", "MLI", "FRA")),
    ("Thousands of people gathered outside parliament in Lima to demand the president's "
     "resignation.", ("PROTEST", "PER", "PER")),
    ("Police arrested dozens of people who gathered outside the ministry to demand unpaid "
     "wages.", ("PROTEST", "CVL", None)),
])
def test_a_crowd_gathered_to_protest_demonstrates(code_text: Any, text: str,
                                                  kind: tuple[str, str, str | None]) -> None:
    assert kind in triples(code_text(text)), triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Hundreds of people gathered in the square to pray for the victims.",
    "Thousands of people gathered in the capital to celebrate the team's victory over "
    "France.",
    "Thousands of people gathered in Nairobi to mourn the former president.",
    "Hundreds of supporters gathered outside the court to support the opposition leader.",
    "Hundreds of people gathered at the airport to welcome the returning athletes.",
    "Foreign ministers gathered in Brussels to condemn the attack on Ukraine.",
    "Investors gathered in London to oppose the merger.",
    "Scientists gathered data to oppose the plan.",
    "Did thousands of people gather in Lima to protest?",
])
def test_other_gatherings_are_no_protest(code_text: Any, text: str) -> None:
    assert not any(t[0] == "PROTEST" for t in triples(code_text(text))), \
        triples(code_text(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Thousands of people gathered in Tehran to condemn Israel.", ("PROTEST", "IRN", "ISR")),
    ("Hundreds gathered in Tehran to denounce the United States.",
     ("PROTEST", "IRN", "USA")),
    ("Thousands of people gathered in Tehran to condemn Israel after the strike on the "
     "consulate.", ("PROTEST", "IRN", "ISR")),
    ('Hundreds gathered in Tehran to denounce the United States, chanting "Death to '
     'America".', ("PROTEST", "IRN", "USA")),
])
def test_what_the_errand_condemns_is_the_protests_target(
        code_text: Any, text: str, kind: tuple[str, str, str]) -> None:
    found = triples(code_text(text))
    assert kind in found, found
    assert (kind[0], kind[1], kind[1]) not in found, found  # no self-pair beside it


@pytest.mark.parametrize("text", [
    "Crowds gathered at the airport in Kabul to demand seats on evacuation flights.",
    "Crowds gathered outside the passport office in Lahore to demand their documents.",
    "Hundreds of Chinese tourists gathered at the airport in Bangkok to demand refunds "
    "after flights were cancelled.",
    "Residents gathered at a council meeting in Ohio to oppose plans for a new pipeline.",
])
def test_a_crowd_asking_for_a_service_or_at_a_meeting_is_no_protest(
        code_text: Any, text: str) -> None:
    assert not any(t[0] == "PROTEST" for t in triples(code_text(text))), \
        triples(code_text(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("The Pakistani demonstrators have camped outside parliament for more than two weeks.",
     ("PROTEST", "PAK", "PAK")),
    ("Thousands of Indian farmers have been camped on highways on the edge of Delhi since "
     "late November, demanding the repeal of the farm laws.", ("PROTEST", "IND", "IND")),
    ("Several thousand Pakistani protesters had camped on the interchange linking "
     "Islamabad with Rawalpindi.", ("PROTEST", "PAK", "PAK")),
    ("Armenian opposition supporters have camped in the centre of Yerevan since Monday.",
     ("PROTEST", "ARM", "ARM")),
    ("Kenyan farmers camped outside the ministry in protest against the new tax.",
     ("PROTEST", "KEN", "KEN")),
])
def test_dissenters_camped_somewhere_hold_a_sit_in(code_text: Any, text: str,
                                                   kind: tuple[str, str, str]) -> None:
    assert kind in triples(code_text(text)), triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Thousands of Turkish residents camped in parks after the earthquake.",
    "Syrian refugees camped along the Turkish border for weeks.",
    "Israeli troops camped near the village overnight.",
    "Fans of the Argentine team camped outside the stadium for tickets.",
    "Reporters camped outside the Kenyan court waiting for the verdict.",
    "The hikers camped in the Georgian mountains.",
    "Did the Thai protesters camp outside Government House?",
    "Thai protesters said they would never camp outside Government House again.",
])
def test_others_camping_protest_nothing(code_text: Any, text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Thousands of Liverpool supporters camped outside Anfield overnight to buy tickets "
    "for the final.",
    "Chelsea supporters camped outside the hotel hoping for autographs from the new "
    "signing.",
    "Royal supporters camped along the Mall in London for days ahead of the coronation.",
    "Supporters of Pope Francis camped outside the Gemelli hospital in Rome as he "
    "recovered.",
    "Kenyan farmers camped near the river for weeks to guard their maize from elephants.",
    "Pakistani farmers camped in tents on the roadside after floods destroyed their homes "
    "in Sindh.",
    "French farmers camped at the Paris agricultural fair, where Macron faced a hostile "
    "crowd.",
    "Greenpeace activists camped on the ice in Greenland for a month to measure the "
    "melting glacier.",
])
def test_supporters_farmers_or_activists_camping_without_dissent_protest_nothing(
        code_text: Any, text: str) -> None:
    # fans queueing, well-wishers, farmers at work or made homeless: no sign of dissent
    assert "PROTEST" not in event_types(code_text(text)), triples(code_text(text))
