"""The country of a legislature, court or prosecutor an appeal is addressed to when the
text names none ("Obama urged lawmakers to end the embargo", "the president asked
parliament to hold a session", "opposition leaders called on prosecutors to
investigate"): the appealing side's own. A role word with no country is given the
story's focus, and in a two-party story the rewrite of a recipient sharing its
source's country turns it into the other party; but a state's politicians appeal to
their own parliament and justice, and news names the country of a foreign one
("urged Georgian lawmakers")."""

from __future__ import annotations

import dataclasses

from pipeline.actor_lexicon import names_country
from pipeline.implied_parties import home_institution, last_word
from pipeline.word_classes import word_class
from schemas import Actor

#: Members and chambers of a legislature (see word_classes.toml).
LEGISLATORS = word_class("legislators")
#: Appeals: the recipient is the one addressed. (Blame, backing or threats aimed at a
#: court or parliament are as often a foreign state's comment on the other party's.)
APPEALS = frozenset({"REQUEST"})


def home_body(actor: Actor) -> bool:
    """A legislature, its members, a court, prosecutors or police, named by no country."""
    return not actor.person and names_country(actor.text) is None and (
        last_word(actor.text) in LEGISLATORS or home_institution(actor))


def home_addressees(sources: list[Actor], targets: list[Actor], event_type: str
                    ) -> list[Actor]:
    """``targets`` with an addressed legislature, court or prosecutor named by no
    country given the one source's country."""
    if event_type not in APPEALS or len(sources) != 1 or not sources[0].country:
        return targets
    own = sources[0].country
    return [dataclasses.replace(t, country=own) if t.country != own and home_body(t)
            else t for t in targets]
