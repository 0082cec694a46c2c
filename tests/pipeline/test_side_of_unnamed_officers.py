"""A military officer the text gives no nationality ("Army chief Brigadier X") speaks for
the side whose forces the story has named by nationality ("the Guyanese army"), when it
names only one side's forces so, not for the country the story mentions most."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

STORY = ("Venezuela rejected a protest from Guyana on Monday. Venezuela said the men had "
         "been on Venezuelan soil and that Venezuela would defend its territory against "
         "Guyana. The Guyanese army said armed men from Venezuela had crossed the border "
         "on Sunday. Army chief Brigadier Omar Khandel condemned Venezuela for the "
         "incursion.")


def test_officer_without_nationality_speaks_for_the_named_forces(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY, title="Venezuela rejects Guyana border protest")
    blame = [(e.source and e.source.country, e.target and e.target.country)
             for e in out.events if e.type == "ACCUSE" and "Khandel" in e.evidence.sentence]
    assert blame == [("GUY", "VEN")]


def test_officer_stays_with_the_focus_when_both_sides_forces_are_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (condemning the incursion, not "Venezuela" by name: an unnamed-country person who
    # condemns the focus country by name is of the other party, whatever forces the
    # story names; see test_guessed_person_side)
    story = STORY.replace("armed men from Venezuela", "Venezuelan soldiers").replace(
        "condemned Venezuela for the incursion", "condemned the incursion")
    out = code_text(story, title="Venezuela rejects Guyana border protest")
    blame = [(e.source and e.source.country, e.target and e.target.country)
             for e in out.events if e.type == "ACCUSE" and "Khandel" in e.evidence.sentence]
    assert blame != [("GUY", "VEN")]
