"""Who holds, arrests or sentences someone when the clause names no agent: the state of
the place it happens in, else the recipient's own state or, for a foreigner, the other
party of the story."""
from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.actor_setting import place_code, places_told
from pipeline.implied_parties import own_opponents
from pipeline.prep_objects import prep_objects
from pipeline.story_parties import counterpart
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Prepositions of the place a detention happens at ("arrested in Tehran", "detained at
#: Los Angeles International Airport").
PLACE_PREPS = frozenset({"in", "at"})
#: Nouns of a place where people are held, whose owner holds them ("Tehran's airport").
HOLDING_PLACES = word_class("holding_places") | word_class("custody_places")


def held_in(tok: Token, preps: frozenset[str] = PLACE_PREPS) -> str | None:
    """The country of the place a passive arrest or detention names ("arrested in Cape
    Verde", "held in Iran", "arrested by the police in Tehran", "arrested at Los Angeles
    International Airport"), if it names one by its own name or, for a place of holding,
    by its owner's ("arrested at Tehran's Imam Khomeini airport", "held in Russia's Kursk
    region"). A place named outright wins over an owner: an owner need not hold the
    ground ("arrested at Israel's embassy in London" is Britain's arrest), and only a
    holding place's owner is read ("detained at Germany's request in Turkey")."""
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    objects = [p for h in (tok, *agents) for p in prep_objects(h, preps)]
    owners = [o for p in objects if p.pos_ != "PROPN" and
              (p.lemma_.lower() in HOLDING_PLACES or p.lower_ in HOLDING_PLACES)
              for o in p.children if o.dep_ == "poss" and o.pos_ == "PROPN"]
    for place in [p for p in objects if p.pos_ == "PROPN"] + owners:
        if code := place_code(place):
            return code
    return None


#: Roles of people a state itself holds: its officeholders and officials (former
#: ones too: "Juan Carlos Bonilla, a former national police chief") and its opposition and
#: party figures. A foreigner held abroad is told as a national, journalist or soldier.
HOME_HELD_ROLES = frozenset({"GOV", "OPP", "POL"})
#: Words of posts whose holders are held abroad ("diplomat X was detained", "High
#: Commissioner X had been asked to leave"): their country is no sign of who holds them.
POSTS_ABROAD = word_class("envoys") | word_class("missions") | word_class("posts_abroad")
#: Removals: a state deports, expels or extradites another's people, never its own.
REMOVALS = word_class("removals")


def _held_phrase(tok: Token) -> list[Token]:
    # the held person's own phrase with its appositives ("Turnell, an adviser to ...");
    # the whole sentence when the clause has no subject of its own
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return [w for c in subjects for w in c.subtree] or list(tok.sent)


def _holds_post_abroad(tok: Token) -> bool:
    # a post word in the held person's own phrase, on lemmas ("diplomats", "advisers"),
    # "high commissioner" as a pair (a police or election commissioner serves at home);
    # not the sentence's other words ("..., his adviser said")
    words = _held_phrase(tok)
    lemmas = [w.lemma_.lower() for w in words]
    pairs = {f"{a} {b}" for a, b in pairwise(lemmas)}
    return bool(set(lemmas) & POSTS_ABROAD or pairs & POSTS_ABROAD)


def held_at_home(tok: Token, target: Actor) -> bool:
    """Whether a person the clause of ``tok`` names, arrested or detained with no agent,
    is his own state's doing: one of its officials or opponents ("former president
    Nasheed was arrested" in a story that also names a neighbour). Not an envoy (a post
    abroad in his own phrase), not a removal (a deportation is the host's act), not where
    the sentence names a place of another country ("detained upon arrival at Kuala Lumpur
    airport"). A pronoun ("he was arrested") may stand
    for a foreigner the story introduced by nationality."""
    named = not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in tok.children)
    return named and bool(target.person) and target.country is not None and \
        target.role in HOME_HELD_ROLES and tok.lemma_.lower() not in REMOVALS and \
        not _holds_post_abroad(tok) and places_told(tok.sent) <= {target.country}


def agentless_holder(target: Actor, focus: str | None, pair: tuple[str, str] | None
                     ) -> str | None:
    """The other party of a two-party story as the maker of an agentless arrest, jailing
    or sentence, or None when it is the recipient's own state's. The story's own people
    ("6,000 people have been detained", "the former prime minister was held") are held
    by their own state; only a recipient the text names as a foreigner ("two Indian
    fishermen were arrested") or whose country is not the story's focus is the other
    party's. Opponents of a state are its own."""
    if not pair or own_opponents(target):
        return None
    if target.country == focus and not names_country(target.text):
        return None
    return counterpart(target, focus, pair)
