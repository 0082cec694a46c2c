""""..., a charge Pretoria rejects": an answer to a summed-up act read as a noun.

News closes a clause with a summary noun and the answer of the party it is about: "Trump
accused the government of seizing land, a charge Pretoria rejects". The present
"rejects", "denies" has the form of a plural noun, and the tagger often reads the whole
stretch as one noun phrase ("a [charge] [Pretoria] rejects", with "charge" and
"Pretoria" as its modifiers), so no verb is found and the answer is lost. Read as what
it is, the word is the verb of a reduced relative clause whose subject is the name
before it; whom it answers is read by ``actor_summarised_acts.misread_answer_parties``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Answering verbs in their third-person form ("rejects", "denies"; word class).
ANSWERS = word_class("charge_answers")


def misread_answerer(tok: Token) -> Token | None:
    """The name of the party that answers in ", a charge Pretoria rejects" when ``tok``
    is the answering verb tagged as a plural noun that the summary noun and the name
    modify; else None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lower_ not in ANSWERS:
        return None
    # the whole stretch is one compound chain after a comma: ", a charge Pretoria
    # rejects" (the article may hang on the verb or on the summary noun)
    start = tok.i - 1
    while start > tok.sent.start and tok.doc[start].dep_ == "compound":
        start -= 1
    det = tok.doc[start]
    chain = tok.doc[start + 1:tok.i]
    if det.dep_ != "det" or det.i == 0 or tok.doc[det.i - 1].text != "," or \
            len(chain) < 2 or chain[0].pos_ != "NOUN" or chain[-1].pos_ != "PROPN":
        return None
    return chain[-1]
