"""The vocabulary of date phrases: month and weekday tables and the anchored regular
expressions ``pipeline.dates`` finds date phrases with (kept apart so that the resolver
reads as the order of its decisions, not as a list of patterns)."""

from __future__ import annotations

import re
from datetime import timedelta

#: "on June 7" read with the publication year must not land this far after publication;
#: beyond it the phrase means last year (a January article about "December 28").
FUTURE_SLACK = timedelta(days=62)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3}

# Month names are matched capitalised only, so "may" the verb and "march" the noun stay out.
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

FULL_MDY = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
FULL_DMY = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+"
                       rf"{_YEAR}\b")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=T|\b)")
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![:\d])")
DAY_MONTH = re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b"
                        r"(?!\s*(?:,\s*)?(?:19|20)\d\d)")
MONTH_YEAR = re.compile(rf"\b(?:(?:early|late|mid)[-\s]?)?{_MONTH},?\s+{_YEAR}\b")
IN_MONTH = re.compile(rf"\b(?P<prep>(?i:in|since|during|until|by|from|early|late|mid-?|this|last))"
                       rf"\s+{_MONTH}\b(?!\s+\d)")
IN_YEAR = re.compile(rf"\b(?i:in|since|during|until|by|from|of|early|late|mid-?)\s+"
                      rf"(?:(?:early|late|mid)[-\s]?)?{_YEAR}\b(?![-–/]\d)(?!\s*(?:%|percent))")
#: A span of years ("the border war of 1998-2000", "from 2002 to 2005", "the 2002-03
#: season"): a background period, dated to its first year, never to the report's day.
YEAR_RANGE = re.compile(rf"\b(?:(?i:from|between)\s+)?{_YEAR}\s*(?:[-–]|\s(?i:to|and|until)\s)"
                         r"\s*(?:(?:19|20)\d\d|\d\d)\b(?!\s*(?:%|percent))")
#: "last Tuesday" (also opening a sentence: "Last Tuesday, ..."), "on Tuesday last week",
#: "Monday of this week": a weekday qualified by a week before or after it.
WEEKDAY_PHRASE = re.compile(
    rf"\b(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?{_WEEKDAY}(?P<poss>'s|’s)?\b(?!s\b)"
    r"(?:,?\s+(?:of\s+)?(?P<week>(?i:last|this))\s+week\b)?")
RELATIVE_DAY = re.compile(r"\b(?P<word>yesterday|today|tonight|this morning|this afternoon|"
                           r"this evening|tomorrow|overnight)\b", re.IGNORECASE)
AGO = re.compile(r"\b(?P<n>\d{1,3}|a few|an|a|one|two|three|four|five|six|seven|eight|nine|"
                  r"ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
RELATIVE_PERIOD = re.compile(
    r"\b(?P<phrase>(?:earlier|later)\s+(?:this|in the)\s+(?:week|month|year)|"
    r"(?:this|last|past|previous|next|coming)\s+(?:week|month|year)|"
    r"(?:the\s+)?(?:week|month|year)\s+before)\b", re.IGNORECASE)

#: Tense markers that make a bare weekday point forwards ("will meet on Thursday"); "the
#: government's plan to" is a noun, not an intention.
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|"
                     # "was due to sign the deal on Tuesday": a plan as the report found it
                     r"(?:is|are|was|were)\s+(?:due|set|scheduled|expected)\s+to|"
                     # "the tariffs, which take effect on Thursday"
                     r"takes?\s+effect|"
                     r"(?<!'s )(?<!’s )(?<!the )(?<!a )(?<!its )(?<!their )plans? to|"
                     r"planned for|scheduled for|next)\b", re.IGNORECASE)
#: Intentions that point a later weekday forwards ("vowed (on social media) to keep up
#: protests on Thursday", "said it would hold drills from Tuesday"); after the weekday they belong
#: to another clause ("granted asylum on Thursday, but Britain said it would not").
INTENT = re.compile(r"\b(?:would|(?:vow|pledge|promise|threaten)(?:s|d|ed)?"
                     r"(?:\s+(?:on|in|at|via|over)\s+[\w-]+(?:\s+[\w-]+)?)?\s+to)\b",
                     re.IGNORECASE)
#: "called a strike for Tuesday": a day set ahead.
AHEAD_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: Verbs of a report whose day is the report's ("officials said on Sunday"; also
#: ``date_gaps``' report day) ...
REPORT_VERBS = r"said|says|added|stated|reported|confirmed"
#: ... and with them those of telling and announcing, which may date an act of saying.
SPEECH_VERBS = rf"{REPORT_VERBS}|told|announced"
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b|[\"”]", re.IGNORECASE)
#: ", but", "; ": a new clause whose tense is its own.
CONTRAST = re.compile(r",\s+(?:but|yet|while|whereas|although|though)\b|;", re.IGNORECASE)
#: "BRUSSELS, June 26 — ...": the dateline dates the report, not the event.
DATELINE = re.compile(rf"^\s*[A-Z][A-Z .,'’()/-]{{1,60}},\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
                       r"\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s*")
#: A word after "a day after" / "the day before" that makes it a preposition's phrase.
_GAP_WORD = r"\s+(?!(?:in|at|on|and|but|with|when|as)\b)[a-z]"
GAP_OPENS = re.compile(_GAP_WORD, re.IGNORECASE)
#: The phrases that look back a day or hours, shared by ANAPHORA and BACKWARD_ANAPHORA.
#: "The previous day, ..."; "the day before" ends its phrase: "for most of the day before
#: slipping away", "the night before the vote" are a preposition's, not a day.
_BACKWARD = (r"the\s+previous\s+(?:day|night|evening)(?!-)|(?:a|one)\s+day\s+(?:earlier|before)|"
             r"the\s+(?:day|night)\s+before(?!" + _GAP_WORD + r")|hours\s+earlier")
#: Phrases that point at the date of the previous sentence's event.
ANAPHORA = re.compile(
    r"\b(?P<phrase>(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)|"
    # "a night after": the day after
    r"(?:a|one)\s+(?:day|night)\s+(?:later|after)|" + _BACKWARD + r"|"
    r"(?:two|three|four|five|six|seven|\d)\s+(?:day|week)s\s+(?:earlier|later)|"
    r"(?:a|one)\s+week\s+(?:earlier|later)|"
    r"the\s+(?:next|following)\s+day|hours\s+later)\b", re.IGNORECASE)
#: A determiner before a modifier: "the overnight curfew" is a kind of curfew, no night.
_DETERMINER = r"(?:the|a|an|its|their|his|her)"
#: "a 10-day overnight curfew": "overnight" as a kind of measure after a determiner and a
#: hyphenated or numbered modifier, not a day -- only before a regime or duration noun
#: (OVERNIGHT_REGIME): "a 40-drone overnight attack" still happened the night before.
OVERNIGHT_MODIFIED = re.compile(rf"\b{_DETERMINER}\s+(?:\d[\w-]*|\w+-[\w-]+)\s+$",
                                re.IGNORECASE)
OVERNIGHT_REGIME = re.compile(r"\s+(?:curfew|ban|closure|stay|shift|lockdown|blackout|"
                              r"restriction)s?\b", re.IGNORECASE)
#: "overnight on Friday", "overnight Friday", "overnight on May 3": the night is dated by
#: the day named after it, which the weekday and month-day readers date.
OVERNIGHT_NAMED = re.compile(rf"\s+(?:(?i:on|to|of)\s+)?(?:{_WEEKDAY}|{_MONTH}\s+\d)")
#: "overnight from March 31 to", "overnight into": a night named by the day it ends on.
OVERNIGHT = re.compile(r"\bovernight\s+(?:(?:from|between)\s+\w+\.?(?:\s+\d{1,2})?\s+"
                        r"(?:to|and|into)|into)\s+", re.IGNORECASE)
#: "Oct. 8 last year": a month and day the phrase puts in the year before publication's.
LAST_YEAR = re.compile(r",?\s+last\s+year\b", re.IGNORECASE)
#: "since Oct. 8": the phrase names a start already past.
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
ATTRIBUTIVE_BEFORE = re.compile(rf"\b{_DETERMINER}\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|at\b|on\b)[a-z]+")
SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:late\s+|early\s+)?(?:on\s+)?$",
                           re.IGNORECASE)
#: A phrase that looks back a day or hours ("the previous night", "a day earlier", "the
#: day before"): said in a report, it counts from the report's day (reported_days).
BACKWARD_ANAPHORA = re.compile(r"\b(?:" + _BACKWARD + r")\b", re.IGNORECASE)
#: Phrases counting on from an earlier act ("a day later", "two weeks later", "the next
#: day"): the clause they date comes after the one they count from.
LATER = re.compile(r"(?:(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|nights?|"
                   r"weeks?)\s+later|the\s+(?:next|following)\s+(?:day|morning|week))",
                   re.IGNORECASE)
#: "the following day", "a day later": counted on from the day last named.
#: Deliberately not derived from ``ANAPHORA``: it is the narrower, forward-only list that
#: ``event_dates._named_before`` (reach back to the sentence before) was measured with;
#: ANAPHORA's other forward phrases ("hours later", "four days later", "that morning")
#: and its backward ones ("a day earlier", "the day before") are not reached back for. It
#: also takes the singular "1 day later", which ANAPHORA does not.
FORWARD_ANAPHORA = re.compile(r"\b(?:the\s+(?:next|following)\s+day|(?:a|one|two|three|\d)"
                              r"\s+days?\s+later|(?:that|the\s+same)\s+(?:day|night|evening))\b",
                              re.IGNORECASE)
