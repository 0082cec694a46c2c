"""Recipients named by nobody in the clause: aid and offers by outside states. Sentences
are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


def test_an_outside_state_aids_the_country_of_the_story(code_text: Any) -> None:
    # "Norway has sent rescue teams": the flooded country gets it, though unnamed
    out = code_text(
        "Floods in Malawi have killed 300 people and left 200,000 homeless. Malawi's "
        "president declared a state of disaster in the south on Monday. Malawian "
        "soldiers are rescuing families from rooftops. Norway has sent rescue teams "
        "and tents.",
        title="Malawi floods kill 300")
    assert ("AID", "NOR", "MWI") in triples(out)


def test_several_donors_offering_help_aim_at_the_country_not_each_other(
        code_text: Any) -> None:
    out = code_text(
        "A cyclone flattened coastal towns in Fiji on Sunday. Fiji's government said "
        "dozens of Fijian villages were cut off. Japan and India have offered "
        "assistance.",
        title="Cyclone batters Fiji")
    offers = {(s, t) for ty, s, t in triples(out) if ty in ("AID", "AGREE") and
              s in ("JPN", "IND")}
    assert ("JPN", "FJI") in offers and ("JPN", "IND") not in offers


# Several states welcoming or praising together what nobody named did: when the story's
# country that would be implied is one of them, it is no recipient of its fellow's
# welcome; each acts alone. A joint signing or a war keeps the pair.

@pytest.mark.parametrize(("text", "sources"), [
    ("Qatar and Egypt welcomed the deal on Thursday.", {"QAT", "EGY"}),
    ("Egypt and Qatar welcomed the ceasefire deal.", {"EGY", "QAT"}),
    ("Qatar and Egypt applauded the truce on Friday.", {"QAT", "EGY"}),
    ("Kenya and Uganda praised the agreement on Friday.", {"KEN", "UGA"}),
])
def test_fellow_states_are_not_each_others_recipients(code_text: Any, text: str,
                                                      sources: set[str]) -> None:
    out = code_text(text)
    assert {s for _, s, _ in triples(out)} == sources
    assert not [t for _, s, t in triples(out) if t in sources]


@pytest.mark.parametrize(("text", "triple"), [
    ("Qatar and Egypt welcomed the agreement between Israel and Hamas.",
     ("SUPPORT", "QAT", "ISR")),
    ("India and Pakistan agreed to a ceasefire.", ("AGREE", "IND", "PAK")),
    ("Russia and Ukraine swapped 90 prisoners of war.", ("RETREAT", "RUS", "UKR")),
    ("Britain and France froze the assets of Russian banks.", ("SANCTION", "GBR", "RUS")),
    ("Russia and Ukraine accused each other of shelling the plant.", ("ACCUSE", "UKR", "RUS")),
    ("Floods in Malawi killed 300 people. Norway and Sweden sent rescue teams.",
     ("AID", "NOR", "MWI")),
    ("Kem Sokha was charged with treason in Cambodia, a charge he and Washington deny.",
     ("REJECT", "USA", "KHM")),
    ("Armenia and Azerbaijan held talks in Washington on Monday.",
     ("CONSULT", "ARM", "AZE")),
    ("Russia and Georgia fought a brief war in 2008.", ("ASSAULT", "GEO", "RUS")),
    ("Ukraine and France signed a letter of intent on the supply of jets.",
     ("SUPPORT", "FRA", "UKR")),
])
def test_guard_named_or_mutual_or_implied_outside_recipients_stay(
        code_text: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


def test_fellow_states_acting_on_each_other_are_each_others_recipients(code_text: Any) -> None:
    out = code_text("Qatar and Egypt praised each other on Thursday.")
    assert {("SUPPORT", "QAT", "EGY"), ("SUPPORT", "EGY", "QAT")} <= triples(out)


@pytest.mark.parametrize("text", [
    "Qatar and Egypt welcomed the deal, under which Israel and Hamas will stop attacking "
    "each other.",
    "Qatar and Egypt welcomed the truce that ended attacks on each other's towns.",
])
def test_guard_each_other_in_a_clause_below_is_not_the_welcomers(
        code_text: Any, text: str) -> None:
    # "each other" of another clause's doers does not make the welcomers each other's
    pairs = {(s, t) for _, s, t in triples(code_text(text))}
    assert not pairs & {("QAT", "EGY"), ("EGY", "QAT")}
