"""A speaker's own following: the supporters, followers or legislature a demand or a
refusal is addressed to belong to the speaker's country.

"Khan urged supporters to protest peacefully", "Traore called on his supporters to
refrain from violence", "Obama urged lawmakers to open a debate", "he would veto any
legislation from Congress": a leader's supporters and a state's own legislature are at
home. Named by no country of their own, they were given the story's focus or other
party (a two-party story about Pakistan and the United States, about Cuba and the
United States), and the appeal read as aimed abroad. A warning to parliament ("warned
parliament that Italy would act if Cairo did not") is about the party it names, so
only requests and refusals are read this way.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, names_country
from pipeline.implied_parties import last_word
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Acts addressed to a following: appeals and demands, refusals and vetoes.
ADDRESSED = frozenset({"REQUEST", "REJECT"})
#: A leader's following and a state's lawmakers (see word_classes.toml).
FOLLOWING = word_class("followings") | word_class("legislators")
#: The chambers themselves only for a refusal ("would veto any legislation from
#: Congress"): urging a chamber ("urged Congress to approve aid", "urged parliament to
#: repeal the law") is as often another state's legislature.
CHAMBERS = word_class("legislatures")
#: Prepositions that place a group abroad ("lawmakers in Tbilisi", "supporters of X").
PLACING = frozenset({"in", "of", "from"})


def _placed(tok: Token, word: str) -> bool:
    """Whether the sentence's ``word`` carries a phrase that places or owns it
    ("lawmakers in Tbilisi", "supporters of the opposition leader", "Biden's
    supporters")."""
    return any(t.lower_ == word and any(
        (c.dep_ == "prep" and c.lower_ in PLACING and any(
            p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "PERSON")
            for p in c.children)) or (
            # "Biden's supporters" (a party's own, "the Communist Party's supporters",
            # stays the speaker's following)
            c.dep_ == "poss" and c.ent_type_ in ("PERSON", "GPE", "NORP"))
        for c in t.children) for t in tok.sent)


def own_following(tok: Token, event_type: str, sources: list[Actor],
                  targets: list[Actor]) -> list[Actor]:
    """``targets``, with a following named by no country of its own given the
    source's country when the source asks something of it or refuses it."""
    if event_type not in ADDRESSED or len(sources) != 1 or not sources[0].country:
        return targets
    home = sources[0].country
    return [dataclasses.replace(t, country=home) if (
        t.country != home and not t.person and t.role not in BODIES and
        (last_word(t.text) in FOLLOWING or (
            event_type == "REJECT" and last_word(t.text) in CHAMBERS)) and
        names_country(t.text) is None and
        not _placed(tok, last_word(t.text))) else t for t in targets]
