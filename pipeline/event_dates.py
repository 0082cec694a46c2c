"""When a coded event happened, and the narrative's day carried through an article.

Dates come from the sentence's own date phrase (``pipeline.dates``), preferring one in the
trigger's own clause (``pipeline.clause_date_ranks``); an undated sentence continues the
day of the last dated event, or of an event noun dated earlier ("the brawl"), else the
publication day. ``DateState`` carries that day from sentence to sentence, and
``note_date`` lets a sentence with no event move it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pipeline import dates
from pipeline.clause_date_ranks import OWN, clause_ranker, reported_on
from pipeline.date_gaps import gap_before, gap_day
from pipeline.date_patterns import BACKWARD_ANAPHORA
from pipeline.date_syntax import (
    LATE,
    after_clause,
    aside,
    dated_after,
    dated_verb,
    deadline_at,
    eve,
    phrase_words,
    pluperfect,
    told_after,
)
from pipeline.doc_views import doc_text, span_text
from pipeline.gap_days import stated_day
from pipeline.noun_days import own_day
from pipeline.period_days import day_in_period
from pipeline.reported_days import report_day, reported_look_back
from pipeline.said_days import statement_ranker
from pipeline.statement_days import back_on_story_day, told_on
from pipeline.syntax import sentences_before

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token


#: Nouns naming one occurrence ("the brawl", "the attack", "the talks"): a later undated
#: sentence that mentions them is about the day they were first dated.
EVENT_NOUNS = frozenset({"brawl", "attack", "fight", "clash", "bombing", "explosion",
                         "blast", "shooting", "raid", "ambush", "earthquake", "quake",
                         "riot", "massacre", "assault", "strike", "coup", "incident",
                         "crash", "intrusion", "summit", "funeral", "election", "vote",
                         "talk"})


#: How many sentences, this one included, a look back in the past perfect reaches for an
#: earlier day ("said Chinese personnel had rammed the boats" two after "Monday's
#: confrontation"); further back, the day belongs to an earlier part of the story.
_LOOK_BACK_REACH = 3

#: How many sentences back a background day stays what "the next day" counts from.
_TOLD_REACH = 2

#: How many days before the story's first day a body event may lie and still be what
#: the headline tells (measured: 2-3 fix the same, 1 and 7 lose articles).
_HEADLINE_REACH = 3


@dataclass(slots=True)
class DateState:
    """Date context carried through an article: the anchor text for feeds without a
    date, and the day of the last dated event ("the same day", "hours later")."""

    fallback: str | None
    previous: date | None = None
    noun_days: dict[str, date] = dataclasses.field(default_factory=dict)
    #: the narrative's first day and the offset of the sentence that gave it
    first: date | None = None
    first_at: int | None = None
    #: the day of the clause after a gap in the sentence that gave ``first`` ("South
    #: Africa on Saturday called the expulsion regrettable, a day after Rubio said ...")
    first_gap: date | None = None
    #: the narrative's day when the current sentence began: "a day earlier" counts from
    #: it however many of the sentence's events have been dated
    sent_at: int | None = None
    sent_previous: date | None = None
    #: the day "the next day" or "two days later" in the current sentence counts from
    sent_anaphora: date | None = None
    #: every recent day the story has named so far, dated events or not
    days: set[date] = dataclasses.field(default_factory=set)
    #: the last day a sentence gave, background or not, and where that sentence ended
    last_day: date | None = None
    last_end: int | None = None
    #: where the sentence that set ``previous`` began, and whether it gave that day as
    #: an aside ("On Saturday, ...", "X said on Sunday that ...")
    previous_at: int | None = None
    previous_aside: bool = False
    #: the recent days the current sentence names, and those it and the one before name
    named_now: list[set[date]] = dataclasses.field(default_factory=list)
    near_days: set[date] = dataclasses.field(default_factory=set)
    #: the ids of events in "after" clauses dated only by the main clause's day ("closed
    #: its embassy on Friday after protesters ransacked the consulate"); ``lead_days``
    #: redates them from the body
    borrowed: set[str] = dataclasses.field(default_factory=set)

    def before_sentence(self, sent: Span, published: date | None) -> date | None:
        if self.sent_at != sent.start_char:
            self.sent_at, self.sent_previous = sent.start_char, self.previous
            self.sent_anaphora = self._told_before(sent) or self._named_before(sent, published) \
                or self.previous
            named = {d for d in dates.days_named(span_text(sent), published=published,
                                                  previous=self.previous)
                     if published is not None and 0 <= (published - d).days <= 10}
            self.days.update(named)
            self.named_now = [*self.named_now[-(_LOOK_BACK_REACH - 1):], named]
            self.near_days = set().union(*self.named_now)
        return self.sent_previous

    def _told_before(self, sent: Span) -> date | None:
        """The day one of the few sentences just before ``sent`` gave, when it is not
        the narrative's (a background day, "The row erupted on Jan 1 when ..."):
        "recalled its ambassador the following day" counts from it."""
        if self.last_day is None or self.last_end is None or self.last_day == self.previous:
            return None
        for before in sentences_before(sent, _TOLD_REACH):
            if before.end_char == self.last_end:
                return self.last_day
        return None

    @staticmethod
    def _named_before(sent: Span, published: date | None) -> date | None:
        """For a forward phrase (``dates.FORWARD_ANAPHORA``: "the following day", "a day
        later", "that night") in a sentence that names no day before it, the last day
        named, in any clause, by the sentence just before ("... under an agreement signed
        on Oct. 17. Washington eased sanctions the following day") or, failing that, by
        the one before it (up to ``_TOLD_REACH`` back), skipping days after publication;
        from the second sentence back only a day at most 10 days before publication."""
        m = dates.FORWARD_ANAPHORA.search(span_text(sent))
        if m is None or sent.start == 0 or dates.days_named(span_text(sent)[:m.start()],
                                                             published=published):
            return None
        # the last day the sentences just before named, in any clause ("an agreement
        # signed with the opposition on Oct. 17"), not one still to come; from further
        # back only a recent day (an old one is background the narrative has left)
        for back, before in enumerate(sentences_before(sent, _TOLD_REACH)):
            named = dates.days_named(before.text, published=published)
            day = next((d for d in reversed(named) if published is None or (
                0 <= (published - d).days <= (10 if back else 100000))), None)
            if day is not None:
                return day
        return None

    def earlier(self, anywhere: bool = False) -> date | None:
        """The latest day named before the narrative's day by the last few sentences
        (``_LOOK_BACK_REACH``), or, ``anywhere``, by any."""
        if self.previous is None:
            return None
        return max((d for d in (self.days if anywhere else self.near_days)
                    if d < self.previous), default=None)

    def undated_day(self, published: date | None) -> date | None:
        """The day an undated clause goes on with: news narrates in order, so the day of
        the last dated event, else the publication day."""
        return self.previous or published

    def headline_may_take(self, day: str | None, *, published: date | None) -> bool:
        """Whether a dated body event's day (ISO) may date an undated headline of its
        type: not background well before the story's first day ("U.S. frees Saab in
        swap" over a body that first tells of an October release), nor a plan after
        publication ("will meet again on March 15" under "makes landmark visit")."""
        try:
            told = date.fromisoformat(day or "")
        except ValueError:
            return True
        if published is not None and told > published:
            return False
        return self.first is None or (self.first - told).days <= _HEADLINE_REACH

    def paragraph_day(self, sent: Span, published: date | None, kind: str | None = None
                      ) -> date | None:
        """``undated_day`` for ``sent``, except that an earlier day given as an aside
        ("On Saturday, the government survived a confidence vote.", "The ministry said on
        Sunday that ...") holds only to the end of its paragraph: an undated sentence of a
        later paragraph is back on the story's own day (``first``); so, whatever gave the
        day, is a statement of type ``kind`` (``statement_days``)."""
        if (self.previous_aside or back_on_story_day(sent, kind)) and \
                self.previous is not None and self.first is not None \
                and self.previous < self.first and self.previous_at is not None and \
                "\n" in doc_text(sent.doc)[self.previous_at:sent.start_char]:
            return self.first
        return self.undated_day(published)


def published_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def event_date(sent: Span, tok: Token, published: date | None, state: DateState,
               kind: str | None = None
               ) -> tuple[str | None, str | None, str | None, bool]:
    """(ISO date, date phrase, precision, borrowed) of the event ``tok`` triggers in
    ``sent``; borrowed: an "after" clause given the main clause's day."""
    near = tok.idx - sent.start_char
    text = span_text(sent)  # read many times below
    state.before_sentence(sent, published)  # moves the narrative state to this sentence
    gap = gap_before(text, near)
    if gap is not None:
        # "…, two days after a drone strike killed X": dated from the main clause's day;
        # a look back does not move the narrative's day (state.previous)
        # the clause the gap hangs on is the one just before it ("patrolled on Wednesday
        # after X declared on Tuesday and ordered ..., hours after gunmen stormed")
        main = event_date_of_text(text[:gap.start], published, state,
                                  state.sent_anaphora, near=gap.start)
        if main is not None and dates.resolve_date(
                text[:gap.start], published=published, fallback_text=state.fallback,
                previous=state.sent_anaphora) is not None:
            # "Evo Morales arrived on Tuesday, two days after he resigned": the main
            # clause's own day is the narrative's
            _remember(None, main, published, state, at=sent.start_char, text=text)
        if gap.bare and (main is None or not after_clause(tok, sent.start_char + gap.start)
                         or LATE.search(text, 0, gap.start) is not None
                         or dated_after(text, gap.end, published)
                         or dates.resolve_date(text[:gap.start], published=published,
                                               fallback_text=None, previous=None) is None):
            # a plain "after" counts back only from a main clause with its own day, into a
            # clause that names none
            main = None
            gap = None
        if main is not None and gap is not None:
            gap_day = main + timedelta(days=gap.days)
            ranker = clause_ranker(sent, tok, published)
            if (stated := stated_day(sent, tok, gap.end, gap_day,
                                     lambda s, e: ranker(s, e) == OWN, published=published,
                                     fallback=state.fallback,
                                     previous=state.sent_anaphora)) is not None:
                # "the killing came hours after Israel struck a building on Tuesday":
                # the clause's own day, not one counted from the main clause's
                return stated.date, stated.text, stated.precision, False
            return gap_day.isoformat(), text[gap.start:gap.end], "day", False
    own = own_day(tok, published)
    if own is not None:
        # "the Feb. 14 suicide bombing", "the Easter Sunday bombings": an event noun's
        # own date names its day; it is background and leaves the narrative's day alone
        return own.date, own.text, own.precision, False
    day_str = date_text = precision = None
    borrowed = False
    clause_rank = clause_ranker(sent, tok, published)
    rank = statement_ranker(clause_rank, text, kind, published)
    # "summoned the envoy the previous day, a spokesman said on Friday": a reported look
    # back counts from when it was said; "the following day", "that day" count from the
    # story's day, and so does a past perfect after a sentence that named one ("stormed
    # the embassy on Wednesday. Police had arrested their leader a day earlier")
    counted_from = state.sent_anaphora
    try:
        if BACKWARD_ANAPHORA.search(text) and not (
                state.sent_anaphora is not None and pluperfect(tok)):
            counted_from = report_day(sent, clause_rank, published) or counted_from
        res = dates.resolve_date(text, published=published, fallback_text=state.fallback,
                                 near=near, previous=counted_from, clause_rank=rank)
        if res is not None and res.precision != "day" and published is not None and \
                res.date > published.isoformat():
            # "would not open talks until 2028": a later year or month is the object of
            # the statement, not its date; take the sentence's first date phrase
            res = dates.resolve_date(text, published=published,
                                     fallback_text=state.fallback,
                                     previous=counted_from, clause_rank=rank)
            if res is not None and res.precision != "day" and \
                    res.date > published.isoformat() and res.start is not None and \
                    deadline_at(text, res.start):
                # "agreed to open talks by the end of February": the deadline is all
                # the sentence gives; the agreement goes on with the narrative's day
                res = None
    except Exception:  # a date bug must not lose the event
        res = None
    if res is not None and (inside := day_in_period(
            res, published, dates.days_named(sent.text, published=published,
                                             previous=state.sent_anaphora),
            state.days)) is not None:
        # "Israel last week recalled its ambassadors after they announced the plan on May
        # 22": a period names no day, a day the story names inside it does; the narrative
        # goes on as the period left it, and the precision stays the period's, so that
        # the guess dates no headline (``lead_days`` takes only days a sentence gives)
        return inside.isoformat(), res.text, res.precision, False
    if res is not None:
        day_str = res.date
        date_text, precision = res.text, res.precision
        if (words := phrase_words(sent, res)) is not None and \
                told_after(tok, dated_verb(words)):
            # "closed its embassy on Friday after protesters ransacked the consulate":
            # the main clause's day; the body may give the ransacking its own
            borrowed = True
        day = published_day(day_str) if precision == "day" else None
        if day is not None and (back := reported_look_back(
                sent, tok, res, day, state.sent_previous)) is not None:
            # "said on Sunday that 23 soldiers had been killed": the report's day is
            # not the killing's, nor the narrative's; nor is that day the main clause's
            return back.isoformat(), date_text, "day", False
        if not (day is not None and state.previous is not None and day < state.previous
                and pluperfect(tok) and not reported_on(sent, tok, res, published)):
            # "the army lifted a curfew it had imposed on Monday": a look back in the
            # past perfect does not move the narrative's day
            _remember(sent, day, published, state, res=res)
    elif (known := next((state.noun_days[t.lemma_.lower()] - timedelta(days=eve(t))
                         for t in sent
                         if t.pos_ == "NOUN" and t.lemma_.lower() in state.noun_days),
                        None)) is not None:
        day_str, precision = known.isoformat(), "day"
        state.previous = known  # the narrative continues on that day
        state.previous_at, state.previous_aside = sent.start_char, False
    elif (told := told_on(sent, tok, state)) is not None:
        # "Diop told the council on June 16 that ... He asked for its withdrawal": the
        # same speaker's next act goes on with the day just given, even a past one
        day_str, precision = told.isoformat(), "day"
    elif pluperfect(tok) and (earlier := state.earlier(_ALREADY.search(text) is not None)
                              ) is not None:
        # "He said Chinese personnel had rammed the boats" after "Monday's confrontation":
        # the past perfect reaches back to the story's earlier day
        day_str, precision = earlier.isoformat(), "day"
    elif (undated := state.paragraph_day(sent, published, kind)) is not None:
        # No date phrase: an undated sentence continues the day of the last dated event
        # ("Hours later, the guns fell silent"), else the publication day
        day_str, precision = undated.isoformat(), "day"
    elif state.fallback:
        # no feed date and nothing dated yet (headline, standfirst): the dateline's or
        # caption's full date
        anchor = dates.first_full_date(state.fallback)
        if anchor is not None:
            day_str, precision = anchor.isoformat(), "day"
    return day_str, date_text, precision, borrowed


#: A possessive ending right after a date phrase ("from October's election"; a weekday's
#: own "'s" is part of its phrase, "Monday's clash came two days after", and dates it).
_POSSESSIVE = re.compile(r"['’]s\b")

#: "had already dismissed": the look back reaches any earlier day of the story.
_ALREADY = re.compile(r"\b(?:already|previously|earlier)\b", re.IGNORECASE)


def _remember(sent: Span | None, day: date | None, published: date | None,
              state: DateState, at: int = 0,
              res: dates.DateResolution | None = None, text: str | None = None) -> None:
    """Carry a sentence's day into the narrative (``state``); with ``sent``, also the
    day of the event nouns it names. ``text`` is the sentence's when ``sent`` is not
    given."""
    if day is None:
        return
    if sent is not None and (published is None or day <= published):
        state.last_day, state.last_end = day, sent.end_char
    if published is None or 0 <= (published - day).days <= 10:
        # background ("the April 22 attack") does not set the narrative's day
        state.previous = day
        state.previous_at = sent.start_char if sent is not None else at
        state.previous_aside = sent is not None and res is not None and \
            aside(sent, res)
        if state.first is None:
            state.first, state.first_at = day, sent.start_char if sent is not None else at
            state.first_gap = gap_day(span_text(sent) if sent is not None else text or "",
                                      day, published)
    if sent is None or (published is not None and day > published):
        # "would step up its attacks from Sunday": a day to come is a plan's, and later
        # mentions of the attacks are not about it
        return
    # "suspended for a brawl at the Friday, November 19th game": later sentences about
    # the brawl are about that day
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
            state.noun_days.setdefault(t.lemma_.lower(), day)


def note_date(sent: Span, published: date | None, state: DateState) -> None:
    """A sentence that codes no event still moves the narrative's day ("A patrol found
    him at a house on Thursday afternoon. Within minutes, gunmen opened fire")."""
    state.before_sentence(sent, published)
    rank = clause_ranker(sent, sent.root, published)
    skipped: set[str] = set()
    text = span_text(sent)

    def current(start: int, end: int) -> int | None:
        return None if text[start:end] in skipped else rank(start, end)

    for _ in range(4):
        try:
            res = dates.resolve_date(text, published=published,
                                     fallback_text=state.fallback,
                                     previous=state.sent_anaphora, clause_rank=current)
        except Exception:  # a date bug must not lose the article
            return
        if res is None or res.precision != "day":
            return
        day = published_day(res.date)
        _remember(sent if not skipped else None, day, published, state,
                  at=sent.start_char, res=res)
        if day is None or published is None or 0 <= (published - day).days <= 10:
            return
        # "The talks opened on Aug 14 and ended on Friday": a background day does not
        # move the narrative; a later phrase of the sentence may
        skipped.add(res.text)


def event_date_of_text(text: str, published: date | None, state: DateState,
                       previous: date | None = None, near: int | None = None) -> date | None:
    """The day a clause's own words give, else the narrative's day (as ``event_date``);
    ``previous`` overrides the day anaphora count from, ``near`` prefers the phrase
    closest to that offset.

    It does not call ``event_date``: it dates a bare text (the clause before a "two days
    after" gap), not a parsed sentence and trigger, and must leave the narrative's day
    alone, while ``event_date`` ranks clauses, uses the sentence's event nouns and tense,
    and moves ``state``. The two share only the last resort, ``DateState.undated_day``;
    ``event_date``'s dateline anchor after it is left out here, so that a gap with no day
    to count from still falls back to the sentence's own date phrase."""
    def resolve(rank: Callable[[int, int], int | None] | None) -> dates.DateResolution | None:
        return dates.resolve_date(text, published=published, fallback_text=state.fallback,
                                  previous=previous or state.previous, near=near,
                                  clause_rank=rank)

    try:
        # "barred the party on Saturday from October's election, two days after ...": a
        # time in the possessive is the named thing's ("October's election"), not the
        # clause's, however near the gap it stands, when the clause gives a day of its own
        # (with no "'s" in the text that ranking would keep every phrase: one run does)
        res = resolve(lambda _s, e: None if _POSSESSIVE.match(text, e) else 0) \
            if _POSSESSIVE.search(text) else None
        if res is None or res.precision != "day":
            res = resolve(None)
    except Exception:  # a date bug must not lose the event
        res = None
    if res is not None and res.precision == "day":
        return published_day(res.date)
    if res is not None:
        return None  # a month or a year: too coarse to count days from
    return state.undated_day(published)

