"""Dates: phrases that date another clause's state or event, not the trigger's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pipeline.date_gaps import gap_before
from pipeline.date_syntax import pluperfect as _pluperfect
from pipeline.dates import resolve_date
from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger, dates_by_type

PUB = "2025-03-14"  # a Friday



def test_since_in_a_relative_clause_dates_the_state_not_the_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers seized the presidential palace in Bissau on Tuesday. The "
                    "African Union demanded the release of the president, who has been "
                    "held by the guard since Monday.", published=PUB)
    assert dates_by_trigger(out, "demand") == {"2025-03-11"}


def test_a_future_marker_past_the_comma_does_not_turn_an_earlier_weekday_ahead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Under the accord signed by both governments on Tuesday, the rebels are "
                    "to release 40 prisoners over three days.", published=PUB)
    assert dates_by_trigger(out, "release") == {"2025-03-11"}



def test_a_sentence_opening_weekday_before_a_future_clause_still_lies_ahead() -> None:
    res = resolve_date("On Tuesday, the foreign ministers will meet in Geneva.",
                       published=date(2025, 3, 14))
    assert res is not None and res.date == "2025-03-18"


def test_a_day_earlier_counts_once_for_every_event_of_its_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Hungary's foreign ministry summoned the Dutch ambassador on Thursday. A "
                    "day earlier, the government spokesman condemned the new tariffs, "
                    "accusing Brussels of blackmail.", published=PUB)
    assert dates_by_trigger(out, "condemn") == {"2025-03-12"}
    assert dates_by_trigger(out, "accuse") == {"2025-03-12"}


def test_a_plan_after_a_weekday_is_a_noun_not_a_future() -> None:
    res = resolve_date("The president on Tuesday put the government's plan to raise fuel "
                       "prices on hold.", published=date(2025, 3, 14))
    assert res is not None and res.date == "2025-03-11"


def test_hours_before_the_small_hours_fall_on_the_day_before() -> None:
    text = "Police freed the hostages early on Friday, hours after gunmen seized the bank."
    gap = gap_before(text, text.index("seized"))
    assert gap is not None and gap.days == -1
    text = "Police freed the hostages on Friday, hours after gunmen seized the bank."
    gap = gap_before(text, text.index("seized"))
    assert gap is not None and gap.days == 0


def test_a_background_day_gives_way_to_a_later_day_of_the_same_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers shelled the market on Thursday. The talks in Doha opened on "
                    "Feb 20 and ended on Tuesday without a deal. In a final statement, the "
                    "mediators condemned the army's absence.", published=PUB)
    assert dates_by_trigger(out, "condemn") == {"2025-03-11"}


def test_an_undated_past_perfect_reaches_back_to_the_storys_earlier_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The army on Thursday demanded that the rebels free the hostages taken "
                    "in Tuesday's raid on the convoy. A spokesman said the rebels had "
                    "ambushed the trucks near the border.", published=PUB)
    assert dates_by_trigger(out, "ambush") == {"2025-03-11"}


def test_a_trailing_participle_after_a_gap_clause_is_the_main_clauses() -> None:
    text = ("Rebels shelled the port on Friday, a day after the two sides signed a truce, "
            "drawing condemnation from the United Nations.")
    assert gap_before(text, text.index("drawing")) is None
    assert gap_before(text, text.index("signed")) is not None
    text = ("The army dissolved parliament on Friday, two days after it seized power, as "
            "the European Union suspended aid.")
    assert gap_before(text, text.index("suspended")) is None


def test_an_intention_with_a_phrase_before_its_infinitive_still_points_ahead() -> None:
    res = resolve_date("Opposition leaders vowed on television to resume the protests on "
                       "Tuesday.", published=date(2025, 3, 14))
    assert res is not None and res.date == "2025-03-18"


def test_a_long_past_date_in_another_clause_does_not_date_the_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers shelled rebel positions near Goma on Thursday. The rebels "
                    "ambushed an army convoy, warning the army not to forget the defeat of "
                    "May 5, 2012.", published=PUB)
    assert dates_by_trigger(out, "ambush") == {"2025-03-13"}


def test_only_a_verb_in_the_past_perfect_reaches_back(nlp: Any) -> None:
    doc = nlp("The coast guard said it had taken control measures against the boats.")
    assert _pluperfect(next(t for t in doc if t.text == "taken"))
    assert not _pluperfect(next(t for t in doc if t.text == "measures"))


def test_on_the_eve_of_a_dated_event_is_the_day_before_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Regional leaders imposed sanctions on the junta at a summit in Abuja on "
                    "Wednesday. The junta had warned on the eve of the summit that it would "
                    "resist any intervention.", published=PUB)
    assert dates_by_trigger(out, "warn") == {"2025-03-11"}


def test_a_date_in_a_relative_clause_on_another_noun_is_that_nouns_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Mali recalled its ambassador from Algiers on Thursday. Algeria and Mali "
                    "closed their airspace to each other's aircraft in a row over a drone that "
                    "Algerian soldiers shot down near the border last week.",
                    published=PUB)
    assert dates_by_trigger(out, "airspace") == {"2025-03-13"}


def test_a_deadline_still_to_come_leaves_the_agreement_on_the_narratives_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ethiopian and Somali leaders met in Ankara on Wednesday. Ethiopia and "
                    "Somalia agreed to open technical negotiations, facilitated by Turkey, by "
                    "the end of June 2025 and to conclude them within four months.",
                    published=PUB)
    assert dates_by_trigger(out, "agree") == {"2025-03-12"}


def test_an_undated_clause_after_a_dated_one_goes_on_with_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kim Jong Un met Vladimir Putin in Russia on Sept 13, and North Korea "
                    "pledged closer cooperation with Moscow.", published="2024-03-28")
    assert dates_by_trigger(out, "pledge") == {"2023-09-13"}


def test_a_date_before_an_event_noun_is_that_event_s_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Niger said on Thursday that the Feb. 3 ambush near Tillaberi, which "
                    "killed 12 soldiers, was carried out by Malian militants.", published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-02-03"}


def test_a_date_on_another_event_noun_does_not_date_a_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The group claimed responsibility on Thursday for the Palm Sunday suicide "
                    "bombings of two churches in Lagos, as Nigeria blamed Chadian militants.",
                    published=PUB)
    assert dates_by_trigger(out, "blame") == {"2025-03-13"}


def test_a_misparsed_day_before_a_subject_still_dates_the_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("On Wednesday crowds stormed the mayor's office in Almaty.", published=PUB)
    assert {e.date for e in out.events} == {"2025-03-12"}


def test_a_deadline_day_still_to_come_is_not_the_day_of_the_demand(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the teller named: with no country of its own the ministry takes the diplomats'
    # (RUS), and its own envoys told to leave expel no one (envoys_told_to_leave)
    out = code_text("The Czech foreign ministry said on Tuesday that 20 Russian diplomats "
                    "must leave the country by March 30.", published=PUB)
    assert out.events and {e.date for e in out.events} == {"2025-03-11"}


def test_a_day_the_decree_runs_until_is_not_the_day_of_the_curfew(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The army imposed a curfew in the capital until March 21.",
                    published=PUB)
    assert out.events and {e.date for e in out.events} == {"2025-03-14"}


def test_a_verbs_own_day_beats_the_day_of_a_verb_sharing_its_subject(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # two acts of one subject, each with its own day: the trigger's own clause first;
    # the other verb's day dates it only when its own clause gives none
    out = code_text("The militia took up arms again last year and seized the airport of "
                    "Goma on Tuesday.", published=PUB)
    assert {e.date for e in out.events if e.trigger == "seize place"} == {"2025-03-11"}


def test_a_later_clauses_count_on_is_not_the_day_of_the_act_it_counts_from(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "and ... two days later", "and ... the next day": that clause comes after the
    # trigger's act, which stays on the day the phrase counts from
    out = code_text("Officials met the protest leaders on Monday. Police arrested the "
                    "opposition leader and charged him with treason two days later.",
                    published=PUB)
    assert dates_by_trigger(out, "arrest") == {"2025-03-10"}
    assert dates_by_trigger(out, "charge") == {"2025-03-12"}
    out = code_text("Officials met the protest leaders on Monday. The army shelled the "
                    "village, and rebels attacked a convoy the next day.", published=PUB)
    assert dates_by_trigger(out, "shell") == {"2025-03-10"}
    out = code_text("Officials met the protest leaders on Monday. Protesters stormed the "
                    "embassy, and a day later the government recalled its ambassador.",
                    published=PUB)
    assert dates_by_type(out, "PROTEST") == {"2025-03-10"}
    assert dates_by_trigger(out, "recall") == {"2025-03-11"}


def test_a_count_on_in_the_triggers_own_or_shared_clause_still_dates_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guards (pass without the count-on rule): the phrase is the act's own day
    out = code_text("Officials met the protest leaders on Monday. Rebels attacked the town "
                    "a day later.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-11"}
    out = code_text("Officials met the protest leaders on Monday. Police arrested the "
                    "opposition leader on Monday, and a day later a court charged him with "
                    "treason.", published=PUB)
    assert dates_by_trigger(out, "arrest") == {"2025-03-10"}
    assert dates_by_trigger(out, "charge") == {"2025-03-11"}
