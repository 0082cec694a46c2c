"""Event dates: resolve the date phrase of a sentence against the publication date.

News writes event dates relative to the day of publication ("on Tuesday", "yesterday",
"last month", "on June 7"), so every relative phrase needs an anchor: the article's
``published`` date, or, when the feed gives none, the first full date in the dateline or
photo caption (``fallback_text``).

Phrases are found with anchored regular expressions rather than a free-text date search:
a free search (dateparser's ``search_dates``) turns "1,200", "24-48" or "May" the modal
verb into dates. dateparser is only used to parse a span the regexes already recognised
as a full date but that the month table cannot read. Precision is ``day``, ``month``
(the date is the first of that month) or ``year`` (January 1).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from pipeline.holidays import holidays_named

__all__ = ["FORWARD_ANAPHORA", "DateResolution", "days_named", "first_full_date",
           "resolve_date"]

from pipeline.date_patterns import (
    AGO,
    AHEAD_BEFORE,
    ANAPHORA,
    ATTRIBUTIVE_BEFORE,
    CONTRAST,
    DATELINE,
    DAY_MONTH,
    FORWARD_ANAPHORA,
    FULL_DMY,
    FULL_MDY,
    FUTURE,
    FUTURE_SLACK,
    GAP_OPENS,
    IN_MONTH,
    IN_YEAR,
    INTENT,
    ISO,
    LAST_YEAR,
    MONTH_DAY,
    MONTH_YEAR,
    MONTHS,
    NOUN_AFTER,
    NUMBER_WORDS,
    OVERNIGHT,
    OVERNIGHT_MODIFIED,
    OVERNIGHT_NAMED,
    OVERNIGHT_REGIME,
    RELATIVE_DAY,
    RELATIVE_PERIOD,
    SINCE_BEFORE,
    SPEECH_BEFORE,
    SPEECH_VERB,
    WEEKDAY_PHRASE,
    WEEKDAYS,
    YEAR_RANGE,
)


@dataclass(frozen=True, slots=True)
class DateResolution:
    date: str  # ISO yyyy-mm-dd; first of the month/year for coarser precision
    text: str  # the phrase as written
    precision: str  # day | month | year
    #: where ``text`` starts in the sentence ``resolve_date`` read: the same words may
    #: stand twice ("who was in Rome on Monday, disclosed on Monday"), and only the
    #: offset tells which one dates the event (None: not read from a sentence)
    start: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rank: int  # lower wins when two candidates overlap (more specific phrase)
    resolution: DateResolution | None


def _month_num(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_with_dateparser(text: str) -> date | None:
    """Last resort for a recognised full-date span the month table could not read."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    parsed = dateparser.parse(text, languages=["en"],
                              settings={"PREFER_DATES_FROM": "past",
                                        "RETURN_AS_TIMEZONE_AWARE": False,
                                        "STRICT_PARSING": True})
    return parsed.date() if isinstance(parsed, datetime) else None


def _full_dates(text: str) -> list[tuple[int, int, date]]:
    found: list[tuple[int, int, date]] = []
    for rx in (FULL_MDY, FULL_DMY):
        for m in rx.finditer(text):
            d = _safe_date(int(m["year"]), _month_num(m["month"]), int(m["day"]))
            if d is None:
                d = _parse_with_dateparser(m.group(0))
            if d is not None:
                found.append((m.start(), m.end(), d))
    for m in ISO.finditer(text):
        d = _safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
        if d is not None:
            found.append((m.start(), m.end(), d))
    found.sort()
    return found


def first_full_date(text: str | None) -> date | None:
    """The first complete date (day, month and year) in ``text``, e.g. a dateline."""
    if not text:
        return None
    found = _full_dates(text)
    return found[0][2] if found else None


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def _year_for(month: int, day: int, anchor: date) -> date | None:
    d = _safe_date(anchor.year, month, day)
    if d is None:
        return None
    if d - anchor > FUTURE_SLACK:
        d = _safe_date(anchor.year - 1, month, day)
    return d


#: "earlier on" just before a weekday: a look back within the narrative's day ("later on
#: Monday" is as often the day of publication ahead: "was due to meet later on Monday").
SAME_DAY_BEFORE = re.compile(r"\bearlier\s+(?:on\s+)?$", re.IGNORECASE)
#: A past perfect before it ("had gathered earlier on Saturday") looks back from the day
#: just told; in the simple past ("Earlier on Friday, drones struck Kharkiv") wire copy
#: goes back to the news day after a background paragraph.
LOOK_BACK = re.compile(r"\bhad\b(?!\s+to\b)", re.IGNORECASE)

#: What may precede a sentence-opening weekday ("On Thursday, the ministers will meet").
_OPENERS = frozenset({"", "on", "by", "from", "until", "and on", "then on", "but on"})


#: A future modal whose word the 80-character look back cuts ("ould").
_EDGE_MODAL = re.compile(r"(?:will|would|shall)\b", re.IGNORECASE)
#: A relative pronoun: a modal after it is the relative clause's, not the weekday's.
_RELATIVE = re.compile(r"\b(?:who|whose|whom|which)\b", re.IGNORECASE)


def _is_future(sentence: str, start: int) -> bool:
    cut = max(0, start - 80)
    if cut and not sentence[cut - 1].isspace():
        # a "would" cut to "ould" at the edge is still a marker ("said it would suspend
        # flights to and from Panama and the Dominican Republic from Wednesday"), but only
        # a modal's own word, and not one in a relative clause ("Rebels who had promised
        # they would lay down their arms ... attacked a convoy on Tuesday")
        word = sentence.rfind(" ", 0, cut) + 1
        # only a relative pronoun in the modal's own stretch, not one whose clause a
        # comma closed before it ("The ministry, which oversees aviation, said it would")
        clause = max(sentence.rfind(",", 0, word), sentence.rfind(";", 0, word)) + 1
        if _EDGE_MODAL.match(sentence, word) and not _RELATIVE.search(sentence, clause, word):
            cut = word
    before = sentence[cut:start]
    if AHEAD_BEFORE.search(before):
        return True
    if SPEECH_BEFORE.search(before):
        return False  # "said on Monday it will ..." dates the saying
    markers = sorted([*FUTURE.finditer(before), *INTENT.finditer(before)],
                     key=lambda m: m.end())
    if markers:
        # '"We will not go," Burhan told reporters on Saturday': a speech verb or a
        # closing quote after the marker means the weekday dates the speech; "would be
        # charged, but all three were released on Monday": a contrasted clause is its own
        return not (SPEECH_VERB.search(before, markers[-1].end()) or
                    CONTRAST.search(before, markers[-1].end()))
    after = sentence[start:start + 40]
    if before.strip(" ,\"“").lower() not in _OPENERS:
        # "the deal approved on Wednesday, Hamas is to free ...": a marker past the comma
        # belongs to the main clause; the weekday dates the phrase it ends
        after = after.split(",", 1)[0]
    return bool(FUTURE.search(after))


#: The gap between a weekday and the month's day it names ("Friday, Dec. 11").
_WEEKDAY_GAP = re.compile(r",?\s+")


def _month_day_after(s: str, end: int, anchor: date) -> date | None:
    """The day a month and day just after offset ``end`` name ("Friday, Dec. 11",
    "Friday, the 11th of December"), read as ``_candidates`` reads them."""
    gap = _WEEKDAY_GAP.match(s, end)
    if gap is None:
        return None
    md = MONTH_DAY.match(s, gap.end()) or DAY_MONTH.match(s, gap.end())
    return _year_for(_month_num(md["month"]), int(md["day"]), anchor) if md else None


def _weekday_date(weekday: int, anchor: date, *, rel: str | None, future: bool) -> date:
    if rel in ("next", "coming"):
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=delta)
    if future and rel not in ("last", "past"):
        # "he would convene G7 leaders on Sunday" in Sunday's paper is that day: a week
        # ahead is written "next Sunday"
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    delta = (anchor.weekday() - weekday) % 7
    if (rel in ("last", "past") and delta == 0) or (rel == "last" and delta == 1):
        delta += 7  # "last Thursday" in a Friday paper: the day before is "on Thursday"
    return anchor - timedelta(days=delta)


def _week_of(anchor: date, *, back: bool) -> date:
    """The Monday of ``anchor``'s week, or of the week before it."""
    return anchor - timedelta(days=anchor.weekday() + (7 if back else 0))


def _day(d: date | None, text: str) -> DateResolution | None:
    return DateResolution(d.isoformat(), text, "day") if d else None


def _month(d: date, text: str) -> DateResolution:
    return DateResolution(date(d.year, d.month, 1).isoformat(), text, "month")


def _year(year: int, text: str) -> DateResolution:
    return DateResolution(date(year, 1, 1).isoformat(), text, "year")


def _quoted(s: str, at: int) -> bool:
    """Offset ``at`` of ``s`` is inside a quotation (an open quote mark before it)."""
    before = s[:at]
    curly = max(before.rfind("\u201c"), before.rfind("\u201d"))
    if curly >= 0:
        return before[curly] == "\u201c"
    return before.count('"') % 2 == 1


#: The date rules resolve the same sentence several times per trigger (event date,
#: narrative day, days named); the phrases found depend on these arguments alone and are
#: frozen, so they are found once.
@functools.lru_cache(maxsize=4096)
def _candidates(s: str, anchor: date | None, previous: date | None
                ) -> tuple[_Candidate, ...]:
    out: list[_Candidate] = []
    for start, end, full in _full_dates(s):
        out.append(_Candidate(start, end, 0, _day(full, s[start:end])))
    for m in MONTH_YEAR.finditer(s):
        out.append(_Candidate(m.start(), m.end(), 2,
                              _month(date(int(m["year"]), _month_num(m["month"]), 1),
                                     m.group(0))))
    for m in IN_YEAR.finditer(s):
        out.append(_Candidate(m.start(), m.end(), 4, _year(int(m["year"]), m.group(0))))
    for m in YEAR_RANGE.finditer(s):
        out.append(_Candidate(m.start(), m.end(), 4, _year(int(m["year"]), m.group(0))))
    if anchor is None:
        # Relative phrases are unresolvable without an anchor, but they still block the
        # coarser phrases they overlap.
        return tuple(out + _anaphora(s, out, previous))
    for rx in (MONTH_DAY, DAY_MONTH):
        for m in rx.finditer(s):
            d = _year_for(_month_num(m["month"]), int(m["day"]), anchor)
            end = m.end()
            if (last := LAST_YEAR.match(s, end)) is not None:
                # "on Oct. 8 last year": that day of the year before publication's
                d = _safe_date(anchor.year - 1, _month_num(m["month"]), int(m["day"]))
                end = last.end()
            if d is not None and d > anchor and SINCE_BEFORE.search(s, 0, m.start()):
                # "have exchanged fire since Oct. 8" in a September report: a start
                # already past, so last year's
                d = _safe_date(anchor.year - 1, _month_num(m["month"]), int(m["day"]))
            if ATTRIBUTIVE_BEFORE.search(s, 0, m.start()) and NOUN_AFTER.match(s, end):
                d = None  # "the Oct 26 election" names another event; blocks, never wins
            out.append(_Candidate(m.start(), end, 1, _day(d, s[m.start():end])))
    for start, end, day in holidays_named(s, anchor):  # "on Christmas Day"; as above,
        plain = not (ATTRIBUTIVE_BEFORE.search(s, 0, start) and NOUN_AFTER.match(s, end))
        out.append(_Candidate(start, end, 1, _day(day if plain else None, s[start:end])))
    for m in IN_MONTH.finditer(s):
        month = _month_num(m["month"])
        year = anchor.year
        if date(year, month, 1) > anchor + FUTURE_SLACK or (
                m["prep"] == "last" and month >= anchor.month):
            year -= 1
        out.append(_Candidate(m.start(), m.end(), 3, _month(date(year, month, 1), m.group(0))))
    for m in WEEKDAY_PHRASE.finditer(s):
        rel = (m["rel"] or "").lower() or None
        if m["week"]:
            # "on Tuesday last week": that weekday of the calendar week named, which
            # "last Tuesday" (the latest Tuesday before) is not in a Friday's paper
            d = _week_of(anchor, back=m["week"].lower() == "last") + \
                timedelta(days=WEEKDAYS[m["weekday"].lower()])
        elif (named := _month_day_after(s, m.end(), anchor)) is not None:
            # "late on Friday, Dec. 11": the weekday only restates the day the month and
            # day give; read alone it would be the latest Friday before publication
            d = named
        elif previous is not None and previous.weekday() == WEEKDAYS[m["weekday"].lower()] \
                and SAME_DAY_BEFORE.search(s, 0, m.start()) and \
                LOOK_BACK.search(s, 0, m.start()) and \
                previous.weekday() != anchor.weekday() and 0 < (anchor - previous).days <= 31:
            # "That evening Kurz ended the coalition. Crowds had gathered earlier on
            # Saturday": the day just told, when it is that weekday, not the latest one
            # before publication ("earlier on Friday" in a Friday's paper is that day)
            d = previous
        else:
            d = _weekday_date(WEEKDAYS[m["weekday"].lower()], anchor, rel=rel,
                              future=_is_future(s, m.start()))
        out.append(_Candidate(m.start(), m.end(), 1, _day(d, m.group(0))))
    for m in RELATIVE_DAY.finditer(s):
        word = m["word"].lower()
        if word == "overnight" and (ATTRIBUTIVE_BEFORE.search(s, 0, m.start()) or
                                    (OVERNIGHT_MODIFIED.search(s, 0, m.start()) and
                                     OVERNIGHT_REGIME.match(s, m.end())) or
                                    OVERNIGHT_NAMED.match(s, m.end())):
            # "ordered an overnight curfew", "a 10-day overnight curfew": a kind of curfew,
            # not a day; "struck overnight on Wednesday": Wednesday dates it, the phrase after
            continue
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        # "as of today," the minister told a news conference: inside a quotation the
        # day is the speaker's, the narrative's day, not the day the report came out
        base = previous if previous is not None and _quoted(s, m.start()) and \
            0 <= (anchor - previous).days <= 10 else anchor
        out.append(_Candidate(m.start(), m.end(), 5,
                              _day(base + timedelta(days=offset), m.group(0))))
    for m in OVERNIGHT.finditer(s):
        # "overnight from March 31 to April 1", "overnight into Sunday": the night ends
        # on the later day, which news dates the act to
        if (md := MONTH_DAY.match(s, m.end()) or WEEKDAY_PHRASE.match(s, m.end())):
            d = _year_for(_month_num(md["month"]), int(md["day"]), anchor) if "month" in \
                md.re.groupindex else _weekday_date(WEEKDAYS[md["weekday"].lower()], anchor,
                                                    rel=None, future=False)
            out.append(_Candidate(m.start(), md.end(), 0, _day(d, s[m.start():md.end()])))
    for m in AGO.finditer(s):
        n_text = m["n"].lower()
        n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text, 1)
        unit = m["unit"].lower()
        if unit == "day":
            res = _day(anchor - timedelta(days=n), m.group(0))
        elif unit == "week":
            res = _day(anchor - timedelta(days=7 * n), m.group(0))
        elif unit == "month":
            res = _month(_shift_month(anchor, -n), m.group(0))
        else:
            res = _year(anchor.year - n, m.group(0))
        out.append(_Candidate(m.start(), m.end(), 5, res))
    for m in RELATIVE_PERIOD.finditer(s):
        out.append(_Candidate(m.start(), m.end(), 6, _period(m["phrase"], m.group(0), anchor)))
    return tuple(out + _anaphora(s, out, previous, anchor))


def _anaphora(s: str, found: list[_Candidate], previous: date | None,
              anchor: date | None = None) -> list[_Candidate]:
    """"the same day", "the next day", "two days later": counted from the last day the
    sentence itself named before the phrase ("suspended aid on Saturday, and France
    halted its aid the same day"; "retook the region on September 19, forcing them to
    agree the next day"), else from ``previous``, the last event's day; a mid-sentence
    "a day after" that opens a clause and so counts from ``previous`` never lands after
    ``anchor`` ("signed a decree, a day after inmates fought" in that day's paper)."""
    out: list[_Candidate] = []
    for m in ANAPHORA.finditer(s):
        # "a day after Moscow signed the deal" opens a clause about another event (a
        # gap, ``date_gaps.gap_before``): only a phrase that ends there counts from the sentence
        opens = m["phrase"].lower().endswith(("before", "after")) and \
            GAP_OPENS.match(s, m.end()) is not None
        own = [] if opens else [c for c in found if c.end <= m.start() and
                                c.resolution is not None and c.resolution.precision == "day"]
        latest = max(own, key=lambda c: c.end).resolution if own else None
        base = date.fromisoformat(latest.date) if latest is not None else previous
        if base is None:
            continue
        phrase = m["phrase"].lower()
        first = phrase.split()[0]
        # "two days later", "a week earlier": that many days from the last event
        n = int(first) if first.isdigit() else NUMBER_WORDS.get(first, 1)
        n *= 7 if "week" in phrase else 1
        shift = 0
        if "previous" in phrase:
            shift = -1
        elif "night" in phrase and ("later" in phrase or "after" in phrase):
            shift = n  # "a night after the clashes": the next day
        elif ("day" in phrase or "week" in phrase) and (
                "earlier" in phrase or "before" in phrase):
            shift = -n
        elif (("later" in phrase and ("day" in phrase or "week" in phrase))
              or re.search(r"\bafter\b", phrase) or "next" in phrase
              or "following" in phrase):
            shift = n
        day = base + timedelta(days=shift)
        out.append(_Candidate(m.start(), m.end(), 5, _day(
            None if opens and anchor is not None and day > anchor else day, m.group(0))))
    return out


def _period(phrase: str, text: str, anchor: date) -> DateResolution:
    """Week/month/year phrases; a week has no precision of its own, so it is a month."""
    words = phrase.lower().split()
    unit = words[-1] if words[-1] in ("week", "month", "year") else words[-2]
    back = words[0] in ("last", "past", "previous") or words[-1] == "before"
    ahead = words[0] in ("next", "coming")  # "talks next week": never the report's day
    step = -1 if back else (1 if ahead else 0)
    if unit == "week":
        return _month(anchor + timedelta(days=7 * step), text)
    if unit == "month":
        return _month(_shift_month(anchor, step) if step else anchor, text)
    return _year(anchor.year + step, text)


def resolve_date(sentence_text: str, *, published: date | datetime | None,
                 fallback_text: str | None = None, near: int | None = None,
                 previous: date | None = None,
                 clause_rank: Callable[[int, int], int | None] | None = None
                 ) -> DateResolution | None:
    """The date of the event a sentence states, or None when it gives no date clue.

    ``published`` anchors relative phrases; without it the first full date in
    ``fallback_text`` (dateline, photo caption) does. Where phrases overlap the more
    specific one is kept ("Wednesday, July 23, 2025" rather than "Wednesday"). Of the rest
    the earliest wins, or, when ``near`` (the trigger's character offset in the sentence)
    is given, the one closest to the trigger ("talks opened on Aug 14 ... and ended on
    Friday"). ``previous`` is the date of the preceding sentence's event, which "the same
    day", "that afternoon" or "a day earlier" refer to. A leading dateline
    ("BRUSSELS, June 26 —") is ignored: it dates the report, not the event.
    ``clause_rank`` (a phrase's offsets -> a rank, lower first, or None for a phrase
    that cannot date the event) lets the caller prefer phrases by syntax.
    """
    if not sentence_text:
        return None
    dateline = DATELINE.match(sentence_text)
    if dateline:
        # Blank it out rather than slice, so offsets (``near``) stay valid.
        sentence_text = " " * dateline.end() + sentence_text[dateline.end():]
    anchor = published.date() if isinstance(published, datetime) else published
    if anchor is None:
        anchor = first_full_date(fallback_text)
    chosen: list[_Candidate] = []
    for cand in sorted(_candidates(sentence_text, anchor, previous),
                       key=lambda c: (c.rank, -(c.end - c.start), c.start)):
        if any(c.start < cand.end and cand.start < c.end for c in chosen):
            continue
        chosen.append(cand)
    resolved = [c for c in chosen if c.resolution is not None]
    ranks = {id(c): 0 for c in resolved}
    if clause_rank is not None:
        for c in resolved:
            rank = clause_rank(c.start, c.end)
            if rank is None:
                del ranks[id(c)]
            else:
                ranks[id(c)] = rank
        resolved = [c for c in resolved if id(c) in ranks]
    if not resolved:
        return None
    if near is None:
        best = min(resolved, key=lambda c: (ranks[id(c)], c.start))
    else:
        best = min(resolved, key=lambda c: (ranks[id(c)], _distance(c, near), c.start))
    return None if best.resolution is None else replace(best.resolution, start=best.start)


def days_named(sentence_text: str, *, published: date | None,
               previous: date | None = None) -> list[date]:
    """Every day a sentence names ("during Monday's confrontation", "on June 17"), in
    the order it names them, whatever they date; the dateline's day is not one."""
    if not sentence_text or published is None:
        return []
    dateline = DATELINE.match(sentence_text)
    if dateline:
        sentence_text = " " * dateline.end() + sentence_text[dateline.end():]
    chosen: list[_Candidate] = []
    for cand in sorted(_candidates(sentence_text, published, previous),
                       key=lambda c: (c.rank, -(c.end - c.start), c.start)):
        if not any(c.start < cand.end and cand.start < c.end for c in chosen):
            chosen.append(cand)
    return [date.fromisoformat(c.resolution.date) for c in sorted(chosen, key=lambda c: c.start)
            if c.resolution is not None and c.resolution.precision == "day"]


def _distance(cand: _Candidate, offset: int) -> int:
    if cand.start <= offset < cand.end:
        return 0
    return cand.start - offset if cand.start >= offset else offset - cand.end
