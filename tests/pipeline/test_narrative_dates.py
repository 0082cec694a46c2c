"""The narrative's day: a dated sentence moves it even when it codes no event, and lead
sentences that give no day take the day the story goes on to give."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_a_dated_sentence_without_an_event_still_dates_what_follows(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers found the rebel commander at a farm outside Goma on Wednesday "
                    "afternoon. Within minutes, his fighters opened fire on the troops. At "
                    "least six people were killed.", published=PUB)
    assert dates_by_trigger(out, "open fire") == {"2025-03-12"}
    assert dates_by_trigger(out, "kill") == {"2025-03-12"}


def test_an_undated_lead_takes_the_day_the_story_goes_on_to_give(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya has secured a $2 billion loan from the International Monetary "
                    "Fund, the largest in its history. The finance minister announced the "
                    "agreement on Wednesday in Nairobi.", published=PUB)
    assert dates_by_trigger(out, "loan") == {"2025-03-12"}


def test_the_main_clause_of_a_gap_sentence_dates_the_narrative(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Thousands of villagers reached the town of Abeche on Wednesday, two days "
                    "after militias attacked their villages. Doctors there said the Sudanese "
                    "army had bombed the area.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-10"}
    assert dates_by_trigger(out, "bomb") == {"2025-03-12"}


def test_a_coordinated_clause_keeps_its_own_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police imposed a curfew in Lagos on Tuesday, but protesters marched "
                    "through the city on Thursday.", published=PUB)
    assert dates_by_trigger(out, "march") == {"2025-03-13"}
    assert dates_by_trigger(out, "curfew") == {"2025-03-11"}


def test_a_date_in_a_relative_clause_does_not_date_the_main_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The rioters, who had rejected the election result in October, attacked "
                    "police officers in Lima on Sunday.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-09"}


def test_a_possessive_date_dates_the_event_it_owns_not_the_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Parliament voted on Friday to dismiss the interior minister. Lawmakers "
                    "also voted to dismiss the police chief, whom the opposition blames for "
                    "Wednesday's shootings.", published=PUB)
    assert dates_by_trigger(out, "dismiss chief") == {"2025-03-14"}


def test_a_possessive_date_on_the_subject_dates_the_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Sunday's bombing of a market in Kabul killed 12 people.", published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-09"}


def test_a_day_set_for_something_lies_ahead() -> None:
    from datetime import date

    from pipeline.dates import resolve_date

    pub = date(2025, 3, 14)  # a Friday
    strike = resolve_date("Dockers' unions called a general strike for Monday.", published=pub)
    drills = resolve_date("The navy said it would hold live-fire drills from Tuesday.",
                          published=pub)
    granted = resolve_date("Chile granted him asylum on Thursday, but Peru said it would "
                           "appeal.", published=pub)
    assert strike is not None and strike.date == "2025-03-17"
    assert drills is not None and drills.date == "2025-03-18"
    assert granted is not None and granted.date == "2025-03-13"


def test_an_overnight_curfew_is_no_day() -> None:
    from datetime import date

    from pipeline.dates import resolve_date

    res = resolve_date("On Tuesday the governor ordered an overnight curfew in the city.",
                       published=date(2025, 3, 14), near=30)
    assert res is not None and res.date == "2025-03-11"


def test_an_undated_statement_in_a_later_paragraph_is_back_on_the_story_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels shelled the port on Friday.\n\nThe president announced the "
                    "curfew in a televised address on Wednesday.\n\nThe ministry accused "
                    "the rebels of war crimes.", published="2025-03-14")
    assert {e.date for e in out.events if e.type == "ACCUSE"} == {"2025-03-14"}


def test_an_undated_act_in_a_later_paragraph_goes_on_with_the_narrated_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels shelled the port on Friday.\n\nPolice arrested 40 protesters "
                    "in the capital on Wednesday.\n\nSoldiers shelled rebel positions "
                    "near the port.", published="2025-03-14")
    assert {e.date for e in out.events if e.type == "ASSAULT" and "Soldiers" in
            e.evidence.sentence} == {"2025-03-12"}


def test_a_sentence_opened_by_it_goes_on_with_the_day_the_body_just_gave(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "It" carries on an organisation as "He" carries on a person: the ministry's next
    # act is on the day it was just said to speak, however far back
    out = code_text("Rebels shelled the port on Friday. The ministry told the council on "
                    "Feb. 20 that the rebels were rearming. It accused Rwanda of arming "
                    "them.", published=PUB)
    assert {e.date for e in out.events if e.type == "ACCUSE"} == {"2025-02-20"}


def test_a_passive_sentence_opened_by_a_pronoun_goes_on_with_the_day_just_given(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "They were detained" goes on with the sentence before as "They detained" would
    out = code_text("A Myanmar court jailed two reporters on Monday. The two men have been "
                    "held in a Yangon prison since their arrest on Dec. 12 last year. They "
                    "were detained shortly after two police officers handed them papers.",
                    published=PUB)
    assert {e.date for e in out.events if e.trigger == "detain"} == {"2024-12-12"}
