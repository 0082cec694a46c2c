"""Relative day phrases ("the same day", "the next day", "the following day") count from
the last day the text named before them: one earlier in the same sentence first, else a
background day the sentences just before gave, else the narrative's day."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_the_same_day_is_the_day_named_earlier_in_its_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Protesters marched in Niamey on Thursday. The European Union suspended "
                    "aid to Niger on Monday, and France halted all development aid the same "
                    "day.", published=PUB)
    assert dates_by_trigger(out, "halt") == {"2025-03-10"}


def test_the_next_day_counts_from_a_date_earlier_in_its_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels attacked Goma on Thursday. The army had seized the town on "
                    "March 2, forcing the rebels to agree to a truce the next day.",
                    published=PUB)
    assert dates_by_trigger(out, "agree") == {"2025-03-03"}


def test_the_following_day_counts_from_a_background_day_just_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Somalia said on Thursday it had recalled its ambassador. The row began "
                    "on January 1 when Ethiopia signed a port deal with Somaliland. Somaliland "
                    "said it expected recognition. Somalia denounced the pact and recalled its "
                    "ambassador from Addis Ababa the following day.", published=PUB)
    assert "2025-01-02" in dates_by_trigger(out, "recall")


def test_the_day_before_an_act_is_no_date(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police arrested 20 people on Thursday. The gunmen fought police for "
                    "most of the day before slipping away after dark.", published=PUB)
    assert dates_by_trigger(out, "fight") == {"2025-03-13"}


def test_a_day_after_another_event_does_not_count_from_the_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Parliament voted on Monday to impose martial law for 30 days, a day "
                    "after border guards captured three navy vessels.", published=PUB)
    assert dates_by_trigger(out, "martial law") == {"2025-03-10"}


def test_the_following_day_counts_from_a_day_named_in_another_clause_just_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Peru freed two Chilean sailors on Tuesday. The minister said the release "
                    "followed a pledge made under a deal signed with Chile in Lima on Jan. 9. "
                    "Chile lifted its fishing ban on Peruvian boats the following day.",
                    published="2025-03-14")
    assert {e.date for e in out.events if e.trigger and "lift" in e.trigger} == {"2025-01-10"}


def test_that_night_is_the_recent_day_told_two_sentences_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad struck rebel camps in Sudan on Thursday. On Tuesday, Sudan said it "
                    "had shelled two Chadian border posts. Chad said three soldiers were "
                    "wounded. Chad lodged a protest with Sudan's envoy that night.",
                    published=PUB)
    assert dates_by_trigger(out, "protest") == {"2025-03-11"}


def test_a_day_after_an_event_does_not_date_the_main_clause_past_publication(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "a day after <clause>" counted from the narrative's day would put the decree on
    # Saturday, after Friday's paper came out
    out = code_text("Ecuador's president declared a state of emergency on Friday. He signed "
                    "a decree allowing troops to be deployed around the prisons, a day "
                    "after inmates fought for hours inside the jail.", published=PUB)
    assert dates_by_trigger(out, "deploy") == {"2025-03-14"}
