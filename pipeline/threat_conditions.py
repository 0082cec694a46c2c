"""The addressee of a warning told only in its condition: "warned that the relief will
expire unless Maduro allows all candidates to run", "warned that the resolution would be
enforced if Gaddafi did not comply", "warned that it would strike if Iran attacked": the
party whose act the threat hangs on is the one threatened (PLOVER THREATEN is coercive:
it aims at whoever must comply)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.own_countries import countries
from pipeline.syntax import doer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Conjunctions of the condition a warning hangs on.
CONDITIONS = frozenset({"if", "unless"})


def condition_party(finder: ArgumentFinder, tok: Token, sources: list[Actor],
                    speaker: Actor | None) -> list[Actor]:
    """The actors named as the subject of an "if"/"unless" clause inside the content
    of the warning ``tok``, when they are of another country than the warner."""
    own = countries(sources)
    for content in tok.children:
        if content.dep_ not in ("ccomp", "xcomp"):
            continue
        for clause in content.subtree:
            if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children):
                continue
            # the doer of the condition's act: a passive's subject is its victim ("if
            # Syrian civilians were attacked by Israel" threatens Israel)
            subj = doer(clause)
            found = [a for a in finder.actor(subj, speaker)
                     if a.country and a.country not in own] if subj is not None else []
            if found:
                return found[:1]
    return []
