"""Gaps between a sentence's clauses: "X said on Wednesday …, two days after Y" dates Y
two days before the main clause's day. Split from ``pipeline.dates`` (which resolves the
date phrases themselves) to keep both modules small."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.date_patterns import REPORT_VERBS
from pipeline.dates import NUMBER_WORDS, resolve_date

__all__ = ["Gap", "gap_before", "gap_day"]


#: "…, two days after a drone strike killed …": the clause after the gap phrase happened
#: that long before (after) or after (before) the main clause's day.
_GAP = re.compile(r"(?P<n>\b\d{1,2}|\ba few|\ban?|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|"
                  r"\bseven|\beight|\bnine|\bten)?\s*\b(?P<unit>hours?|days?|nights?|weeks?)\s+"
                  r"(?P<dir>after|before)\b", re.IGNORECASE)


#: "for (at least) 30 days": what comes before a span of time that is a duration.
_DURATION = re.compile(r"\bfor(?:\s+(?:at\s+least|about|around|nearly|almost|up\s+to|"
                       r"more\s+than|another|a\s+further|the\s+(?:next|first)))?\s*$",
                       re.IGNORECASE)


_SMALL_HOURS = re.compile(r"\b(?:early\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday|today)|early\s+hours|before\s+dawn|"
                          r"overnight|pre-dawn)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Gap:
    start: int  # the gap phrase's offsets in the sentence
    end: int
    days: int  # the clause's day minus the main clause's day
    bare: bool = False  # a plain "after" with no span: holds only under a dated main clause


def gap_before(sentence_text: str, near: int) -> Gap | None:
    """The gap phrase that opens the subordinate clause holding offset ``near``.

    Only mid-sentence ("X said on Wednesday …, a day after it blew up the office"): a
    sentence that opens with one ("A day after the vote, police …") dates its main clause
    from an event the sentence does not date, which the anaphora rules handle. Bare
    "days after" (no number) is too vague to count back."""
    found = None
    for m in _GAP.finditer(sentence_text):
        if m.end() > near:
            break
        if not sentence_text[:m.start()].strip(" ,—–-\"“"):
            continue  # sentence-initial
        if _DURATION.search(sentence_text, 0, m.start()) is not None:
            # "paused the tariffs for 30 days after Ottawa agreed": how long the main
            # clause's act lasts, not how long before it the "after" clause happened
            continue
        unit = m["unit"].lower()
        n_text = (m["n"] or "").lower()
        if unit.startswith("hour"):
            # "freed 90 prisoners early on Monday, hours after Hamas handed over three
            # women": hours before the small hours fall on the day before
            n = 1 if (m["dir"].lower() == "after" and
                      _SMALL_HOURS.search(sentence_text, 0, m.start())) else 0
        elif not n_text:
            continue
        else:
            n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text, 1)
            n *= 7 if unit.startswith("week") else 1
        found = Gap(m.start(), m.end(), -n if m["dir"].lower() == "after" else n)
    if found is None:
        found = _bare_after(sentence_text, near)
    word = re.match(r"\w*", sentence_text[near:])
    if found is not None and _CLAUSE_BACK.search(sentence_text, found.end,
                                                 near + (word.end() if word else 0)):
        # "struck Odesa on Saturday, a day after the deal was signed, drawing
        # condemnation": a trailing participle or "as" clause is the main clause's
        return None
    return found


#: A comma and a participle or "as/while" clause: back in the main clause.
_CLAUSE_BACK = re.compile(r",\s+(?:(?!during\b|including\b|according\b)[a-z]+ing\b|as\b|"
                          r"while\b)")


#: A plain "after" that opens a clause ("remained in hospital on Thursday after being
#: shot", "troops blocked parliament on Monday as talks failed, after the president
#: dismissed ...");
#: "shortly/soon/just/hours after" say the two fell on the same day or are handled above.
_BARE_AFTER = re.compile(r"\bafter\s+(?!that\b|which\b)", re.IGNORECASE)
_NOT_BARE = frozenset({"shortly", "soon", "just", "minutes", "hours", "hour", "day", "days",
                       "week", "weeks", "months", "month", "year", "years", "long"})


#: A participle opening the "after" clause ("after being shot", "after storming"); lower
#: case, so a name is none ("after Beijing announced").
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: A main clause's day run straight into a plain "after" ("erupted on Monday after ..."),
#: or with a comma or the part of the day between ("closed the crossing on Tuesday,
#: after ...", "began on Wednesday afternoon after ..."): the joint, which leaves the
#: two on one day only when the day is the main clause's own act's (``_own_act_day``).
_DAY_THEN = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                       r"\s+\d{1,2})(?P<joint>(?:\s+(?:morning|afternoon))?,?)\s+$")
#: The main clause's own negation ("did not recall its envoy on Tuesday, after ..."), no
#: comma between it and the day ...
_NEGATION = re.compile(r"(?:\b(?:not|never)\b|n't\b)(?=[^,;]*$)", re.IGNORECASE)
#: ... and not a subject relative's, whose auxiliary comes right after "who" ("Fans who
#: could not get in rioted on Saturday, ...", "who have still not been paid").
_IN_RELATIVE = re.compile(r"\b(?:who|which)(?:\s+[\w'-]+){0,2}\s*$", re.IGNORECASE)
#: The day a report came: the report's own words right before the day ("officials said
#: on Sunday, after ...", "told reporters on Monday", "said in a statement late on
#: Sunday"), not a reported act ("said it struck Hezbollah on Sunday, after ...") nor an
#: act of saying ("announced the deal on Tuesday").
_REPORT_DAY = re.compile(rf"\b(?:{REPORT_VERBS}|told\s+(?:reporters|"
                         r"journalists|(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))"
                         r"(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
                         r"briefing|post|address|speech|message|letter))?"
                         r"\s+(?:(?:late|early)\s+)?$")
#: "after the army had shelled the border for weeks": the "after" clause's own verb, right
#: after its subject, in the past perfect looks further back; a "had" further on is not
#: the clause's own ("after Sadr announced he had quit", "after police arrested a cleric
#: officials had accused", "after a company that had refused ..."), so the subject holds
#: no verb ("-ed", saying), relative pronoun or pronoun past its first word.
_SUBJECT_WORD = (r"(?:(?:the|a|an)\s+[\w'’.-]+|(?!(?:that|which|who|when|he|she|it|they|we|"
                 r"said|says|say|told|tells|tell|thought|knew|found|heard|saw|felt|wrote)\b)"
                 r"(?![a-z]+ed\b)[\w'’.-]+)")
_PLUPERFECT = re.compile(rf"(?:(?:he|she|it|they|we)|{_SUBJECT_WORD}(?:\s+{_SUBJECT_WORD}){{0,4}})"
                         r"\s+had\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b")


def _own_act_day(sentence_text: str, day: re.Match[str], after_end: int) -> bool:
    """Whether the main clause's ``day`` next to an "after" clause opening at
    ``after_end`` is its own act's, told as one sequence with that clause. Run straight
    in ("erupted on Monday after ...") it always is. Across a comma or a part of the day
    it is not when the main clause's act did not happen, the day is a report's, or the
    "after" clause's own verb is in the past perfect."""
    if not day["joint"]:
        return True
    head = sentence_text[:day.start()]
    negations = list(_NEGATION.finditer(head))
    if negations and _IN_RELATIVE.search(head, 0, negations[-1].start()) is None:
        return False
    if _REPORT_DAY.search(head) is not None:
        return False
    return _PLUPERFECT.match(sentence_text, after_end) is None


def _bare_after(sentence_text: str, near: int) -> Gap | None:
    """The plain "after" nearest before ``near``, mid-sentence, whose clause up to the
    trigger names no day of its own: the clause it opens is reported as the reason for a
    dated main clause and, in news, falls on the day before it, unless the main clause's
    day runs straight into a finite "after" clause ("erupted on Monday after ...",
    "closed the crossing on Tuesday, after ...") as one sequence (``_own_act_day``)."""
    found = None
    for m in _BARE_AFTER.finditer(sentence_text, 0, near):
        if not sentence_text[:m.start()].strip(" ,—–-\"“"):
            continue
        before = re.search(r"(\w+)\W*$", sentence_text[:m.start()])
        if before is not None and before.group(1).lower() in _NOT_BARE:
            continue
        day = _DAY_THEN.search(sentence_text, 0, m.start())
        if day is not None and _PARTICIPLE.match(sentence_text, m.end()) is None and \
                _own_act_day(sentence_text, day, m.end()):
            # "erupted on Monday after Sadr announced he was quitting": a day run straight
            # into a finite "after" clause tells one sequence on that day ("remained in
            # hospital on Thursday after being shot" still looks back a day)
            found = None
            continue
        found = Gap(m.start(), m.end(), -1, bare=True)
    return found


def gap_day(sentence_text: str, day: date, published: date | None) -> date | None:
    """The day of the clause after the sentence's last gap of a day or more ("South
    Africa on Saturday called the expulsion regrettable, a day after Rubio said the envoy
    was no longer welcome": Friday), when the main clause's own words give ``day``."""
    gap = gap_before(sentence_text, len(sentence_text))
    if gap is None or gap.bare or gap.days >= 0:
        return None
    try:
        main = resolve_date(sentence_text[:gap.start], published=published)
    except Exception:  # a date bug must not lose the article
        return None
    if main is None or main.precision != "day" or main.date != day.isoformat():
        return None
    return day + timedelta(days=gap.days)
