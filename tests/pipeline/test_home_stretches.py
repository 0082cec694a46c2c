"""A two-party story about one country's own affairs names the other country around its
foreign paragraphs only: what that country's people and institutions do with no recipient
named, in a stretch (the sentence and the three before it) that leaves the other party
out, is aimed at home, not at the other party. A source named by its country still deals
with the other state, and so does anyone in a stretch that names it. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in, triples

TITLE = "Peru expels Chilean diplomat over spying claim"
FOREIGN = ("Peru expelled a Chilean diplomat on Monday, accusing him of spying on its navy. "
           "Chile called the expulsion unjustified and said it would respond. Lima and "
           "Santiago have quarrelled over their sea border for years.\n\n")
HOME = ("The government is also facing a crisis at home. Thousands of teachers marched "
        "through Lima on Saturday to demand higher pay. Congress voted on Friday to open "
        "an impeachment inquiry into the interior minister. ")


def test_a_leader_in_a_home_stretch_rejects_at_home(code_text: Any) -> None:
    out = code_text(FOREIGN + HOME + "President Dina Boluarte rejected the inquiry as an "
                    "attack on democracy.", title=TITLE)
    assert ("REJECT", "PER", "PER") in triples(out)
    assert ("REJECT", "PER", "CHL") not in triples(out)


def test_a_party_in_a_home_stretch_promises_at_home(code_text: Any) -> None:
    out = code_text(FOREIGN + HOME + "The ruling party promised to block the vote.",
                    title=TITLE)
    assert ("AGREE", "PER", "PER") in triples(out)


def test_guard_a_state_named_by_its_capital_still_faces_the_other(code_text: Any) -> None:
    # guard: "Lima" speaks for the state, which deals with the other state by its name
    out = code_text(FOREIGN + HOME + "Lima rejected the claim as baseless.", title=TITLE)
    assert ("REJECT", "PER", "CHL") in triples(out)


def test_guard_a_stretch_naming_the_other_party_stays_foreign(code_text: Any) -> None:
    # guard: right after Chile's answer, the president's refusal answers Chile
    out = code_text(FOREIGN.rstrip() + " President Dina Boluarte rejected the demand.\n\n"
                    + HOME, title=TITLE)
    assert ("REJECT", "PER", "CHL") in triples(out)



def test_a_role_word_recipient_in_a_home_stretch_stays_home(code_text: Any) -> None:
    # the minister an inquiry is opened into is the legislature's own, not the other
    # party's, where nothing around names the other party
    out = code_text(FOREIGN + HOME, title=TITLE)
    assert pairs_in(out, "impeachment inquiry") == {("PER", "PER")}


def test_guard_a_role_word_recipient_near_the_other_party_is_its(code_text: Any) -> None:
    # guard: summoned right after Chile's answer, "the ambassador" is still Chile's
    out = code_text(FOREIGN.rstrip() + " The foreign ministry summoned the ambassador.\n\n"
                    + HOME, title=TITLE)
    assert pairs_in(out, "summoned the ambassador") == {("PER", "CHL")}


def test_a_state_named_by_its_name_steps_back_at_home(code_text: Any) -> None:
    # a step back a state takes by its own name in a home stretch: lifting its curfew
    out = code_text(FOREIGN + HOME + "Peru lifted the curfew in three southern provinces.",
                    title=TITLE)
    assert pairs_in(out, "lifted the curfew") == {("PER", "PER")}
