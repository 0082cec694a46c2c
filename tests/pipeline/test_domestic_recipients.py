"""A state's own people at odds with it (opponents, critics, dissidents, activists, the
opposition, candidates, political prisoners) are its own country's, not the other party
of a two-party story, when the text names no country for them. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Venezuela frees 30 political prisoners, flies them to Spain"
STORY = ("Venezuela released 30 jailed opponents of the government on Monday and put them "
         "on a flight to Madrid. Spain said it would grant the group residence. "
         "Spanish officials met the plane in Madrid. Spain has long urged Caracas to hold "
         "free elections.")


def test_freed_opponents_are_the_state_own(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE, published="2023-03-01")
    freed = {(s, t) for ty, s, t in triples(out) if ty == "RETREAT"}
    assert ("VEN", "VEN") in freed
    assert ("VEN", "ESP") not in freed


def test_political_prisoners_are_the_state_own(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE, published="2023-03-01")
    headline = [e for e in out.events if e.type == "RETREAT" and
                e.evidence.sentence.startswith("Venezuela frees")]
    assert headline and headline[0].target is not None
    assert headline[0].target.country == "VEN"


def test_detained_candidates_were_detained_by_their_own_state(code_text: Any) -> None:
    # Maduro's story: the focus is Venezuela, Spain the other party
    text = ("Venezuela released 30 jailed opponents of the government on Monday and put "
            "them on a flight to Madrid. Spain said it would grant the group residence. "
            "President Nicolas Maduro said the releases showed goodwill. "
            "Two opposition candidates were detained before the vote.")
    out = code_text(text, title=TITLE, published="2023-03-01")
    detained = {(s, t) for ty, s, t in triples(out) if ty == "COERCE"}
    assert detained and all(s == "VEN" for s, _ in detained)


def test_prisoners_of_a_war_still_belong_to_the_other_party(code_text: Any) -> None:
    # plain "prisoners" in a two-party story are the other party's, as before
    text = ("Armenia and Azerbaijan exchanged fire on the border. Azerbaijan freed 12 "
            "prisoners on Monday, and Armenia said it would free 10 Azerbaijani soldiers.")
    out = code_text(text, title="Azerbaijan frees 12 prisoners of Armenia clashes")
    freed = {(s, t) for ty, s, t in triples(out) if ty == "RETREAT"}
    assert ("AZE", "ARM") in freed
