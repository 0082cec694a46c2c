"""A sentence is about its root's subject, active or passive: a person told in the
passive ("Perez was arrested in May") is who a later "he" or "him" takes up, not the
last person who spoke before. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Venezuela on Tuesday freed Colombian engineer Luis Perez, Colombia's foreign "
         "minister said. Spokesman Carlos Mendoza of the Venezuelan presidency said the "
         "release was a goodwill gesture. Perez was arrested in Caracas in May 2021. ")


def test_him_after_a_passive_sentence_is_its_subject(code_text: Any) -> None:
    out = code_text(STORY + "A court sentenced him in March to eight years in prison.")
    assert ("SANCTION", "VEN", "COL") in triples(out)


def test_he_after_a_passive_sentence_is_its_subject(code_text: Any) -> None:
    out = code_text(STORY + "He was later sentenced to eight years in prison.")
    assert ("SANCTION", "VEN", "COL") in triples(out)


def test_a_passive_crowd_does_not_displace_the_last_person(code_text: Any) -> None:
    # people killed are no person: "he" still takes up the minister named before
    out = code_text("Venezuelan Foreign Minister Carlos Mendoza visited Bogota on Monday. "
                    "Two soldiers were killed in a border clash on Sunday. He accused "
                    "Colombia of the attack.")
    assert ("ACCUSE", "VEN", "COL") in triples(out)


def test_he_of_its_own_sentence_is_still_its_subject(code_text: Any) -> None:
    out = code_text("Colombian engineer Luis Perez was arrested in Caracas in May 2021. "
                    "Venezuelan Foreign Minister Carlos Mendoza said on Monday that he "
                    "had asked Colombia to extradite two suspects.")
    assert ("REQUEST", "VEN", "COL") in triples(out)
