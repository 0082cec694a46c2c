"""Where a sentence happens, for the role words that belong to the place they act in
("police", "protesters", "the interior ministry"): the country of a place the clause
names ("rallied outside parliament in Skopje"), else the dateline's ("TBILISI, June 22 -")
when it is one of the story's parties. A story about a foreign visitor or a foreign
power's reaction has that foreigner as its focus country, but the crowd and the riot
police are the dateline country's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import (
    country_named,
    fold,
    lookup,
    names_country,
    place_country,
    state_named,
    subdivisions,
)
from pipeline.doc_views import ent_at, entity_text, span_ents
from pipeline.event_places import clause_verb
from pipeline.place_names import qualified_name
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Role words (head lemma, or modifier + head) of people and bodies that act where they
#: are: the police and the interior ministry of the place, its crowds and opposition.
LOCAL_ROLES = frozenset({"police", "policeman", "protester", "demonstrator", "crowd",
                         "opposition", "activist", "rioter", "interior ministry",
                         "health ministry", "riot police", "police officer",
                         "security force", "security forces", "official", "government",
                         "authority", "authorities", "ministry"})
#: Counted people ("thousands", "10,000 people") who, as the doers of a clause, are a
#: crowd of the place.
CROWD_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "people",
                          "dozen", "dozens", "tens"})
#: Prepositions of where a clause's act happens ("rallied in Tbilisi", "clashed outside
#: parliament in Skopje", "gathered near the border").
WHERE_PREPS = frozenset({"in", "at", "outside", "near", "across", "around", "inside"})


def is_local_role(tok: Token) -> bool:
    """Whether a role word names the people or bodies of the place they act in."""
    lemma = tok.lemma_.lower()
    if lemma in LOCAL_ROLES or tok.lower_ in LOCAL_ROLES:
        return True
    if lemma in CROWD_COUNTS and tok.dep_ == "nsubj":
        return True  # "Thousands rallied", "10,000 people gathered": a crowd acting
    # "riot police", "opposition deputies", "police officers"
    return any(c.lemma_.lower() in LOCAL_ROLES or f"{c.lemma_.lower()} {lemma}" in LOCAL_ROLES
               for c in tok.children if c.dep_ in ("compound", "amod"))


def is_place(ent: Span) -> bool:
    """A place entity, or a capital NER took for a person ("in Yerevan")."""
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return True
    return state_named(lookup(ent.text)) is not None


def clause_place(tok: Token, *, states_only: bool = False) -> str | None:
    """The one country of the places the role word's clause says it acts in (a place
    phrase of its verb: "police fired tear gas at protesters in Skopje"); with
    ``states_only``, of the countries and capitals among them (no town a gazetteer may
    find in several countries: "the house in Sherpur")."""
    # "Police and protesters clashed in Skopje": a second subject or a prepositional
    # object climbs to its clause's verb like the first subject
    verb = clause_verb(tok.head)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found: set[str] = set()
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
            continue
        if prep.head != verb and not (prep.head.dep_ == "pobj" and prep.head.head.head == verb):
            continue  # "the war in Ukraine" is no place the clause happens in
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            ent = ent_at(p)
            if ent is None or not is_place(ent):
                continue
            # "in Tripoli, Lebanon": Lebanon's
            code = _state_place(ent) if states_only else place_country(qualified_name(ent))
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def _state_place(ent: Span) -> str | None:
    """The country a place named by a country's or a capital's own name is in; None for
    one a qualifier puts elsewhere ("a mosque in Lebanon, Pennsylvania") or that is also
    a US state's name (``subdivisions``: "a ranch in Georgia": likelier the state in an
    American story)."""
    code = state_named(lookup(ent.text))
    if code is None or subdivisions().get(fold(ent.text)) == "USA":
        return None
    full = qualified_name(ent)
    if full != ent.text and place_country(full) != code:
        return None
    # ("Lebanon, Pennsylvania": a qualifier the name's entity left out)
    doc = ent.doc
    after = ent_at(doc[ent.end + 1]) if ent.end + 1 < len(doc) and \
        doc[ent.end].text == "," else None
    if after is not None and is_place(after) and place_country(after.text) not in (None, code):
        return None
    return code


def local_setting(tok: Token, dateline: str | None, pair: tuple[str, str] | None
                  ) -> str | None:
    """The country a local role word ("police", "protesters") with no country of its own
    belongs to by where it acts: its clause's place, else the dateline's country when that
    is one of the story's two parties (a dateline abroad, "UNITED NATIONS" or a third
    capital, says where the reporter is, not where the crowd is)."""
    if tok.dep_ in ("compound", "amod", "poss"):
        return None  # (a "police station" in a named town is no police of the dateline)
    if is_local_role(tok):
        named = sentence_places(tok)
        # ("detained ten men outside a restaurant in Mogadishu": the clause's place may
        # hang on the place phrase's noun, which the sentence's places do not read; a
        # country or capital only, as a town there is often a namesake's: "homes in
        # Gulshan" is no Iranian place)
        place = clause_place(tok, states_only=not named)
        if named or place:
            # ("police fired tear gas after a rally in Skopje": the sentence's place)
            return place or (named.pop() if len(named) == 1 else None)
    side = police_named_before(tok, pair)
    if side is not None and pair is not None and (dateline not in pair or dateline == side):
        # (doers or victims alike: "threw stones at officers"; a dateline in the other
        # party, "HONIARA -" under "Australian police land", tells from where the bare
        # police are that place's own)
        return side
    if not is_local_role(tok) or not acting(tok):
        return None  # ("11 police officers were killed": victims, of wherever)
    return dateline if pair is not None and dateline in pair else None


def acting(tok: Token) -> bool:
    """Whether a noun phrase is the doer of its clause: an active subject (or one of
    several) or the agent of a passive ("by police")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def sentence_places(tok: Token) -> set[str]:
    """The countries of the places a sentence says something happens in (the objects
    of "in", "at", "outside" ... that name a place)."""
    found: set[str] = set()
    for ent in span_ents(tok.sent):
        if not is_place(ent) or ent.root.dep_ != "pobj" or \
                ent.root.head.lower_ not in WHERE_PREPS or \
                ent.root.head.head.pos_ not in ("VERB", "AUX"):
            continue  # ("a Maidan-style revolt in Ukraine" is no place of this act)
        code = place_country(ent.text)
        if code:
            found.add(code)
    return found


#: Prepositions of a place an event is told at or near ("at Kuala Lumpur airport"): the
#: prepositions of where a clause's act happens but those of a spread ("across", "around").
NEAR_PREPS = WHERE_PREPS - {"across", "around"}
#: Dependencies of a word in a longer name ("Kuala Lumpur airport").
NAME_PARTS = frozenset({"compound", "amod", "flat", "poss"})


def places_told(sent: Span) -> set[str]:
    """The countries of the places a sentence names after a preposition of place ("at
    Kuala Lumpur airport", "police in Paris"); a country named otherwise ("at the request
    of the United States") is no place."""
    return {code for w in sent if w.pos_ == "PROPN" and w.ent_iob_ == "B" and
            _after_place_prep(w) and (code := place_code(w)) is not None}


def _after_place_prep(w: Token) -> bool:
    while w.dep_ in NAME_PARTS and w.head is not w:
        w = w.head
    return w.dep_ == "pobj" and w.head.lower_ in NEAR_PREPS


def place_code(p: Token) -> str | None:
    """The country of a proper-noun place: its whole name ("Cape Verde"), else the city
    a facility's name begins with ("Los Angeles International Airport")."""
    name = entity_text(p)
    words = name.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        code = place_country(part) or (names_country(part) if n == len(words) else None)
        if code:
            return code
    return None


def police_named_before(tok: Token, pair: tuple[str, str] | None) -> str | None:
    """The one party of a two-country story whose police the text has named by
    nationality before a bare "police" or "police officers" ("Hungarian riot police fired
    tear gas ... Police said they had detained 29 people"): news names the nationality of
    a story's police once; the focus country, the most named, is often the other side.
    (A bare "officers" may be soldiers: not counted.)"""
    if pair is None or not _police(tok):
        return None
    found: set[str] = set()
    for t in tok.doc[:tok.i]:
        if not _police(t) or t.pos_ not in ("NOUN", "PROPN"):
            continue
        for m in tok.doc[t.left_edge.i:t.i]:  # ("Slovenian" may hang on "riot")
            if m.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            e = lookup(entity_text(m))
            if named := country_named(e):
                found.add(named)
    code = found.pop() if len(found) == 1 else None
    return code if code in pair else None


def _police(tok: Token) -> bool:
    """"police", "gendarmes", "police officers" (an officer under a police word)."""
    lemma = tok.lemma_.lower()
    return lemma in word_class("home_forces") or (lemma == "officer" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in word_class("home_forces")
        for c in tok.children))
