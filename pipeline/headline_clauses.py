"""Headline repair: a second verb phrase after a comma shares the first one's subject.

Wire headlines chain verb phrases with a comma and no second subject: "Colombia backs
down, agrees to take deportation flights", "India expels Canadian diplomat, calls
allegation absurd", "Kyrgyz president declares emergency, orders troops onto streets".
The small model often makes the second verb the root and hangs the first clause under
it (as its clausal complement, or even as its subject: "Yanukovich signs deal ..., agrees
to early election"), or reads the second verb as a noun modifier ("orders troops"). The
second verb then has no subject and its event is lost, and the first clause reads as
the content of the second.

For the title line only, this re-hangs such a verb as a conjunct of the first finite verb
(the one with a subject), which the coder reads as sharing that subject ("holds Yingluck
and dissolves Senate"). Only heads and labels change; words, tags and sentences stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from schemas import TokenTable

_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How the model hangs the real first clause under the second verb.
_MISHUNG = frozenset({"ccomp", "nsubj", "csubj", "advcl", "dep", "parataxis"})


def _children(heads: list[int], i: int, end: int) -> list[int]:
    return [k for k in range(end) if heads[k] == i and k != i]


def _has_subject(t: TokenTable, i: int, end: int) -> bool:
    """A nominal subject (a verb hung as the subject is the misread first clause)."""
    return any(t.deps[k] in _SUBJECTS and t.pos[k] != "VERB"
               for k in _children(t.heads, i, end))


def _first_clause_verb(t: TokenTable, i: int, end: int) -> int | None:
    """The finite verb with a subject of its own before the comma at ``i - 1``."""
    for j in range(i - 2, 0, -1):
        if t.pos[j] == "VERB" and t.tags[j] in _FINITE and any(
                t.deps[k] in _SUBJECTS and k < j for k in _children(t.heads, j, end)):
            return j
    return None


def rehead_comma_clauses(t: TokenTable, doc: Doc, end: int) -> None:
    """Re-hang, among the first ``end`` tokens (the title), each third-person verb that
    follows a comma and has no subject as a conjunct of the title's first clause verb."""
    for i in range(2, end):
        if t.words[i - 1] != "," or t.tags[i] != "VBZ" or t.pos[i] != "VERB" or \
                _has_subject(t, i, end):
            continue
        j = _first_clause_verb(t, i, end)
        if j is None or doc[j].sent.start != doc[i].sent.start:
            continue
        if t.deps[i] == "ROOT" and t.heads[i] == i and t.heads[j] == i and \
                t.deps[j] in _MISHUNG:
            # "Colombia backs down, agrees to ...": the first clause made the second's
            # complement; the first verb becomes the root, its left-hand words with it
            for k in _children(t.heads, i, end):
                if k < i and k != j:
                    t.heads[k] = j
            t.heads[j], t.deps[j] = j, "ROOT"
            t.heads[i], t.deps[i] = j, "conj"
        elif t.deps[i] == "compound" and t.heads[i] == i + 1 and \
                t.pos[i + 1] in ("NOUN", "PROPN") and t.deps[j] == "ROOT":
            # "declares emergency in Bishkek, orders troops onto streets": the verb read
            # as a modifier of its object
            t.heads[i + 1], t.deps[i + 1] = i, "dobj"
            t.heads[i], t.deps[i] = j, "conj"
