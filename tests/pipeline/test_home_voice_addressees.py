"""A public voice (the opposition, a party, citizens) that accuses, refuses or asks a state
body named only by its role word ("the government", "the armed forces") addresses its own
state, even in a story whose focus is another country. A state's own officials, and a body
whose text names its country, keep the reading they had. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

TITLE = "Colombia opens border shelters for Venezuelans"
STORY = ("Colombia opened three shelters near its border with Venezuela on Tuesday. "
         "Colombian officials said Colombia would take in more families this month. "
         "Colombia has received over a million people from Venezuela since 2015.\n\n")


def test_an_opposition_leader_urges_his_own_armed_forces(code_text: Any) -> None:
    out = code_text(STORY + "Venezuelan opposition leader Juan Guaido urged the armed "
                    "forces to let food trucks cross.", title=TITLE)
    assert pairs_in(out, "urged the armed forces") == {("VEN", "VEN")}


def test_a_party_accuses_its_own_government(code_text: Any) -> None:
    out = code_text(STORY + "Venezuelan opposition leader Juan Guaido spoke on Monday. "
                    "Guaido's party accused the government of hoarding medicine.", title=TITLE)
    assert pairs_in(out, "accused the government") == {("VEN", "VEN")}


def test_guard_a_body_named_with_its_country_keeps_it(code_text: Any) -> None:
    # guard: "the Colombian army" says whose army it is
    out = code_text(STORY + "Venezuelan opposition leader Juan Guaido urged the Colombian "
                    "army to let food trucks cross.", title=TITLE)
    assert pairs_in(out, "urged the Colombian army") == {("VEN", "COL")}


def test_guard_a_states_official_is_no_public_voice(code_text: Any) -> None:
    # guard: a foreign minister speaks for a state, which may address another's
    # government; the rule leaves the reading to the story
    out = code_text(STORY + "Venezuela's foreign minister Jorge Arreaza urged the "
                    "government to close the shelters.", title=TITLE)
    assert ("VEN", "VEN") not in pairs_in(out, "urged the government")
