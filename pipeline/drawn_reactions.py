"""Reactions an act draws from others: the reacting party's event, aimed at the doer.

"North Korea fired missiles, drawing condemnation from Tokyo", "the move prompted a rebuke
from Beijing", "sent warships, drawing angry protests from Beijing": the reaction noun
is the object of a verb of drawing, its party is named by "from", and the reaction is
that party's disapproval (or praise) of whoever did the act the clause tells. Read as a
plain nominal trigger, the noun finds no source (nothing owns it), "protests" reads as a
street protest of the place named, and "fury" is no trigger at all.

The verbs and the reaction nouns with their types are in ``data/triggers.toml``
(``[drawn]``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party
from pipeline.trigger_lexicon import Sense, triggers_data
from pipeline.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor


#: Reactions that, drawn from citizens rather than a state or a body, are street protests.
STREET_REACTIONS = frozenset({"protest", "demonstration"})
#: Roles of the people who protest in the street.
CROWD_ROLES = frozenset({"CVL", "OPP", "REF", "MED"})


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    raw = triggers_data()["drawn"]
    return frozenset(raw["verbs"]), dict(raw["reactions"])


def _drawing_verb(noun: Token) -> Token | None:
    """The verb of drawing whose object the noun is ("drawing a sharp protest", and the
    conjoined "... and disappointment from Washington"), if any."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _lexicon()[0]:
        return None
    return verb


def _reactors(noun: Token, verb: Token) -> list[Token]:
    """The parties named by "from" on the reaction noun or, for the verb's own object,
    on the verb (the parser hangs "from Beijing" on either), with their conjuncts."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not preps and noun.dep_ == "dobj":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    out: list[Token] = []
    for prep in preps[:1]:
        for p in prep.children:
            if p.dep_ == "pobj":
                out += [p, *(c for c in p.conjuncts if c.pos_ in ("PROPN", "NOUN"))]
    if out and noun.dep_ == "dobj":
        out += _listed_on(out[-1], noun, verb)
    return out


def _listed_on(last: Token, noun: Token, verb: Token) -> list[Token]:
    """"drawing condemnation from its neighbours, the African Union and France": the
    parser ends the "from" list early and hangs the rest as an object of the drawing verb
    (or of the clause it hangs on); a noun right after the list's comma or "and"
    continues it."""
    out: list[Token] = []
    for head in (verb, verb.head):
        for c in head.children:
            if c.dep_ == "dobj" and c != noun and c.i > last.i and \
                    c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ in (",", "and"):
                out += [c, *(g for g in c.conjuncts if g.pos_ in ("PROPN", "NOUN"))]
    return out


def reaction_type(noun: Token) -> str | None:
    """The PLOVER type of a reaction drawn from a named party, or None where the noun is
    no such reaction."""
    event_type = _lexicon()[1].get(noun.lemma_.lower())
    if event_type is None:
        return None
    verb = _drawing_verb(noun)
    if verb is None or not _reactors(noun, verb):
        return None
    return event_type


def drawn_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` with the drawn reactions the lexicon has no trigger for ("drawing
    fury from Russia"), in text order."""
    have = {t.token.i for t in triggers}
    extra = [Trigger(tok, Sense(event_type, "disapprove" if event_type == "ACCUSE" else None,
                                tok.lemma_.lower()), nominal=True)
             for tok in sent if tok.i not in have and tok.pos_ in ("NOUN", "PROPN")
             and (event_type := reaction_type(tok)) is not None]
    if not extra:
        return triggers
    return sorted([*triggers, *extra], key=lambda t: t.token.i)


def drawn_reaction(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                   ) -> tuple[str, list[Actor], list[Actor]] | None:
    """(type, reacting parties, the act's doers) of a drawn reaction, or None."""
    noun = trig.token
    if not trig.nominal or (event_type := reaction_type(noun)) is None:
        return None
    verb = _drawing_verb(noun)
    assert verb is not None  # reaction_type found it
    sources = [a for t in _reactors(noun, verb) for a in finder.actor(t, speaker)
               if a.country or a.role in BODIES]
    if not sources or (noun.lemma_.lower() in STREET_REACTIONS and
                       all(a.role in CROWD_ROLES for a in sources)):
        # "drawing protests from students": citizens' protests are in the street, coded
        # as the plain trigger reads them (a PROTEST), not as a state's disapproval
        return None
    clause = _drawing_clause(verb)
    doers, subj, _ = finder.subject_actors(clause, speaker)
    if not doers and subj is not None and subj.pos_ == "NOUN" and finder.resolver.focus:
        # "The declaration drew criticism from rights groups": an act the clause names
        # by no doer is the story's own state's
        doers = [party(finder.resolver.focus)]
    targets = [a for a in doers if a not in sources]
    if not targets:
        return None
    return event_type, sources, targets


def _drawing_clause(verb: Token) -> Token:
    """The clause whose act draws the reaction: the participle's own, or, where the
    parser hangs "..., drawing condemnation" on a subordinate clause ("struck the port
    a day after Moscow and Kyiv signed a deal, drawing condemnation"), the main one
    that subordinate clause belongs to."""
    if verb.dep_ != "advcl":
        return verb
    head = verb.head
    while head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
        head = head.head
    return head
