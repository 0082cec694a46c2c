"""A later bare mention of a named person that the tagger took for a common noun (an
unknown surname opening a sentence: "Traore accused France ...") is still that person,
of the country the story gave them. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import typed_pairs

COUP = ("Burkina Faso junta chief urges calm.\n\n"
        "Army captain Ibrahim Traore, 34, appeared on state television on Friday. ")


def test_bare_surname_opening_a_sentence_is_the_person(code_text: Any) -> None:
    out = code_text(COUP + "Traore accused France of backing Damiba.")
    assert ("BFA", "FRA") in typed_pairs(out, "ACCUSE")


def test_bare_surname_of_a_foreign_leader(code_text: Any) -> None:
    out = code_text("Guyana leader thanks neighbour.\n\nGuyana's president Irfaan Ali met "
                    "St Vincent's prime minister Ralph Gonsalves in Kingstown. Gonsalves "
                    "praised Guyana for its restraint.")
    assert ("VCT", "GUY") in typed_pairs(out, "SUPPORT")


def test_guard_a_capitalised_common_noun_is_no_person(code_text: Any) -> None:
    # guard: "Police" opening a sentence is the role word, not someone named Police
    out = code_text(COUP + "Police detained 12 protesters in Ouagadougou on Saturday.")
    assert ("BFA", "BFA") in typed_pairs(out, "COERCE")
