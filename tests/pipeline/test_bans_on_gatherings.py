"""A ban on meetings or gatherings restricts the people (PLOVER COERCE: restrict), as
"banned gatherings" already did: "imposed a ban on public meetings", "extended a ban on
rallies", "barred all meetings at the union's offices". A ban on goods stays a sanction,
and a ban lifted or defied is read by its own verb."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The provincial governor imposed a 48-hour ban on public meetings.", "imposed"),
    ("City officials announced a ban on political gatherings downtown.", "announced"),
    ("The mayor's office extended its ban on rallies for another week.", "extended"),
])
def test_putting_a_ban_on_gatherings_in_force_restricts(nlp: Any, text: str,
                                                        word: str) -> None:
    assert _types(nlp, text).get(word) == "COERCE"


def test_the_ban_noun_on_meetings_restricts(nlp: Any) -> None:
    text = "The council's ban on public meetings took effect on Monday."
    assert _types(nlp, text).get("ban") == "COERCE"


def test_barring_meetings_restricts(nlp: Any) -> None:
    text = "The security ministry barred all meetings at the union's offices."
    assert _types(nlp, text).get("barred") == "COERCE"


def test_a_ban_on_meetings_with_officials_is_a_sanction(code_text: Any) -> None:
    # (review) a bare "meetings" may be diplomatic contact cut, not people restricted
    out = code_text("The United States imposed a ban on meetings with Iranian officials.")
    assert [e.type for e in out.events] == ["SANCTION"], out.events


@pytest.mark.parametrize(("text", "word", "kind"), [
    # guard: a ban on goods keeps its trade sense
    ("The government imposed a ban on imports of foreign grain.", "imposed", "SANCTION"),
    # guard: lifting a ban on gatherings eases it
    ("The authorities lifted a ban on public gatherings.", "lifted", "RETREAT"),
    # guard: barring a person is not a restriction of meetings
    ("The bloc barred the general from its summit.", "barred", "SANCTION"),
])
def test_other_bans_keep_their_reading(nlp: Any, text: str, word: str, kind: str) -> None:
    assert _types(nlp, text).get(word) == kind
