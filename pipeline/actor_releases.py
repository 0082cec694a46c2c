"""Who frees someone when the clause names no releaser.

"Both men were freed in the early hours", "278 of them had been released without charge",
"Maria Ressa was released on bail": a release is undone custody, so its doer is whoever
held the person. The custody the clause frees from ("from Tehran's Evin prison") is that
state's; in a story about one country (no two-party dyad) the holder is that country's
state, as it is for the agentless arrests and sentences of the same story
(``pipeline.actor_detention``). In a two-party story the release may be the other
party's (a prisoner swap), which ``pipeline.agentless_doers`` already reads.

Not every release undoes a state's custody: hostages and the kidnapped are freed by their
captors ("the students were freed after a ransom was paid"), and "released from
hospital" frees no one. Nor does the place a release happens in name its holder
("prisoners were released in Ramallah" by Israel; "freed in Niger's Tillaberi region"
by kidnappers), so only a custody noun after "from" is read. And a one-country story's
people whom the text marks by that very country ("Palestinian prisoners were released"
in a story about Gaza) are marked because another state held them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_detention import held_in
from pipeline.actor_lexicon import BODIES, names_country
from pipeline.prep_objects import prep_objects
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The RETREAT mode of freeing people (not withdrawing troops or granting access).
RELEASE = "release"
#: The preposition of the custody a release frees from ("from Tehran's Evin prison").
RELEASE_PREPS = frozenset({"from"})
#: Nouns of a state's custody ("prison", "custody").
CUSTODY = word_class("custody_places")
#: Words of a captivity no state holds ("hostage", "ransom").
CAPTIVITY = word_class("captivity_marks")


def freed_from(tok: Token) -> Token | None:
    """The object of the release's "from" ("released from prison", "from hospital")."""
    return next(iter(prep_objects(tok, RELEASE_PREPS)), None)


def held_by_captors(tok: Token) -> bool:
    """Whether the release's sentence tells a captivity no state holds ("the hostages were
    freed", "after a ransom was paid")."""
    return any(w.lower_ in CAPTIVITY or w.lemma_.lower() in CAPTIVITY for w in tok.sent)


def release_holder(tok: Token, mode: str | None, focus: str | None,
                   pair: tuple[str, str] | None, freed: Actor) -> Actor | None:
    """The state that held and freed the people of an agentless passive release, or
    None when neither the clause's place nor a one-country story tells it."""
    if mode != RELEASE or held_by_captors(tok):
        return None
    source = freed_from(tok)
    if source is not None and source.lemma_.lower() not in CUSTODY and \
            source.lower_ not in CUSTODY:
        return None  # "released from hospital": no custody ends
    own = pair is None and names_country(freed.text) != focus
    code = held_in(tok, RELEASE_PREPS) or (focus if own else None)
    if code is None or code in BODIES:
        return None  # a world body holds no prisoners
    return Actor(text="", name=None, country=code, role="GOV")
