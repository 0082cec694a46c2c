"""In a story of civil unrest, force and warnings that the state's forces aim at nobody
named are aimed at its own public, not at the foreign party that sends help or
comments. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Kyrgyz leader orders troops to shoot without warning as Russian-led force arrives"
STORY = ("BISHKEK, Mar 4 (newswire) - Kyrgyzstan's President Sadyr Japarov said on Friday "
         "he had authorised the army to open fire without warning on what he called "
         "terrorists. Protests over fuel prices erupted on Monday and spread to the "
         "capital. Russian paratroopers began arriving on Thursday, and Russia said its "
         "troops would guard the airport. Russian officials said the unrest was organised "
         "from abroad.")


def test_force_in_unrest_is_aimed_at_the_own_public(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE, published="2022-03-04")
    force = {(ty, s, t) for ty, s, t in triples(out) if ty in ("ASSAULT", "THREATEN")}
    assert ("ASSAULT", "KGZ", "KGZ") in force
    assert not any(t == "RUS" for _, _, t in force)


def test_force_without_unrest_still_faces_the_other_party(code_text: Any) -> None:
    # the same orders in a two-party standoff (no protests) are aimed at the other side
    text = ("Kyrgyzstan's President Sadyr Japarov said on Friday he had authorised the army "
            "to open fire without warning. Russian paratroopers massed on the border on "
            "Thursday, and Russia said its troops would not withdraw. Russian officials "
            "said the border was Russian land.")
    out = code_text(text, title=TITLE, published="2022-03-04")
    force = {(s, t) for ty, s, t in triples(out) if ty == "ASSAULT"}
    assert ("KGZ", "RUS") in force
