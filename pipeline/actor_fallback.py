"""Story-implied actors for an event whose clause names none.

``ArgumentFinder.attach`` drops a reading it cannot give an actor. Some acts have only
one possible doer, though: a curfew, a state of emergency or martial law is declared by
a state, and "internet connections were cut", "39,000 shanties have been flattened",
"Pinochet arrested" report a state's repression of its own people. When the clause names
no agent, the story's focus country (or the country that owns the act, "Kiev's decision
to introduce martial law") is the doer and its own people the recipients. Likewise an
agentless killing or release in a story about one country whose victims name no country,
and violence there whose doer the clause does not name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.actors import Actor
from pipeline.deal_terms import brokered_parties, terms_parties
from pipeline.implied_parties import party
from pipeline.syntax import agentless_passive, subject
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Modes of nouns that name a decreed measure rather than one act ("the curfew", "a state
#: of emergency"; not "the arrest", "the deportations", "the raid", which report acts
#: whose doer the story may not share).
DECREES = frozenset({"curfew", "martial-law"})
#: Modes of acts on people: in a two-party story the detainees may be the other side's
#: ("all 24 crew members were detained"), so the doer is not implied.
ON_PEOPLE = frozenset({"arrest", "deport"})
#: Modes of the acts of a state's justice on a person: charges and allegations,
#: convictions and sentences, detentions (not inquiries: "testify before a judicial
#: inquiry" names a body, not an act on someone).
LEGAL_MODES = frozenset({"allege", "convict", "arrest"})
#: The types those acts are coded as.
LEGAL_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})


def story_actors(finder: ArgumentFinder, trig: Trigger, event_type: str
                 ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) the story implies for a reading ``attach`` found no actor for,
    or None."""
    tok = trig.token
    focus, pair = finder.resolver.focus, finder.resolver.pair
    if event_type == "AGREE":
        return terms_parties(finder, trig) or brokered_parties(finder, trig)
    if focus is None:
        return None
    if event_type == "ASSAULT" and pair is None and tok.dep_ != "amod" and \
            (_subject_noun(tok) if trig.nominal else not agentless_passive(tok)):
        # "rockets hit the airports", "the offensive began", "gunfire rattles the city" in
        # a story about one country: violence whose doer the clause does not name is
        # that country's own (a noun only as its clause's subject: "condemned the
        # attack" or "alarmed by the fighting" names an act told elsewhere)
        return [party(focus)], [party(focus)]
    if event_type == "ASSAULT" and trig.nominal and _time_frame(tok) and \
            (pair is None or set(pair) - {focus} <= BODIES):
        # "imposed a curfew after deadly clashes", "after four days of fighting in the
        # city": the turmoil a story about one country (and maybe a body such as the UN
        # or the AU) tells its acts against is the country's own
        return [party(focus)], [party(focus)]
    if event_type in ("ASSAULT", "RETREAT") and pair is None and not trig.nominal and \
            tok.dep_ != "amod" and agentless_passive(tok):
        # "most of the victims had been shot", "the hostages were freed" in a story about
        # one country, whose victims the coder could not name: the country's own
        # violence or release (as attach() codes it for victims it can name)
        return [party(focus)], [party(focus)]
    if pair is None and event_type in LEGAL_TYPES and trig.sense.mode in LEGAL_MODES and \
            _agentless_legal_act(trig):
        # "the suspect was charged with murder", "will face charges of fraud", "was
        # sentenced to a year in jail" in a story about one country's own affairs: its
        # own authorities act on its own people (the accused named by no country)
        return [Actor(text="", name=None, country=focus, role="GOV")], [party(focus)]
    if event_type != "COERCE":
        return None
    if trig.nominal:
        if trig.sense.mode not in DECREES:
            return None
    elif tok.dep_ == "amod" or (subject(tok)[0] is not None and not agentless_passive(tok)):
        return None  # "the seized tanker" reports no act; a named subject is no gap
    if pair and trig.sense.mode in ON_PEOPLE:
        return None
    owner = _owner(finder, tok)
    code = owner.country if owner is not None and owner.country else focus
    return [Actor(text="", name=None, country=code, role="GOV")], [party(code)]


def _owner(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """"Kiev's decision to introduce martial law": the possessor of a noun the act hangs
    on (a few heads up) owns it."""
    for anc in list(tok.ancestors)[:4]:
        for c in anc.children:
            if c.dep_ == "poss":
                found = [a for a in finder.actor(c, None) if a.country]
                if found:
                    return found[0]
    return None


def _agentless_legal_act(trig: Trigger) -> bool:
    """Whether a legal act names no one who brings it: a passive verb with no agent ("was
    charged"), or a noun that is no clause's subject and has no owner or author ("faces
    charges of fraud", not "the prosecutor's charges" or "the charges were dropped")."""
    tok = trig.token
    if tok.dep_ == "amod":
        return False  # "the detained men" reports no act
    if not trig.nominal:
        return agentless_passive(tok)
    if tok.dep_ in ("nsubj", "nsubjpass", "ROOT", "compound", "poss", "appos", "npadvmod"):
        return False  # (", a charge Tehran denies" sums up an accusation told before it)
    if tok.lower_ == "charge" and not any(c.dep_ == "det" for c in tok.children):
        return False  # "took charge of security", "in charge": command, not an accusation
    if trig.sense.mode in ON_PEOPLE and not (tok.dep_ == "pobj" and
                                            tok.head.lower_ in ("in", "under", "into")):
        return False  # "after the arrests" names an act told elsewhere; "held in
        # detention", "placed under arrest" a state the clause puts someone in
    return not any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ in
                                                  ("by", "from", "against"))
                   for c in tok.children)


#: Nouns of today's fighting a clause can take as its time frame ("after the clashes").
FIGHTS = word_class("framing_fights")
#: Prepositions that make an event the time frame of a clause ("after the clashes").
FRAMES = frozenset({"after", "during", "amid", "following", "since"})
#: Spans of time a fight fills ("four days of fighting").
SPANS = frozenset({"day", "week", "month", "hour", "night", "year"})


def _time_frame(tok: Token) -> bool:
    """Whether a fighting noun is the time frame of its clause: the object of "after",
    "during", "amid" (or of "days of" under one: "after four days of fighting")."""
    if tok.lemma_.lower() not in FIGHTS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in SPANS and \
            prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.dep_ == "prep" and prep.lower_ in FRAMES


def _subject_noun(tok: Token) -> bool:
    """Whether a noun (or its first conjunct) is its clause's subject or a headline."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT")
