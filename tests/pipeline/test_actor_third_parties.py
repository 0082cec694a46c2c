"""A third party to a two-party story (a mediator, a neighbour, an outside power) with
no recipient in its sentence: the party its own clause names, else the focus country
for hostile acts, else nobody implied. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

STORY = ("Ethiopia accused Eritrea of shelling border towns on Monday. Ethiopia said "
         "Eritrea had attacked Ethiopia twice. ")


def _by(out: Any, event_type: str, source: str) -> list[Any]:
    return [e for e in out.events if e.type == event_type and e.source is not None
            and e.source.country == source]


def test_the_party_named_in_the_clause_is_the_recipient(code_text: Any) -> None:
    out = code_text(STORY + "Kenya has cut the electricity it supplies to Eritrea.")
    cut = _by(out, "SANCTION", "KEN")
    assert cut and cut[0].target is not None and cut[0].target.country == "ERI"


def test_mediation_and_warnings_are_not_aimed_at_the_focus(code_text: Any) -> None:
    out = code_text(STORY + "Norway announced a ceasefire agreement on Tuesday. "
                    "Kenya warned of severe consequences.")
    for event_type, source in (("AGREE", "NOR"), ("THREATEN", "KEN")):
        for e in _by(out, event_type, source):
            assert e.target is None or e.target.country not in ("ETH", "ERI")


def test_hostile_acts_of_outsiders_still_target_the_focus(code_text: Any) -> None:
    out = code_text(STORY + "Sweden recalled its ambassador, and the European Union "
                    "said it would review aid.")
    recall = _by(out, "SANCTION", "SWE")
    assert recall and recall[0].target is not None and recall[0].target.country == "ETH"
