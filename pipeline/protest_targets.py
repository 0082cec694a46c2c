"""The foreign country a protest is aimed at, when its own phrase says so.

Protesters face their own government by default (``home_aims.DOMESTIC``), but a
protest whose own phrase names another country as what it is against, or as the owner
of the mission it storms, is aimed at that country: "chanting slogans against Ethiopia",
"marched against US interference", "the storming of Iran's consulate"; so is a protest
held outside premises a foreign country's name marks ("outside a Turkish visa centre",
"outside South African businesses") or one gathered to demand that a country's people
leave ("to demand the departure of French troops"). A country named
any other way (the place of the protest, a grievance it reports: "accusing Sharif of
bowing to American pressure"; the flags it waves) does not count, nor a phrase naming
several foreign countries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.actor_third_named import own_clause
from pipeline.story_parties import mention_codes
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Diplomatic missions: a protest at one is aimed at the country it represents.
MISSIONS = word_class("missions")
#: How a country modifies the noun that names it ("Iran's consulate", "US interference").
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat"})
#: Errands of dissent ("to condemn", "to denounce"): their object is what a crowd
#: gathered for them is against.
DISSENT_ERRANDS = word_class("dissent_errands")
#: What a crowd demands of people who should leave ("the departure of French troops",
#: "the expulsion of the ambassador"): their country is what the crowd is against.
LEAVING_DEMANDS = word_class("leaving_demands")
#: Who must leave for that ("French troops", "the ambassador", "US sanctions").
STATE_PRESENCE = word_class("state_presence")
#: Premises a protest held outside is aimed at ("South African businesses").
PROTEST_PREMISES = word_class("protest_premises")


def _aimed_at(name: Token, trigger: Token) -> bool:
    """Whether a country's name is what a protest is against: inside an "against"
    phrase under the trigger, the object of an errand of dissent under it, the owner
    of a diplomatic mission, of premises the protest is held outside, or of people the
    protesters demand should leave."""
    noun = name
    through_noun = False  # "the German coach's house": a person's, not a country's
    while noun.dep_ in MODIFIER_DEPS and noun.head != noun:
        noun = noun.head
        through_noun = through_noun or (noun.pos_ == "NOUN" and noun.dep_ in MODIFIER_DEPS)
    if noun.lemma_.lower() in MISSIONS:
        return True
    if noun.dep_ == "pobj" and not through_noun:
        prep = noun.head
        if prep.lower_ == "outside" and prep.head == trigger and \
                noun.lemma_.lower() in PROTEST_PREMISES:
            # "protested outside South African businesses", "outside a Turkish visa
            # centre": what the crowd faces (a name of the protesters' own country is
            # never asked about: "outside the Somali parliament")
            return True
        if prep.lower_ == "of" and lemma_of(prep.head) in LEAVING_DEMANDS and \
                prep.head.dep_ in ("dobj", "obj") and \
                lemma_of(prep.head.head) == "demand" and \
                noun.lemma_.lower() in STATE_PRESENCE:
            # "rallied to demand the departure of French troops" (not "to protest the
            # expulsion of Afghan refugees": that is against the expeller)
            return True
    named = noun.head if noun.dep_ == "det" else noun  # "the United States" from "the"
    if named.dep_ in ("dobj", "obj") and named.head != trigger and \
            named.head.lemma_.lower() in DISSENT_ERRANDS:
        return True  # "gathered in Tehran to condemn Israel": what the errand is against
    t = noun
    while t != trigger and t.head != t:
        if t.dep_ == "pobj" and t.head.lower_ == "against":
            return True
        t = t.head
    return False


def protested_country(tok: Token, source: str | None) -> str | None:
    """The one country other than ``source`` that the protest's own phrase (its
    trigger's subtree, without coordinated clauses or clauses with a subject of their
    own) names as what it is against; None when it names none or several."""
    inside = own_clause(tok)
    codes = {code for i, code in mention_codes(tok.sent)
             if i in inside and code != source and code not in BODIES
             and _aimed_at(tok.doc[i], tok)}
    return codes.pop() if len(codes) == 1 else None
