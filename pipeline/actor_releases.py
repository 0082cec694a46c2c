"""Who frees someone when the clause names no releaser.

"Both men were freed in the early hours", "278 of them had been released without charge",
"Maria Ressa was released on bail": a release is undone custody, so its doer is whoever
held the person. A place the clause names ("was released in Tehran", "from Tehran's Evin
prison") is that state's; in a story about one country (no two-party dyad) the holder is
that country's state, as it is for the agentless arrests and sentences of the same story
(``pipeline.actor_detention``). In a two-party story the release may be the other
party's (a prisoner swap), which ``pipeline.agentless_doers`` already reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_detention import held_in
from pipeline.actor_lexicon import BODIES
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The RETREAT mode of freeing people (not withdrawing troops or granting access).
RELEASE = "release"
#: Prepositions of the place a release happens at or from ("freed in Tehran", "released
#: from Tehran's Evin prison").
RELEASE_PREPS = frozenset({"in", "at", "from"})


def release_holder(tok: Token, mode: str | None, focus: str | None,
                   pair: tuple[str, str] | None) -> Actor | None:
    """The state that held and freed the people of an agentless passive release, or
    None when neither the clause's place nor a one-country story tells it."""
    if mode != RELEASE:
        return None
    code = held_in(tok, RELEASE_PREPS) or (focus if pair is None else None)
    if code is None or code in BODIES:
        return None  # a world body holds no prisoners
    return Actor(text="", name=None, country=code, role="GOV")
