"""Two parties named together as the subject of a meeting, a deal or cooperation act
with each other. A party named only in the setting of the act ("on the sidelines of a
summit with Brazil", "at the invitation of Kenya's president", "talks with Brazil" the
two agreed to seek) is not the one they met or agreed with; only a direct object or a
"with" phrase of the verb itself names another recipient. Sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = "Chile and Peru ended a border row. Chile thanked Peru. "


def _pairs(got: set[tuple[str, str | None, str | None]], kind: str) -> set[frozenset]:
    return {frozenset((s, t)) for k, s, t in got if k == kind}


def test_a_meeting_on_the_sidelines_of_a_summit_is_the_two_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The foreign ministers of Chile and Peru met in Lima "
                            "on Monday on the sidelines of a regional meeting with Brazil."))
    assert frozenset(("CHL", "PER")) in _pairs(got, "CONSULT"), got
    assert not any(k == "CONSULT" and "BRA" in (s, t) for k, s, t in got), got


def test_a_meeting_at_a_hosts_invitation_is_the_two_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chilean President Gabriel Boric and Peruvian President "
                            "Dina Boluarte met in Nairobi in May at the invitation of "
                            "Kenya's president."))
    assert frozenset(("CHL", "PER")) in _pairs(got, "CONSULT"), got


def test_a_direct_object_still_names_whom_they_met(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile and Peru met Brazil's foreign minister in Lima."))
    assert any(k == "CONSULT" and t == "BRA" for k, s, t in got), got
