"""The days of the headline's and the lead's undated events, settled once the body is dated.

A headline names the lead's event without its date ("Nicaragua frees 222 prisoners" over
"Nicaragua freed 222 ... on Thursday"): it takes the day the body gives that event. The
body may tell of the same act by others first ("Bahrain cut ties on Monday" in a story
headlined "Saudi Arabia cuts ties"), so the same act by the same parties is preferred to
any act of the type; when that first act is another party's, dated only by the day it was
said ("Chad's army said on Friday it had shelled ..."), an early undated retelling of the
headline's act by its parties ("Sudanese forces fired three rockets at Abeche") gives its
day. Other undated events before the story's first day ("Argentina has secured a loan."
then "The minister announced it on Thursday") are about that day, unless the body tells
the same act with its own day ("Saudi Arabia severed ties after protesters stormed its
embassy" over "Protesters broke into the embassy late on Saturday"); so does
an undated clause of the sentence that first gives a day ("troops advanced into the region,
widening an offensive launched on Tuesday" over "had crossed the border on Thursday"), and
an "after" clause of it dated only by its main clause ("closed its embassy on Friday after
protesters ransacked the consulate" over "Protesters ransacked it on Wednesday", not a
later day, a report's day or another occurrence), which else keep their day. A lead
dated only by the day it was said ("..., the ministry said on Thursday") is on the day the
next sentences give the same act ("Militants overran the port on Wednesday").
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from pipeline.event_dates import DateState
    from schemas import Actor, Event


def _party(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.role or actor.name


def _parties(ev: Event) -> tuple[str | None, str | None]:
    return _party(ev.source), _party(ev.target)


def date_lead_events(events: list[Event], title_end: int, state: DateState, *,
                     published: date | None) -> list[Event]:
    """``events`` with the lead's act dated by the day it was said moved to the day the
    body tells it on (``_told_lead``), the headline's undated events dated by the body's
    same act, and other undated events before the story's first day given the day the
    body tells the same act on, else the day the first dated sentence counts back to ("a
    day after ...") when no party acting in that sentence is its doer, else that first
    day; an undated event of the sentence that gave the first day, or one of its "after"
    clauses on its main clause's day, only by the body's same act (for the clause, one that
    can be it: ``_told_before``). No body act dated after
    ``published`` (a plan) dates the lead (``DateState.headline_may_take``)."""
    first = state.first.isoformat() if state.first is not None else None
    events = _told_lead(events, title_end)
    out: list[Event] = []
    #: a body event dated by its own words, or an undated one of the lead dated by the
    #: body's telling or the story's first day ("Saudi Arabia severed ties with Iran"
    #: before "announced the break late on Sunday"); with whether its own words date it
    body: list[tuple[Event, bool]] = []
    #: the body's other undated events, on the narrative's day
    narrated: list[Event] = []
    dated = [e for e in events if e.evidence.start >= title_end and e.date_text and
             e.date_precision == "day" and state.headline_may_take(e.date, published=published)]
    #: those dated by their own clause (not an "after" clause on its main clause's day)
    own_dated = [e for e in dated if e.event_id not in state.borrowed]
    #: the doers of the first dated sentence's own-day acts (see the gap day below)
    first_doers = {_party(e.source) for e in events
                   if e.evidence.start == state.first_at and e.date == first}
    for ev in events:
        own = bool(ev.date_text)
        if ev.evidence.start >= title_end and not own and first is not None \
                and state.first_at is not None and ev.evidence.start < state.first_at:
            told = _same_act(ev, dated)
            if told is not None and _said_day(told) and (told.date or "") > first:
                # "Makuei said on Thursday that Machar was being held" is the report's
                # day, later than the story's first ("entered his residence on
                # Wednesday evening"): the lead's act is on the story's day
                told = None
            # with no telling of its own, the act the lead states is the one the first
            # dated sentence reacts to "a day after" rather than the reaction, when
            # that sentence counts back to it ("Washington declared the ambassador
            # persona non grata" over "South Africa on Saturday called the expulsion
            # regrettable, a day after Rubio said ...")
            # ... unless the doer acts in that sentence's main clause (on its own day, not
            # the gap's) too: then the lead tells that doer's doing on the sentence's day
            # ("Protesters marched" over "Police on Saturday fired tear gas at
            # protesters, two days after parliament passed the bill"; "Uganda criticised
            # Kenya" over "Uganda on Friday called the expulsion regrettable, a day after")
            gap = state.first_gap.isoformat() if state.first_gap is not None and \
                _party(ev.source) not in first_doers else None
            ev = dataclasses.replace(ev, date=told.date if told else gap or first,
                                     date_precision="day")
            body.append((ev, False))
        elif (not own or ev.event_id in state.borrowed) and \
                ev.evidence.start == state.first_at and \
                (told := _same_act(ev, own_dated)) is not None and \
                (not own or _told_before(ev, told)):
            # an undated clause of the sentence that first gives a day need not be on
            # it ("troops advanced into the region, widening an offensive launched on
            # Tuesday"), nor an "after" clause dated only by its main clause ("closed
            # its embassy on Friday after protesters ransacked the consulate"): the
            # body's telling of the act in its own words dates it, if that can be the
            # act the "after" clause tells (``_told_before``); with none, the day it had
            # stands (that day may be a background clause's)
            ev = dataclasses.replace(ev, date=told.date, date_precision="day")
            body.append((ev, False))
        elif ev.evidence.start >= title_end and own and ev in dated:
            body.append((ev, True))
        elif ev.evidence.start >= title_end and not own:
            narrated.append(ev)
        out.append(ev)
    body.sort(key=lambda b: b[0].evidence.start)
    for i, ev in enumerate(out):
        if ev.evidence.start >= title_end or ev.date_text:
            continue
        out[i] = _dated_headline(ev, body, first, state, narrated)
    return out


def _dated_headline(ev: Event, body: list[tuple[Event, bool]], first: str | None,
                    state: DateState, narrated: list[Event]) -> Event:
    """An undated headline event dated by the body: the first dated act of its type, or,
    told no later than that, the same act by the same parties ("Saudi Arabia cuts ties"
    over "Saudi Arabia severed ties ..." before "Bahrain cut ties on Monday"); a later
    act of the parties is another occurrence. Another party's act dated only by the day
    it was said yields to an early undated retelling by the parties (``_retold``)."""
    typed = next((b for b, own in body if own and b.type == ev.type), None)
    reach = typed.evidence.sentence_index if typed is not None else None
    same = next((b for b, _ in body if b.type == ev.type and _parties(b) == _parties(ev)
                 and (reach is None or b.evidence.sentence_index <= reach)), None) or typed
    if same is not None and same is typed and _said_day(same) and \
            _parties(same) != _parties(ev) and (retold := _retold(ev, narrated)) is not None:
        # "Chad's army said on Friday it had shelled ..." is a reply told on the day of
        # publication; the headline's own act, retold on the narrative's day, is earlier
        same = retold
    if same is not None:
        return dataclasses.replace(ev, date=same.date, date_precision="day")
    if first is not None and state.first_at is not None and \
            ev.evidence.start < state.first_at:
        return dataclasses.replace(ev, date=first, date_precision="day")
    return ev


#: How many sentences into the body a retelling of the headline's act may come.
_RETOLD_REACH = 5


def _retold(ev: Event, narrated: list[Event]) -> Event | None:
    """The first undated telling of ``ev``'s act by its parties early in the body, on
    the narrative's day ("Sudanese forces fired three rockets at Abeche" after "The town
    came under fire late on Wednesday")."""
    return next((b for b in narrated if b.type == ev.type and _parties(b) == _parties(ev)
                 and b.evidence.sentence_index <= _RETOLD_REACH and b.date and
                 b.date_precision == "day"), None)


def _same_act(ev: Event, dated: list[Event]) -> Event | None:
    """The body's dated telling of ``ev``: the same type and parties, no later than the
    first dated act of the type."""
    typed = next((b for b in dated if b.type == ev.type), None)
    if typed is None:
        return None
    return next((b for b in dated if b.type == ev.type and _parties(b) == _parties(ev)
                 and b.evidence.sentence_index <= typed.evidence.sentence_index), None)


#: A telling that marks itself as another occurrence of the act ("Gunmen killed another
#: candidate", "shelled the positions again", "also marched on parliament", "first
#: marched on Tuesday").
_ANOTHER = re.compile(r"\b(?:another|other|second|again|also|too|as\s+well|first|earlier)\b",
                      re.IGNORECASE)
#: Where a clause of its own opens after the telling's day (not the "as" of "as well").
_NEXT_CLAUSE = re.compile(
    r"\b(?:after|before|because|since|when|while|as(?!\s+well)|but|whereas)\b", re.IGNORECASE)
#: The verbs of saying a day can stand on, and the "on" before the day.
_SAYING = r"said|told|announced|admitted|confirmed|reported"
_ON = r"\s+(?:(?:late|early)\s+)?on\s+$"
#: A day on a verb of saying ("..., the ministry said on Thursday").
_SAID_ON = re.compile(rf"\b(?:{_SAYING}){_ON}", re.IGNORECASE)
#: A day on a report rather than the act: a verb of saying, "told" with its hearers
#: ("Turkish protesters ransacked the consulate, officials told reporters on Wednesday").
_REPORTED_ON = re.compile(rf"\b(?:{_SAYING}|told\s+(?:the\s+)?[\w'-]+){_ON}", re.IGNORECASE)


def _told_before(ev: Event, told: Event) -> bool:
    """Whether the body's telling ``told`` can be the act of ``ev``, an "after" clause on
    its main clause's day: no later than that day (the "after" says it came first), not
    dated by a report, not marked as another occurrence, and not of another count or
    place ("abducted 50 students" is not "abducted 20 farmers in Kaduna")."""
    if not told.date or not ev.date or told.date >= ev.date or \
            _said_day(told, _REPORTED_ON):
        return False
    sentence = told.evidence.sentence
    at = _date_at(told)
    # the marker in the telling's own clause, not in a clause it opens after its day
    # ("Hungary accused Ukraine on Thursday, after Ukraine also accused Hungary")
    end = _NEXT_CLAUSE.search(sentence, at + len(told.date_text or "") if at >= 0 else 0)
    if _ANOTHER.search(sentence, 0, end.start() if end else len(sentence)) is not None:
        return False
    counts, told_counts = _counts(ev), _counts(told)
    if counts and told_counts and not counts & told_counts:
        return False
    # the clause often carries its main clause's place ("near Yerevan"); only a place in
    # another country that the telling names after a preposition ("in Minsk", not the
    # country of "the Russian foreign ministry") tells another occurrence
    here, there = ev.location, told.location
    return here is None or there is None or here.country == there.country or re.search(
        rf"\b(?:in|at|near|outside)\s+(?:the\s+)?{re.escape(there.text)}\b", sentence) is None


def _counts(ev: Event) -> set[tuple[float, str]]:
    """The counts of ``ev`` ("50 students"), not the durations it may carry over from its
    main clause ("a ten-day exercise")."""
    return {(q.value, q.unit) for q in ev.quantities if q.unit not in word_class("term_units")}


def _date_at(ev: Event) -> int:
    """Where ``ev``'s date phrase stands in its sentence (-1: nowhere). An Event keeps its
    date phrase's words, not where they stand: the first match is the best this can do."""
    return ev.evidence.sentence.find(ev.date_text or "\0")


def _said_day(ev: Event, pattern: re.Pattern[str] = _SAID_ON) -> bool:
    at = _date_at(ev)
    return at >= 0 and pattern.search(ev.evidence.sentence[:at]) is not None


def _told_lead(events: list[Event], title_end: int) -> list[Event]:
    """The lead's act dated only by the day it was said ("Insurgents have taken control
    of the town, the ministry said on Thursday") takes the earlier day the next few
    sentences give the same act by the same parties ("Militants overran the port on
    Wednesday")."""
    lead = next((e.evidence.sentence_index for e in events
                 if e.evidence.start >= title_end), None)
    out = list(events)
    for i, ev in enumerate(out):
        if ev.evidence.sentence_index != lead or not _said_day(ev) or \
                ev.date_precision != "day" or ev.date is None:
            continue
        told = next((b for b in events if b.type == ev.type and _parties(b) == _parties(ev)
                     and 0 < b.evidence.sentence_index - lead <= 3 and b.date_text and
                     b.date_precision == "day" and b.date and not _said_day(b) and
                     0 < (date.fromisoformat(ev.date) - date.fromisoformat(b.date)).days
                     <= 3), None)
        if told is not None:
            out[i] = dataclasses.replace(ev, date=told.date)
    return out
