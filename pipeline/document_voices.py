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

from pipeline.actor_lexicon import BODIES
from pipeline.clause_actors import DOCUMENTS
from pipeline.said_days import SAID_TYPES
from pipeline.syntax import objects, subject
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Verbs by which someone makes a document ("issued", "signed", "adopted").
ISSUING = word_class("issuing_documents")


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
    """Whether the story told this document before the sentence: the same kind of
    document ("said in a statement ... The statement"), or one of another kind it told
    someone issuing ("signed a joint declaration ... The document"). "The statement" with
    no document before it takes up no one's, nor does a document word told in passing
    ("under international law ... The report accused X": no law spoke)."""
    kind = tok.lemma_.lower()
    return any(t.lemma_.lower() == kind or _issued(t) for t in tok.doc[:tok.sent.start]
               if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENTS)


def _issued(doc_word: Token) -> bool:
    """Whether a document word is told as someone's text: the thing an issuing verb makes
    ("issued a statement", "the resolution was adopted", "a letter sent by X") or the
    text a speaker spoke in ("said in a joint declaration")."""
    head = doc_word.head
    if doc_word.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in ISSUING:
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in ISSUING for c in doc_word.children):
        return True
    # ("in a joint statement", never "enshrined in law": a document has an article)
    return doc_word.dep_ == "pobj" and head.lower_ == "in" and \
        head.head.pos_ == "VERB" and any(c.dep_ == "det" for c in doc_word.children)


def _taken_up(tok: Token) -> bool:
    """Whether a subject is a document named again ("the statement", "the text"), not
    first told ("a statement", "Article 5 of the treaty") or owned ("its resolution")."""
    return tok.lemma_.lower() in DOCUMENTS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("poss", "prep") for c in tok.children)
