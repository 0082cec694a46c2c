"""In a story about one country, violence whose doer the clause does not name (a subject
that names no country, or a noun for the violence as its clause's subject) is that
country's own; a noun for an attack told elsewhere ("condemned the attack") is no new
event."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Unrest grips Ecuador's port city"
STORY = ("Ecuador's president met army commanders in Quito on Monday after riots in "
         "Guayaquil left four people dead. ")


def assaults(out: ExtractedArticle, words: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and words in e.evidence.sentence]


def test_unnamed_attackers_hitting_a_place_are_the_country_s_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Rockets hit the port's fuel depot on Tuesday night.",
                    title=TITLE)
    assert assaults(out, "fuel depot") == [("ECU", "ECU")]


def test_violence_named_as_the_subject_is_the_country_s_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Heavy gunfire rattled the port's southern districts on "
                    "Tuesday.", title=TITLE)
    assert assaults(out, "Heavy gunfire") == [("ECU", "ECU")]


def test_a_condemned_attack_is_no_new_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The bishop of Guayaquil condemned the attack on Tuesday.",
                    title=TITLE)
    assert assaults(out, "bishop") == []
