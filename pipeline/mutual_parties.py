"""Two parties named together as the subject of a meeting, a deal or cooperation act
with each other ("the foreign ministers of Japan and South Korea met in Beijing",
"Tshisekedi and Kagame met in Doha"). A party the clause names only in the act's
setting ("on the sidelines of a trilateral meeting with China", "at the invitation of
Qatar's emir", "agreed to push for talks with the United States") was taken for their
recipient, and each was coded meeting that third party instead of the other. Only the
verb's own direct object or "with" phrase names another recipient; otherwise the two
subjects are each other's (``pipeline.arguments``: "India and Pakistan agreed")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import CLAUSE_DEPS, OBJ_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors
    from schemas import Actor

#: Types whose coordinated subjects act with each other.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Prepositions by which a verb itself names whom its subjects met or dealt with.
PARTNER_PREPS = frozenset({"with"})


def setting_only(finder: ClauseActors, tok: Token, event_type: str, sources: list[Actor],
                 targets: list[Actor], speaker: Actor | None) -> list[Actor]:
    """The targets of a mutual act of two or more named parties, without those found
    only in the act's setting (empty: the parties are each other's recipients)."""
    if event_type not in MUTUAL or len(sources) < 2 or not targets or \
            len({s.country or s.role for s in sources}) < 2:
        return targets
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    # "restore relations, travel and trade with Qatar": the object's own "with" phrase
    preps = [c for c in tok.children if c.dep_ == "prep"] + [
        t for o in objs for t in o.subtree if t.dep_ == "prep" and _in_phrase(t, o)]
    direct = objs + [p for c in preps if c.lower_ in PARTNER_PREPS
                     for p in c.children if p.dep_ == "pobj"]
    named = [a for o in direct for a in finder.actor(o, speaker)]
    return targets if any(t in named for t in targets) else []


def _in_phrase(tok: Token, head: Token) -> bool:
    """Whether ``tok`` belongs to the phrase of ``head`` itself, not to a clause hung
    on it (coordinated nouns are the phrase's own: "relations, travel and trade")."""
    while tok != head:
        if tok.dep_ in CLAUSE_DEPS and tok.dep_ != "conj":
            return False
        tok = tok.head
    return True
