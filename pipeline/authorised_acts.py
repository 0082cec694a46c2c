"""An authority approving its own act ("the cabinet approved sending troops", "the
president approved expanded military operations", "approved the operation that killed
the journalist") authorises that act; it does not endorse another party (PLOVER SUPPORT).
The act, where it is a trigger of its own ("sending"), is coded on that word; approving a
deal, a plan or a loan is read as before."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from pipeline.trigger_lexicon import lemma_of

#: Verbs of authorising.
AUTHORISING = frozenset({"approve", "authorise", "authorize"})
#: Nouns naming an authority's own undertaking.
UNDERTAKINGS = frozenset({"operation"})


def authorised_own_act(tok: Token, trigger_ids: Collection[int]) -> bool:
    """Whether ``tok`` approves an act of the approver's own that is coded on its own
    word: a gerund that is a trigger (``trigger_ids``: "approved sending troops") or an
    operation. An approved gerund with no event of its own ("approved selling the jets
    to Turkey") keeps the approval's own reading, so the sentence still says something."""
    if lemma_of(tok) not in AUTHORISING:
        return False
    return any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") and (
        (c.tag_ == "VBG" and c.i in trigger_ids) or lemma_of(c) in UNDERTAKINGS)
        for c in tok.children)
