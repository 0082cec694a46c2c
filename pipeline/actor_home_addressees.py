"""The country of a legislature, court or prosecutor an appeal is addressed to when the
text names none ("Obama urged lawmakers to end the embargo", "the president asked
parliament to hold a session", "opposition leaders called on prosecutors to
investigate"): the appealing side's own. A role word with no country is given the
story's focus, and in a two-party story the rewrite of a recipient sharing its
source's country turns it into the other party; but a state's politicians appeal to
their own parliament and justice, and news names the country of a foreign one
("urged Georgian lawmakers").

Only a common noun addressed by the appeal itself (its object, or "called on"): a
named chamber ("urged Congress", "the Senate") is a proper name whose country the
actor lexicon knows, an envoy ("the U.S. ambassador urged parliament") appeals to his
host country's, and a body that is the subject of a demanded clause ("demanded that
the court release the sailors") is the one the demand is aimed at, not an appeal."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.implied_parties import POSTS, home_institution, last_word
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Members and chambers of a legislature (see word_classes.toml).
LEGISLATORS = word_class("legislators")
#: Appeals: the recipient is the one addressed. (Blame, backing or threats aimed at a
#: court or parliament are as often a foreign state's comment on the other party's.)
APPEALS = frozenset({"REQUEST"})


def home_body(actor: Actor) -> bool:
    """A legislature, its members, a court, prosecutors or police, named by no country."""
    return not actor.person and names_country(actor.text) is None and (
        last_word(actor.text) in LEGISLATORS or home_institution(actor))


def addressed(tok: Token) -> set[str]:
    """The lowercase common nouns an appeal addresses directly: its object ("urged
    lawmakers to") or whom it calls on ("called on prosecutors to")."""
    words = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    words += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
              for p in c.children if p.dep_ == "pobj"]
    return {w.text for w in words if w.is_lower}


def home_addressees(tok: Token, sources: list[Actor], targets: list[Actor],
                    event_type: str) -> list[Actor]:
    """``targets`` with an addressed legislature, court or prosecutor named by no
    country given the one source's country."""
    if event_type not in APPEALS or len(sources) != 1 or not sources[0].country or \
            last_word(sources[0].text) in POSTS:
        return targets
    own = sources[0].country
    words = addressed(tok)
    return [dataclasses.replace(t, country=own) if t.country != own and home_body(t)
            and t.text.split()[-1:] and t.text.split()[-1] in words
            else t for t in targets]
