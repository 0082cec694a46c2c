"""A definite role noun with no country of its own ("the soldiers", "the militants")
takes up the latest earlier mention of the same noun that named one ("Ivorian
soldiers"), not the story's focus country. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Mali holds Ivorian soldiers\n\n"
         "Mali's junta said on Monday that 40 Ivorian soldiers had come to Mali as "
         "mercenaries. Ivory Coast denied it and Mali rejected the protest of Ivory Coast. "
         "Mali said Ivory Coast must apologise. ")


def test_the_soldiers_are_the_ones_named_before(code_text: Any) -> None:
    out = code_text(STORY + "The soldiers were detained at the airport in Bamako.")
    assert ("COERCE", "MLI", "CIV") in triples(out), triples(out)


def test_a_role_noun_never_named_with_a_country_keeps_the_focus(code_text: Any) -> None:
    out = code_text(STORY + "The police were deployed to the airport in Bamako.")
    assert all(s != "CIV" for t, s, _ in triples(out) if t == "MOBILIZE"), triples(out)


GROUP_STORY = ("Saudi Arabia blames Iran for oil attack\n\n"
               "Saudi Arabia said on Sunday that Iran was behind the attack on its oil "
               "plants. Saudi officials said Iran must answer for it. A spokesman for "
               "Yemen's Houthis said the fighters of the movement were ready. ")


def test_the_group_is_the_armed_group_named_before(code_text: Any) -> None:
    out = code_text(GROUP_STORY + "The group fired ten drones at the plants on Saturday.")
    fired = [(s, t) for k, s, t in triples(out) if k == "ASSAULT"]
    assert fired and all(s == "YEM" for s, _ in fired), triples(out)


def test_a_counted_few_of_the_soldiers_are_the_ones_named_before(code_text: Any) -> None:
    out = code_text(STORY + "Two soldiers were sentenced to death in absentia.")
    assert ("SANCTION", "MLI", "CIV") in triples(out), triples(out)
