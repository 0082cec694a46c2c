"""A state is not the recipient of its own act by its own name.

"Velayati warned that Tehran would block the corridor", "Peskov denied that Moscow had
any role", "Putin suspended Russia's participation in the treaty", "froze any U.S.
assets held by Lam": the clause names the acting state again (as the doer of a
reported act, as the owner of a thing), and a recipient picked from that mention codes
the act as the state's own business. A state's act on itself by its bare name is not
news; the recipient is whoever the story implies (see ``pipeline.implied_parties``).
Non-state actors do address their own state by its name ("the opposition accused
Tbilisi"), and a state's own people or bodies ("Russian activists", "its parliament")
are no bare name.
"""

from __future__ import annotations

from collections.abc import Container

from pipeline.actor_lexicon import lookup, names_country
from schemas import Actor

#: Roles of actors outside the state, who face their own state by its name.
OUTSIDE_STATE = frozenset({"REB", "OPP", "POL", "MED", "CVL", "BUS", "REF"})
#: Kinds of lexicon names that stand for a state itself (not its people or bodies): the
#: places of ``actor_lexicon.state_named`` and also a metonym ("the Kremlin"), which a
#: group that opposes the state names it by.
STATE_NAMES = frozenset({"country", "capital", "metonym"})


def known_country(source: Actor, guessed: Container[str]) -> bool:
    """Whether a source's country is the text's, not a guess: named in its own words
    ("the U.S. Treasury", "Cuba") or a known person's (not "the junta", whose country
    is the story's focus, nor a person the text gives no country)."""
    if source.person:
        return source.person not in guessed
    return names_country(source.text) == source.country


def own_name(source: Actor, target: Actor, guessed: Container[str]) -> bool:
    """Whether ``target`` is only ``source``'s own state named again ("Moscow",
    "Washington's", "the U.S."; not its people, "Americans")."""
    if not source.country or source.role in OUTSIDE_STATE or target.person or \
            target.country != source.country or target.role != "GOV" or \
            not known_country(source, guessed):
        return False
    text = target.text.strip().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    e = lookup(text) if text else None
    return e is not None and e.kind in STATE_NAMES and e.country == source.country \
        and text[:1].isupper()


def drop_own_names(sources: list[Actor], targets: list[Actor], guessed: Container[str]
                   ) -> list[Actor]:
    """The targets without the single source's own state named again."""
    if len(sources) != 1:
        return targets
    return [t for t in targets if not own_name(sources[0], t, guessed)]
