"""Event nouns in a "since" adjunct only date the news against a known past event
("the biggest swap since Moscow launched its invasion"); a verbal clause there still
reports its act. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_an_event_noun_in_a_since_clause_is_no_event(code_text: Any) -> None:
    out = code_text("Russia and Ukraine swapped 200 prisoners on Friday, the biggest "
                    "exchange since Moscow launched its invasion.")
    assert "ASSAULT" not in _types(out)
    assert "RETREAT" in _types(out)


def test_a_verbal_act_in_a_since_clause_is_still_coded(code_text: Any) -> None:
    out = code_text("Fighting has largely stopped since the government and the rebels "
                    "agreed an informal truce in July.")
    assert "AGREE" in _types(out)
