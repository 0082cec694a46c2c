"""The act an order has done: "ordered the border closed", "ordered the assets frozen",
"a judge ordered him held" code the act itself, done by whoever gave the order (PLOVER
codes the act, not a demand); so does an order to another state to close its own mission
("ordered China to close its consulate in Houston")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.actor_lexicon import names_country, place_country
from pipeline.doc_views import ent_at
from pipeline.syntax import has_neg
from pipeline.trigger_force import held_in_custody, names_people
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon, object_phrase
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Acts an authority does by ordering them, of its own agencies or as the object of the
#: order ("ordered sanctions", "ordered police to arrest him").
ORDERED_ACTS = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"})


def ordered_act(done: Token, own_sense: Callable[[Token], Sense | None]) -> Sense | None:
    """The sense of the act an order has done (``done``: the participle of
    ``wire.ordered_done``): the participle's subject is what it acts on. A participle
    the lexicon types only by its patient is read by ``own_sense`` (the verb reading of
    ``pipeline.triggers``): "ordered him held" holds a person, a detention."""
    lex = lexicon()
    lemma = wire.participle_lemma(done)
    table = lex.objects.get(lemma, {})
    for obj in [c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in done.head.children if c.dep_ in ("dobj", "obj")]:
        for phrase in object_phrase(obj):
            if phrase in table:
                return table[phrase]
    plain = next((sense for rest, sense in lex.verbs.get(lemma, []) if not rest), None)
    if plain is not None:
        return plain
    own = own_sense(done)
    return own if own is not None and own.type in ORDERED_ACTS else None


def closed_mission(order: Token) -> Sense | None:
    """"ordered Russia to close its consulate in San Francisco", "instructed Belgium to shut
    its embassy": a state ordering another to close its own mission closes it (PLOVER
    SANCTION: reduce relations), the same act as "ordered the consulate closed"; the one
    ordered is the mission's state, not a party asked to act. The sense is the closing
    verb's own entry for the mission in the object table. Not a negated, passive, modal
    or conditional order ("China was ordered to", "could order", "if Beijing orders"),
    and not "asked", "urged", "demanded", which a party may refuse. The one ordered must
    be another state whose own mission it is: "instructed the government to close the
    Israeli embassy", "instructed member states to close their embassies in Minsk" order
    one's own side, and the closing verb's own reading finds the mission's state."""
    if lemma_of(order) not in wire.COMMANDING or has_neg(order) or any(
            c.dep_ in ("nsubjpass", "auxpass", "mark") or c.tag_ == "MD"
            for c in order.children):
        return None
    ordered = [c for c in order.children if c.dep_ in ("dobj", "obj")]
    state = _state_of(ordered[0]) if len(ordered) == 1 else None
    orderer = next((_state_of(c) for c in order.children if c.dep_ == "nsubj"), None)
    if state is None or state == orderer:
        return None
    for act in wire.infinitives(order):
        if act.dep_ != "xcomp" or has_neg(act):
            continue
        table = lexicon().objects.get(lemma_of(act), {})
        for obj in (c for c in act.children if c.dep_ in ("dobj", "obj")):
            if lemma_of(obj) not in word_class("missions") or \
                    not _own_mission(obj, state, orderer):
                continue
            sense = next((table[p] for p in object_phrase(obj) if p in table), None)
            if sense is not None and sense.type == "SANCTION":
                return sense
    return None


def _state_of(tok: Token) -> str | None:
    """The country a party's phrase names ("China", "the Kremlin", "the Lithuanian
    envoy"); None for "the government" or "member states", which name no one state."""
    ent = ent_at(tok)
    text = ent.text if ent is not None else " ".join(t.text for t in tok.subtree)
    return names_country(text)


def _own_mission(mission: Token, state: str, orderer: str | None) -> bool:
    """Whether ``mission`` is ``state``'s own post in the orderer's land: "its"/"their"
    or ``state``'s nationality on it, or a place named for it ("Houston consulate",
    "the embassy in Beijing"), which must lie outside ``state`` and, when the orderer's
    country is known, in it. "the Russian embassy" ordered of another state, or "their
    embassies in Minsk" ordered by a bloc, is no closing of the ordered state's post."""
    nationality = next((names_country(t.text) for t in mission.children
                        if t.dep_ in ("amod", "compound") and t.ent_type_ == "NORP"), None)
    if nationality is not None and nationality != state:
        return False
    names = {e.text for t in mission.subtree
             if (e := ent_at(t)) is not None and e.label_ in ("GPE", "LOC")}
    known = [p for p in map(place_country, names) if p is not None]
    if any(p == state or (orderer is not None and p != orderer) for p in known):
        return False
    own = any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in mission.children)
    return own or nationality == state or bool(known)


#: An order keeping someone in custody is the detention itself (PLOVER COERCE), as "a
#: magistrate ordered him held in custody" is; a request for it ("asked the court to
#: remand him in custody") stays a request.
CUSTODY_ORDER = Sense("COERCE", "arrest", "ordered custody")
#: Verbs an order keeps or puts someone in custody with (word class ``custody_keeping``).
CUSTODY_KEEPING = word_class("custody_keeping")
#: Verbs asking for an order ("asked the court to order", "urged the judge to order").
ORDER_ASKING = word_class("order_asking")


def custody_ordered(tok: Token) -> bool:
    """"ordered the journalist to be held in custody", "ordered that he remain in
    detention": an order whose complement keeps a person in a place of custody ("the
    evidence" kept in custody is no one detained)."""
    if lemma_of(tok) not in wire.COMMANDING or has_neg(tok):
        return False
    if tok.dep_ in ("xcomp", "ccomp") and lemma_of(tok.head) in ORDER_ASKING:
        return False  # "asked the court to order that he be held": a request, no detention
    return any(c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in CUSTODY_KEEPING and
               not has_neg(c) and
               held_in_custody(c, ("in", "into")) and
               any(_person(w) for w in (*tok.children, *c.children)
                   if w.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"))
               for c in tok.children)


def _person(held: Token) -> bool:
    """A name, a people, a person noun (``names_people``) or a pronoun; a number alone
    does not make people here ("ordered 12 containers kept in custody")."""
    return names_people(held) or held.lower_ in ("him", "her", "them", "he", "she", "they")
