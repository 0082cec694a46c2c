"""Subjects reached through an adjective predicate.

"Medvedev is due to visit Baku", "the two sides are ready to resume talks", "Kyiv is
willing to exchange prisoners": the act is the infinitive under a predicate adjective
(``acomp``), and the subject belongs to the copula above the adjective. ``subject``
climbs xcomp/conj links but not the adjective, so such a clause names no subject; when
it stood alone the line's first noun phrase stood in, but after an earlier clause
("Putin urged both sides to stop, and Medvedev is due to visit Baku") the act was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import reduced_relative_head, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Time-clause markers after which a plan had not yet been carried out.
UNMET = frozenset({"before", "until", "till"})


def predicate_subject(tok: Token) -> Token | None:
    """The subject of the copula whose predicate adjective governs the infinitive ``tok``
    (climbing conjoined infinitives: "due to visit Baku and meet Aliyev"), or None."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            continue
        break
    adj = cur.head
    if cur.dep_ != "xcomp" or adj.dep_ != "acomp" or adj.pos_ != "ADJ" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return None
    if any(c.dep_ == "auxpass" for c in cur.children):
        return None  # "he was due to be sentenced": the copula's subject is the patient
    cop = adj.head
    if cop.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNMET for c in
                                   cop.children):
        return None  # "fled hours before he was due to step down": a plan overtaken
    subj, by_agent = subject(adj.head)
    return None if by_agent else subj


def clause_subject_token(tok: Token) -> tuple[Token | None, bool]:
    """(subject token, is passive agent) of the clause a verb heads: ``subject``, with a
    reduced relative's own subject ("leaders meeting in Abuja gave") and, failing any,
    the subject above a predicate adjective ("is due to visit")."""
    src_tok, by_agent = subject(tok)
    return reduced_relative_head(src_tok) or predicate_subject(tok), by_agent
