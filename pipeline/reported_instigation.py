"""Who had a violent act done, told by another party: "a court ruled that the killing was
ordered by Moscow", "prosecutors said he shot the dissident on the orders of Moscow", "the
report said the prince approved the operation that killed the journalist".

In PLOVER an attribution of responsibility is an accusation: the telling party accuses the
one who gave the order (ACCUSE, source the teller, target the instigator), and the act
attributed is the accusation's content, not an event of the sentence (``instigated_act``).
Only told by someone: "the president ordered air strikes" is the strikes (an authority's
own act). An order told by the instigator's own country ("U.S. officials said Biden
authorized the strike") or by a party of no known country accuses no one: the act stays
an event of its own (``pipeline.extract`` reads such a trigger by its own sense and hands
its index to the filters as ``unaccused``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from pipeline.syntax import SPEECH_VERBS, has_neg
from pipeline.trigger_lexicon import Sense, cooperation_words, lemma_of, lexicon, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: The sense of a told instigation; the reader takes its parties (``instigation_parties``).
INSTIGATION = Sense("ACCUSE", "allege", "instigation")
#: Subjects that name the teller's own side: the first person ("we ordered the strikes")
#: and an institution's "it" ("the army said it ordered the raid"): owning an order is no
#: accusation. "he", "she", "they" usually name a third party, the accused ("prosecutors
#: said he ordered the killing"); the actor resolution tells whose side they are. Not
#: ``trigger_statements.FIRST_PERSON_OR_RELATIVE``: an order told by an institution is
#: its own when "it" gives it, and a told instigation's verb heads a told clause, never a
#: relative clause (``teller_verb``), so its subject is no relative pronoun.
FIRST_PERSON_OR_IT = frozenset({"we", "i", "our", "my", "it"})
#: ([teller], [instigator]) of a told instigation that accuses someone: resolved once
#: (``instigation_parties``) and carried on its ``Trigger`` to the reader.
Accused: TypeAlias = "tuple[list[Actor], list[Actor]]"
#: Dependencies by which a clause or noun hangs inside an ordered act's phrase ("the
#: operation that killed", "an operation to capture or kill", "killed and wounded").
INSIDE_ACT = frozenset({"relcl", "acl", "advcl", "conj", "xcomp"})


def violent_verb(tok: Token) -> bool:
    """A verb with a violent sense (ASSAULT)."""
    return tok.pos_ == "VERB" and any(
        sense.type == "ASSAULT" for _, sense in lexicon().verbs.get(lemma_of(tok), []))


def _violent_clause(tok: Token) -> bool:
    """A violent verb, or a clause of verbs one of which is ("to capture or kill")."""
    return violent_verb(tok) or any(c.dep_ == "conj" and violent_verb(c)
                                    for c in tok.children)


def _harm(tok: Token) -> bool:
    """A violent act named as a noun ("the killing", "Berlin park killing") or an
    operation whose clause is one ("the operation that killed the journalist")."""
    if lemma_of(tok) in cooperation_words()["blamed_for"] or violent_verb(tok):
        return True
    return any(c.dep_ in INSIDE_ACT and _violent_clause(c) for c in tok.children)


def teller_verb(tok: Token) -> Token | None:
    """The verb of saying or finding whose clause holds ``tok`` ("said", "ruling",
    "finding"), climbing through conjoined clauses."""
    finding = SPEECH_VERBS | word_class("finding_verbs")
    cur = tok
    for _ in range(6):
        if cur.head == cur:
            return None
        if cur.dep_ in ("ccomp", "parataxis") and lemma_of(cur.head) in finding:
            return cur.head
        if cur.dep_ not in ("conj", "ccomp"):
            return None
        cur = cur.head
    return None


def ordered_harm(verb: Token) -> Token | None:
    """The instigator named by an ordering verb whose object is a violent act: "X
    ordered the killing" (its subject), "the killing was ordered by X" (its agent)."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in word_class("instigating"):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "obj") and _harm(c) for c in kids) or any(
            # "approved an operation in Istanbul to capture or kill him", and the
            # headline gerund read as a complement ("ordered Paris cafe killing")
            (c.dep_ == "advcl" or (c.dep_ == "xcomp" and c.tag_ == "VBG")) and
            _violent_clause(c) for c in kids):
        return next((c for c in kids if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "nsubjpass" and _harm(c) for c in kids):
        return next((p for c in kids if c.dep_ == "agent" for p in c.children
                     if p.dep_ == "pobj"), None)
    return None


def _on_orders(verb: Token) -> Token | None:
    """"shot the dissident on the orders of X", "acted at the behest of X": the X (the
    phrase may hang on the object)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "under"):
            continue
        for cmd in prep.children:
            if cmd.dep_ == "pobj" and lemma_of(cmd) in word_class("commands"):
                return next(iter(of_objects(cmd)), None)
    return None


def instigator(tok: Token) -> Token | None:
    """The party named as having the violent act done, when ``tok`` is the verb of a
    told instigation (under a verb of saying or finding); else None."""
    said = teller_verb(tok)
    if tok.pos_ != "VERB" or said is None or has_neg(said):
        return None  # "did not say the killing was ordered by X": no one told it
    named = ordered_harm(tok)
    if named is None and violent_verb(tok):
        named = _on_orders(tok)
    if named is None or named.lower_ in FIRST_PERSON_OR_IT:
        return None
    return named


def instigation_sense(tok: Token) -> Sense | None:
    return INSTIGATION if instigator(tok) is not None else None


def _told(verb: Token, unaccused: AbstractSet[int]) -> bool:
    """A told instigation whose accusation is coded: ``unaccused`` holds
    the indices of those that accuse no one (``pipeline.extract``)."""
    return verb.i not in unaccused and instigator(verb) is not None


def instigated_act(tok: Token, unaccused: AbstractSet[int]) -> bool:
    """A violent act told as what another party ordered ("ordered the killing", "the
    operation that killed", "approved an operation to capture or kill"): the content of
    the accusation, no event of its own (unless the order accuses no one: ``_told``)."""
    cur = tok
    for _ in range(4):
        if cur.head == cur:
            return False
        if cur.dep_ in ("dobj", "obj", "nsubjpass", "advcl", "xcomp") and \
                _told(cur.head, unaccused) and ordered_harm(cur.head) is not None:
            return True
        if cur.dep_ not in INSIDE_ACT or (cur.dep_ == "conj" and not violent_verb(cur)):
            return False  # "killed him, and imposed sanctions": another act conjoined
        cur = cur.head
    return False


def _teller(verb: Token) -> Token | None:
    """Who tells: the subject of the verb of saying or finding, or for a participle
    ("sentenced him, ruling that", "released an assessment finding that") the subject of
    the clause it hangs on, or the finding noun itself ("a report finding that")."""
    said = teller_verb(verb)
    if said is None:
        return None
    subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None or said.dep_ not in ("advcl", "acl", "xcomp"):
        return subj
    holder = said.head
    if said.dep_ == "acl" and holder.dep_ in ("nsubj", "nsubjpass"):
        return holder
    if said.dep_ == "acl":
        holder = holder.head
    return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def instigation_parties(finder: ArgumentFinder, tok: Token, speaker: Actor | None
                        ) -> Accused | None:
    """([teller], [instigator]) of a told instigation, or None when either's country is
    unknown or they are of one country (an own side's order accuses no one)."""
    named = instigator(tok)
    if named is None:
        return None
    targets = finder.actor(named, speaker)
    if not targets and named.pos_ == "NOUN":
        # "hit by a Belarusian drone", "blown up in an ambush by rebels": the doer
        # named by the weapon's or the act's own modifiers
        targets = finder.noun_modifiers(named, speaker)[0]
    teller = _teller(tok)
    sources = finder.actor(teller, speaker) if teller is not None else []
    if not sources and speaker is not None:
        sources = [speaker]
    if not sources or not targets or targets[0].country is None or \
            sources[0].country is None or targets[0].country == sources[0].country:
        return None
    return sources[:1], targets[:1]
