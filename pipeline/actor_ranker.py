"""Learned choice of an event's source and target among the parties around it.

On news the rules were not tuned on, most wrong events have the right sentence and type
and the wrong country pair (the README's masking figures). The rule cascade
(``pipeline.arguments`` and its helpers) proposes one pair; this module lists the parties
that could fill each role — every country or body the sentence names, the resolved
subject and objects of the trigger's clause, the story's focus and main dyad, the speaker
and the rules' own choice — describes each by its relation to the trigger and the story,
and scores it with a logistic model per role trained from the repo's gold
(``python -m bench.train_actor_ranker`` → ``pipeline/data/actor_ranker.json``).

It chooses the pair of the events the learned detector adds (``pipeline.event_detector``:
the rules coded nothing there to take a pair from). For the rules' own events a party is
replaced only when the model prefers another candidate by more than the trained
``margin``; cross-validation has kept that off so far (margin 1.0). A model can instead
name ``implied`` roles: there, and only where the rules IMPLIED the party (no phrase of
the text names it: the story's other party or focus filled in, ``implied_parties.party``),
the model's choice replaces the rules' by more than ``implied_margin``; the parties the
syntax gave stand (``python -m bench.train_actor_ranker --implied target``). Session 9
measured it: on the own gold the rules' implied parties are right more often than the
model's (target: 186 against 106 where they disagree), and every variant lost
cross-validated F1. Its ``missing`` roles, filled only where the rules found no party
(``--missing source target --implied-margin 0.5``), gained a little: 0.714 → 0.718.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import orjson

from pipeline.actor_lexicon import BODIES, place_country
from pipeline.implied_parties import party
from pipeline.story_parties import mention_codes
from pipeline.syntax import objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

MODEL_PATH = Path(__file__).parent / "data" / "actor_ranker.json"
ROLES = ("source", "target")
#: The rules' own choice is a candidate but no feature: trained on gold the rules were
#: tuned on, the model would learn to trust them more than unseen text warrants.
RULE_FACTS = frozenset({"rule:source", "rule:target"})


def code_of(actor: Actor | None) -> str | None:
    """The party code an actor is scored by: its country, else IGO/NGO."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.role if actor.role in BODIES else None


@dataclass
class Candidate:
    """One party that could fill a role, with what the text says of it."""

    code: str
    actor: Actor
    facts: set[str] = field(default_factory=set)


def _distance(n: int) -> str:
    return "0-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def _relation(anchor: Token, tok: Token) -> list[str]:
    """How a mention relates to the trigger in the parse."""
    out = [f"dist:{_distance(abs(tok.i - anchor.i))}", "before" if tok.i < anchor.i else "after"]
    out.append(f"dep:{tok.dep_}")
    # the trigger's child on the path down to the mention, if the trigger governs it
    # (tokens are compared by index: spaCy makes a new Token object on every access)
    child = tok
    steps = 0
    while child.head.i != child.i and child.head.i != anchor.i and steps < 8:
        child = child.head
        steps += 1
    if child.head.i == anchor.i and child.i != anchor.i:
        via = child.dep_
        if via == "prep":
            via = f"prep:{child.lower_}"
        out.append(f"via:{via}")
        out.append(f"via:{via}:{'near' if steps <= 1 else 'deep'}")
    elif tok.i == anchor.i or anchor.head.i == tok.i:
        out.append("via:self" if tok.i == anchor.i else "via:head")
    else:
        out.append("via:none")
    if tok.head.i != tok.i and tok.head.dep_ == "prep":
        out.append(f"pobj:{tok.head.lower_}")
    return out


def candidates(finder: ArgumentFinder, sent: Span, anchor: Token, proposed: tuple[
        Actor | None, Actor | None], speaker: Actor | None, dateline: str | None
        ) -> list[Candidate]:
    """The parties that could be the source or target of the event ``anchor`` triggers."""
    by_code: dict[str, Candidate] = {}

    def add(actor: Actor | None, fact: str) -> None:
        code = code_of(actor)
        if code is None or actor is None:
            return
        cand = by_code.get(code)
        if cand is None:
            cand = by_code[code] = Candidate(code=code, actor=actor)
        cand.facts.add(fact)

    src, tgt = proposed
    add(src, "rule:source")
    add(tgt, "rule:target")
    subj, by_agent = subject(anchor)
    if subj is not None and sent.start <= subj.i < sent.end:
        for a in finder.actor(subj, speaker):
            add(a, "subject:agent" if by_agent else "subject")
    for obj in objects(anchor):
        if sent.start <= obj.i < sent.end:
            for a in finder.actor(obj, speaker):
                add(a, f"object:{obj.dep_}")
    named = mention_codes(sent)
    for n, (i, code) in enumerate(named):
        tok = sent.doc[i]
        if code not in by_code:
            # the actor the mention resolves to, where it is of the mention's code (a
            # person named in a country's place can resolve elsewhere)
            resolved = next((a for a in finder.actor(tok, speaker) if code_of(a) == code),
                            None)
            by_code[code] = Candidate(code=code, actor=resolved or party(code))
        facts = by_code[code].facts
        facts.add("named")
        if n == 0:
            facts.add("named:first")
        facts.update(_relation(anchor, tok))
    resolver = finder.resolver
    if resolver.focus:
        add(party(resolver.focus), "focus")
    if resolver.pair:
        for p in resolver.pair:
            add(party(p), "pair")
    if speaker is not None:
        add(speaker, "speaker")
    home = place_country(dateline) if dateline else None
    if home is not None:
        add(party(home), "dateline")
    for cand in by_code.values():
        if cand.code in BODIES:
            cand.facts.add("body")
    return list(by_code.values())


def features(cand: Candidate, event_type: str, source: str | None = None) -> list[str]:
    """One candidate's features for one role's model: its facts, alone and by type
    (``source``: for the target's model, the code chosen as source)."""
    facts = set(cand.facts)
    if source is not None and cand.code == source:
        facts.add("is:source")
    out = ["BIAS", f"type:{event_type}"]
    for fact in facts - RULE_FACTS:
        out.append(fact)
        out.append(f"{event_type}|{fact}")
    return out


class ActorChooser(Protocol):
    """What ``extract`` asks per event (the trained model, or a recorder in training):
    ``choose`` for the rules' events (keep or replace their pair; asked only where
    ``replaces_rules``), ``best`` for the detector's."""

    @property
    def replaces_rules(self) -> bool: ...

    def best(self, sent: Span, event_type: str, cands: list[Candidate],
             proposed: tuple[Actor | None, Actor | None]
             ) -> tuple[Actor | None, Actor | None]: ...

    def choose(self, sent: Span, event_type: str, cands: list[Candidate],
               proposed: tuple[Actor | None, Actor | None]
               ) -> tuple[Actor | None, Actor | None]: ...


@dataclass(frozen=True, slots=True)
class ActorRanker:
    """Per-role logistic weights over candidate features, and the replacement margin."""

    weights: dict[str, dict[str, float]]  # role -> feature -> weight
    #: how much more probable another party must be to replace the rules' choice; 1.0
    #: (never) is what cross-validation chose so far: the model's choices for the rules'
    #: events were no better than the rules' own (README, "Learned components")
    margin: float
    #: the roles whose party the model may replace where the rules implied it (an actor
    #: with no text), by more than ``implied_margin``; () none
    implied: tuple[str, ...] = ()
    implied_margin: float = 1.0
    #: the roles the model may fill where the rules found no party, by the same margin
    #: (and at a probability of 0.5 at least); () none
    missing: tuple[str, ...] = ()

    @property
    def replaces_rules(self) -> bool:
        return self.margin < 1.0 or (
            bool(self.implied or self.missing) and self.implied_margin < 1.0)

    def margin_for(self, role: str, current: Actor | None) -> float:
        """The margin the rules' party of ``role`` is replaced by: ``implied_margin`` for
        an implied party of an ``implied`` role or no party of a ``missing`` one, else
        ``margin``."""
        if (role in self.implied and is_implied(current)) or (
                role in self.missing and code_of(current) is None):
            return min(self.margin, self.implied_margin)
        return self.margin

    def score(self, role: str, cand: Candidate, event_type: str, source: str | None = None
              ) -> float:
        w = self.weights[role]
        z = sum(w.get(f, 0.0) for f in features(cand, event_type, source))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, sent: Span, event_type: str, cands: list[Candidate],
             proposed: tuple[Actor | None, Actor | None]
             ) -> tuple[Actor | None, Actor | None]:
        """The model's own pair (for events the rules did not code), ``proposed`` where
        there is no candidate. A target of the source's own country is that country,
        implied ("the police fired on protesters": not the police on themselves). (Leaving
        out a target the model doubts, below 0.5, cost cross-validated F1: 0.719 → 0.717.)"""
        if not cands:
            return proposed
        src = max(cands, key=lambda c: self.score("source", c, event_type))
        tgt = max(cands, key=lambda c: self.score("target", c, event_type, src.code))
        return src.actor, party(tgt.code) if tgt.code == src.code else tgt.actor

    def choose(self, sent: Span, event_type: str, cands: list[Candidate],
               proposed: tuple[Actor | None, Actor | None]
               ) -> tuple[Actor | None, Actor | None]:
        src, tgt = proposed
        if not cands:
            return proposed
        src = self._pick("source", event_type, cands, src, None,
                         self.margin_for("source", src))
        tgt = self._pick("target", event_type, cands, tgt, code_of(src),
                         self.margin_for("target", tgt))
        return src, tgt

    def _pick(self, role: str, event_type: str, cands: Iterable[Candidate],
              current: Actor | None, source: str | None, margin: float) -> Actor | None:
        if margin >= 1.0:
            return current
        scored = [(self.score(role, c, event_type, source), c) for c in cands]
        best_p, best = max(scored, key=lambda pc: pc[0])
        mine = code_of(current)
        cur_p = next((p for p, c in scored if c.code == mine), 0.0) if mine else 0.0
        if best.code != mine and best_p - cur_p > margin and (
                mine is not None or best_p >= 0.5):
            return best.actor
        return current

    def to_json(self) -> bytes:
        return orjson.dumps({"margin": self.margin, "implied": list(self.implied),
                             "implied_margin": self.implied_margin,
                             "missing": list(self.missing), "weights": {
            r: {f: round(v, 4) for f, v in sorted(w.items())} for r, w in self.weights.items()}})

    @classmethod
    def from_json(cls, raw: bytes) -> ActorRanker:
        d = orjson.loads(raw)
        return cls(weights={r: dict(w) for r, w in d["weights"].items()},
                   margin=float(d["margin"]), implied=tuple(d.get("implied", ())),
                   implied_margin=float(d.get("implied_margin", 1.0)),
                   missing=tuple(d.get("missing", ())))


def is_implied(actor: Actor | None) -> bool:
    """A party the rules implied: a country or body no phrase of the text names (the
    story's other party or focus, ``implied_parties.party``)."""
    return actor is not None and not actor.text and code_of(actor) is not None


@cache
def load_ranker(path: Path = MODEL_PATH) -> ActorRanker | None:
    """The trained ranker, or None where no model file is present (the rules alone)."""
    if not path.exists():
        return None
    return ActorRanker.from_json(path.read_bytes())
