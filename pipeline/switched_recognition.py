"""Recognition switched to a state recognises it (PLOVER SUPPORT of the state named after
"to"): "Solomon Islands switches recognition to Beijing", "switched recognition back to
Taiwan". Only diplomatic recognition, of a state: a firm's "revenue recognition" switched
to a new standard, or a federation's recognition switched to a new league, recognise none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup, state_named
from pipeline.doc_views import entity_text
from pipeline.prep_objects import prep_objects
from pipeline.trigger_lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The only modifiers of a recognition that is a state's ("diplomatic recognition").
STATE_RECOGNITION = frozenset({"diplomatic", "formal", "official"})


def recognised_state(tok: Token, obj: Token) -> bool:
    """"switched (diplomatic) recognition to China": the object itself is the recognition,
    of no other kind ("revenue recognition", "facial recognition software") nor of a
    thing ("recognition of his nationality"), and it goes to a state (``switched_to``)."""
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) not in STATE_RECOGNITION
            for c in obj.children) or prep_objects(obj, ("of",)):
        return False
    return bool(switched_to(tok))


def switched_to(tok: Token) -> dict[Token, str]:
    """The states a "switch" names after "to" ("to Beijing", "back to Taiwan", "from Taipei
    to Beijing") with their country codes, only those: a state in the next clause is no
    recipient ("switched recognition to China and Taiwan cut ties")."""
    heads = [tok, *[c for c in tok.children if c.dep_ in ("advmod", "dobj", "obj")]]
    return {p: code for h in heads for p in prep_objects(h, ("to",))
            if (code := state_named(lookup(entity_text(p)))) is not None}
