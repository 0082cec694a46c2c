"""A proposal verb that tells a claim: "officials suggested that fighters from abroad were
serving with the rebels", "the minister suggested the president had taken drugs". What
it introduces is a clause stating what is or was (a tensed verb, or a perfect "may have
staged"), not a proposed act ("suggested that the talks be held in Geneva", "suggested
Moscow could help"); PLOVER codes such a claim about another party as the speaker's
allegation (ACCUSE), not an offer. The verbs are ``data/triggers.toml`` [claims].
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.syntax import phrase_text
from pipeline.trigger_lexicon import Sense, lemma_of, triggers_data

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The sense of a claim told by a proposal verb.
TOLD_CLAIM = Sense("ACCUSE", "allege", "suggested claim")
#: Tags of a finite auxiliary ("were serving", "is hiding"): the clause states a fact.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = triggers_data()["claims"]
    return {k: frozenset(raw[k]) for k in ("proposing", "evidence", "readiness")}


def _states_fact(clause: Token) -> bool:
    """The clause states what is or was: "had taken", "may have staged", "were serving"
    (a modal without "have", "could help", "should withdraw", proposes instead)."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma_of(a) == "have" for a in auxes):
        return True
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.tag_ in FINITE for a in auxes):
        return True  # "were serving", "is hiding"
    # a bare verb is the mandative subjunctive ("suggested that the other side consider
    # the issue", tagged like a plural present), unless it is a form of "be" ("are behind")
    return clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and lemma_of(clause) == "be")


def _told_fact(tok: Token, sense: Sense) -> bool:
    """An AGREE proposal verb introducing a clause that states a fact."""
    if sense.type != "AGREE" or lemma_of(tok) not in _words()["proposing"]:
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    return clause is not None and _states_fact(clause) and not _offers(tok, clause)


def _offers(tok: Token, clause: Token) -> bool:
    """A stated clause that still proposes: it is said with an expletive "it" or of the
    speaker's own side ("suggested it was open to talks", "Chinese officials suggested
    Beijing is ready to mediate"), or its predicate is readiness or time ("suggested that
    it was time for talks"). Only a clause about another party is an allegation."""
    if any(c.dep_ in ("acomp", "attr") and lemma_of(c) in _words()["readiness"]
           for c in clause.children):
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in ("it", "we"):
        return True
    speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    own = names_country(phrase_text(speaker))
    return own is not None and names_country(phrase_text(subj)) == own


def evidenced(tok: Token, sense: Sense) -> bool:
    """"Early indications suggested a missile had struck the plane": a fact that evidence
    suggests is nobody's offer or allegation (the caller drops the trigger; the clause's
    own act is read on its own verb)."""
    return _told_fact(tok, sense) and any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in _words()["evidence"]
        for c in tok.children)


def told_claim(tok: Token, sense: Sense) -> Sense | None:
    """TOLD_CLAIM when an AGREE proposal verb introduces a clause stating a fact, else
    None."""
    return TOLD_CLAIM if _told_fact(tok, sense) else None
