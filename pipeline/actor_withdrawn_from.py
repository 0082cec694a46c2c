"""Where forces withdraw from: "French troops withdrew from Mali and Burkina Faso",
"completed their withdrawal from neighbouring Mali". A withdrawal (PLOVER RETREAT) is
aimed at the country the forces leave, which the "from" phrase of the act names; without
it the recipient is only implied by the story (the other party of a two-party story, or
the story's own country), which is wrong whenever the text names a third country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.own_countries import countries

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor


#: Lemmas of forces leaving a place (not a release "from prison", a resignation "from
#: the cabinet" or a handover "from Russian custody").
WITHDRAWALS = frozenset({"withdraw", "withdrawal", "pull", "pullout", "leave", "exit",
                         "retreat", "evacuate", "evacuation", "drawdown"})


def withdrawn_from(finder: ArgumentFinder, tok: Token, speaker: Actor | None,
                   sources: list[Actor]) -> list[Actor]:
    """The countries a withdrawal's own "from" phrase names (with their conjuncts),
    other than the withdrawing side's; empty when it names none ("withdrew from the
    talks", "from the deal": no country)."""
    if tok.lemma_.lower() not in WITHDRAWALS:
        return []
    homes = countries(sources)
    out: list[Actor] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for n in (p, *p.conjuncts):
                if n.pos_ != "PROPN":
                    continue
                out += [a for a in finder.actor(n, speaker)
                        if a.country and a.country not in homes and a not in out]
    return out
