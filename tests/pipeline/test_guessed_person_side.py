"""A person the text gives no country for gets the story's focus country as a guess; one
who acts on the very party the clause names by name ("Foreign Minister Ruiz accused
Britain") is of the story's other party. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Britain rejects Ecuador asylum move\n\n"
         "Britain said on Monday it would not let the man leave. Britain told Ecuador "
         "that it had no right to shelter him. Ecuador said Britain was wrong. ")


def test_a_guessed_speaker_accusing_the_focus_is_the_other_party(code_text: Any) -> None:
    out = code_text(STORY + "Foreign Minister Ricardo Ruiz accused Britain of "
                    "threatening the embassy.")
    assert ("ACCUSE", "ECU", "GBR") in triples(out), triples(out)


def test_a_listed_officeholder_keeps_his_country(code_text: Any) -> None:
    out = code_text(STORY + "Prime Minister David Cameron accused Britain's critics of "
                    "bad faith.")
    assert all(s != "ECU" for k, s, _ in triples(out) if k == "ACCUSE"), triples(out)
