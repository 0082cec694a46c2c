"""Acts each party does to the other ("each side accused the other") are coded in both
directions; a plain object keeps its one direction. Sentences
are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Clashes on Peru-Ecuador border"


def test_each_government_blames_the_other(code_text: Any) -> None:
    out = code_text("Troops from Peru and Ecuador exchanged fire on Sunday, and each "
                    "government accused the other of starting the fighting.", title=TITLE)
    assert {("ACCUSE", "PER", "ECU"), ("ACCUSE", "ECU", "PER")} <= triples(out)


def test_each_side_accuses_the_other(code_text: Any) -> None:
    out = code_text("Fighting broke out on Sunday on the border between Peru and Ecuador, "
                    "and each side has accused the other of starting it.", title=TITLE)
    assert {("ACCUSE", "PER", "ECU"), ("ACCUSE", "ECU", "PER")} <= triples(out)


def test_one_party_accusing_the_other_keeps_one_direction(code_text: Any) -> None:
    out = code_text("Talks broke down on Sunday. Peru accused Ecuador on Monday of "
                    "starting the clashes on their border.", title=TITLE)
    acc = {t for t in triples(out) if t[0] == "ACCUSE"}
    assert acc == {("ACCUSE", "PER", "ECU")}


def test_two_parties_accusing_a_third_do_not_accuse_each_other(code_text: Any) -> None:
    out = code_text("Talks broke down on Sunday. Peru and Ecuador accused Bolivia on "
                    "Monday of arming the smugglers on their border.", title=TITLE)
    acc = {t for t in triples(out) if t[0] == "ACCUSE"}
    assert ("ACCUSE", "PER", "ECU") not in acc and ("ACCUSE", "ECU", "PER") not in acc


def test_each_others_thing_is_no_reciprocal_object(code_text: Any) -> None:
    # "each other's envoys" is a possessor, not the object the verb is done to
    out = code_text("Talks broke down on Sunday. Peru and Ecuador praised the "
                    "mediators on Monday, and the two governments recalled Bolivia's "
                    "envoys.", title=TITLE)
    assert ("SANCTION", "PER", "ECU") not in triples(out)
