"""The counted noun of a quantity: the unit after a number ("1,200 more prisoners":
prisoner; "thousands of people": person; "state outlets": outlet, the compound's head), the
unit glued to it ("11-truck": truck), or, with no noun, what the context counts ("17
killed": person). Read by ``pipeline.quantities``; the word lists are
``pipeline/data/quantities.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

#: A capitalised word next after a token ("Islamic State Group commanders").
_NEXT_CAPITAL = re.compile(r"\s+([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("data/quantities.json").read_text("utf-8")
    return json.loads(text)


def alternation(*keys: str, without: frozenset[str] = frozenset()) -> str:
    """The word lists ``keys`` of quantities.json, less ``without``, as one regex
    alternation, longest first, a space in a phrase matching any run of white space ("has
    been")."""
    words = sorted((w for key in keys for w in lexicon()[key] if w not in without),
                   key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in words)


#: A word, or a dotted abbreviation as one modifier ("three U.N. observers", "40 U.S.
#: troops"): its dots must not end the phrase before the counted noun; a model designator
#: ("three MiG-31 jets", "a dozen F-16 fighter jets", "two S-400 batteries") is one
#: capitalised modifier, not a break.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Za-z]*-\d+[A-Za-z]*\b|"
                    r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\S")
#: "three years' hard labour", "seven days' notice": the term is the counted thing (other
#: plural possessives modify the noun after them: "the two countries' ministers").
_TERMS_POSSESSIVE = frozenset({"years'", "months'", "weeks'", "days'", "hours'"})
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
#: A quoted title, every word capitalised but the small ones: "Days of Rage".
_QUOTED_TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|in|on)\s+)*[A-Z][\w'’-]*)*"
                           r"\s*[\"”'’]")
#: A model designator or an acronym in the plural is the counted thing ("two F-16s", "three
#: MiG-31s", "two MPs", "40 UAVs").
_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Z]*s|[A-Z]{2,}s")
#: Determiners of a group a partitive takes a part of ("two of the soldiers", "four of
#: its soldiers", "six of their own fighters").
_GROUP_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})
#: Plurals in "-men" ("gunmen", "servicemen", "tribesmen"); the few singulars that end
#: so ("specimen") are no counted people.
_MEN_PLURAL = re.compile(r"(?!(?:speci|regi|abdo|sta|acu|ye|se|hy|ra)men$)[a-z]{2,}men")


def singular(word: str) -> str:
    """Lower-case singular of an English plural noun ("casualties" -> "casualty")."""
    w = word.lower()
    irregular = lexicon()["irregular"]
    if w in irregular:
        return irregular[w]
    if w in lexicon()["invariant"]:
        return w
    if _MEN_PLURAL.fullmatch(w):
        return w[:-3] + "man"  # "gunmen", "servicemen"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("ss") or w.endswith("us") or w.endswith("is"):
        return w
    if w.endswith("s") and len(w) > 2:
        return w[:-1]
    return w


def unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after a number: first known unit or plural noun within 4 words."""
    lex = lexicon()
    skip = lex["skip"]
    stop = lex["stop"]
    seen = 0
    last_end = pos
    in_name = False
    for tok in _TOKEN.finditer(text, pos):
        word = tok.group(0)
        if not word[0].isalpha():
            if word in ("-", "–") and seen == 0:
                continue
            if word in _OPENING_QUOTES and seen == 0 and tok.start() == pos + 1 and \
                    not _QUOTED_TITLE.match(text, tok.end()):
                # the six "terrorists and hitmen": the noun as the source put it; a quoted
                # title ("Days of Rage" protesters) is a name, no noun
                continue
            break
        # a name of several capitalised words is one modifier ("two Royal Navy offshore
        # patrol vessels", "three Islamic State Group commanders")
        inside_name = in_name and word[0].isupper()
        if not inside_name:
            seen += 1
        in_name = word[0].isupper()
        if _MODEL_PLURAL.fullmatch(word):
            return word[:-1].lower(), tok.end()
        low = word.lower().replace("’", "'")
        if low in _TERMS_POSSESSIVE:
            low = low[:-1]  # a term in the possessive: "three years' hard labour"
        if low == "of" and seen == 1:
            continue  # "thousands of people", "dozens of Western news sites"
        if low in _GROUP_DETERMINERS and seen == 2 and \
                text[pos:tok.start()].split()[:1] == ["of"] and \
                not re.search(r"\bone\s*$", text[:pos], re.IGNORECASE):
            # "eighty-two of the schoolgirls", "four of its soldiers": a part of the group
            # named right after ("one of the leaders", "two of the largest protests" count
            # nothing); "of their own fighters" is the same group
            nxt = re.match(r"\s+(?:own\s+)?([a-z]+)\b", text[tok.end():])
            if nxt and (nxt.group(1) in lex["units"] or _looks_plural(nxt.group(1))):
                continue
            break
        if low.endswith("'s"):
            break
        if inside_name and low in lex["units"] and \
                (nxt := _NEXT_CAPITAL.match(text, tok.end())) and \
                not _looks_plural(nxt.group(1).lower()) and not _looks_plural(low):
            # a singular unit word inside a name ("three Islamic State Group commanders")
            # names no counted thing while the name goes on; a capitalised plural is the
            # head ("two House Republicans", "Four Russian Jets Downed" in a headline); a
            # name's first word stays ("the 12 Day War")
            last_end = tok.end()
            continue
        if low in lex["units"]:
            unit = lex["units"][low]
            if low == unit and not low.endswith("s"):
                # a singular noun used as modifier: "state outlets", "fighter jets"
                return _head_noun(text, tok.end(), unit,
                                  one=_ONE_BEFORE.search(text, max(0, pos - 8), pos) is not None)
            return unit, tok.end()
        if low in stop:
            break
        if word[0].isupper() and _looks_plural(low) and _people_of_a_country(word):
            return "person", tok.end()  # "five Iranians", "two Americans"
        if low in skip or word[0].isupper():
            # adjectives ("more", "Ukrainian", "aid") before the counted noun
            last_end = tok.end()
            if seen >= 4:
                break
            continue
        if "-" in low:
            # "11-truck convoy" is caught earlier; "aid-carrying trucks" skips the compound
            last_end = tok.end()
            continue
        if _looks_plural(low):
            return singular(low), tok.end()
        last_end = tok.end()
        if seen >= 4:
            break
    del last_end
    return None, pos


def _people_of_a_country(word: str) -> bool:
    """"Iranians", "Americans": a nationality's people (not a country whose name is a
    plural, "the Philippines")."""
    # the actor lexicon knows the demonyms
    from pipeline.actor_lexicon import country_name, country_named, lookup

    if word.isupper():
        return False  # "10 US Navy sailors": an abbreviation modifies, a people is "Americans"
    code = country_named(lookup(word))
    if code is None:
        return False
    return word.lower() != (country_name(code) or "").lower()


def _looks_plural(low: str) -> bool:
    if _MEN_PLURAL.fullmatch(low):
        return True
    return low.endswith("s") and not low.endswith(("ss", "ous", "ics")) and \
        low not in lexicon()["stop"]


#: One of a thing: a plural after its noun is a verb ("one soldier attacks his commander").
#: Asked of the few characters before the number's end (a figure never ends in "a").
_ONE_BEFORE = re.compile(r"\b(?:one|1)\s*$", re.IGNORECASE)


def _head_noun(text: str, pos: int, unit: str, *, one: bool = False) -> tuple[str, int]:
    """The last noun of a compound is the counted thing: 'state outlets', 'fighter jets'."""
    lex = lexicon()
    m = re.match(r"\s+([A-Za-z]+)\b", text[pos:])
    if m:
        low = m.group(1).lower()
        # a unit is a noun here even when its form is also a headline verb ("three drone
        # strikes", "two missile attacks")
        verb = low in lex["stop"] and (one or low not in lex["units"])
        if low not in lex["skip"] and not verb and (low in lex["units"] or _looks_plural(low)):
            return lex["units"].get(low) or singular(low), pos + m.end()
    return unit, pos


def hyphen_unit(text: str, pos: int) -> tuple[str | None, int]:
    """'24-48-hour', '11-truck', '180-day': the unit is glued to the number; with a
    modifier glued between ('five-nautical-mile zone', '10-square-kilometre area') the
    unit is the last word."""
    units = lexicon()["units"]
    for rx in (r"-([a-z]+)\b", r"-[a-z]+-([a-z]+)\b"):
        m = re.match(rx, text[pos:])
        if not m:
            return None, pos
        word = m.group(1)
        if word in units:
            return units[word], pos + m.end()
        if word in lexicon()["singular_units"]:
            return word, pos + m.end()
    return None, pos


#: A casualty word right after a bare number ("17 killed", "2,300 wounded"): people.
_CASUALTIES_AFTER = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead|"
                               r"wounded|injured|hurt|arrested|detained|missing)\b",
                               re.IGNORECASE)


def context_unit(text: str, start: int, end: int | None = None) -> str:
    """No noun after the number: 'kills at least 20' and '17 killed' count people."""
    if end is not None and _CASUALTIES_AFTER.match(text, end):
        return "person"
    before = text[max(0, start - 40):start].lower()
    if re.search(r"\b(?:kill|killing|killed|kills|wound|wounded|injur\w*|dead|died|death toll|"
                 r"toll|arrest\w*|detain\w*|evacuat\w*|abduct\w*|kidnap\w*)\b", before):
        return "person"
    return "count"
