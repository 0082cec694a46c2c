"""The terms of a deal told as what will happen "under" it: "Under the agreement, forces
on both sides will pull out of the city", "under that accord, fighters were to leave".
The sentence restates what the parties agreed to, so it is an AGREE between them; but the
deal noun names no party (the story named them before) and the clause's own verb, often
a trigger itself ("pull out", "drop the charges"), would swallow the noun as its
argument. The parties are the story's: its two parties, or in a story about one
country's conflict that country on both sides. Likewise "a Russian-brokered deal": the
go-between is named in the modifier, the parties are the story's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup
from pipeline.event_filters import Reading
from pipeline.implied_parties import party
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Nouns of a concluded deal whose terms a clause can be "under".
DEALS = frozenset({"agreement", "accord", "deal", "pact", "truce", "treaty", "arrangement"})
#: Auxiliaries that make the clause the deal's terms, still to be carried out ("will pull
#: out", "must leave"); a past verb ("was freed under the deal") reports an act done.
TERMS_AUX = frozenset({"will", "would", "must", "shall", "'ll"})


def terms_clause(trig: Trigger) -> Token | None:
    """The verb of the clause that states a deal noun's terms ("Under the accord, units
    will return"), or None."""
    tok = trig.token
    if not trig.nominal or trig.sense.type != "AGREE" or tok.lemma_.lower() not in DEALS:
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in TERMS_AUX for c in kids):
        return verb
    # "residents were to leave", "troops are to withdraw": a duty set by the deal
    if verb.lemma_ == "be":
        for duty in kids:
            if duty.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in duty.children):
                return duty
    return None


def terms_reading(trig: Trigger) -> Reading | None:
    """An AGREE reading for a deal noun whose clause states its terms, which the screen
    drops as the argument of the clause's own trigger verb."""
    if terms_clause(trig) is None:
        return None
    return Reading(event_type="AGREE", negated=False, refusal=False)


def terms_parties(finder: ArgumentFinder, trig: Trigger
                  ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of the deal whose terms the clause states: the story's two
    parties, or its focus country on both sides; None if not such a clause."""
    verb = terms_clause(trig)
    if verb is None:
        return None
    pair, focus = finder.resolver.pair, finder.resolver.focus
    parties = set(pair) if pair else {focus}
    doers = finder.subject_actors(verb.head if verb.dep_ == "xcomp" else verb, None)[0]
    if any(a.country and a.country not in parties for a in doers):
        return None  # "Under the pact, the United States will help Australia": a deal
        # between others than the story's parties, whose terms the clause names itself
    if pair and len(set(pair)) == 2:
        return [party(pair[0])], [party(pair[1])]
    if focus is not None:
        # one country's conflict: its state and the armed side it made the deal with
        return ([Actor(text="", name=None, country=focus, role="GOV")],
                [Actor(text="", name=None, country=focus, role="REB")])
    return None


#: Participles that name a go-between in a hyphenated modifier ("a Russian-brokered
#: deal", "the U.N.-mediated truce").
BROKERING = ("brokered", "mediated", "backed")


def brokered_parties(finder: ArgumentFinder, trig: Trigger
                     ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of "a Russian-brokered deal" that names no party: the story's
    parties (never the go-between, who is named only as such), as for a deal "brokered
    by" someone; None if the deal names no go-between this way or the clause's own
    subject is a country outside the story's parties."""
    tok = trig.token
    if not trig.nominal or trig.sense.type != "AGREE" or tok.lemma_.lower() not in DEALS:
        return None
    broker = next((c for c in tok.children if c.dep_ == "amod" and
                   c.lower_.endswith(BROKERING[:2])), None)
    if broker is None:
        return None
    own: set[str | None] = {a.country or a.role for c in broker.children
                            if c.dep_ in ("npadvmod", "compound", "amod")
                            for a in finder.actor(c, None)}
    if "-" in broker.text and (e := lookup(broker.text.rsplit("-", 1)[0])) is not None:
        own.add(e.country or e.role)  # "U.N.-brokered" is one token
    pair, focus = finder.resolver.pair, finder.resolver.focus
    parties = [c for c in pair or () if c not in own]
    clause = tok.head.head if tok.dep_ == "pobj" else tok.head
    doers = finder.subject_actors(clause, None)[0] if clause.pos_ in ("VERB", "AUX") else []
    allowed: set[str | None] = set() if pair else {focus}
    if any(a.country and a.country not in allowed for a in doers):
        return None  # "Morocco normalised ties with Israel under a U.S.-brokered deal":
        # in a two-party story, a clause whose subject is a country names the deal's
        # own parties, who need not be the story's
    if len(parties) == 2:
        return [party(parties[0])], [party(parties[1])]
    if not pair and focus is not None and focus not in own:
        return ([Actor(text="", name=None, country=focus, role="GOV")],
                [Actor(text="", name=None, country=focus, role="REB")])
    return None
