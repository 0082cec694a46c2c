"""Seeking to do something is an aim or an attempt, not a request of anyone: "Serbia
seeks to join the EU", "groups seeking to destabilise the country", "the agency would
seek to keep a presence there". The request sense of "seek" stays with an object asked
for ("seeks NATO consultations", "sought his extradition") and with an infinitive of
asking something of another party ("had sought to persuade Honiara", "was seeking to
understand Kyiv's objectives"). Seeking the subject's own goal ("seeks independence",
"would seek a fifth term", "sought refuge") asks no one either. The word lists are
``data/triggers.toml`` [attempts].
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of, triggers_data

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = triggers_data()["attempts"]
    return {k: frozenset(raw[k]) for k in ("verbs", "asking", "own_goals")}


def attempt_only(tok: Token, sense: Sense) -> bool:
    """True when a request verb only tells what its subject tries to do or seeks for
    itself."""
    words = _words()
    if sense.type != "REQUEST" or lemma_of(tok) not in words["verbs"]:
        return False
    aim = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if aim is not None:
        return lemma_of(aim) not in words["asking"]
    return any(c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in words["own_goals"]
               for c in tok.children)
