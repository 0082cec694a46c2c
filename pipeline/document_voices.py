"""A document told as the subject of what it says, after the story named its author: "The
statement accused the bloc of inaction", "The resolution also calls on Yemen to ...", "The
document also commits both countries to ...". The definite noun
takes up the document the sentences before it told someone issuing or signing, as "it"
would: it speaks for the last subject the story named (``ActorResolver.last_subject``),
towards the party its clause addresses. A document the story never told before ("The
statement rejected the measures" out of the blue) takes up no one. A document whose own
phrase names its author ("the council's resolution", "a UN report") is read by the clause
rules; one with no article ("a statement accused") is told for the first time, with no
author known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.clause_actors import DOCUMENTS
from pipeline.said_days import SAID_TYPES
from pipeline.syntax import objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Whole bodies, codable as an actor with no country.
BODIES = frozenset({"IGO", "NGO"})


def document_voice(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                   ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) = (the story's last subject, the parties the clause addresses)
    for a statement verb whose subject is a definite document noun naming no author of
    its own; else None."""
    tok = trig.token
    if trig.nominal or trig.sense.type not in SAID_TYPES or tok.dep_ == "amod":
        return None
    doc, is_agent = subject(tok)
    if doc is None or is_agent or not _taken_up(doc) or not _told_before(doc):
        return None
    author = finder.resolver.last_subject
    if author is None or not (author.country or author.role in BODIES):
        return None
    if finder.actor(doc, speaker) or any(finder.noun_modifiers(doc, speaker)):
        return None  # "the joint US-Japan statement": the clause rules read it
    # the author is no recipient of its own text ("commits both countries": the other)
    home = author.country or author.role
    targets = [t for t in finder.object_actors(objects(tok), speaker)
               if (t.country or t.role in BODIES) and (t.country or t.role) != home]
    return [author], targets


def _told_before(tok: Token) -> bool:
    """Whether the story told a document before the sentence ("issued a statement",
    "signed a joint statement ... The one-page document"): "the statement" with no
    document before it takes up no one's."""
    return any(t.lemma_.lower() in DOCUMENTS for t in tok.doc[:tok.sent.start])


def _taken_up(tok: Token) -> bool:
    """Whether a subject is a document named again ("the statement", "the text"), not
    first told ("a statement", "Article 5 of the treaty") or owned ("its resolution")."""
    return tok.lemma_.lower() in DOCUMENTS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("poss", "prep") for c in tok.children)
