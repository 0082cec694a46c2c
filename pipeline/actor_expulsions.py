"""Who expels or deports someone when the clause names only the country left.

"The attache had been expelled from Poland in 2014", "190 Venezuelans deported from the
United States": an expulsion sends a person out of the expelling state's own territory,
so the country the person is sent "from" names the state that did it, even with no
agent in the clause. Only a state's own name counts: a town or region may be held by
another state than its own ("deported from Kherson to Russia", "from Crimea"), and a
people sent out of its own land ("Palestinians were expelled from Gaza") was driven out
by someone else, so the person's own country is no expeller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup, state_named
from pipeline.doc_views import entity_text
from pipeline.prep_objects import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Trigger modes of sending a person out of a country (SANCTION expel, COERCE deport).
EXPULSIONS = frozenset({"expel", "deport"})


def expelled_from(tok: Token, mode: str | None, targets: list[Actor]) -> str | None:
    """The country an agentless expulsion or deportation sends its person out of ("was
    expelled from Poland"), if the clause names it by the state's own name and it is not
    the expelled people's own country."""
    if mode not in EXPULSIONS:
        return None
    own = {t.country for t in targets}
    for p in prep_objects(tok, ("from",)):
        if p.pos_ == "PROPN":
            code = state_named(lookup(entity_text(p)))
            if code and code not in own:
                return code
    return None
