"""Modality of a coded event: asserted, proposed, demanded, conditional, denied, failed,
future — from the trigger's sense and its syntactic context (negation, modals, "if").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.doc_views import has_lemma
from pipeline.trigger_lexicon import refusing_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

PROPOSAL_LEMMAS = frozenset({"offer", "propose", "suggest", "proposal", "initiative"})
#: "stood ready to provide assistance", "is willing to mediate": an offer.
READY = frozenset({"ready", "willing"})
#: A pledge is made when it is given: what it pledges to do lies ahead ("pledged to
#: shrink the deficit" is future), what it pledges to give is stated ("pledged $10m").
PLEDGE_LEMMAS = frozenset({"pledge", "promise", "commit"})
#: Modals of the future ("will sign", "would respond"): also what makes a stated reaction
#: or a foretold fate a warning (``pipeline.trigger_statements``, ``pipeline.trigger_fates``).
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll"})


def has_future_modal(verb: Token) -> bool:
    """"would charge", "will meet": a future modal on the verb itself."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


SCHEDULED = frozenset({"due", "set", "scheduled"})
#: Verbs whose complement is an act still to come ("plans to meet Kim", "is expected to
#: travel", "intends to file a complaint"; not "preparing to evacuate", which is under
#: way; see ``_intent_ahead``).
INTENT_LEMMAS = frozenset({"plan", "intend", "expect"})
FAIL_LEMMAS = frozenset({"fail", "collapse"})
STATED = frozenset({"THREATEN", "ACCUSE"})
DENIALS = frozenset({"deny", "denial"})


def verb_chain(tok: Token) -> list[Token]:
    """The trigger and the words governing it, up through xcomp, object, preposition,
    acomp and attr links."""
    out = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "attr") and cur.head != cur:
        cur = cur.head
        out.append(cur)
    return out


#: Subjects that deny the act of their verb ("nobody was hurt").
NO_ONE = frozenset({"nobody", "none", "no-one"})


def is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "no")
               for t in verb_chain(tok) for c in t.children if c.dep_ in ("neg", "det", "advmod")
               ) or (tok.pos_ in ("VERB", "AUX") and _no_subject(tok))


def stated_absence(tok: Token) -> bool:
    """A negation that tells an act did not happen ("did not speak with Putin", "has
    never met him") rather than that it will not ("would not meet", "could not meet",
    "is not going to talk") or is not done as a rule ("doesn't talk to Assad", "does not
    meet with war criminals"): a past or perfect verb chain ("did", "has", a past verb)
    with no modal and no "going to", and no future refusal joined to it ("has not met
    him and will not do so", "has not negotiated and never will") nor a word of refusal
    in its sentence (the lexicon's refusing verbs: "did not host Petro, cancelling the
    visit")."""
    chain = verb_chain(tok)
    past = any(t.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
        for c in t.children) for t in chain)
    return past and not any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD") or (
            lemma == "go" and t.tag_ == "VBG" and c.dep_ == "xcomp") or (
            c.dep_ == "conj" and _modal(c))
        for t in chain for lemma in (t.lemma_.lower(),) for c in t.children) and \
        not has_lemma(tok.sent, refusing_verbs())


def _modal(tok: Token) -> bool:
    """A modal verb or one with a modal auxiliary ("and never will", "and will not do
    so")."""
    return tok.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _no_subject(tok: Token) -> bool:
    """"no ministers would attend", "no one was hurt": the subject denies the act."""
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in NO_ONE or (c.lower_ == "one" and c.i > 0 and
                                  tok.doc[c.i - 1].lower_ == "no"):
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _inverted_condition(tok: Token) -> bool:
    """"Should the army attack, the rebels would respond": a sentence opening with an
    inverted "should/were/had" states a condition up to its first comma (checked on
    the words, as the small model often misparses the inversion)."""
    words = [t for t in tok.sent if not t.is_punct or t.text == ","]
    if not words or words[0].lower_ not in ("should", "were", "had"):
        return False
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and tok.i < comma


def _under_mark(tok: Token, marks: frozenset[str]) -> bool:
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def in_if_clause(tok: Token) -> bool:
    return _inverted_condition(tok) or _under_mark(
        tok, frozenset({"if", "unless", "whether"}))


def in_whether_clause(tok: Token) -> bool:
    """"over whether the president will seek a third term": an open question."""
    return _under_mark(tok, frozenset({"whether"}))


def _intent_ahead(verb: Token, tok: Token) -> bool:
    """A plan told as standing now, with the act as its complement ("plans to meet Kim",
    "is expected to travel", "are planning to file"): not a plan of the past ("planned
    to meet", "had planned", "was expected to") nor a planned thing ("planned the
    attack for two years")."""
    if tok.dep_ != "xcomp" or tok.head != verb:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBG", "VBN") and bool(aux) and all(
        a.tag_ in ("VBZ", "VBP") for a in aux)


def _owed_to(due: Token, tok: Token) -> bool:
    """"was due to protests by farmers": the act is the cause "due to" names (because of),
    told as done, not an arrival to come ("is due in Cairo for talks")."""
    return any(p.dep_ == "prep" and p.lower_ == "to"
               and p.left_edge.i <= tok.i <= p.right_edge.i for p in due.children)


def is_future(tok: Token) -> bool:
    if tok.dep_ == "ROOT" and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children):
        # a headline's "Azerbaijan to free 32 soldiers": it will (not "leader orders
        # troops to shoot", a misparsed order)
        return True
    for t in verb_chain(tok):
        if has_future_modal(t):
            return True
        if t.i != tok.i and t.lemma_.lower() in INTENT_LEMMAS and _intent_ahead(t, tok):
            return True
        if t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due"
                                    and not _owed_to(c, tok) for c in t.children):
            return True  # "is due in Jakarta on Friday for talks": an arrival to come
        # "is to free", "are to pull back", "was due to hold talks", "is set to sign"
        if t.dep_ == "xcomp" and (t.head.lemma_ == "be" or (
                t.head.lower_ in SCHEDULED and (t.head.head.lemma_ == "be" or any(
                    c.lemma_ == "be" for c in t.head.children if c.dep_.startswith("aux"))))):
            return True
    return False


#: Modals of possibility ("could use force", "may include sanctions"): a threat they hedge
#: is conditional; one to "use force" is a warning (``pipeline.trigger_statements``); an
#: act they govern is only possible ("an offensive could begin": ``pipeline.unreal_acts``).
POSSIBLE = frozenset({"could", "may", "might"})
#: Every modal auxiliary: what it governs is no done act ("could strike", "must leave").
MODALS = FUTURE_MODALS | POSSIBLE | {"should", "must", "can"}
#: The first half of "won't" as spaCy splits it ("wo" + "n't"), which FUTURE_MODALS lacks.
WONT = "wo"


def _conditional_threat(tok: Token) -> bool:
    """A threat whose words state a condition: a modal of possibility, an "if/unless"
    clause, or "any" act it answers ("any intervention would be a declaration of war")."""
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    for t in clause.subtree:
        if t.dep_ == "aux" and t.lower_ in POSSIBLE:
            return True
        if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
            return True
        if t.dep_ == "det" and t.lower_ == "any":
            return True
    return False


#: "agreed to hold talks", "agreed to meet again": an agreement on a meeting to come.
MEET_VERBS = frozenset({"meet", "talk", "negotiate"})
OPEN_VERBS = frozenset({"hold", "start", "begin", "open", "resume", "launch", "continue"})
MEETINGS = frozenset({"talk", "negotiation", "consultation", "meeting", "dialogue", "summit"})


def _agreed_meeting(tok: Token) -> bool:
    for verb in (c for c in tok.children if c.dep_ == "xcomp"):
        lemma = verb.lemma_.lower()
        if lemma in MEET_VERBS or (lemma in OPEN_VERBS and any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in MEETINGS
                for o in verb.children)):
            return True
    return False


def modality_for(tok: Token, event_type: str, *, negated: bool = False) -> str:
    lemma = tok.lemma_.lower()
    if negated or (event_type == "REJECT" and lemma in DENIALS):
        # "Cambodia denied planting mines": a denial states that something did not happen
        return "denied"
    if event_type == "REQUEST":
        return "demanded"
    if event_type == "THREATEN" and _conditional_threat(tok):
        # "warned that they could use force", "would respond to any attack": the threat
        # is made, what it threatens hangs on a condition
        return "conditional"
    if event_type in STATED:
        # a threat or an accusation is made when it is said, whatever the tense of its
        # content ("vowed a harsh response"); one whose own verb lies ahead ("will file
        # a complaint", "Moscow would respond") is told as to come, as gold codes it
        return "future" if is_future(tok) else "asserted"
    if lemma in PROPOSAL_LEMMAS or any(t.lemma_.lower() in PROPOSAL_LEMMAS | READY
                                       for t in verb_chain(tok)[1:]):
        return "proposed"
    pledge = next((t for t in verb_chain(tok) if t.lemma_.lower() in PLEDGE_LEMMAS), None)
    if pledge is not None and pledge.pos_ == "VERB":
        if tok == pledge:
            # "pledged to shrink the deficit": the act lies ahead; "pledged $10 million"
            # is stated
            return "future" if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
                else "asserted"
        # "promised to send troops" lies ahead; the aid of "pledged $10m in aid" is
        # offered, not given
        return "future" if tok.pos_ in ("VERB", "AUX") else "proposed"
    if any(t.lemma_.lower() in FAIL_LEMMAS for t in verb_chain(tok)[1:]):
        return "failed"
    if in_if_clause(tok):
        return "conditional"
    if event_type == "AGREE" and lemma == "agree" and _agreed_meeting(tok):
        return "future"
    if is_future(tok):
        return "future"
    return "asserted"
