"""Coordinated and listed actors: "India and Pakistan", "US and British troops", "troops
from Senegal, Nigeria and Ghana", "the government and rebels", and the split of one
entity NER ran across a conjunction ("the Dominican Republic and Uruguay").

A mixin of ``pipeline.actors.ActorResolver``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import (
    BODIES,
    STATE_BODIES,
    country_named,
    lexicon,
    lookup,
    lookup_any,
    state_named,
)
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Roles of non-state sides, an actor of their own when coordinated with a state's
#: ("the government and rebels agreed a truce").
SIDES = frozenset({"REB", "OPP"})
#: Words for a part of a group ("part of the crowd", "some of the protesters").
PARTITIVES = frozenset({"part", "some", "many", "most", "one", "none", "several", "all",
                        "each", "few", "half", "majority", "rest", "dozens", "hundreds",
                        "thousands", "scores", "two", "three", "both"})


class CoordinationResolver:
    """One actor per conjunct or listed country; entities split at their conjunctions."""

    # what the other parts of ActorResolver provide, declared for type checkers only
    if TYPE_CHECKING:
        doc: Doc
        _ent_of: dict[int, Span]

        @staticmethod
        def _span_text(tok: Token) -> str: ...

        def resolve_one(self, tok: Token) -> Actor | None: ...

    def _listed_countries(self, tok: Token) -> list[Token]:
        """"from Chile, Peru, the Dominican Republic and Uruguay" with "Peru" parsed as
        an apposition of "Chile": a country is no other country's appositive, so it is
        one more item of the list."""
        if not self._is_country(tok):
            return self._apposed_list(tok)
        # (and a headline's "Armenia, Azerbaijan agree truce", with "Armenia" parsed as a
        # modifier of "Azerbaijan": a country set off by a comma before another)
        listed = [c for c in tok.children if self._is_country(c) and (
            c.dep_ == "appos" or (c.dep_ in ("nmod", "compound", "npadvmod") and
                                  c.i < tok.i and tok.doc[c.i + 1].text == ","))]
        # "Saudi Arabia, the UAE, Bahrain and Egypt": the list's tail hangs on the
        # second item as its conjuncts
        return [x for c in listed for x in (c, *[d for d in c.conjuncts if d.i > c.i])]

    def _apposed_list(self, tok: Token) -> list[Token]:
        """"Brazil's Lula, Chile's Boric and Mexico's Lopez Obrador", parsed with "Boric"
        an apposition of "Lula" and "Lopez Obrador" its conjunct: a name set off by a
        comma that heads conjuncts of its own is the list's second item, not another
        name for the first, when it is some other country's."""
        if tok.pos_ != "PROPN":
            return []
        first = self.resolve_one(tok)
        for c in tok.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i < tok.i or \
                    tok.doc[c.left_edge.i - 1].text != "," or \
                    not any(d.i > c.i for d in c.conjuncts):
                continue
            second = self.resolve_one(c)
            if first is None or second is None or not second.country or \
                    second.country == first.country:
                continue
            return [c, *[d for d in c.conjuncts if d.i > c.i]]
        return []

    def _is_country(self, tok: Token) -> bool:
        ent = self.entity(tok)
        e = lookup(ent.text if ent is not None and ent.root == tok else tok.text)
        return country_named(e) is not None and tok.pos_ == "PROPN"

    def _coordinated_modifiers(self, head: Token) -> list[Actor]:
        """"Ethiopia and Tigray forces agree", "US and British troops": coordinated
        names before one head are one actor each (the head's phrase resolves with the
        name next to it only); a country among them is that country's forces."""
        if head.pos_ != "NOUN":
            return []
        out: list[Actor] = []
        head_role = lexicon().roles.get(head.lemma_.lower())
        for m in head.children:
            if m.dep_ not in ("nmod", "compound", "amod") or m.i > head.i or \
                    not any(c.i > m.i for c in m.conjuncts):
                continue
            for c in [m, *[c for c in m.conjuncts if c.i > m.i]]:
                ent = self.entity(c)
                e = lookup(ent.text if ent is not None and ent.root == c else c.text)
                code = state_named(e)
                if e is None or code is None:
                    continue
                out.append(Actor(text=f"{c.text} {head.text}", name=None, country=code,
                                 role=head_role or e.role))
        return out

    def side_conjunct(self, conj: Token, country: str | None) -> Actor | None:
        """"the government and rebels agreed a truce": a bare non-state side coordinated
        with a state's actor is an actor of its own, of that state's country (not of
        whatever country the story is mostly about)."""
        role = lexicon().roles.get(conj.lemma_.lower())
        if role not in SIDES or country is None:
            return None
        return Actor(text=self._span_text(conj), name=None, country=country, role=role)

    def _coordinated_origins(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"troops from Senegal, Nigeria and Ghana", "the military governments in Mali and
        Burkina Faso": one actor per country of origin (the head itself resolved to the
        first)."""
        head_role = lexicon().roles.get(head.lemma_.lower())
        if actor is None or head.pos_ != "NOUN" or (actor.role in BODIES and (
                head_role not in STATE_BODIES or _named_before(head))):
            # ("officials in the European Union and the United States": a state's
            # officials listed after a body's are that state's own; "UN officials in
            # Afghanistan and Pakistan" are the body's, stationed in those states)
            return []
        out: list[Actor] = []
        role_word = head_role is not None
        role = head_role if actor.role in BODIES else actor.role
        for c in head.children:
            if c.dep_ != "prep" or (c.lower_ not in ("from", "of") and not (
                    c.lower_ == "in" and role_word)):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for conj in p.conjuncts:
                    if conj.i <= p.i:
                        continue
                    e = lookup(conj.text) or (
                        lookup(ent.text) if (ent := self.entity(conj)) is not None else None)
                    if (code := state_named(e)) is not None:
                        out.append(Actor(text=f"{head.text} from {conj.text}", name=None,
                                         country=code, role=role))
        return out

    def entity(self, tok: Token) -> Span | None:
        ent = self._ent_of.get(tok.i)
        if ent is None or len(ent) < 3 or tok.dep_ == "cc":
            return ent
        ccs = [t.i for t in ent if t.dep_ == "cc" and t.lower_ in ("and", "or")]
        if not ccs or any(self._name_across(ent, i) for i in ccs):
            return ent
        # "the Dominican Republic and Uruguay" tagged as one place: each conjunct is
        # its own name ("Trinidad and Tobago", a listed name, stays whole)
        start = max((i + 1 for i in ccs if i < tok.i), default=ent.start)
        end = min((i for i in ccs if i > tok.i), default=ent.end)
        part = self.doc[start:end]
        part.label_ = ent.label_
        return part

    def _name_across(self, ent: Span, cc: int) -> bool:
        """Whether a listed name spans the conjunction at ``cc`` ("Trinidad and Tobago",
        "the Organization for Security and Co-operation in Europe")."""
        width = lexicon().max_words
        for n in range(3, width + 1):
            for start in range(max(ent.start, cc - n + 2), min(cc, ent.end - n + 1) + 1):
                if start + n <= ent.end and start < cc < start + n - 1 and \
                        lookup_any(self.doc[start:start + n].text) is not None:
                    return True
        return False


def _named_before(head: Token) -> bool:
    """Whether the head word's owner, a world body, is named before it ("UN officials",
    "the EU's envoys"), so a place list after it says where they are, not whose they are
    (an adjective is no owner: "senior officials in the EU and Canada")."""
    return any(c.dep_ in ("compound", "nmod", "poss") and c.i < head.i and (
        (e := lookup(c.text)) is not None and e.role in BODIES) for c in head.children)
