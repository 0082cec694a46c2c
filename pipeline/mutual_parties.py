"""Two parties named together as the subject of a meeting, a deal or cooperation act
with each other ("the foreign ministers of Japan and South Korea met in Beijing",
"Tshisekedi and Kagame met in Doha"). A party the clause names only in the act's
setting ("on the sidelines of a trilateral meeting with China", "at the invitation of
Qatar's emir", "agreed to push for talks with the United States") was taken for their
recipient, and each was coded meeting that third party instead of the other. Only the
verb's own direct object or "with" phrase names another recipient; otherwise the two
subjects are each other's (``pipeline.arguments``: "India and Pakistan agreed"). Two
parties offering, pledging or sending something together give it to a third party:
the recipient named in the gift's own clause ("Germany and France offered to send air
defences to Ukraine", "pledged $2 billion to rebuild Gaza") is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.statement_labels import ACTOR_ENTS
from pipeline.syntax import CLAUSE_DEPS, OBJ_DEPS
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors
    from schemas import Actor

#: Types whose coordinated subjects act with each other.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Prepositions by which a verb itself names whom its subjects met or dealt with.
PARTNER_PREPS = frozenset({"with"})
#: One-sided acts of giving, and the prepositions of their recipient.
GIVING = word_class("giving")
GIVING_PREPS = word_class("giving_preps")
#: Clauses of a gift's purpose or content ("offered to send ...", "pledged ... to rebuild").
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def setting_only(finder: ClauseActors, tok: Token, event_type: str, sources: list[Actor],
                 targets: list[Actor], speaker: Actor | None) -> list[Actor]:
    """The targets of a mutual act of two or more named parties, without those found
    only in the act's setting (empty: the parties are each other's recipients); for a
    gift they offer or send together, the named party it goes to."""
    if event_type not in MUTUAL or len(sources) < 2 or \
            len({s.country or s.role for s in sources}) < 2:
        return targets
    givers = {s.country for s in sources}
    given = [a for o in _recipients(tok) for a in finder.actor(o, speaker)
             if a.country not in givers] if tok.lemma_.lower() in GIVING else []
    if not targets:
        return given  # "pledged $2 billion to rebuild Gaza": Gaza's, not each other's
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    # "restore relations, travel and trade with Qatar": the object's own "with" phrase
    preps = [c for c in tok.children if c.dep_ == "prep"] + [
        t for o in objs for t in o.subtree if t.dep_ == "prep" and _in_phrase(t, o)]
    direct = objs + [p for c in preps if c.lower_ in PARTNER_PREPS
                     for p in c.children if p.dep_ == "pobj"]
    named = given + [a for o in direct for a in finder.actor(o, speaker)]
    return targets if any(t in named for t in targets) else []


def _recipients(tok: Token) -> list[Token]:
    """Where a gift goes: the objects and "to"/"into" phrases of the giving verb and of
    the infinitive clause hung on it ("offered to send air defences to Ukraine",
    "pledged $2 billion to rebuild Gaza"), and whom it helps ("to help Ukraine rebuild")."""
    verbs = [tok] + [c for c in tok.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     and not any(a.dep_ == "neg" for a in c.children)]
    found: list[Token] = []
    for v in verbs:
        for c in v.children:
            if c.dep_ in OBJ_DEPS:
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in GIVING_PREPS:
                found += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "ccomp" and v is not tok:  # "to help Ukraine rebuild"
                found += [n for n in c.children if n.dep_ == "nsubj"]
    # a party named by name ("Gaza", "the Philippines"), not one described ("the
    # military-backed government"), whose country the story may not say
    return [t for t in found if t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTS]


def _in_phrase(tok: Token, head: Token) -> bool:
    """Whether ``tok`` belongs to the phrase of ``head`` itself, not to a clause hung
    on it (coordinated nouns are the phrase's own: "relations, travel and trade")."""
    while tok != head:
        if tok.dep_ in CLAUSE_DEPS and tok.dep_ != "conj":
            return False
        tok = tok.head
    return True
