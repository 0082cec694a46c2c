"""Force stated as coming: "the Israeli military said it would step up its attacks",
"Rabat said its forces would only open fire in self-defence", "Rubio said Washington
would carry out such strikes again". Force a party is reported to say it will use is a
coercive warning (PLOVER THREATEN), not the attack: nothing has been struck yet, and the
tuning gold codes such sentences THREATEN (or THREATEN and ASSAULT), not ASSAULT alone.
Only under "will"/"would"/"shall" on the verb itself (or on the light verb of a nominal
attack, "would carry out strikes"), in a clause reported by a speech verb, and only the
speaker's own force ("it", "we", "they", "its forces"): "Russia will attack Ukraine next
week, US officials said" is a forecast by others, no warning. A negated one ("said it
would not attack") is an assurance, and a past or present act stays the act.
The ASSAULT sense carries the THREATEN as its alternative (``STATED_FORCE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import has_future_modal
from pipeline.syntax import has_neg, speech_context
from pipeline.trigger_lexicon import Alternative

#: Subjects, or their possessors, that refer back to the speaker ("it would step up its
#: attacks", "its forces would open fire"); not "he"/"his", as often another person.
OWN_SIDE = frozenset({"it", "its", "we", "our", "they", "their"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.triggers import Trigger
    from schemas import Actor


def _verb_of(tok: Token) -> Token | None:
    """The verb that states the act: the trigger verb, or the verb whose object or
    complement the trigger is ("step up its attacks", "carry out strikes", "resume
    fighting")."""
    if tok.dep_ in ("dobj", "obj", "xcomp") and tok.head.pos_ == "VERB":
        # "would resume fighting", "would continue to fight": the head holds the modal
        return tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def stated_force(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    """An attack verb (or a light verb of an attack noun) under a future modal, its own
    or, for a conjunct ("would regroup and fight them"), its first conjunct's, not
    negated, with the speaker's own side as subject, inside a clause a speech verb
    reports."""
    verb = _verb_of(trig.token)
    if verb is None:
        return False
    heads = [verb]
    while heads[-1].dep_ == "conj" and len(heads) < 6:  # (a conjunct is never the root)
        heads.append(heads[-1].head)
    if any(has_neg(h) for h in heads) or not any(has_future_modal(h) for h in heads):
        return False
    doer = next((c for c in heads[-1].children if c.dep_ == "nsubj"), None)
    speech = speech_context(heads[-1])
    # a speaker of its own: "after being told they would kill 150 people" names none
    return doer is not None and _own_side(doer) and speech is not None and any(
        c.dep_ == "nsubj" for c in speech.children)


def _own_side(doer: Token) -> bool:
    """"it", "we", "they", or a noun the speaker owns ("its forces", "our troops")."""
    return doer.lower_ in OWN_SIDE or any(
        c.dep_ == "poss" and c.lower_ in OWN_SIDE for c in doer.children)


#: "said it would step up its attacks": force stated as coming is a warning, no attack.
STATED_FORCE = Alternative("ASSAULT", "THREATEN", stated_force)
