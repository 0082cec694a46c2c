"""Syntactic cues to when a clause happened: a deadline ("by the end of June"), the eve
of an event, the past perfect of a look back, the verb a date phrase dates ("said on
Friday they had ..."), and a day given as an aside ("On Saturday, ...", "said on Sunday
that ..."), a plain "after" clause under a dated main clause, verbs sharing one subject,
and days long past or still to come. Split from
``pipeline.event_dates``, which uses them."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from pipeline import dates
from pipeline.date_patterns import BACKWARD_ANAPHORA, WEEKDAY_PHRASE
from pipeline.event_places import clause_verb
from pipeline.modality import has_future_modal
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: "by the end of June", "until 2028", "before March": a phrase setting a deadline.
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+(?:end|middle|start|beginning)"
                       r"\s+of\s+)?$", re.IGNORECASE)


def deadline_at(text: str, start: int, *, end_of_only: bool = False) -> bool:
    """Whether the date phrase at ``start`` of ``text`` sets a deadline ("by August 15");
    with ``end_of_only``, only one that says so unambiguously ("by the end of Friday"): a
    bare "by" also tells a state reached by then ("had retaken control by Wednesday
    morning"), and "until" how long a past act lasted ("shelled the city until Friday")."""
    m = _DEADLINE.search(text, 0, start)
    return m is not None and (not end_of_only or " of" in m.group(0).lower())


def eve(noun: Token) -> int:
    """1 for "on the eve of the summit" (the day before the summit), else 0."""
    prep = noun.head
    return int(noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "eve")


def pluperfect(tok: Token) -> bool:
    """"had rammed", "had been seized": the trigger's verb is in the past perfect (a
    judgement of it, "said the vote had been unfair", is made when it is said)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = clause_verb(tok)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "had rammed and punctured the boats, seized firearms"
    if verb.dep_ in ("ccomp", "conj"):
        # a list the parser splits ("said they had rammed the boats, seized firearms and
        # destroyed radios"): its first member carries the tense
        verb = next((s for s in verb.head.children if s.dep_ == verb.dep_ and
                     s.pos_ in ("VERB", "AUX")), verb)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                      for c in verb.children)


def is_reporting(tok: Token) -> bool:
    """Whether ``tok`` is a verb of reporting ("said", "told", "announced")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in word_class("reporting")


def dated_verb(span: Span) -> Token:
    """The verb whose clause the date phrase ``span`` dates: the verb of the clause it
    sits in, except where the parser hangs a reporting verb's day on the clause that
    verb reports. Without "that", "Police said on Friday they had arrested 12 people on
    Wednesday" is parsed with "on Friday" on "arrested"; a phrase standing after the
    reporting verb and before the reported clause's subject, with no "that" before it,
    is the report's day (after "that", "said that on Friday they arrested", it is the
    reported clause's own). Only a weekday is handed to the report, and only when the
    reported clause names a day of its own after it (a weekday or "the previous
    night"): "said on Friday it had lodged a protest this week" and "said on Friday it
    would expel two diplomats next week" keep the report's day, and "said last week
    they had arrested 12 people on Wednesday" its week."""
    where = clause_verb(span.root)
    head = where.head
    if where.dep_ != "ccomp" or not is_reporting(head) or span.start <= head.i or \
            not WEEKDAY_PHRASE.search(span.text):
        return where
    rest = span.doc[span.end:where.right_edge.i + 1].text
    if not (WEEKDAY_PHRASE.search(rest) or BACKWARD_ANAPHORA.search(rest)):
        return where
    subject = next((c for c in where.children if c.dep_ in _SUBJECTS), None)
    if subject is None or span.end > subject.left_edge.i or any(
            c.dep_ == "mark" and c.i < span.start for c in where.children):
        return where
    return head


def perfect(verb: Token) -> bool:
    """"it had imposed", "which had been seized": a clause in the past perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and
                                      c.lower_ in ("had", "'d") for c in verb.children)


#: Verbs of saying: a day on them is when something was said, not a day the story
#: goes on narrating.
_SAYING = frozenset({"say"})


def phrase_words(sent: Span, res: dates.DateResolution) -> Span | None:
    """The words of ``res``'s date phrase where it stands in ``sent`` (not the words'
    first match: the same day may stand twice); None where it has no place or no words."""
    at = res.start
    if at is None:
        return None
    span = sent.char_span(at, at + len(res.text), alignment_mode="expand")
    return span if span is not None and len(span) else None


def aside(sent: Span, res: dates.DateResolution) -> bool:
    """Whether ``sent`` gives the day of ``res``'s phrase, where it stands, as an aside the
    narrative does not go on with: fronted and set off by a comma ("On Saturday, ..."),
    or on a verb of saying ("The ministry said on Sunday that ...")."""
    span = phrase_words(sent, res)
    if span is None:
        return False
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "on":
        return False
    doc = sent.doc
    if prep.i == sent.start and span.end < sent.end and doc[span.end].text == ",":
        return True
    return prep.head.lemma_ in _SAYING and prep.head.pos_ == "VERB"


def dated_after(text: str, start: int, published: date | None) -> bool:
    """Whether the clause after a plain "after" names a date of its own."""
    return dates.resolve_date(text[start:], published=published, fallback_text=None,
                              previous=None) is not None


#: A main clause late in its day: what it came "after" most likely fell the same day
#: ("apologised on Sunday evening after a vast crowd marched").
LATE = re.compile(r"\b(?:evening|night|late|tonight|after dark)\b", re.IGNORECASE)


def after_clause(tok: Token, after_at: int) -> bool:
    """Whether ``tok`` heads (or sits in) a clause the plain "after" at ``after_at`` opens
    as a clause ("after Saied dismissed the prime minister", "after being shot"), not a
    noun phrase ("after a meeting", "after talks"), which fell the same day."""
    for node in [tok, *tok.ancestors]:
        for child in node.children:
            if child.idx == after_at and child.lower_ == "after":
                return child.dep_ == "mark" and node.pos_ in ("VERB", "AUX")
        if node.dep_ == "pcomp" and node.head.idx == after_at and node.head.lower_ == "after":
            return node.tag_ == "VBG" or node.lower_ == "being" or any(
                c.lower_ == "being" for c in node.children)
    return False


def told_after(tok: Token, dated: Token) -> bool:
    """Whether ``tok`` sits in a clause that "after" opens under the clause of ``dated``
    ("declared an emergency on Wednesday after gangs killed 116 inmates"): a day on
    ``dated`` is when the main clause's act followed it, not the day of ``tok``'s act."""
    cur, after = clause_verb(tok), False
    for _ in range(12):
        if cur == dated:
            return after
        if cur.head == cur:
            return False
        after = after or (cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in cur.children))
        cur = cur.head if cur.dep_ == "conj" else clause_verb(cur.head)
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def shares_subject(verb: Token, other: Token) -> bool:
    """Whether ``other`` is coordinated with ``verb`` under one subject ("fired on and
    seized the vessels on November 25", "were stabbed or hacked to death on Monday
    night"): one act told in two verbs, so a day on either dates both. A "will" or
    "would" on only one of them makes two acts, a done one and one to come ("had
    arrested 12 people on Wednesday and would charge them")."""
    if other not in verb.conjuncts or has_future_modal(verb) != has_future_modal(other):
        return False
    later = other if other.i > verb.i else verb
    return not any(c.dep_ in _SUBJECTS for c in later.children)


def long_past(phrase: str, published: date) -> bool:
    """Whether a date phrase names a day more than a month before publication."""
    try:
        res = dates.resolve_date(phrase, published=published)
    except Exception:  # a date bug must not lose the event
        return False
    return res is not None and (published - date.fromisoformat(res.date)).days > 31


def ahead(phrase: str, published: date, *, or_on: bool = False) -> bool:
    """Whether a date phrase names a time after publication (``or_on``: or the day of
    publication itself)."""
    try:
        res = dates.resolve_date(phrase, published=published)
    except Exception:  # a date bug must not lose the event
        return False
    return res is not None and (res.date > published.isoformat() or
                                (or_on and res.date == published.isoformat()))


def own_complement(verb: Token, trig: Token, span: Span) -> bool:
    """Whether the date phrase ``span`` is an adverbial of a clause that completes the
    event itself: the trigger's own open complement ("invited Montenegro to join on
    December 2, 2015", "asked India to withdraw its troops on Nov. 18") or a clause
    describing the trigger noun ("the army's offensive, launched on June 15"). Such a
    day, however long past, is the event's; a date on a noun of that clause ("to
    honour the deal of March 1, 2008") is not."""
    root = span.root
    where = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.dep_ != "prep":
        return False
    return (where.dep_ == "xcomp" and where.head == verb) or \
        (where.dep_ in ("acl", "relcl") and where.head == trig)
