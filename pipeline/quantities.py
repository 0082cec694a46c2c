"""Quantities: counted things in a sentence ("at least 1,200 more prisoners", "$3 billion").

GDELT's GKG is the only public coder that extracts typed counts; ours come with a
qualifier (exact, at_least, at_most, about, range) and the counted noun as a singular,
lower-case unit. Everything here is regular expressions plus the word lists in
``pipeline/data/quantities.json``, so it runs in microseconds per sentence and never
guesses: years, dates, clock times, ordinals and numbers inside names ("G7", "F-16",
"Resolution 2334") are skipped; percentages get the unit ``percent``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.actor_lexicon import fold, lookup, subdivisions
from pipeline.counted_nouns import (
    alternation,
    context_unit,
    hyphen_unit,
    lexicon,
    singular,
    unit_after,
)
from pipeline.money_units import (
    CURRENCY_RX,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    SCALE_RX,
    scaled,
)
from pipeline.quantity_cues import (
    ends_before,
    expulsion_cues,
    growth_before,
    times_after,
    twice,
)
from pipeline.term_counts import term_counts
from schemas import Quantity

__all__ = ["find_quantities", "singular"]


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a thousand": 1000, "one thousand": 1000, "a dozen": 12,
    "half a dozen": 6, "a couple of": 2, "a pair of": 2, "a million": 1_000_000,
    "half a million": 500_000, "a billion": 1_000_000_000,
}
# "eighty-two", "twenty five": tens and units written out
_WORD_NUMBERS.update({f"{tens}{sep}{unit}": _WORD_NUMBERS[tens] + _WORD_NUMBERS[unit]
                      for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                   "eighty", "ninety")
                      for unit in ("one", "two", "three", "four", "five", "six", "seven",
                                   "eight", "nine")
                      for sep in ("-", " ")})
#: Vague plurals: the value is the order of magnitude, always qualified "about".
_VAGUE = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000,
    "lakhs": 100_000, "crores": 10_000_000,
}
#: The multiplier after a range in words ("four to five hundred"): it scales both ends.
_RANGE_MULTIPLIERS = {"hundred": 100, "dozen": 12, "thousand": 10**3, "million": 10**6,
                      "billion": 10**9}

_QUALIFIERS = [
    (r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|as\s+many\s+as|"
     r"no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of", "at_least"),
    (r"up\s+to|no\s+more\s+than|at\s+most|less\s+than|fewer\s+than|under|a\s+maximum\s+of|"
     r"as\s+few\s+as", "at_most"),
    (r"about|around|some|nearly|almost|roughly|approximately|an\s+estimated|close\s+to|"
     r"estimated|circa|an\s+approximate|just\s+over|just\s+under|~", "about"),
    (r"exactly|precisely", "exact"),
]
_QUAL_RX = "|".join(f"(?P<q{i}>{rx})" for i, (rx, _) in enumerate(_QUALIFIERS))
#: A qualifier right before a figure written as a word of its own ("more than twice").
_QUAL_BEFORE = re.compile(rf"\b(?:{_QUAL_RX})\s+$", re.IGNORECASE)

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_NUMBERS),
                         key=len, reverse=True))
_VAGUE_RX = "|".join(sorted((w.replace(" ", r"\s+") for w in _VAGUE), key=len, reverse=True))
#: "seven and a half years", "four-and-a-half-year term", "one and a half million": + 0.5
_HALF_RX = r"(?P<{}>\s+and\s+a\s+half\b|-and-a-half\b)?"

_NUMBER = re.compile(
    rf"(?<![\w.,\-/:])(?:(?:{_QUAL_RX})\s+)?"
    rf"(?:between\s+(?P<lo>{_DIGITS})\s+and\s+(?P<hi>{_DIGITS})"
    rf"|(?P<rlo>{_DIGITS})\s*(?:-|–|to)\s*(?P<rhi>{_DIGITS})(?=[\s\-])"
    # "two to three days", "between five and ten hours": a range in words (no "-":
    # "twenty-five" is one number)
    rf"|(?:between\s+(?P<wblo>{_WORDS})\s+and|(?P<wlo>{_WORDS})\s+to|(?P<wdlo>{_WORDS})\s*–)"
    rf"\s*(?P<whi>{_WORDS})(?:\s+(?P<rmult>{'|'.join(_RANGE_MULTIPLIERS)})\b)?"
    rf"(?=[\s\-])"
    rf"|{CURRENCY_RX}?(?P<num>{_DIGITS}){_HALF_RX.format('half')}{SCALE_RX}"
    # "two hundred and fifty", "three dozen", "a hundred", "two hundred thousand": a number
    # word multiplied, not the bare word ("two hundred" is no count of two)
    rf"|(?P<word>{_WORDS}|a(?=\s+hundred\b))"
    rf"(?:\s+(?P<hundred>hundred)\b(?:\s+and\s+(?P<hrest>{_WORDS})(?![\w-]))?)?"
    rf"{_HALF_RX.format('whalf')}(?:\s+(?P<dozen>dozen)\b)?"
    rf"(?:\s+(?P<wscale>thousand|million|billion|crores?|lakhs?)\b)?"
    rf"|(?P<vague>{_VAGUE_RX}))"
    rf"(?![\w:])(?!,\d)",
    re.IGNORECASE)

# Capitalised only: "may" and "march" are also ordinary words.
_MONTH_NAMES = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAMES}\s+$")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH_NAMES}\b")
#: "three 14-year-olds": the persons counted by the number before the age.
_AGED_PERSONS = re.compile(r"\s+\d{1,3}-years?-olds\b", re.IGNORECASE)
#: "a 9-year-old boy", "the 64-year-old": an age, which counts no years.
_AGE_AFTER = re.compile(r"[-\s]years?[-\s]olds?\b", re.IGNORECASE)
#: "Kirchner, 69, a two-time former president", "killed Salah al-Arouri, 57, in Beirut": a
#: bare number set off by commas after a name is the person's age; "suspects aged 18 to 25"
#: likewise. Neither counts anything.
_NAME_COMMA_BEFORE = re.compile(r"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\bfrom\s)(?<!\bof\s)"
                                r"\b(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]*[A-Z][\w'’.-]*){0,3}),"
                                r"\s+$")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,)]|(?P<end>;|\.\s*$))")
#: Days and months are no names: "by Tuesday, 60, ..." is a count.
_DAY_OR_MONTH = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH_NAMES})$")
_AGED_BEFORE = re.compile(r"\b(?:aged|ages\s+of)\s+(?:(?:between\s+)?\d+\s*(?:to|and|-|–)\s*)?$",
                          re.IGNORECASE)
#: Ages people reach; a larger figure after a name is a count ("Gaza, 350, ...").
_MAX_AGE = 115
_BEFORE_NAME = re.compile(
    r"(?:\b(?:resolution|article|no\.|number|chapter|section|flight|route|highway|road|"
    r"paragraph|page|item|room|gate|unit|line|brigade|division|battalion|corps|"
    r"covid|f|su|mig|s|t|c|b|g|p)\s*-?\s*|#)$", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_TO = re.compile(r"\s+(?:from|to)\s+(?:(?:about|around|some|nearly|almost)\s+)?",
                      re.IGNORECASE)
_AS_BEFORE = re.compile(r"\b(?:as|like)\s+$", re.IGNORECASE)
#: An article right before a figure ("a 4m drone").
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_HARM_OR_CAPTURE = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|shot|dead|died|death|arrest\w*|detain\w*|abduct\w*|"
    r"kidnap\w*|seiz\w*|captur\w*|freed|frees|free|releas\w*|sentenc\w*|jail\w*|"
    r"execut\w*|hanged|beheaded|missing)\b", re.IGNORECASE)
#: "two of them", "three of whom": a part of a group named before, counted as such
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)
#: Units that name no group a part can be taken from ("$30m, two of which")
_NO_GROUP = {"count", "time", "percent", *CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values()}
_TIME_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|o’clock|GMT|UTC|local\s+time)",
                         re.IGNORECASE)


def _to_float(digits: str) -> float:
    return float(digits.replace(",", ""))


def _qualifier(m: re.Match[str]) -> str | None:
    for i, (_, name) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            return name
    return None


def _word_range(m: re.Match[str]) -> tuple[float, float]:
    """The low and high figure of a range in words ("two to three")."""
    low = m.group("wblo") or m.group("wlo") or m.group("wdlo")
    scale = _RANGE_MULTIPLIERS.get((m.group("rmult") or "").lower(), 1)
    # "four to five hundred": the multiplier scales both ends
    return (float(_WORD_NUMBERS[" ".join(low.lower().split())] * scale),
            float(_WORD_NUMBERS[" ".join(m.group("whi").lower().split())] * scale))


def _plus_half(m: re.Match[str], group: str, text: str) -> bool:
    """"and a half" adds 0.5, unless it opens a compound ("three and a half-hearted"):
    only a unit may be hyphenated on ("two and a half-hour meeting")."""
    if not m.group(group):
        return False
    return not text.startswith("-", m.end(group)) or \
        hyphen_unit(text, m.end(group))[0] is not None


def _millions_counted(text: str, m: re.Match[str]) -> bool:
    """A glued "m" is millions when a counted noun follows, with only names or listed
    modifiers between ("1.2m people", "3m Syrian refugees"); otherwise it is metres or a
    name ("a 1.8m wall", "the 100m final", "3 m")."""
    if m.group("scale") != "m" or m.end("num") != m.start("scale"):
        return False
    unit, end = unit_after(text, m.end("scale"))
    noun = text[:end].split()[-1].lower() if unit else ""
    # a million of a thing is written in the plural and without "a" ("a 4m drone" is
    # four metres long); a race named after metres is no count ("the 400m hurdles")
    if unit is None or noun in lexicon()["race_events"] or noun == unit or \
            ends_before(_A_BEFORE, text, m.start()):
        return False
    # a capitalised word between is a nationality or a name only before people ("3m
    # Syrian refugees"); before a thing it is more likely a length ("8m Chinese containers")
    people = unit == "person" or unit in lexicon()["single_persons"]
    between = text[m.end("scale"):end].split()[:-1]
    return all((w[:1].isupper() and people) or w.lower() in lexicon()["skip"] for w in between)


#: A determiner or a month and day before a 4-digit figure ("a 2009 attack", "the 2007
#: vote", "September 11, 2001 ...").
_YEAR_MODIFIER_BEFORE = re.compile(
    rf"(?:\b(?:a|an|the|its|their|his|her|this|that)|\b{_MONTH_NAMES}\s+\d{{1,2}},)\s+$",
    re.IGNORECASE)
#: Nouns of events: "2019 attacks" are that year's attacks, not 2019 of them.
_EVENT_NOUNS = frozenset({"attack", "attacks", "strike", "strikes"})


def _is_year(m: re.Match[str], text: str) -> bool:
    num = m.group("num")
    if not num or "," in num or "." in num or len(num) != 4 or m.group("cur"):
        return False
    value = int(num)
    if not 1800 <= value <= 2100:
        return False
    # "2,000 troops" is written with a comma; a bare 4-digit number in range is a year
    # unless a plural count noun follows immediately ("1900 prisoners" is rare style, "the
    # 1950 prisoners" too). Before an event noun it is a year ("since 2019 attacks on
    # hospitals") unless qualified ("more than 2000 strikes"); before a singular noun
    # after a determiner or a day, a year too ("a 2009 attack").
    follow = text[m.end():m.end() + 20].split()
    word = follow[0].lower().rstrip(".,;") if follow else ""
    if word in _EVENT_NOUNS:
        return not _qualifier(m)
    unit = lexicon()["units"].get(word)
    if unit is None:
        return True
    return unit == word and ends_before(_YEAR_MODIFIER_BEFORE, text, m.start()) is not None


def _is_date_number(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    if m.group("num") or m.group("rlo"):
        if _MONTH_BEFORE.search(before):
            return True  # "June 7", "Oct 26"
        if _MONTH_AFTER.match(after):
            return True  # "7 June"
        after = after.lower().lstrip()
        if after.startswith(("st ", "nd ", "rd ", "th ")):
            return True
    return False


def _is_age(m: re.Match[str], text: str) -> bool:
    """An age, not a count: after "aged", or a bare whole number between commas after a
    name the actor lexicon and the province list do not know (a gazetteer town may be a
    surname) ("Mali, 12, Niger, 5" are counts per country, "of the
    40 detained in Lagos, 12, ..." a part)."""
    if ends_before(_AGED_BEFORE, text, m.start()):
        return True
    num = m.group("num")
    if not num or not num.isdigit() or int(num) > _MAX_AGE or _qualifier(m) or \
            m.group("cur") or m.group("scale") or m.group("hscale") or m.group("half"):
        return False
    name = ends_before(_NAME_COMMA_BEFORE, text, m.start())
    close = _APPOSITION_CLOSE.match(text, m.end())
    if name is None or close is None or _DAY_OR_MONTH.search(name.group("name")):
        return False
    if close.group("end") and _NUMBER.search(text, 0, name.start()):
        # "released 90 prisoners and Hamas, 13.", "detained 12 agents; the KGB, 4.": closing
        # a clause after a count, a gapped count
        return False
    # the actor lexicon knows the countries, groups and bodies ("Hamas, 40,"), the
    # subdivisions the provinces ("Helmand, 14,"); not the gazetteer's towns, which are
    # surnames too ("his brother Hassan, 19,")
    names = {name.group("name"), name.group("name").split()[-1]}  # "Belarus's KGB"
    return all(lookup(n) is None and subdivisions().get(fold(n)) is None for n in names)


def find_quantities(text: str) -> list[Quantity]:
    """Every counted quantity in ``text``, in order of appearance."""
    if not text:
        return []
    found = _numbers(text) + _single_counts(text)
    found.sort(key=lambda pair: pair[0])
    _share_units(text, found)
    return [q for _, q in found]


def _numbers(text: str) -> list[tuple[int, Quantity]]:
    """Quantities written as numbers, number words or vague plurals, with their offsets."""
    out: list[tuple[int, Quantity]] = []
    for m in _NUMBER.finditer(text):
        if ends_before(_BEFORE_NAME, text, m.start()) and not _qualifier(m):
            continue
        if _is_year(m, text) or _is_date_number(m, text) or _is_age(m, text):
            continue
        if _TIME_AFTER.match(text, m.end()) or _AGE_AFTER.match(text, m.end()):
            continue
        qualifier = _qualifier(m) or "exact"
        value_max: float | None = None
        unit: str | None = None
        length = False
        end = m.end()

        if m.group("whi"):
            lo, hi = _word_range(m)
            change = ends_before(_FROM_BEFORE, text, m.start()) is not None
            if lo >= hi or change:
                # "cut from four to two battalions": a change, two figures of one unit;
                # "one to one talks", "voted nine to six": the first counts no noun
                unit, end = unit_after(text, end)
                if unit is not None:
                    if change:
                        out.append((m.start(), Quantity(value=lo, unit=unit,
                                                        qualifier="exact",
                                                        text=text[m.start():m.start("whi")])))
                    out.append((m.start("whi"), Quantity(value=hi, unit=unit,
                                                         qualifier="exact",
                                                         text=text[m.start("whi"):end])))
                continue
            value, value_max, qualifier = lo, hi, "range"
            unit, end = hyphen_unit(text, end)
        elif m.group("lo") or m.group("rlo"):
            lo = _to_float(m.group("lo") or m.group("rlo"))
            hi = _to_float(m.group("hi") or m.group("rhi"))
            if m.group("rlo") and lo >= 1800 and hi >= 1800 and lo < 2100:
                continue  # "2014-2016"
            value, value_max, qualifier = lo, hi, "range"
            if m.group("rlo") and (ends_before(_FROM_BEFORE, text, m.start()) or hi < lo):
                # "cut from 13,000 to 8,600 troops": a change, two figures of one unit
                pct = _PERCENT.match(text, end)
                if pct:
                    unit, end = "percent", pct.end()
                else:
                    unit, end = unit_after(text, end)
                unit = unit or "count"
                out.append((m.start(), Quantity(value=lo, unit=unit,
                                                qualifier=_qualifier(m) or "exact",
                                                text=text[m.start():m.end("rlo")].strip())))
                out.append((m.start("rhi"), Quantity(value=hi, unit=unit, qualifier="exact",
                                                     text=text[m.start("rhi"):end].strip())))
                continue
            unit, end = hyphen_unit(text, end)
        elif m.group("num"):
            value = _to_float(m.group("num"))
            # "6.5 and a half" is no figure a writer means: a half only adds to a whole
            if _plus_half(m, "half", text) and "." not in m.group("num"):
                value += 0.5
            elif m.group("half"):
                end = m.start("half")
            scale = m.group("scale") or m.group("hscale")
            if scale:
                # "m"/"b" alone only count next to a currency sign ("$3m", not "3 m"), or
                # "m" glued before a counted noun ("2.3m refugees", not "1.8m tall")
                if scale.lower() in ("m", "b", "k") and not m.group("cur") and \
                        not _millions_counted(text, m):
                    end = m.start("scale")
                    scale = None
                    # a glued "m" that is no million is metres: the noun after is the
                    # thing measured ("the 2m Ukrainian Navy patrol boat"), not counted
                    length = m.group("scale") == "m" and m.end("num") == m.start("scale")
                else:
                    value = scaled(value, scale)
            cur = m.group("cur")
            if cur:
                unit = CURRENCY_SIGNS[cur.strip().lower()]
            else:
                pct = _PERCENT.match(text, end)
                if pct:
                    unit, end = "percent", pct.end()
                else:
                    unit, end = hyphen_unit(text, end)
        elif m.group("word"):
            word = " ".join(m.group("word").lower().split())
            value = float(_WORD_NUMBERS.get(word, 1))  # "a" only counts before "hundred"
            if m.group("hundred"):
                value = value * 100 + _WORD_NUMBERS.get(
                    " ".join((m.group("hrest") or "").lower().split()), 0)
            if _plus_half(m, "whalf", text):
                value += 0.5
            elif m.group("whalf"):
                end = m.start("whalf")
            if m.group("dozen"):
                value *= 12
            if word in ("a dozen", "half a dozen", "a couple of") and qualifier == "exact":
                qualifier = "about"
            if m.group("wscale"):
                value = scaled(value, m.group("wscale"))
            unit, end = hyphen_unit(text, end)
        else:
            value = float(_VAGUE[" ".join(m.group("vague").lower().split())])
            qualifier = "about"

        if unit is None:
            # currency written out: "2 billion dollars"
            tail = re.match(r"\s+([A-Za-z]+)\b", text[end:])
            if tail and tail.group(1).lower() in CURRENCY_WORDS:
                unit = CURRENCY_WORDS[tail.group(1).lower()]
                end += tail.end()
        if unit is None and not length and (olds := _AGED_PERSONS.match(text, end)):
            unit, end = "person", olds.end()  # "three 14-year-olds": three people
        if unit is None and not length:
            unit, new_end = unit_after(text, end)
            if unit is not None:
                end = new_end
        if unit is None and (times := times_after().match(text, end)) and \
                not ends_before(growth_before(), text, m.start()):
            unit, end = "time", times.end()  # "violated the airspace four times"
        if unit is None and _OF_PRONOUN.match(text, end) and \
                (group := [q.unit for _, q in out if q.unit not in _NO_GROUP]):
            # "fired 30 rockets, 20 of which were intercepted": the part counts what the
            # group named before it counts; with no group ("he met three of them") it is vague
            unit = group[-1]
        if unit is None:
            unit = context_unit(text, m.start(), end)
            if (m.group("word") or m.group("vague") or m.group("whi")) and unit != "person":
                # "one of the", "thousands" without a noun: too vague to count; "killing
                # four" counts the dead
                continue
        out.append((m.start(), Quantity(value=value, unit=unit, qualifier=qualifier,
                                        text=text[m.start():end].strip(),
                                        value_max=value_max)))
    return out


def _single_counts(text: str) -> list[tuple[int, Quantity]]:
    """"killed a soldier", "sentenced to a year in prison": one casualty, captive or term.

    Gold counts these as 1; a bare "a soldier said" counts nothing, so a person needs a
    casualty, capture or release in the sentence, and a term a sentence or a deadline.
    """
    out: list[tuple[int, Quantity]] = []
    harm = _HARM_OR_CAPTURE.search(text) is not None
    expel_before, expelled_after = expulsion_cues()
    for m in _a_person().finditer(text):
        word = m.group("noun").lower()
        # an expulsion counts a state's agent or national, not "a student" a school expels
        expelled = word in lexicon()["expelled_persons"] and (
            ends_before(expel_before, text, m.start()) or expelled_after.match(text, m.end()))
        if (harm and not ends_before(_AS_BEFORE, text, m.start())) or expelled:
            out.append((m.start(), Quantity(value=1, unit=word, qualifier="exact",
                                            text=m.group(0).strip())))
    for m in _named_person().finditer(text):
        # "killed commander Fuad Shukr", "journalist Angel Gahona was shot dead": one
        # named casualty or captive (a speaker or a visitor is no count)
        mods = (m.group("mods") or "").lower().split()
        if not any(w in _WORD_NUMBERS or w[:1].isdigit() or w in ("a", "an") for w in mods):
            role = m.group("role") or m.group("prole")
            out.append((m.start(), Quantity(value=1, unit=role.lower(), qualifier="exact",
                                            text=m.group(0).strip())))
    for m in _a_role_acted_on().finditer(text):
        # "killing a police colonel", "a government minister was killed": one casualty or
        # captive named by a role (the nouns of "a soldier" above are counted there)
        role = (m.group("role") or m.group("prole")).lower()
        if role.split()[-1] not in lexicon()["single_persons"]:
            out.append((m.start(), Quantity(value=1, unit=role, qualifier="exact",
                                            text=m.group(0).strip())))
    out.extend(term_counts(text))  # "a year and a half", "banned for a year"
    for m in twice().finditer(text):
        if not ends_before(growth_before(), text, m.start()):
            value = 2.0 if m.group("word").lower() == "twice" else 3.0
            # "more than twice", "nearly twice": qualified like a figure
            qual = ends_before(_QUAL_BEFORE, text, m.start())
            qualifier = (_qualifier(qual) if qual else None) or "exact"
            out.append((m.start(), Quantity(value=value, unit="time", qualifier=qualifier,
                                            text=m.group(0))))
    return out


#: Acts whose object is a casualty or captive, and their passive participles.
_ON_A_PERSON = (r"(?:kill(?:ed|ing|s)|releas(?:ed|ing|es)|free(?:d|ing|s)?|arrest(?:ed|ing|s)|"
                r"detain(?:ed|ing|s)|abduct(?:ed|ing|s)|kidnapp(?:ed|ing)|assassinat(?:ed|ing)|"
                r"jail(?:ed|ing|s)|execut(?:ed|ing|es)|shot\s+dead|shooting\s+dead)")
_PERSON_DONE = (r"(?:killed|shot|released|freed|arrested|detained|abducted|kidnapped|"
                r"assassinated|jailed|executed|sentenced)")
#: A name after a role: capitalised words ("Fuad Shukr", "Mark Frerichs").
_NAME = r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]+){0,2}"


@lru_cache(maxsize=1)
def _named_person() -> re.Pattern[str]:
    """A role noun introducing a name as the object of an act on a person ("released
    American engineer Mark Frerichs") or as the subject of its passive ("journalist Angel
    Gahona was shot dead"); up to three modifiers before the role."""
    roles = alternation("named_roles")
    return re.compile(
        # no "of" among the modifiers but right after the act: "arrested the son of Governor
        # Ali Khan" is the son, "the killing of journalist Jamal Khashoggi" the journalist
        rf"\b{_ON_A_PERSON}\s+(?P<mods>(?:of\s+)?(?:(?!of\b)[\w'’.-]+\s+){{0,3}}?)"
        rf"(?P<role>(?i:{roles}))"
        rf"\s+{_NAME}"
        rf"|(?<![\w-])(?P<prole>(?i:{roles}))\s+{_NAME},?\s+(?:was|has\s+been|had\s+been)\s+"
        rf"(?:\w+\s+)?{_PERSON_DONE}\b")


#: What may follow a role that is the whole object ("killed a commander in Rafah", "...
#: of the Quds Force", "arrested a lawyer who"), not a modifier ("a candidate list").
_ROLE_ENDS = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|on|at|near|outside|from|for|during|after|"
              r"and|who|whom|with|as|by|late|early|overnight|last|this)\b)")


@lru_cache(maxsize=1)
def _a_role_acted_on() -> re.Pattern[str]:
    """"killing a police colonel", "shot dead a suspected gunman": a role noun after "a" as
    the whole object of an act on a person; "a government minister was killed": the subject
    of its passive. Up to three modifiers, never another article."""
    roles = alternation("named_roles", "a_only_roles")
    mods = r"(?:(?!(?:a|an|the)\b)[\w'’.-]+\s+){0,3}?"
    # "released from hospital", "freed a judge from suspicion": no captive
    not_from = rf"(?!\s+from\s+(?:the\s+)?(?:{alternation('freed_from_not_captive')})\b)"
    return re.compile(
        rf"\b{_ON_A_PERSON}\s+(?:a|an)\s+{mods}(?P<role>(?i:{roles})){not_from}{_ROLE_ENDS}"
        rf"|(?<![\w-])(?:[Aa]|[Aa]n)\s+{mods}(?P<prole>(?i:{roles}))\s+"
        rf"(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?{_PERSON_DONE}\b{not_from}")


@lru_cache(maxsize=1)
def _a_person() -> re.Pattern[str]:
    """"a soldier", "an Israeli journalist", "a kidnapped aid worker", "a U.S. soldier": an
    indefinite article, up to three modifiers, a noun from the data list."""
    nouns = alternation("single_persons")
    # (a modifier is never another article: "a year later a soldier" counts "a soldier")
    # (an age is one: "a 9-year-old boy")
    modifier = r"(?!(?:a|an|the)\b)(?:[A-Z][\w.'-]*|[a-z]+(?:-[a-z]+)?|\d+-years?-old)\s+"
    return re.compile(rf"\b(?:a|an)\s+(?:{modifier}){{0,3}}?(?P<noun>{nouns})\b(?!-)",
                      re.IGNORECASE)


def _share_units(text: str, found: list[tuple[int, Quantity]]) -> None:
    """"reduced to 2,500 from 4,000 troops": the first figure counts the second's noun."""
    for i in range(len(found) - 1):
        (start, first), (nxt_start, nxt) = found[i], found[i + 1]
        gap = text[start + len(first.text):nxt_start]
        if first.unit == "count" and nxt.unit != "count" and _FROM_TO.fullmatch(gap):
            found[i] = (start, replace(first, unit=nxt.unit))
