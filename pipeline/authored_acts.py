"""The author of an act someone praises, rejects or blames: "China backed the measures",
"called the strikes aggression", "welcomed the step" are aimed at whoever the story has
doing that act before (``author_target``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party, party_codes
from pipeline.syntax import objects
from pipeline.void_verdicts import voided_things

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Acts and texts whose author is the recipient of praise, backing, rejection or blame
#: ("backed the measures", "called the strikes aggression"): the type its author coded.
#: (An inspection is a body's act: "welcomed the inspection" praises the inspectors.)
AUTHORED = {"strike": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT",
            "attack": "ASSAULT", "raid": "ASSAULT", "offensive": "ASSAULT",
            "shelling": "ASSAULT", "invasion": "ASSAULT", "measure": "SANCTION",
            "sanction": "SANCTION", "embargo": "SANCTION", "resolution": "",
            "decision": "", "ruling": "", "verdict": "", "decree": "", "inspection": "",
            "accusation": "ACCUSE", "allegation": "ACCUSE", "complaint": "ACCUSE",
            "charge": "ACCUSE", "ultimatum": "REQUEST", "demand": "REQUEST",
            "proposal": "AGREE", "offer": "AGREE", "killing": "ASSAULT",
            "abduction": "ASSAULT", "kidnapping": "ASSAULT", "detention": "COERCE",
            "arrest": "COERCE", "seizure": "COERCE", "expulsion": "SANCTION",
            "escalation": "ASSAULT", "veto": "REJECT", "execution": "ASSAULT",
            # "rejected the findings", "rejected his call", "welcomed the vote"
            "finding": "", "call": "REQUEST", "appeal": "REQUEST", "vote": "",
            # "condemned the move", "welcomed the step": the act the story told last
            # ("*"); "called the incident a provocation": its last hostile act
            "move": "*", "step": "*", "incident": "ASSAULT MOBILIZE COERCE"}
#: Prepositions naming what a feeling is about ("concerned about", "dismayed by").
FEELING_CAUSES = frozenset({"by", "about", "at", "over"})
#: Comments on acts, never themselves "the move" someone reacts to.
COMMENTS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
#: Authored things only an inquiry (a body's investigators) makes.
INQUIRY_AUTHORED = frozenset({"finding"})



def _named_author(finder: ArgumentFinder, noun: Token, own: set[str | None]
                  ) -> list[Actor]:
    """The author an authored noun names in its own "by" phrase ("the ruling by the
    tribunal", "the decision by Nauru"), when it is not the source itself."""
    hosts = [noun]
    if noun.dep_ in ("dobj", "obj") and any(c.dep_ == "nsubj" for c in noun.head.children):
        # ("rejected the ruling by the tribunal": the parser hangs "by" on an active
        # verb, where it can name no agent)
        hosts.append(noun.head)
    found = [a for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj" for a in finder.resolver.resolve(p)]
    return [party(a.country or a.role) for a in found[:1]
            if (a.country or a.role) and party_codes([a]) - own]


def author_target(finder: ArgumentFinder, tok: Token, sources: list[Actor],
                  felt: bool = False) -> list[Actor]:
    """"China backed the measures", "called the strikes aggression", "demanded a halt
    to the bombing": the recipient is whoever the story has doing that act before.
    A feeling's cause counts as its object ("dismayed by the executions", "concerned
    about the arrest": ``felt``, for a statement of one's own feelings)."""
    nouns = list(objects(tok))
    if felt:
        nouns += [p for c in tok.children if c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ in FEELING_CAUSES)
            for p in c.children if p.dep_ == "pobj"]
    nouns += [p for o in list(nouns) for c in o.children if c.dep_ == "prep"
              for p in c.children if p.dep_ == "pobj"]
    nouns += voided_things(tok)  # "said the ruling was null and void"
    own = party_codes(sources)
    for n in nouns:
        kind = AUTHORED.get(n.lemma_.lower())
        if kind is not None and (named := _named_author(finder, n, own)):
            return named  # "the ruling by the tribunal": the phrase names its author
        if kind is None or any(c.dep_ in ("poss", "compound", "amod") and
                               finder.resolver.resolve_one(c) is not None
                               for c in n.children):
            continue
        if kind == "*":
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in n.children):
                continue  # "welcomed steps toward peace": no move told before
            # the move just told (an act, not a comment on one) by an outsider to the
            # story's two parties; a move of one of the two is left to the story's
            # pairing (an outsider welcoming "the step" welcomes both sides)
            moves = [a for t, a in reversed(finder.done) if t not in COMMENTS
                     and party_codes([a]) - own]
            if moves and (moves[0].country or moves[0].role) not in (
                    finder.resolver.pair or ()):
                return [party(moves[0].country or moves[0].role)]
            continue
        done = [a for t, a in reversed(finder.done) if (not kind or t in kind.split())
                and party_codes([a]) - own]
        if not kind:  # a resolution or decision: a body's, if one acted
            bodies = [a for a in done if a.role in BODIES]
            # findings are an inquiry's: with no body acting before, the state that
            # last acted made none (the story's other party is the better guess)
            done = bodies or ([] if n.lemma_.lower() in INQUIRY_AUTHORED else done)
        if done:
            # "called the strikes aggression": the story's main doer of that act
            # (a campaign is reported again and again), the first one on a tie (a
            # story's lead reports its main attacker first); not whoever last fired a shot
            counts: dict[str | None, int] = {}
            for a in done:
                counts[a.country or a.role] = counts.get(a.country or a.role, 0) + 1
            a = max(reversed(done), key=lambda a: counts[a.country or a.role])
            return [party(a.country or a.role)]
    return []
