"""Go-betweens: a participle whose agent brokers between others ("China-brokered deal",
"talks mediated by Qatar", "talks led by the AU") and the name that is such a go-between.
Its agent is no party to what it brokered (clause_actors leaves it out of the sources;
story_parties does not count it as one of the story's two parties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import is_negated
from pipeline.trigger_lexicon import lemma_of, refusing_verbs
from pipeline.unreal_acts import governed_by

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles of third-party brokering ("China-brokered deal", "talks mediated by
#: Qatar"): their agent is a go-between, not a party to what it brokered.
MEDIATING = frozenset({"broker", "mediate", "facilitate", "sponsor", "co-sponsor"})
#: Nouns of negotiation: "talks led by the African Union" is mediation, unlike "an
#: offensive led by the army".
NEGOTIATIONS = frozenset({"talk", "talks", "negotiation", "negotiations", "process",
                          "mediation", "dialogue"})
#: Head nouns whose possessor is a go-between ("the AU's chief mediator").
MEDIATORS = frozenset({"mediator", "broker", "facilitator", "go-between"})


def mediating(tok: Token, *, leading: bool = False) -> bool:
    """A participle whose agent brokers between others ("brokered"; with ``leading``,
    also "talks led by": a convener, though one coders may name as the party a side
    refuses, "rather than join US-led negotiations")."""
    if tok.tag_ != "VBN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in MEDIATING:
        return True
    if lemma != "lead" or not leading:
        return False
    # "talks in the South African capital led by the AU": the participle may hang off
    # the place noun inside the talks' phrase
    h = tok.head
    for _ in range(4):
        if h.lemma_.lower() in NEGOTIATIONS or h.lower_ in NEGOTIATIONS:
            return True
        if h.head == h:
            break
        h = h.head
    return False


def mediator_mention(tok: Token) -> bool:
    """Whether a name is the go-between of the phrase it sits in: "China-brokered deal",
    "mediated by the foreign ministers of Germany, France and Poland", "the AU's chief
    mediator"."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("conj", "compound", "appos"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN",
                                                                            "PROPN"):
            t = t.head.head  # "the foreign ministers of Germany"
        else:
            break
    if t.dep_ in ("npadvmod", "amod", "nmod") and mediating(t.head, leading=True):
        return True
    if t.dep_ == "pobj" and t.head.dep_ == "agent" and mediating(t.head.head, leading=True):
        return True
    return t.dep_ == "poss" and t.head.lemma_.lower() in MEDIATORS


def offered_mediation(tok: Token) -> Token | None:
    """"offered to mediate between Israel and Hamas": the mediating verb an offer takes,
    whose "between" phrase names the parties the go-between would deal with (each one
    the offer's recipient, never one of them offering to the other)."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                 and c.lemma_.lower() in MEDIATING and not _other_mediator(c) and any(
                     g.dep_ == "prep" and g.lower_ == "between" for g in c.children)),
                None)


def _other_mediator(verb: Token) -> bool:
    """"Ukraine agreed that Turkey should mediate between Kyiv and Moscow": a mediating
    clause with a subject of its own names another go-between, whom the offer or
    agreement is made to ("agreed that it (they, we) would mediate" is the source's own
    offer)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)


#: Words whose content clause tells of an act the speaker says was not done ("rejected
#: claims that it had refused to mediate", "denied reports that ...").
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "claim", "report", "allegation",
                     "rumour", "rumor", "suggestion"})
#: Marks of a condition on the act ("would refuse to mediate if asked").
CONDITIONS = frozenset({"if", "unless"})


def untold_refusal(tok: Token) -> bool:
    """A refusal the sentence does not tell as made: denied ("had never refused to
    mediate", "denied reports that it had declined to mediate") or on a condition
    ("would refuse to mediate if asked"). Such a refusal is not fanned out to the parties
    a mediation would have dealt with."""
    if lemma_of(tok) in refusing_verbs() and is_negated(tok):
        return True
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                     for m in c.children) for c in tok.children):
        return True
    return governed_by(tok, DENYING, links=("ccomp", "acl", "relcl", "dobj"), steps=3)
