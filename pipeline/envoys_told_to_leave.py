"""Envoys told they must leave: "the minister said the envoy must leave the country within
two days", "announced that 18 Russian embassy staff must leave within 48 hours". Said by
the host state, a "must" on a foreign mission's members leaving is their expulsion
(PLOVER SANCTION: expel), the same act as "ordered the ambassador to leave"
(``wire_constructions.expulsion``), not a demand: the teller is the expelling party and
the envoys' state the one expelled (a spoken sense: ``event_filters.SPOKEN_SENSES``).
Only "must": "should leave" is advice or a demand a third party can make ("the opposition
said the ambassador should leave"); and not one's own envoys ("our diplomats must leave
Kyiv"), which is an evacuation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import SELF_WORDS
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_constructions import ENVOYS, LEAVING
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: The sense of envoys told they must leave; its phrase is a spoken sense's.
TOLD_TO_LEAVE = Sense("SANCTION", "expel", "envoys must leave")
#: Modals that make leaving an obligation laid on the envoys.
OBLIGING = frozenset({"must"})


def _envoys(subj: Token) -> bool:
    """Members of a mission: "the envoy", "the ambassador, X", "18 Russian embassy staff",
    "consulate employees"; not one's own ("our diplomats", "its ambassador")."""
    if any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subj.children):
        return False
    missions = word_class("missions")
    return lemma_of(subj) in ENVOYS or lemma_of(subj) in word_class("envoys") or any(
        c.dep_ in ("compound", "amod") and lemma_of(c) in missions for c in subj.children)


def envoys_told_to_leave(tok: Token) -> bool:
    """A leaving verb with "must" whose subject is members of a mission."""
    if tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in LEAVING - {"go"} or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGING for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and _envoys(subj)


def own_envoys_leaving(sources: list[Actor], targets: list[Actor]) -> bool:
    """The teller's own envoys told to leave ("the State Department said embassy staff
    must leave Haiti"): an evacuation, no expulsion."""
    own = {a.country for a in sources if a.country is not None}
    return any(a.country in own for a in targets)
