"""Which clause of a sentence a date phrase dates, for a trigger's event: a phrase in
the trigger's own clause first, then one on a verb sharing its subject, then one in a
clause governing it; one that only hangs off it or sits beside it yields to those. The
date resolver (``dates.resolve_date``) prefers phrases by this rank, and the narrative
(``event_dates``) asks it whether a reported day is the report's."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pipeline.date_patterns import LATER, WEEKDAY_PHRASE
from pipeline.date_syntax import (
    ahead,
    dated_verb,
    deadline_at,
    long_past,
    own_complement,
    perfect,
    shares_subject,
)
from pipeline.doc_views import span_text
from pipeline.event_places import clause_verb
from pipeline.noun_days import PREMODIFIER, premodifying_date
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from pipeline.dates import DateResolution


def _governing(verb: Token) -> list[Token]:
    """The clause ``verb`` heads and the clauses that govern it ("said on Monday that
    ..."); a coordinated clause ("imposed a curfew that night, but crowds returned") is
    a sibling, not a governor."""
    out = [verb]
    cur = verb
    for _ in range(12):
        if cur.head == cur:
            break
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        cur = clause_verb(cur.head)
        out.append(cur)
    return out


def _sets_in(noun: Token, own: Token, phrase: str) -> bool:
    """Whether ``noun`` is the occasion the sentence's main clause ``own`` (or one joined
    to it by "and") is set in, and ``phrase``, the day it owns, names a day ("were
    injured in Friday's clashes", "during Sunday's session, he demanded"): then that day
    is the clause's own. In a clause hanging off another ("telephoned to offer
    condolences for those killed in Saturday's bombing") it is background, and a week
    ("in this week's fighting") names no day; a charge or an arrest "in" an attack is
    about it ("charged two men in Saturday's attack"), not set in it (``about_acts``)."""
    prep = noun.head
    root = own if own.dep_ != "conj" else own.head
    return noun.dep_ == "pobj" and lemma_of(own) not in word_class("about_acts") and \
        prep.lower_ in word_class("setting_preps") and \
        prep.dep_ == "prep" and prep.head in (own, *own.conjuncts) and \
        root.dep_ == "ROOT" and WEEKDAY_PHRASE.fullmatch(phrase) is not None


def _later_clause(where: Token, own: Token, governing: list[Token]) -> bool:
    """Whether ``where`` heads a clause coordinated after the trigger's clause ``own`` or
    after one governing it ("responded by pulling its ministers out, and the president
    removed Kickl two days later")."""
    return where.i > own.i and any(g in where.conjuncts for g in governing)


#: A date phrase's ranks for the trigger's event, best first (``clause_ranker``).
OWN, SHARED, GOVERNING, BESIDE = 0, 1, 2, 3


def clause_ranker(sent: Span, trig: Token, published: date | None = None
                   ) -> Callable[[int, int], int | None]:
    """A date phrase in the trigger's own clause first, then one on a verb sharing its
    subject, then one in a clause governing it; one in a clause that only hangs off it
    or sits beside it ("telling him not to forget the lesson of March 1, 2008", "the
    rioters, who reject the election victory in October, smashed windows on Sunday")
    yields to those, and alone dates nothing."""
    own = clause_verb(trig)
    governing = _governing(own)
    text = span_text(sent)

    def rank(start: int, end: int) -> int | None:
        if published is not None and deadline_at(text, start) and ahead(
                text[start:end], published, or_on=deadline_at(text, start, end_of_only=True)):
            # "must leave the country by August 15", "a curfew until October 21": a
            # deadline still to come ends what the event sets going; it is never its day.
            # Nor is one that falls on the day of publication when it says so ("ordered
            # 20 diplomats to leave by the end of Monday" in Monday's paper): the order
            # came before it (a bare "by" or "until" that day more often tells a state
            # reached or how long a past act lasted, "had retaken the prison by
            # Wednesday morning", "shelled the city until Friday", and keeps dating it)
            return None
        span = sent.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return OWN
        owner = next((t.head for t in span if t.dep_ == "poss"), None)
        if owner is not None and owner != trig and not (
                owner.dep_ in ("nsubj", "nsubjpass") and owner.head == trig) and \
                not _sets_in(owner, own, text[start:end]):
            # "blames him for Thursday's shootings": the day of another event;
            # "Sunday's bombing killed 12" is the day of the event it reports
            return None
        if (noun := span.root.head) != trig and span.root.dep_ in PREMODIFIER and \
                premodifying_date(noun) == span.root:
            # "claimed on Tuesday the Easter Sunday bombings, as the government blamed a
            # local group": the day of another event, named on its noun
            return None
        where = dated_verb(span)
        if where == own:
            return OWN
        if _later_clause(where, own, governing) and LATER.fullmatch(text[start:end]):
            # "accused officials of failing to explain the changes, and a day later the
            # minister resigned": the day a later clause counts on to is after the
            # trigger's act, never its own
            return None
        if shares_subject(own, where) and not deadline_at(text, start) and not (
                published is not None and ahead(text[start:end], published)):
            # "fired on and seized the vessels on November 25, 2018": one act in two
            # verbs, even long past; a plan still to come or a deadline ("demanded
            # that Mali free them by Jan. 1 and warned ...") is the other verb's; but a
            # day in the trigger's own clause comes first ("resumed fighting last year
            # and captured the town on June 13": two acts, each with its day)
            return SHARED
        if where in governing:
            return GOVERNING
        if (span.start > sent.start and sent.doc[span.start - 1].lower_ == "since"
                and own not in where.conjuncts):
            # "demanded the release of Bazoum, who has been held since Wednesday": the
            # start of another clause's state, not a day of this event
            return None
        if own in where.conjuncts and where.i < own.i:
            # "Kim met Putin on Sept 13, and the two men pledged closer cooperation": an
            # undated clause coordinated after a dated one goes on with its day, however
            # far back
            return BESIDE
        if published is not None and long_past(text[start:end], published) and \
                not own_complement(own, trig, span):
            # "walked out, telling him not to forget the lesson of March 1, 2008": a
            # date long past in another clause is that clause's, never the event's
            return None
        if published is not None and ahead(text[start:end], published):
            # "withdrew its bid to host the games next year": a date still to come in
            # another clause is when that clause's plan happens, not the event's day
            return None
        if where.dep_ == "relcl" and (perfect(where) or where.head != trig):
            # "lifted a curfew it had imposed on Monday": a relative clause in the past
            # perfect tells of an earlier event; "closed their airspace in a row over a
            # drone that Algerian forces shot down last week": one describing another
            # thing than the trigger tells that thing's day
            return None
        return BESIDE

    return rank


def reported_on(sent: Span, tok: Token, res: DateResolution,
                published: date | None) -> bool:
    """Whether ``res``'s phrase, where it stands, dates a clause governing ``tok``'s
    ("disclosed on Monday that Algeria had ordered ..."): the report's day, which the
    narrative goes on with."""
    at = res.start
    return at is not None and \
        clause_ranker(sent, tok, published)(at, at + len(res.text)) == GOVERNING
