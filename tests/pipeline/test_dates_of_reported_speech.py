"""Dates of acts told in reported speech: a day in the reported clause's own words dates
it, a reported "the previous day" counts from when it was said, and the report's day
dates only what has no day of its own. Made-up wire sentences (published on a Friday),
with and without "that", the speech verb before or after, passives, two acts in one
sentence, and sentences where the report's day is the act's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.date_syntax import dated_verb
from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2024-05-10"  # a Friday

#: A day in the reported clause's own words is the act's, whether or not "that" opens
#: the clause (without it the parser hangs the report's day on the reported verb).
OWN_DAYS = [
    ("Police said on Friday they had arrested 12 people on Wednesday.",
     {"arrest": "2024-05-08"}),
    ("Police said on Friday that they had arrested 12 people on Wednesday.",
     {"arrest": "2024-05-08"}),
    ("The ministry said on Friday it had summoned the French ambassador on Thursday.",
     {"summon ambassador": "2024-05-09"}),
    ("The ministry said on Friday that it had summoned the French ambassador on "
     "Thursday.",
     {"summon ambassador": "2024-05-09"}),
    ("The army said on Thursday its troops had killed 20 militants on Tuesday.",
     {"kill": "2024-05-07"}),
    ("Officials told reporters on Friday gunmen had kidnapped 30 students on Wednesday"
     " night.",
     {"kidnap": "2024-05-08"}),
    ("Officials told reporters on Friday that gunmen had kidnapped 30 students on "
     "Wednesday night.",
     {"kidnap": "2024-05-08"}),
    ("Police arrested 40 protesters in Tbilisi on Wednesday night, the interior "
     "ministry said on Friday.",
     {"arrest": "2024-05-08"}),
    ("On Wednesday, police arrested 40 protesters in Tbilisi, the interior ministry "
     "said on Friday.",
     {"arrest": "2024-05-08"}),
    ("The Polish foreign ministry said on Friday two Russian diplomats had been "
     "expelled on Wednesday.",
     {"expel": "2024-05-08"}),
    ("Two Russian diplomats were expelled on Wednesday, the Polish foreign ministry "
     "said on Friday.",
     {"expel": "2024-05-08"}),
    ("Police said Friday they had arrested 12 people Wednesday.",
     {"arrest": "2024-05-08"}),
    ("The ministry announced on Thursday it had recalled its ambassador from Rome on "
     "Monday.",
     {"recall": "2024-05-06"}),
    ("Kenya's foreign ministry said in a statement on Friday it had recalled its "
     "ambassador to Uganda on Wednesday.",
     {"recall": "2024-05-08"}),
    ("Rebels attacked an army base on Wednesday night, killing 15 soldiers, the army "
     "said on Friday.",
     {"attack": "2024-05-08"}),
    ("China said on Friday it had lodged a protest with Japan on Thursday.",
     {"lodge protest": "2024-05-09"}),
    ("Russian drones struck Kyiv on Thursday, killing three people. Ukraine said on "
     "Friday it had downed 20 drones on Thursday night.",
     {"strike": "2024-05-09", "down": "2024-05-09"}),
    ("Police arrested 40 protesters in Tbilisi on Wednesday. The interior ministry "
     "said on Friday it had released all of them on Thursday.",
     {"arrest": "2024-05-08", "release": "2024-05-09"}),
    ("The ministry said in a statement on Friday it had summoned the French ambassador"
     " on Thursday.",
     {"summon ambassador": "2024-05-09"}),
    ("The army confirmed on Friday its jets had struck rebel positions on Wednesday "
     "night.",
     {"strike": "2024-05-08"}),
    ("Police told reporters on Thursday they had detained 30 protesters on Tuesday "
     "evening.",
     {"detain": "2024-05-07"}),
    ("The interior ministry said late on Thursday it had arrested the suspected gunman"
     " on Wednesday.",
     {"arrest": "2024-05-08"}),
    ("Officials said on Friday evening rebels had attacked a military convoy on "
     "Thursday.",
     {"attack": "2024-05-09"}),
    ("Police said on Friday that on Wednesday they had arrested 12 people.",
     {"arrest": "2024-05-08"}),
    ("Police said that on Wednesday they had arrested 12 people, officials told "
     "reporters on Friday.",
     {"arrest": "2024-05-08"}),
    ("The ministry said Thursday it had summoned the ambassador Tuesday.",
     {"summon ambassador": "2024-05-07"}),
    ("Police said on Friday night they had arrested 12 people.",
     {"arrest": "2024-05-10"}),
    ("Polish prosecutors said on Friday they had charged a man with spying for Russia "
     "on Tuesday.",
     {"charge": "2024-05-07"}),
    ("The company said on Friday it had signed a deal with Siemens on Wednesday.",
     {"sign deal": "2024-05-08"}),
    ("Police said on Friday officers had arrested the suspect at the airport.",
     {"arrest": "2024-05-10"}),
    ("Police on Friday said they had detained the suspect on Tuesday.",
     {"detain": "2024-05-07"}),
    ("The court sentenced the opposition leader to five years in prison on Wednesday, "
     "his lawyer said on Friday.",
     {"sentence": "2024-05-08"}),
    ("North Korea fired two ballistic missiles on Thursday, South Korea's military "
     "said on Friday.",
     {"fire missile": "2024-05-09"}),
]

#: "the previous day", "a day earlier", "hours earlier" in reported speech count from the
#: day it was said, before or after the act.
COUNTED_FROM_THE_REPORT = [
    ("The ministry summoned the envoy the previous day, a spokesman said on Friday.",
     {"summon envoy": "2024-05-09"}),
    ("Israel said on Thursday it had struck a Hezbollah depot in southern Lebanon the "
     "previous day.",
     {"strike": "2024-05-08"}),
    ("Poland said on Friday it had expelled two Russian diplomats a day earlier.",
     {"expel": "2024-05-09"}),
    ("Two Russian diplomats were expelled a day earlier, the Polish foreign ministry "
     "said on Friday.",
     {"expel": "2024-05-09"}),
    ("The ministry said on Friday that two diplomats had been expelled the previous "
     "day.",
     {"expel": "2024-05-09"}),
    ("Israel said on Thursday it had struck a weapons depot in Syria hours earlier.",
     {"strike": "2024-05-09"}),
    ("The army said on Friday two soldiers had been killed in a rebel ambush the "
     "previous night.",
     {"kill": "2024-05-09"}),
    ("Two soldiers were killed in a rebel ambush the previous night, the army said on "
     "Friday.",
     {"kill": "2024-05-09"}),
    ("Gunmen kidnapped 20 students the day before, police said on Thursday.",
     {"kidnap": "2024-05-08"}),
    ("Rebels shelled the town a day earlier, the army said on Wednesday.",
     {"shell": "2024-05-07"}),
    ("Two diplomats were expelled the previous day, the ministry said on Thursday, and"
     " the embassy was closed.",
     {"expel": "2024-05-08"}),
    ("Police arrested 40 protesters in Tbilisi on Wednesday. The ministry said on "
     "Friday that the detainees had been released the previous day.",
     {"arrest": "2024-05-08", "release": "2024-05-09"}),
    ("Police arrested 40 protesters in Tbilisi on Wednesday. Officers also detained "
     "two journalists the previous day, the ministry said on Friday.",
     {"arrest": "2024-05-08", "detain": "2024-05-09"}),
    ("The ministry summoned the ambassador on Thursday, a spokesman said on Friday, "
     "and protested the arrest of two citizens.",
     {"summon ambassador": "2024-05-09"}),
    ("Militants attacked a police station the previous night, killing four officers, "
     "the governor said on Friday.",
     {"attack": "2024-05-09"}),
]

#: The report's day dates an act with no day of its own (including one still to come,
#: beside a dated past act), and a day fronted before the report dates what it tells.
REPORT_DAYS = [
    ("Police said on Friday they had arrested 12 people on Wednesday and would charge "
     "them with rioting.",
     {"arrest": "2024-05-08", "charge": "2024-05-10"}),
    ("The ministry said on Friday it had summoned the French ambassador on Thursday "
     "and that it would expel two French diplomats.",
     {"summon ambassador": "2024-05-09", "expel": "2024-05-10"}),
    ("Germany said on Friday it would expel two Russian diplomats.",
     {"expel": "2024-05-10"}),
    ("Germany announced on Friday that it had expelled two Russian diplomats.",
     {"expel": "2024-05-10"}),
    ("Germany announced on Friday it had expelled two Russian diplomats.",
     {"expel": "2024-05-10"}),
    ("Iran said on Friday it had seized a foreign tanker in the Gulf.",
     {"seize": "2024-05-10"}),
    ("On Friday, the ministry said it had summoned the French ambassador.",
     {"summon ambassador": "2024-05-10"}),
    ("Kenya said on Friday it was recalling its ambassador to Uganda.",
     {"recall": "2024-05-10"}),
    ("Hamas said on Friday it had accepted the ceasefire proposal, a day after Israeli"
     " jets struck Rafah.",
     {"accept": "2024-05-10", "strike": "2024-05-09"}),
    ("The United States on Friday accused China of harassing Philippine vessels on "
     "Wednesday.",
     {"accuse": "2024-05-10"}),
    ("The army said on Friday it had shot down a drone over the capital.",
     {"shoot down": "2024-05-10"}),
    ("Police said on Friday they would arrest anyone who marched on Sunday.",
     {"arrest": "2024-05-10"}),
    ("The ministry said on Friday it had summoned the Russian ambassador and would "
     "expel two diplomats on Monday.",
     {"summon ambassador": "2024-05-10", "expel": "2024-05-13"}),
    ("Germany said on Friday it had expelled two Russian diplomats on Wednesday and "
     "closed a consulate.",
     {"expel": "2024-05-08", "close consulate": "2024-05-08"}),
    ("The government said on Thursday it would impose a curfew on Saturday.",
     {"impose curfew": "2024-05-11"}),
    ("Moscow warned on Friday that it would expel Estonian diplomats if Tallinn did "
     "not reverse its decision.",
     {"warn": "2024-05-10"}),
    ("Kenya recalled its ambassador to Uganda on Friday, a day after Kampala accused "
     "it of backing rebels, officials said.",
     {"recall": "2024-05-10", "accuse": "2024-05-09"}),
    ("The ministry said on Friday the ambassador had been summoned, a day after "
     "protesters attacked the embassy.",
     {"attack": "2024-05-09"}),
    ("Serbia's president on Friday criticised the verdict handed down a day earlier.",
     {"criticise": "2024-05-10"}),
    ("A spokesman said on Friday the United States had imposed sanctions on three "
     "Iranian firms on Thursday.",
     {"impose": "2024-05-09"}),
]


#: A look back in the past perfect (``reported_days``) is read only under "said on
#: <day> that": without "that" the report's day stands (reading it there too moved
#: three older gold dates off the report's day, none onto one).
LOOK_BACKS = [
    ("Israeli jets struck Gaza on Tuesday. The army said on Wednesday it had killed 20"
     " militants in the strikes.",
     {"strike": "2024-05-07", "kill": "2024-05-08"}),
    ("Russian drones struck Odesa on Tuesday. Ukraine said on Wednesday it had downed "
     "15 drones.",
     {"strike": "2024-05-07", "down": "2024-05-08"}),
    ("Russian drones struck Odesa on Tuesday. Ukraine said on Wednesday that it had "
     "downed 15 drones.",
     {"strike": "2024-05-07", "down": "2024-05-07"}),
]


def _check(code_text: Callable[..., ExtractedArticle], text: str,
           want: dict[str, str]) -> None:
    out = code_text(text, published=PUB)
    assert {trig: dates_by_trigger(out, trig) for trig in want} == \
        {trig: {day} for trig, day in want.items()}


@pytest.mark.parametrize(("text", "want"), OWN_DAYS)
def test_a_day_in_the_reported_clause_dates_the_reported_act(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


@pytest.mark.parametrize(("text", "want"), COUNTED_FROM_THE_REPORT)
def test_a_reported_previous_day_counts_from_the_day_it_was_said(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


@pytest.mark.parametrize(("text", "want"), REPORT_DAYS)
def test_the_reports_day_dates_an_act_with_no_day_of_its_own(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


@pytest.mark.parametrize(("text", "want"), LOOK_BACKS)
def test_a_past_perfect_under_said_that_looks_back_to_the_storys_day(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


@pytest.mark.parametrize(("text", "phrase", "verb"), [
    ("The company said on Friday it had cut 200 jobs on Wednesday.", "Friday", "say"),
    ("The company said on Friday it had cut 200 jobs on Wednesday.", "Wednesday", "cut"),
    ("The club said on Friday it had sacked its coach on Wednesday.", "Friday", "say"),
    ("The weather service said on Friday the storm had hit the coast on Wednesday.",
     "Friday", "say"),
    ("The club said on Friday fans had attacked the referee on Wednesday night.",
     "Friday", "say"),
    ("The ministry said on Friday it did not summon the French ambassador on Thursday.",
     "Friday", "say"),
    ("Did the ministry say on Friday it had summoned the French ambassador on Thursday?",
     "Friday", "say"),
    ("The president said on Friday he would meet Putin in Moscow on Monday.", "Monday",
     "meet"),
    ("Police said on Friday that on Wednesday they had arrested 12 people.", "Wednesday",
     "arrest"),
])
def test_a_day_between_a_report_and_its_clauses_subject_is_the_reports(
        nlp: Any, text: str, phrase: str, verb: str) -> None:
    doc = nlp(text)
    at = text.index(phrase)
    span = doc.char_span(at, at + len(phrase))
    assert span is not None and dated_verb(span).lemma_ == verb


def test_a_would_cut_at_the_edge_of_the_look_back_still_turns_a_weekday_ahead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "would" stands 83 characters before "Wednesday": the look back for a future marker
    # starts at a word, not inside "would"
    _check(code_text, "Venezuela's government said on Friday it would suspend commercial flights "
           "to and from Panama and the Dominican Republic from Wednesday.",
           {"suspend": "2024-05-15"})
    # a relative clause closed before the modal ("The ministry, which oversees
    # aviation, said it would ...") does not make the modal its own
    _check(code_text, "The ministry, which oversees aviation, said it would suspend commercial "
           "flights to and from Panama and the Dominican Republic from Wednesday.",
           {"suspend": "2024-05-15"})


#: A report's weekday goes to the report only when the reported clause names a day of
#: its own: a week, "this week" or "next week" in it is no day, and the act keeps the
#: report's day; a report dated "last week" is no day either, and keeps its week.
COARSE_IN_THE_REPORTED_CLAUSE = [
    ("Germany said on Friday it would expel two Russian diplomats next week.",
     {"expel": "2024-05-10"}, "day"),
    ("Iran said on Friday it had seized a tanker earlier this week.",
     {"seize": "2024-05-10"}, "day"),
    ("Police said on Friday they had arrested 200 people over the past week.",
     {"arrest": "2024-05-10"}, "day"),
    ("China said on Friday it had lodged a protest with Japan this week.",
     {"lodge protest": "2024-05-10"}, "day"),
    ("Police said last week they had arrested 12 people on Wednesday.",
     {"arrest": "2024-05-01"}, "month"),
]

#: Only a look back ("the previous day", "a day earlier", "hours earlier") counts from
#: a report's day; "that day", "the same day", "the following day", "a day later" and
#: "hours later" count from the story's day, and so does a past perfect after a sentence
#: that named one.
COUNTED_FROM_THE_STORY = [
    ("Police arrested 40 protesters in Tbilisi on Wednesday. Two journalists were "
     "detained that day, the ministry said on Friday.",
     {"detain": "2024-05-08"}),
    ("Police arrested 40 protesters on Tuesday. Two more were detained the same day, "
     "the ministry said on Friday.",
     {"detain": "2024-05-07"}),
    ("Gunmen attacked a church in Kaduna on Sunday. Police arrested three suspects the "
     "following day, a spokesman said on Thursday.",
     {"arrest": "2024-05-06"}),
    ("Russia struck Kharkiv on Monday. Ukraine hit a Russian airfield a day later, Kyiv "
     "said on Thursday.",
     {"hit": "2024-05-07"}),
    ("Russia expelled two Estonian diplomats on Tuesday. Tallinn retaliated a day later,"
     " the Estonian foreign ministry said on Friday.",
     {"retaliate": "2024-05-08"}),
    ("Russian drones struck Odesa on Monday. Ukraine shot down 15 more drones hours "
     "later, the air force said on Thursday.",
     {"shoot down": "2024-05-06"}),
    ("Protesters stormed the embassy on Wednesday. Police had arrested their leader a "
     "day earlier, officials said on Friday.",
     {"arrest": "2024-05-07"}),
]

#: A "will" or "would" cut by the edge of the look back before a weekday is completed
#: only when it is the weekday's own clause's, not a relative clause's.
NOT_AHEAD = [
    ("Rebels who had promised they would lay down their arms in the old city attacked an"
     " army convoy near the town on Tuesday.",
     {"attack": "2024-05-07"}),
    ("The striker, whose club will meet Real Madrid in the final, was arrested on "
     "suspicion of assault there on Tuesday.",
     {"arrest": "2024-05-07"}),
]


@pytest.mark.parametrize(("text", "want", "precision"), COARSE_IN_THE_REPORTED_CLAUSE)
def test_a_period_in_the_reported_clause_leaves_the_act_the_reports_day(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str],
        precision: str) -> None:
    out = code_text(text, published=PUB)
    assert {trig: {(e.date, e.date_precision) for e in out.events
                   if trig in (e.trigger or "")} for trig in want} == \
        {trig: {(day, precision)} for trig, day in want.items()}


@pytest.mark.parametrize(("text", "want"), COUNTED_FROM_THE_STORY)
def test_a_forward_or_same_day_phrase_counts_from_the_storys_day(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


@pytest.mark.parametrize(("text", "want"), NOT_AHEAD)
def test_a_modal_in_a_relative_clause_does_not_turn_a_weekday_ahead(
        code_text: Callable[..., ExtractedArticle], text: str, want: dict[str, str]) -> None:
    _check(code_text, text, want)


def test_the_grain_ban_from_sunday_is_ahead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    _check(code_text, "The ministry said it would suspend imports of Ukrainian grain, sugar,"
           " fruit and other farm produce from Sunday.", {"suspend": "2024-05-12"})
