"""Who expels or deports someone when the clause names only the country left.

"The attache had been expelled from Poland in 2014", "190 Venezuelans deported from the
United States": an expulsion sends a person out of the expelling state's own territory,
so the country the person is sent "from" names the state that did it, even with no
agent in the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_detention import place_code

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Trigger modes of sending a person out of a country (SANCTION expel, COERCE deport).
EXPULSIONS = frozenset({"expel", "deport"})


def expelled_from(tok: Token, mode: str | None) -> str | None:
    """The country an agentless expulsion or deportation sends its person out of ("was
    expelled from Poland"), if the clause names it by a proper-noun place."""
    if mode not in EXPULSIONS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for p in prep.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN":
                    return place_code(p)
    return None
