"""Qualifiers of a coded event: its date, quantities, place and supporting quote.

Dates live in ``pipeline.event_dates`` and places in ``pipeline.event_places``; this
module keeps the dateline patterns, the quote, the quantities and the article's named
entities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline import quantities
from pipeline.actor_lexicon import BODIES, place_country
from pipeline.doc_views import doc_ents, doc_text, span_text
from pipeline.place_names import qualified
from schemas import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: "NIAMEY, Aug 8 —", "ANTAKYA, Turkey, Feb 14 —", "BRASÍLIA, Brazil –": an upper-case
#: city, optional country and date, then a dash.
#: "TBILISI, Dec 1 —", "MOSCOW, Aug 13 (newswire) -": city, optional region and date, and
#: an optional agency tag in parentheses. The dash may end the segment: the sentencizer
#: can cut "ISTANBUL (agency) -" off the body's first sentence.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-ZÀ-Ý .'\-]{2,}?)(?:,\s*([A-Z][\w .]+?))?"
                      r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s*\([\w .&/-]{1,30}\))?"
                      r"\s*[—–-](?:\s|$)")
#: The rest of a dateline whose city ended up in the previous segment (a headline run
#: into "MOSCOW"): ", Aug 13 (newswire) - ".
DATELINE_TAIL = re.compile(r"^\s*,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:\s*\([\w .&/-]{1,30}\))?"
                           r"\s*[—–-]\s")
#: How many opening segments (headline, standfirst, dateline) may hold the dateline.
_DATELINE_REACH = 6


def story_dateline(segments: Sequence[Span]) -> str | None:
    """The city of the dateline among the article's opening segments, title-cased. The
    headline and standfirst above it are told from there too: a meeting or a deal they
    state with no place of its own happens at the dateline as much as the body's."""
    for sent in segments[:_DATELINE_REACH]:
        m = DATELINE.match(span_text(sent))
        if m is not None:
            city = m.group(1).strip().title()
            # "TRIPOLI, Lebanon (agency) -": the city is that country's namesake, whatever
            # a bare "Tripoli" would be
            return qualified(city, m.group(2)) or city
    return None



def before_dateline_dash(tok: Token, head: Token) -> bool:
    """Whether ``tok`` lies in the dateline that opens its sentence and ``head`` after it
    ("BOGOTA (agency) - Venezuelan President X ordered": the parser can hang the city on
    the lead's subject, but the place the story is filed from is nobody's nationality)."""
    sent = tok.sent
    m = DATELINE.match(span_text(sent))
    if m is None:
        return False
    end = sent.start_char + m.end()
    return tok.idx < end <= head.idx


def dateline_country(doc: Doc, lines: int = 4) -> str | None:
    """The country of the article's dateline ("TBILISI, June 22 (agency) -"), if one of
    its first lines opens with one."""
    for line in [t for t in doc_text(doc).splitlines() if t.strip()][:lines]:
        m = DATELINE.match(line)
        if m is None:
            continue
        city = m.group(1).strip().title()
        # "TRIPOLI, Lebanon (agency) -": the qualified city's country
        code = place_country(qualified(city, m.group(2)) or city)
        # ("UNITED NATIONS, March 28 -" names a body's seat, not a country)
        return code if code not in BODIES else None
    return None


QUOTED = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


def quote(sent: Span, trig: Token) -> str | None:
    """The direct quote that states the event: the quoted words around the trigger."""
    offset = trig.idx - sent.start_char
    for m in QUOTED.finditer(span_text(sent)):
        if m.start(1) <= offset < m.end(1):
            return m.group(1).strip(" ,.")
    return None


def sentence_quantities(sent: Span) -> list[Quantity]:
    try:
        return list(quantities.find_quantities(span_text(sent)))
    except Exception:  # a quantity bug must not lose the event
        return []


def entities(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """(persons, organisations, places) the article names, in order of first mention."""
    persons: list[str] = []
    orgs: list[str] = []
    places: list[str] = []
    for ent in doc_ents(doc):
        text = ent.text.strip()
        bucket = {"PERSON": persons, "ORG": orgs, "GPE": places, "LOC": places,
                  "FAC": places}.get(ent.label_)
        if bucket is not None and text and text not in bucket:
            bucket.append(text)
    return persons, orgs, places
