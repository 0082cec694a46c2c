"""Trigger mentions of acts that are not (yet) done.

Wishes ("hopes to meet"), acts forgone ("avoided calling it an attack"), counterfactuals
("would have imposed"), conditions awaited ("until Israel halts"), offers ("ready to
hold talks"), purposes and infinitives that state no act ("it is necessary to
discuss"), acts on a condition ("if talks fail"), acts only weighed ("are considering
sanctions") or speculated ("an offensive could begin"), alternatives not taken ("rather
than join the talks") and warnings that only predict. ``pipeline.event_filters`` drops
these or reads them as offers and threats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.embedded_triggers import CHARGING, CONTENT_HEADS
from pipeline.modality import POSSIBLE, is_negated, verb_chain
from pipeline.syntax import has_neg, no_longer
from pipeline.trigger_lexicon import lexicon, misread
from pipeline.trigger_offers import OFFER_WORDS
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

    from pipeline.triggers import Trigger

#: Verbs of wanting or waiting whose infinitive is not (yet) an act. The small English
#: model lemmatises every form of "hope" ("hoped", "hopes", "hoping") as "hop", a verb
#: news never uses, so both spellings stand for the wish (``misread``).
WISHES = misread({"wait", "hope", "want", "wish", "like", "prefer", "expect", "aim"})
#: Words of effort whose infinitive or "in" gerund names what the effort is for, not an
#: act done: "worked to secure their release", "thanked Oman for its help in securing
#: their release", "efforts to reach a deal".
EFFORTS = frozenset({"help", "try", "work", "strive", "seek", "effort", "attempt", "bid",
                     "push", "endeavour", "endeavor"})
#: Words of a timetable: "are due to meet", "is scheduled to visit", "is set to sign"
#: report a planned act, not a wish.
SCHEDULED = frozenset({"due", "scheduled", "slated", "expected", "set"})
#: Passive participles of purpose: "the truce is meant to let aid in", "a law designed
#: to allow arrests" describe what something is for, not an act.
PURPOSES = frozenset({"mean", "design", "intend"})
#: Verbs of deliberating whose object is not (yet) done: "are considering new sanctions".
DELIBERATION = frozenset({"consider", "weigh", "mull", "contemplate", "debate", "explore",
                          "study", "eye", "ponder"})
#: Subjects of a warned clause that are the warner's own next measures.
RESPONSES = frozenset({"step", "measure", "action", "countermeasure", "consequence",
                       "retaliation", "response"})


#: Verbs that forgo their gerund ("avoided calling it an attack", "refrained from
#: condemning", "stopped short of recognising", "urged them to stop fighting").
FORGOING = frozenset({"avoid", "refrain", "stop", "cease", "halt", "quit", "shun", "shy"})
#: Modals that, with "have" and a participle, state what did not happen ("a resolution
#: that would have imposed sanctions").
COUNTERFACTUAL = frozenset({"would", "could", "might", "should"})


def striven_for(verb: Token) -> bool:
    """A light verb naming the aim of an effort: "helping to secure their release", "are
    trying to reach a deal", "for its help in securing their release". The act is what
    the effort is for, not done (or not by the one helping)."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl", "acl") and head.lemma_.lower() in EFFORTS:
        return True
    return verb.dep_ == "pcomp" and head.lower_ in ("in", "towards", "toward") and \
        head.head.lemma_.lower() in EFFORTS


def forgone(tok: Token) -> bool:
    """A gerund whose act is forgone or stopped: "has avoided describing the incident as
    an attack", "stopped short of calling it an attack", "called on them to stop
    fighting"."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in FORGOING:
        return True
    if tok.dep_ == "pcomp" and head.lower_ in ("of", "from"):
        verb = head.head
        return verb.lemma_.lower() in FORGOING or verb.lower_ == "short"
    return False


def counterfactual(tok: Token) -> bool:
    """"would have imposed", "could have been avoided": what did not happen."""
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "have" in aux and any(a in COUNTERFACTUAL for a in aux)


def awaited(tok: Token) -> bool:
    """An act in an "until" clause of a future or conditional main clause ("attacks would
    continue until Israel halted its offensive", "troops will stay until the army
    deploys") is the condition awaited, not an act done."""
    cur = tok
    for _ in range(5):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till")
                                       for c in cur.children):
            return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                       for c in cur.head.children)
        if cur.head == cur or cur.dep_ not in ("conj", "dobj", "pobj", "prep", "xcomp"):
            return False
        cur = cur.head
    return False


def before_any(tok: Token) -> bool:
    """"asked for the tally sheets before recognising any result": an act on "any"
    object awaited after a precondition is not done."""
    return tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "until") and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
        for c in tok.children)


def instead(tok: Token) -> bool:
    """"rather than join the talks", "instead of meeting": an alternative not taken."""
    before = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i])
    return before in ("rather than", "instead of")


def offered_readiness(trig: Trigger) -> Token | None:
    """The adjective of readiness that makes a cooperative act an offer (PLOVER AGREE):
    "is ready for an all-for-all exchange", "was ready to hold talks", "are willing to
    withdraw"."""
    tok = trig.token
    if trig.nominal:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and \
                tok.head.head.lemma_.lower() in OFFER_WORDS and tok.head.head.pos_ == "ADJ":
            return tok.head.head
        if trig.light is None:
            return None
        tok = trig.light
    if tok.tag_ == "VB" and tok.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            tok.head.lemma_.lower() in OFFER_WORDS and tok.head.pos_ == "ADJ":
        return tok.head
    return None


def professed_stance(copula: Token) -> bool:
    """Whether the clause of ``copula`` ("Iran is ready for talks") states its subject's
    own stance, not one asked of it ("urged Israel to be open to talks", "Israel must be
    open to a ceasefire": the lexicon's ``demand_modals``) or guessed at by another
    ("doubts Moscow is ready for talks", "I don't think Russia is open to talks")."""
    if copula.dep_ == "xcomp" or any(
            c.dep_ == "aux" and (c.lower_ in lexicon().demand_modals or c.lower_ == "to")
            for c in copula.children):
        return False  # "wants Ukraine to be ready for talks" (parsed as a ccomp)
    # "acl": "Trump hopes Iran is ready" is parsed with "hopes" a noun
    return not governed_by(copula, word_class("belief_verbs"), links=(*CLAUSE_LINKS, "acl"),
                           steps=len(copula.doc))


def withheld_readiness(ready: Token) -> bool:
    """A readiness word denied: "is not ready", "was never open to", and also "is no
    longer open to dialogue", "is hardly ready for talks" (a refusal, PLOVER REJECT)."""
    if is_negated(ready):
        return True
    # read on the words "not" is read on (``is_negated``): the adjective and its copula
    return any(no_longer(t) or any(c.dep_ in ("advmod", "neg") and
                                   c.lower_ in word_class("near_negations")
                                   for c in t.children) for t in verb_chain(ready))


def hypothetical_infinitive(tok: Token) -> bool:
    """An infinitive governed by an adjective or noun, or a purpose clause, states no act
    ("it is necessary to discuss", "requests to meet X", "troops in the country to
    fight", "in order to discuss"); verbs of intent ("agreed to", "urged X to") do."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    while tok.dep_ == "conj" and head.tag_ == "VB":  # "not to discuss it but to sign it"
        tok, head = head, head.head
    if tok.dep_ in ("ccomp", "xcomp") and head.tag_ == "VB" and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "to let aid reach ... and to allow people to move": "to allow" hung on the
        # bare infinitive is coordinated with "to let"
        tok, head = head, head.head
    if head.tag_ == "VBN" and head.lemma_.lower() in PURPOSES:
        return True  # "is meant to let aid reach civilians": what the truce is for
    if head.lemma_.lower() in SCHEDULED and head.pos_ in ("ADJ", "VERB") and not any(
            c.dep_ == "prt" for c in head.children):
        # "commanders are due to meet within days": a scheduled act ("a committee set
        # up to fight militants" is a purpose)
        return False
    if head.lemma_.lower() == "vote":
        # "parliament votes to expel US troops", "voted to dismiss the minister": a
        # legislature's vote decides the act (often misparsed in headlines)
        return False
    if tok.dep_ == "advcl" and travelled_to_act(tok, head):
        return False  # "travelled to Baghdad to press Iraqi leaders": the trip's errand
    if tok.dep_ == "advcl" or head.pos_ in ("ADJ", "NOUN", "PROPN", "PRON"):
        return True
    if head.lemma_.lower() in WISHES:
        return True  # "would wait to work with", "hopes to meet": not yet an act
    if head.lemma_ == "have" and tok.dep_ == "xcomp" and any(
            c.dep_ == "dobj" for c in head.children):
        return True  # "has 1,500 troops in the country to fight jihadists": a purpose
    if head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children):
        return True  # "it is necessary not to discuss it"
    return any(c.lower_ == "order" for c in tok.children if c.dep_ == "mark") or (
        tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() == "make")


#: Verbs of going somewhere whose purpose infinitive is the errand the trip was made
#: for: "travelled to Baghdad to press Iraqi leaders", "came out to meet the
#: demonstrators", "stepped in to supply food"; said in the past, the errand is reported
#: as done. (Summoning an envoy "to deliver a protest" is left out: the summons is the
#: act coded.)
ERRANDS = frozenset({"travel", "fly", "come", "go", "arrive", "head", "step", "return",
                     "rush", "hurry"})


def travelled_to_act(tok: Token, head: Token) -> bool:
    """``tok`` is the purpose infinitive of a past-tense trip ``head`` told as done (not
    "will travel to X to meet", not "sent troops to fight": others' errands are aims; not
    "headed a delegation to condemn": a verb with an object is no trip)."""
    lemma = head.lemma_.lower()
    return lemma in ERRANDS and head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "neg", "dobj") for c in head.children) and (
        # "stepped in to supply food", not "stepped up attacks to" (an object, above)
        lemma != "step" or any(c.lower_ in ("in", "forward") and c.i == head.i + 1
                               for c in head.children))


def aimed_act(tok: Token, verbal_types: dict[int, str]) -> bool:
    """An act noun that is the object of an infinitive of purpose or aim ("working with
    other governments to secure the release of its nationals", "opened the crossing to
    facilitate the delivery of aid") is what is sought, not an act done. A decision's
    infinitive ("the decision to introduce martial law") reports the decision taken; an
    infinitive that is the content of a promise, demand or threat ("vowed to keep up
    demonstrations") is left to those."""
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "the release of its nationals", "the delivery of aid"
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return False  # "Ecuador's decision to introduce martial law": a decision taken
    # "was sent to resume the war if talks fail": an act on a condition reads as a threat
    return hypothetical_infinitive(verb) and not conditioned(verb) and \
        verbal_types.get(verb.head.i) not in CONTENT_HEADS


def conditioned(tok: Token) -> bool:
    """The act not yet done, or the verb it is the object of, carries an "if"/"unless"
    condition ("resume the war if talks fail", "will impose sanctions unless X withdraws");
    "killed 20 if reports are true" is a past act, not a threat."""
    cur = tok
    for _ in range(4):
        if cur.tag_ == "VB" and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                          for m in c.children) for c in cur.children):
            return True
        if cur.dep_ not in ("dobj", "xcomp", "pobj", "prep") or cur.head == cur:
            return False
        cur = cur.head
    return False


#: The links from a clause up to the verb it is the content or the sequel of.
CLAUSE_LINKS = ("ccomp", "xcomp", "conj")


def governed_by(tok: Token, lemmas: Container[str], *,
                links: tuple[str, ...] = CLAUSE_LINKS, steps: int = 4) -> bool:
    """Whether a verb of ``lemmas`` governs ``tok``'s clause, within ``steps`` ``links``."""
    cur = tok
    for _ in range(steps):
        if cur.dep_ not in links or cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lemmas:
            return True
    return False


def wished(tok: Token) -> bool:
    """Inside the clause of a wish ("had hoped you would have stayed and tortured him")."""
    return governed_by(tok, WISHES)


def speculated(tok: Token) -> bool:
    """An event noun that is only possible or deliberated: the subject of a verb with
    "could/may/might" ("a new offensive could begin within weeks", "the deal could
    collapse"), the object of a verb of deliberating ("are considering sanctions"), or
    the object of a negated verb ("has not confirmed the exchange")."""
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in POSSIBLE for c in head.children):
        return True
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        if head.lemma_.lower() in DELIBERATION:
            return True
        return has_neg(head) and head.lemma_.lower() not in CHARGING
    return False


def deliberated(tok: Token) -> bool:
    """A coercive act that is only being weighed ("Ankara was considering suspending
    relations", "is weighing sanctions on") is a threat of it, not the act."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "suspending relations or withdrawing its ambassador"
    return cur.dep_ in ("xcomp", "ccomp", "dobj") and cur.tag_ == "VBG" and \
        cur.head.lemma_.lower() in DELIBERATION


def prediction(tok: Token, coercive: Container[int] = ()) -> bool:
    """A warning whose clause only predicts ("may", "might", "could") is no threat.
    ``coercive`` holds the positions of the sentence's coercive triggers (arrests,
    force, sanctions)."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            modals = {g.lower_ for g in c.children if g.dep_ == "aux"}
            if any(g.dep_ == "nsubj" and g.lemma_.lower() in RESPONSES for g in c.children):
                # "warned that further steps could follow": the warner's own next
                # measures, a coercive warning however hedged
                return False
            if not has_neg(c) and any(
                    g.i in coercive and not (g.dep_ == "nsubj" and g.head == c)
                    for g in c.subtree):
                # "warned that anyone joining the protest could be arrested", "that they
                # could use force": a coercive act held over the hearer, however hedged
                # ("the lockdown could drive patients into hiding" predicts a measure's
                # effect)
                return False
            return bool(modals & POSSIBLE) and not (
                modals & {"will", "would", "shall"})
    return False


#: Participles whose "at" phrase states an aim: "a deal aimed at ending the fighting".
AIMING = frozenset({"aim", "design", "gear", "target", "intend", "direct"})
#: Nouns of progress whose "toward(s)" phrase is a goal: "a step toward ending the war".
PROGRESS = frozenset({"step", "move", "progress", "path", "road", "effort", "stride"})


def aimed_gerund(tok: Token) -> bool:
    """A gerund that is the goal of an aim or of a step ("signed a deal aimed at ending
    the fighting", "a step toward ending the war", "raids aimed at killing its leaders")
    names what is sought, not an act done; "ended the fighting" itself is read as before."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "at":
        return head.lemma_.lower() in AIMING and head.tag_ in ("VBN", "VBG")
    return prep.lower_ in ("toward", "towards") and head.lemma_.lower() in PROGRESS
