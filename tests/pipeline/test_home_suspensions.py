"""Suspending a state's own institution is a step at home, no sanction on another party:
"the army suspended the constitution", "work on the bill was suspended", "suspended
cabinet sessions". Suspending aid or supplies to another state stays a sanction;
suspending the legislature itself coerces the country ("suspended parliament"), a sitting
suspended does not, nor a recess, a speaker closing a sitting, or a party's, federation's
or company's own assembly or congress. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, readings, typed_pairs


@pytest.mark.parametrize("text", [
    "The army suspended most of the constitution on Thursday.",
    "She said work on the bill would be suspended indefinitely.",
    "The prime minister suspended cabinet sessions on Monday.",
])
def test_suspending_a_home_institution_is_no_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("suspended") != "SANCTION"


@pytest.mark.parametrize("text", [
    "The bloc suspended budget aid to the junta.",
    "Moscow suspended gas supplies to Kyiv.",
])
def test_suspending_aid_stays_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("suspended") == "SANCTION"



@pytest.mark.parametrize("text", [
    "The colonel said the army had suspended the Senate and the electoral commission.",
    "The president suspended the chamber in July.",
])
def test_suspending_a_legislative_chamber_is_no_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("suspended") != "SANCTION"


@pytest.mark.parametrize("text", [
    "The junta imposed a curfew, suspending some constitutional rights for a month.",
    "The decree suspended civil liberties in three provinces.",
])
def test_suspending_the_people_s_freedoms_restricts_them(nlp: Any, text: str) -> None:
    # PLOVER COERCE (restrict): a government's rule over its own people
    found = readings(nlp, text)
    assert found.get("suspended", found.get("suspending")) == "COERCE"


@pytest.mark.parametrize("text", [
    "The council suspended Moscow's voting rights.",
    "The airline suspended flights to the Kurdish region.",
])
def test_suspending_another_party_s_rights_stays_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("suspended") == "SANCTION"


@pytest.mark.parametrize(("text", "pair"), [
    ("Sri Lankan President Maithripala Sirisena suspended parliament on Saturday until "
     "November 16.", ("LKA", "LKA")),
    ("Tunisian President Kais Saied suspended parliament and sacked the prime minister.",
     ("TUN", "TUN")),
    ("Haiti's parliament was suspended by President Michel Martelly in January.",
     ("HTI", "HTI")),
    ("Fiji's military commander suspended parliament and declared himself president.",
     ("FJI", "FJI")),
])
def test_suspending_the_legislature_coerces_the_country(code_text: Any, text: str,
                                                        pair: tuple[str, str]) -> None:
    # PLOVER COERCE, as dissolving a legislature is: a state institution shut by decree
    assert typed_pairs(code_text(text), "COERCE") == {pair}


@pytest.mark.parametrize("text", [
    "The speaker suspended the parliament session for an hour after scuffles broke out.",
    "Ukraine's parliament suspended its sitting after a bomb threat.",
    "Parliament suspended its debate on the budget until Monday.",
    "The European Union suspended its talks with the Turkish parliament.",
    "Twitter suspended the account of the Nigerian parliament on Friday.",
    "The court suspended the parliament's decision to impeach the Peruvian president.",
    "The league suspended the Ottawa Senators' captain for two games.",
    "Lawmakers suspended the assembly line inspection rules for carmakers.",
    "The opposition said the president would never suspend parliament.",
    "Did the Tunisian president suspend parliament?",
])
def test_a_sitting_or_another_thing_suspended_coerces_no_one(code_text: Any,
                                                             text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "The British parliament was suspended after the death of Queen Elizabeth as MPs paid "
    "tribute.",
    "Kenya's parliament was suspended for ten minutes after MPs scuffled on the floor.",
    "The Nigerian Senate was suspended for two weeks for the Easter recess.",
    "The Ukrainian assembly was suspended amid chaos over the language bill.",
    "The speaker suspended parliament until Tuesday after a brawl between Georgian MPs.",
    "The ANC suspended its national assembly in Johannesburg after delegates clashed.",
    "The Kenyan football federation suspended its general assembly over a court order.",
    "Nigeria's ruling party suspended the Senate candidate for anti-party activities.",
    "Indian carmaker Tata suspended the assembly line at its Pune plant after a fire.",
    "The Chinese Communist Party suspended its congress in Beijing because of the "
    "pandemic.",
])
def test_a_sitting_recess_or_meeting_suspended_coerces_no_one(code_text: Any,
                                                              text: str) -> None:
    # a sitting paused, a recess, a party's or a federation's meeting, a candidate or an
    # assembly line: no legislature shut by decree
    assert "COERCE" not in event_types(code_text(text))
