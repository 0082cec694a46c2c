"""World sport's governing bodies (FIFA, UEFA, the IOC) are NGOs in the actor lexicon, but
their names also name what they run and what is not theirs: "Qatar hosted the FIFA World
Cup", "the UEFA European Championship" are tournaments, no guest or target. A bare "IOC"
is the Olympic body ("Russia condemned the IOC's decision") unless the article never says
"Olympic" and its sentence speaks of the oil trade or a state's firm: then it is Indian
Oil Corp, India's business; another body's organ or a body of states so called is an
IGO."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup
from pipeline.doc_views import doc_text
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Olympic bodies' acronyms that an oil firm shares ("IOC"; data list olympic_acronyms).
OLYMPIC_ACRONYMS = word_class("olympic_acronyms")
#: Words of the oil trade, whose stories the firm's "IOC" is in (data list oil_trade).
OIL_TRADE = word_class("oil_trade")
#: A body's tournaments and titles ("cup", "championship"; data list body_events).
BODY_EVENTS = word_class("body_events")


def namesake_body(tok: Token) -> Actor | None:
    """The body a bare acronym of word class ``olympic_acronyms`` names when it is not the
    Olympic one: Indian Oil Corp, India's state firm (``_oil_firm``: "State-run IOC agreed
    to supply LPG to Bangladesh"), or an intergovernmental body, another body's organ
    ("UNESCO's IOC") or one that groups states ("the IOC, which groups Madagascar,
    Mauritius and the Comoros"). None for the Olympic body or another word."""
    if tok.lower_ not in OLYMPIC_ACRONYMS:
        return None
    if _oil_firm(tok):
        return Actor(text=tok.text, name="Indian Oil Corp", country="IND", role="BUS")
    if any((c.dep_ == "poss" and (e := lookup(c.text)) is not None and e.kind == "igo") or
           (c.dep_ == "relcl" and lemma_of(c) in _GROUPING) for c in tok.children):
        return Actor(text=tok.text, name=None, country=None, role="IGO")
    return None


#: Verbs of a body's membership ("which groups Madagascar and Mauritius"): states' body.
_GROUPING = frozenset({"group", "unite", "include", "comprise", "bring"})


def sport_body_misread(tok: Token) -> bool:
    """A tournament named for its body, or a word of its name (an event noun of word
    class ``body_events`` with a body's name among its compound words: "the FIFA World
    Cup", "the World Athletics Continental Tour final"): no actor. An acronym of word
    class ``olympic_acronyms`` is never one: ``namesake_body``, asked first, has taken the
    oil firm's "IOC", and what is left is the Olympic body."""
    if tok.lower_ in OLYMPIC_ACRONYMS:
        return False
    head = tok
    while head.dep_ in ("compound", "det"):
        head = head.head  # "FIFA" in "the FIFA World Cup", "the" of "the ... Tour final"
    if lemma_of(head) not in BODY_EVENTS:
        return False
    words = [t for t in tok.doc[head.left_edge.i:head.i] if t.dep_ == "compound"]
    return any((e := lookup(" ".join(t.text for t in words[i:j]))) is not None and
               e.kind == "ngo"
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _oil_firm(tok: Token) -> bool:
    """"IOC" as Indian Oil Corp: in an article that never says "Olympic", one that names
    "Indian Oil", an "IOC" a country's own ("India's IOC": the Olympic body is no
    country's), or an "IOC" in a sentence of the oil trade ("IOC signed a deal with Rosneft
    to buy oil"; word class ``oil_trade``). Elsewhere the world body: "Russia condemned
    the IOC's decision" needs no "Olympic" to be about it."""
    text = doc_text(tok.doc).lower()
    if "olympic" in text:
        return False
    # "state-run IOC", "Lanka IOC": a state's firm or its Sri Lankan arm
    before = " ".join(t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i])
    return "indian oil" in text or any(
        c.dep_ in ("poss", "amod", "compound") and country_named(lookup(c.text)) is not None
        for c in tok.children) or before.replace(" - ", "-").endswith(FIRM_MARKS) or any(
        lemma_of(t) in OIL_TRADE or t.lower_ in OIL_TRADE for t in tok.sent)


#: Words before a bare "IOC" that make it a firm ("state-run IOC", "Lanka IOC").
FIRM_MARKS = ("state-run", "state-owned", "lanka")
