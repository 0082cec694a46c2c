"""A curfew, a state of emergency or martial law with no named author, and an agentless
"internet access was cut", are the story's own state acting on its own people; a noun
for one act ("the arrests") or a participle ("the seized ship") stays uncoded."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Unrest grips Ecuador's port city"
STORY = ("Ecuador's president met army commanders in Quito on Monday after riots in "
         "Guayaquil left four people dead. ")


def coerce(out: ExtractedArticle, words: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "COERCE" and words in e.evidence.sentence]


def test_a_curfew_in_force_is_the_focus_state_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "A night curfew will be in force in Guayaquil for two weeks.",
                    title=TITLE)
    assert coerce(out, "night curfew") == [("ECU", "ECU")]


def test_agentless_cut_of_internet_is_the_focus_state_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Mobile internet was cut off across the province on Tuesday.",
                    title=TITLE)
    assert coerce(out, "Mobile internet") == [("ECU", "ECU")]


def test_an_owned_decree_is_its_owner_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Peru's foreign minister met Ecuador's ambassador in Lima on Monday. Peru "
             "said it was worried by Ecuador's decision to introduce martial law in the "
             "border provinces.")
    out = code_text(story, title="Peru and Ecuador trade words")
    assert ("ECU", "ECU") in coerce(out, "martial law")


def test_a_noun_for_one_act_or_a_participle_gets_no_implied_author(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Relatives gathered outside the court after the arrests. The "
                    "owners of the seized trucks asked for compensation.", title=TITLE)
    assert coerce(out, "arrests") == []
    assert coerce(out, "seized trucks") == []


def test_agentless_shooting_of_unnamed_victims_in_a_one_country_story(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Witnesses said most of the dead had been shot in the back.",
                    title=TITLE)
    assert [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and "in the back" in
            e.evidence.sentence] == [("ECU", "ECU")]
