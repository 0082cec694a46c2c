"""The parties a noun phrase names for the act it names: its possessor or nationality
("Israel's offensive", "Indian strikes"), "between A and B", "by X" and "from X" (the
sources), "against/on/with X" (the targets), the agent of a participle on it ("a pledge
made by Japan") and, for mediated talks, the story's two parties. Asked through
``ClauseActors.noun_modifiers`` by the nominal triggers and the story-level rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup
from pipeline.envoy_marks import DESCRIBING
from pipeline.implied_parties import party, party_codes, weak
from pipeline.mediation import NEGOTIATIONS, mediating
from pipeline.statement_labels import ACTOR_ENTS
from pipeline.syntax import SOURCE_PREPS, TARGET_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors
    from schemas import Actor


def noun_modifiers(finder: ClauseActors, tok: Token, speaker: Actor | None
                   ) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) named inside a noun phrase: possessor or nationality
    ("Israel's offensive", "Indian strikes"), "between A and B", "by X", "from X"
    (sources) and "against/on/with X" (targets)."""
    sources: list[Actor] = []
    targets: list[Actor] = []
    # "a meeting in Damascus between A and B": "between" may hang off the place
    nested = [g for c in tok.children if c.dep_ == "prep" for p in c.children
              if p.dep_ == "pobj" for g in p.children
              if g.dep_ == "prep" and g.lower_ == "between"]
    if tok.dep_ == "nsubjpass":
        # "talks were held between A and B": "between" hangs off the passive verb
        nested += [c for c in tok.head.children
                   if c.dep_ == "prep" and c.lower_ == "between"]
    for c in [*tok.children, *nested]:
        if mediating(c):
            # "a China-brokered deal", "talks mediated by Qatar": the go-between is
            # no party to the deal; mediated talks are the story's two parties
            # talking, or in a one-country story, the mediators meeting its side
            if tok.lemma_.lower() in NEGOTIATIONS and c.dep_ == "acl" and not sources:
                if finder.resolver.pair:
                    sources, targets = [party(finder.resolver.pair[0])], [
                        party(finder.resolver.pair[1])]
                    continue
                agent = next((p for g in c.children if g.dep_ == "agent"
                              for p in g.children if p.dep_ == "pobj"), None)
                sources = finder.actor(agent, speaker)
                focus = finder.resolver.focus
                targets = [party(focus)] if sources and focus and \
                    focus not in party_codes(sources) else []
            continue
        if c.dep_ in ("amod", "compound", "nmod") and against_prefixed(c) and (
                c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN" or lookup(c.text)):
            # "anti-Chinese riots", "anti-MONUSCO protests": the party the act is
            # against, never its doer ("anti-government protests" are left as they
            # were: whose government is the story's to say)
            targets = targets or finder.actor(c, speaker)
        elif c.dep_ in ("poss", "compound", "amod", "nmod") and not sources:
            sources = finder.actor(c, speaker)
            if not sources and c.tag_ == "VBN":  # "Hamas-led attack", "US-backed"
                sources = next((found for g in c.children
                                if (found := finder.actor(g, speaker))), [])
        elif c.dep_ == "prep":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ == "between":
                # "between Assad and UN chief Griffiths" may parse as an nmod chain
                # every named party inside the phrase, in text order
                heads = [t for t in pobj.subtree if t == pobj or (
                    (ent := finder.resolver.entity(t)) is not None and ent.root == t)]
                resolved = {t.i: finder.resolver.resolve_one(t) for t in heads}
                both = _named_parties(heads, resolved)
                if len(both) < 2:
                    # "talks between the two sides", "between both governments"
                    both = finder.resolver.resolve(pobj)
                if len(both) >= 2:
                    sources, targets = [both[0]], [both[1]]
            elif c.lower_ in SOURCE_PREPS and not sources:
                sources = finder.actor(pobj, speaker)
            elif c.lower_ in TARGET_PREPS and c.lower_ != "of" and not targets:
                targets = finder.actor(pobj, speaker)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and not sources:
            # "a $500 million pledge made by the government of Japan"
            agent = next((p for g in c.children if g.dep_ == "agent"
                          for p in g.children if p.dep_ == "pobj"), None)
            sources = finder.actor(agent, speaker)
    return sources, targets


def against_prefixed(tok: Token) -> bool:
    """Whether a modifier is part of, or follows, the prefix "anti-" ("anti-China",
    split by the tokenizer into "anti", "-", "China", each hung on the noun, and NER may
    tag the three as one nationality, "anti-Chinese", reached from any of them), or is
    kept as one word with it."""
    doc = tok.doc
    if tok.lower_.startswith("anti-"):
        return True
    for start in range(max(tok.i - 2, 0), tok.i + 1):
        if start + 2 < len(doc) and doc[start].lower_ == "anti" and \
                doc[start + 1].text == "-" and not doc[start].whitespace_ and \
                not doc[start + 1].whitespace_:
            return True
    return False


def _described(tok: Token, actor: Actor, found: dict[int, Actor | None]) -> Token | None:
    """The named party of the same country whose own phrase ``tok`` only describes
    ("between Mexican Foreign Minister Marcelo Ebrard and U.S. officials": "Mexican" is
    Ebrard's nationality, no party of its own), or None. A conjunct is another party
    ("between Assad and UN chief Griffiths", even parsed as a chain), and so is one of
    another country."""
    head = tok
    while head.dep_ in DESCRIBING and head.head.i != head.i:
        head = head.head
        other = found.get(head.i)
        if other is not None:
            return head if other.country is not None and other.country == actor.country \
                else None
    return None


def _named_parties(heads: list[Token], found: dict[int, Actor | None]) -> list[Actor]:
    """The parties "between A and B" names, in text order, one per party: a word that
    only describes a named party's phrase stands for that party (so the party after
    "and" is not pushed out as a third: "between Mexican Foreign Minister Marcelo Ebrard
    and U.S. officials"). When that leaves fewer than two, every named word counts, as
    it did before ("between Nigerian President Tinubu and opposition leader Atiku",
    with Atiku unknown, still names Nigerians on both sides). A named person the text
    gives no role or country for (``weak``: the country a guess) is no second party
    here: "between Zimbabwean President Mnangagwa and opposition leader Chamisa" keeps
    the old reading, not a merged GOV-UNK pair of one country that later rules drop."""
    def collect(merge: bool) -> list[Actor]:
        out: list[Actor] = []
        taken: set[int] = set()
        for t in heads:
            a = found[t.i]
            if a is None or t.i in taken:
                continue
            if merge and (h := _described(t, a, found)) is not None:
                a = found[h.i] or a  # (never None here: typed for the checker)
                taken.add(h.i)
            if all((a.country, a.role) != (b.country, b.role) for b in out):
                out.append(a)
        return out

    merged = collect(merge=True)
    return merged if sum(not weak(a) for a in merged) >= 2 else collect(merge=False)
