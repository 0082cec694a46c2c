"""Which trigger mentions report an event of their own.

A trigger word is not always news: it can sit in an "if" clause, be the content of
another trigger ("agreed to exchange prisoners"), an argument of one ("scrapped the
agreements"), a wish or a purpose ("hopes to meet"), a description ("talks mediated by
Qatar"), a natural hazard's "killing", or a prediction dressed as a warning.
``screen`` applies these rules in order and returns the event type the mention reads as
(negated cooperation becomes a REJECT), or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.modality import in_if_clause, is_negated
from pipeline.syntax import objects, passive_patient, subject
from pipeline.trigger_ceasefire import ended_fighting
from pipeline.trigger_force import unreal
from pipeline.trigger_lexicon import lexicon
from pipeline.triggers import CONTAINERS
from pipeline.wire_constructions import ordered_done

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.triggers import Trigger

#: Types whose negation is itself a refusal ("would not step down" -> REJECT).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})
#: Statement senses (pipeline.trigger_statements) whose source is the speaker, not the subject.
SPOKEN_SENSES = frozenset({"evaluation", "modal demand"})
#: Verbs of wanting or waiting whose infinitive is not (yet) an act.
WISHES = frozenset({"wait", "hope", "want", "wish", "like", "prefer", "expect", "aim"})
#: Adjectives of readiness that turn an infinitive act of violence into a threat.
READY_WORDS = frozenset({"prepared", "ready", "willing", "determined", "right"})
#: Coercive acts that, stated on a condition ("if talks fail"), are threats.
COERCIVE = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"})
#: Verbs whose "for/of" object is an event of its own ("blamed X for the attack").
BLAME_VERBS = frozenset({"blame", "accuse", "condemn", "denounce", "punish", "sanction"})
#: Verbs of plotting whose infinitive is the plot's aim, not an act ("charged with
#: conspiring to kill", "accused of plotting to attack"): the charge is the event.
PLOTS = frozenset({"plot", "conspire", "scheme", "collude", "connive"})
#: Verbs of reacting to an event whose object names that event, not a new one
#: ("crowds celebrated the ruler's departure", "mourned the killing").
REACTIONS = frozenset({"celebrate", "cheer", "mourn", "commemorate", "toast", "rejoice",
                       "fete", "savour", "savor", "lament"})
#: Permissions whose negation is a stance, not a refusal of anything asked.
PERMISSIONS = frozenset({"allow", "let", "permit"})
#: Verbs whose negation withholds rather than refuses ("did not confirm").
NOT_REFUSALS = frozenset({"confirm", "comment", "say", "specify", "disclose"})
#: Refusing these is withholding comment, no refusal of anything asked ("declined to say").
SILENCES = NOT_REFUSALS | frozenset({"elaborate", "answer", "speculate",
                                     "name", "identify", "reveal", "detail"})
#: Verbs whose "of" gerund is the content of a charge, not an event of its own.
CHARGING = frozenset({"accuse", "charge", "suspect", "blame", "convict", "indict"})
#: Verbs saying a truce failed: no concession is reported ("the ceasefire collapsed").
TRUCE_FAILED = frozenset({"collapse", "fail", "unravel", "expire", "falter", "crumble",
                          "lapse"})
#: Verbs saying a truce is kept: an implemented ceasefire ("the truce was holding").
TRUCE_KEPT = frozenset({"hold"})
#: "warned NATO against sending troops": what is warned against is not done.
WARNING_AGAINST = frozenset({"warn", "caution", "advise"})
#: Question words that open an indirect question ("did not say how many troops it would
#: send"): the clause asks about an act, it does not report one.
WH_WORDS = frozenset({"how", "when", "where", "why", "what", "which", "who", "whether"})
#: Types whose complement clause states the content of the act, not another event.
CONTENT_HEADS = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
#: Natural hazards that "kill", "hit" and "strike" without being actors.
NATURAL_HAZARDS = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "storm",
                             "hurricane", "cyclone", "typhoon", "flood", "flooding", "drought",
                             "wildfire", "fire", "landslide", "avalanche", "disease",
                             "epidemic", "outbreak", "disaster", "heatwave", "wave",
                             "eruption", "blizzard", "tornado"})
#: Things that are "killed" or "hit" only figuratively ("killed the deal").
ABSTRACT_PATIENTS = frozenset({"deal", "agreement", "bill", "plan", "proposal", "idea",
                               "project", "talk", "reform", "measure", "law", "chance",
                               "hope", "contract", "motion", "initiative", "economy"})
#: Participles that describe a noun rather than report an act by its agent
#: ("US-brokered understanding", "talks co-hosted by Saudi Arabia", "UN-backed monitor").
DESCRIPTIVE_PARTICIPLES = frozenset({"mediate", "broker", "host", "co-host", "convene",
                                     "back", "sponsor"})
#: Of those, the go-between's own act when the phrase names it ("talks mediated by
#: Qatar", "a truce brokered by Saudi Arabia", "a ceremony hosted by Cuba"): PLOVER
#: codes the mediator's dealings with each party (CONSULT), not a description.
GO_BETWEEN_PARTICIPLES = frozenset({"mediate", "broker", "host", "convene"})


def go_between(tok: Token) -> bool:
    """"talks mediated by Qatar", "a truce brokered by Saudi Arabia": a participle of
    mediation with its agent named by "by" reports the mediator's own act."""
    return tok.lemma_.lower() in GO_BETWEEN_PARTICIPLES and tok.dep_ == "acl" and any(
        c.dep_ == "agent" for c in tok.children)


def instead(tok: Token) -> bool:
    """"rather than join the talks", "instead of meeting": an alternative not taken."""
    before = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i])
    return before in ("rather than", "instead of")


def self_named(tok: Token) -> bool:
    """A modifier that names a party ("Gaza truce", "Israeli strikes")."""
    return tok.dep_ == "amod" and tok.ent_type_ in ("NORP", "GPE", "ORG")


def content_of(tok: Token, verbal_types: dict[int, str]) -> bool:
    """A trigger in the complement of an agreement, request, threat or refusal is what was
    promised or asked ("agreed to exchange prisoners"), not a second event; so is a
    conjoined second act ("agreed to exchange prisoners and repatriate bodies")."""
    while tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ not in ("xcomp", "ccomp", "oprd"):
        return False
    head = tok.head
    if ordered_done(head) == tok:
        return True  # "ordered the assets frozen": coded on the order
    if tok.dep_ == "oprd":
        return False
    if tok.i < head.i and tok.dep_ == "ccomp" and not any(
            c.dep_ == "mark" for c in tok.children):
        # "Medvedev halts offensive, accepts peace plan": a headline's first clause
        # parsed under the second is no content of it
        return False
    return verbal_types.get(head.i) in CONTENT_HEADS and head.lemma_.lower() not in (
        "say", "announce")


def nominal_content(tok: Token, nominal_types: dict[int, str]) -> bool:
    """A clause that states what a demand, offer or threat noun asks or promises ("Mali's
    demand that Denmark withdraw its soldiers who had deployed", "his offer to resign"),
    and anything inside it, is that noun's content, not an event of its own."""
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("acl", "ccomp", "relcl") and cur.head.pos_ == "NOUN" and \
                nominal_types.get(cur.head.i) in CONTENT_HEADS and any(
                    c.dep_ in ("mark", "aux", "advmod") and c.lower_ in ("that", "to")
                    for c in cur.children):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def natural_cause(tok: Token) -> bool:
    """The subject of a killing or strike is a natural hazard, not an actor; so is the
    agent of a passive ("the countries hit by the tsunami")."""
    if any(c.dep_ == "agent" and any(p.lemma_.lower() in NATURAL_HAZARDS
                                     for p in c.children if p.dep_ == "pobj")
           for c in tok.children):
        return True
    subj, _ = subject(tok)
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        subj = tok.head  # "an earthquake that has killed 35,000 people"
    return subj is not None and subj.lemma_.lower() in NATURAL_HAZARDS


def prediction(tok: Token) -> bool:
    """A warning whose clause only predicts ("may", "might", "could") is no threat."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            modals = {g.lower_ for g in c.children if g.dep_ == "aux"}
            if any(g.dep_ == "nsubj" and g.lemma_.lower() in RESPONSES for g in c.children):
                # "warned that further steps could follow": the warner's own next
                # measures, a coercive warning however hedged
                return False
            return bool(modals & {"may", "might", "could"}) and not (
                modals & {"will", "would", "shall"})
    return False


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


def wished(tok: Token) -> bool:
    """Inside the clause of a wish ("had hoped you would have stayed and tortured him")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.lemma_.lower() in WISHES:
            return True
        if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        cur = cur.head
    return False


def background_state(tok: Token) -> bool:
    """A relative clause in the past perfect describes a standing state, not the news
    ("a border gate that had been closed for 35 years")."""
    if tok.dep_ not in ("relcl", "acl"):
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "had" in aux and "been" in aux


#: Adjectives that make a cooperative act an offer ("ready to hold talks").
OFFER_WORDS = frozenset({"ready", "prepared", "willing", "open"})


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
    if head.lemma_.lower() in SCHEDULED and head.pos_ in ("ADJ", "VERB"):
        return False  # "commanders are due to meet within days": a scheduled act
    if head.lemma_.lower() == "vote":
        # "parliament votes to expel US troops", "voted to dismiss the minister": a
        # legislature's vote decides the act (often misparsed in headlines)
        return False
    if tok.dep_ == "advcl" or head.pos_ in ("ADJ", "NOUN", "PROPN", "PRON"):
        return True
    if head.lemma_.lower() in WISHES:
        return True  # "would wait to work with", "hopes to meet": not yet an act
    if head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children):
        return True  # "it is necessary not to discuss it"
    return any(c.lower_ == "order" for c in tok.children if c.dep_ == "mark") or (
        tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() == "make")


def purpose_of_same(tok: Token, verbal_types: dict[int, str], event_type: str) -> bool:
    """An infinitive of purpose under a verbal trigger of the same type restates that act
    ("fired tear gas to disperse the crowd", "fired rubber bullets to break up the
    rally"): the purpose is no second event."""
    return tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        verbal_types.get(tok.head.i) == event_type


def withheld_comment(tok: Token) -> bool:
    """"declined to say", "refused to comment": no refusal of anything asked."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SILENCES for c in tok.children)


def reporters_question(tok: Token) -> bool:
    """"Medinsky said when asked about the meeting": an agentless "asked" without its
    own subject is a reporter's question, not a request by anyone."""
    return tok.lemma_.lower() == "ask" and tok.tag_ == "VBN" and not any(
        c.dep_ in ("agent", "nsubjpass", "nsubj", "auxpass") for c in tok.children)


def charged_content(tok: Token) -> bool:
    """"India accused Pakistan of sending soldiers", "accused Russia of trying to destroy
    Georgia": what is alleged is the accusation's content. A charge in an agentless
    passive ("are accused of beating a man to death") keeps the act, as the report
    states it."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("of", "against"):
            verb = cur.head.head
            heads = CHARGING if cur.head.lower_ == "of" else WARNING_AGAINST
            return verb.lemma_.lower() in heads and any(
                c.dep_ == "nsubj" for c in verb.children)
        if cur.dep_ != "xcomp":
            return False
        cur = cur.head
    return False


def indirect_question(tok: Token) -> bool:
    """A complement clause opened by a question word ("has yet to say how many troops it
    will send", "did not say when talks would resume") asks about an act."""
    if tok.dep_ not in ("ccomp", "xcomp"):
        return False
    edge = tok.left_edge
    return edge.lower_ in WH_WORDS and edge.i < tok.i


#: Prepositions that set one event beside another rather than take it as an argument
#: ("as protests spread", "amid clashes", "after a gunfight that killed five").
CIRCUMSTANCES = frozenset({"as", "amid", "amidst", "after", "following", "despite"})
#: Modals of mere possibility: "a new offensive could begin within weeks".
SPECULATIVE = frozenset({"could", "may", "might"})
#: Subjects of a warned clause that are the warner's own next measures.
RESPONSES = frozenset({"step", "measure", "action", "countermeasure", "consequence",
                       "retaliation", "response"})
#: Verbs of deliberating whose object is not (yet) done: "are considering new sanctions".
DELIBERATION = frozenset({"consider", "weigh", "mull", "contemplate", "debate", "explore",
                          "study", "eye", "ponder"})
#: Words of a timetable: "are due to meet", "is scheduled to visit", "is set to sign"
#: report a planned act, not a wish.
SCHEDULED = frozenset({"due", "scheduled", "slated", "expected", "set"})
#: Passive participles of purpose: "the truce is meant to let aid in", "a law designed
#: to allow arrests" describe what something is for, not an act.
PURPOSES = frozenset({"mean", "design", "intend"})
#: Verbs of harm whose agentless passive may only report a toll.
HARMED = frozenset({"injure", "wound", "hurt"})


def bare_casualties(tok: Token, event_type: str) -> bool:
    """"dozens had been injured", "285 people were injured on both sides of the
    frontier": an agentless passive of harm naming neither doer nor act is a casualty
    count; "wounded in the shelling", "injured by police" keep their act."""
    if event_type != "ASSAULT" or tok.lemma_.lower() not in HARMED or not any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    lex = lexicon()
    for c in tok.children:
        if c.dep_ == "agent":
            return False
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.nouns
                                    for p in c.children):
            return False
    return True


def speculated(tok: Token) -> bool:
    """An event noun that is only possible or deliberated: the subject of a verb with
    "could/may/might" ("a new offensive could begin within weeks", "the deal could
    collapse"), the object of a verb of deliberating ("are considering sanctions"), or
    the object of a negated verb ("has not confirmed the exchange")."""
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in SPECULATIVE for c in head.children):
        return True
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        if head.lemma_.lower() in DELIBERATION:
            return True
        return any(c.dep_ == "neg" for c in head.children) and \
            head.lemma_.lower() not in CHARGING
    return False


def nominal_is_argument(tok: Token, verbal: set[int]) -> bool:
    """A nominal trigger that only names what a verbal trigger acts on ("scrapped the
    agreements", "thanked Athens for its solidarity"), modifies another noun ("prisoner
    swap talks"), or is hypothetical ("any attack on France") is no event of its own."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CONTAINERS:
        tok = tok.head  # "a $500 million aid package": the package stands for the aid
    elif tok.dep_ == "compound" or (tok.tag_ == "VBG" and tok.dep_ == "acl"):
        return True
    if any((c.dep_ == "det" and c.lower_ in ("any", "no", "every")) or (
            c.dep_ == "amod" and c.lower_ in ("potential", "hypothetical", "future"))
           for c in tok.children):
        return True  # "any attack on France", "potential terrorist attacks"
    # "air and artillery strikes killed"; "United Nations, U.S. and EU sanctions will be
    # lifted" parsed as an apposition to the first name
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in REACTIONS:
        return True  # "celebrated the ruler's departure": a reaction to a known event
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("for", "of") and head.head.lemma_.lower() in BLAME_VERBS:
            return False  # "blamed X for the killing of 26 people": the killing happened
        if head.lower_ in CIRCUMSTANCES:
            return False  # "detained thousands as protests spread": a second event
        head = head.head
    return head.i in verbal and tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")


def asked_nothing(tok: Token) -> bool:
    """"asked for nothing in return": a request of nothing requests nothing."""
    return any(c.lower_ == "nothing" or (c.dep_ == "prep" and any(
        p.lower_ == "nothing" for p in c.children if p.dep_ == "pobj"))
        for c in tok.children)


def deliberated(tok: Token) -> bool:
    """A coercive act that is only being weighed ("Ankara was considering suspending
    relations", "is weighing sanctions on") is a threat of it, not the act."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "suspending relations or withdrawing its ambassador"
    return cur.dep_ in ("xcomp", "ccomp", "dobj") and cur.tag_ == "VBG" and \
        cur.head.lemma_.lower() in DELIBERATION


@dataclass(frozen=True, slots=True)
class Reading:
    """How a trigger mention reads: its event type, whether it stays negated (a denial),
    and whether a negated cooperative act was turned into a refusal."""

    event_type: str
    negated: bool
    refusal: bool


def screen(trig: Trigger, triggers: list[Trigger], verbal_types: dict[int, str]
           ) -> Reading | None:
    """The reading of one trigger mention, or None when it reports no event."""
    tok = trig.token
    if in_if_clause(tok) and trig.sense.type not in ("THREATEN", "REQUEST"):
        return None
    # "adopted a deal" types the event by the verb's own sense; a nominal trigger
    # under a verbal trigger is its argument, not a second event
    if trig.sense.type in COOPERATIVE - {"AGREE"}:
        ready = offered_readiness(trig)
        if ready is not None:
            # "said his side was ready for an exchange": an offer, not the act; "was not
            # ready to hold talks" refuses it
            if is_negated(ready):
                return Reading("REJECT", negated=False, refusal=True)
            return Reading("AGREE", negated=False, refusal=False)
    if trig.nominal and trig.sense.type in COOPERATIVE and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children) and (
            trig.light is not None or (tok.dep_ == "attr" and tok.head.lemma_ == "be")):
        # "had made no apology", "there would be no bargaining over his fate": a
        # cooperative act denied by "no" on its noun (made, or said not to exist) is a
        # refusal; "no agreement" elsewhere is only an argument
        return Reading("REJECT", negated=False, refusal=True)
    if trig.nominal and nominal_is_argument(tok, set(verbal_types)):
        return None
    if trig.nominal and trig.sense.type != "CONCEDE" and ended_fighting(tok):
        return None  # "ordered an end to the war": the war is what is stopped
    if trig.nominal and trig.sense.type == "CONCEDE" and tok.dep_ == "nsubj":
        verb = tok.head.lemma_.lower()
        if verb in TRUCE_FAILED or (verb == "break" and any(
                c.lower_ == "down" for c in tok.head.children)):
            return None  # "the ceasefire collapsed after Israeli strikes"
        if verb in TRUCE_KEPT and not is_negated(tok.head):
            return Reading("RETREAT", negated=False, refusal=False)  # "the truce held"
    if trig.nominal and speculated(tok):
        return None  # "a new offensive could begin", "officials are considering sanctions"
    if trig.nominal and trig.light is not None and trig.light.dep_ == "xcomp" and \
            trig.light.head.lemma_.lower() in WISHES:
        return None  # "diplomats hope to reach a ceasefire deal": not yet reached
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        # "talks ended without agreement", "open fire without warning": what did not
        # happen
        return None
    if trig.nominal and unreal(tok):
        return None  # "a pretext for an invasion", "fears of an attack"
    if not trig.nominal and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLOTS:
        return None  # "conspiring to kill": the aim of a plot
    if not trig.nominal and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail":
        return None  # "after the two sides failed to agree": nothing was agreed
    if not trig.nominal and purpose_of_same(tok, verbal_types, trig.sense.type):
        return None  # "fired tear gas to disperse the crowd": one act, named twice
    if trig.nominal and ((trig.light is not None and charged_content(trig.light)) or (
            tok.dep_ == "dobj" and charged_content(tok.head))):
        return None  # "accused Moscow of setting unacceptable conditions"
    if not trig.nominal and (charged_content(tok) or indirect_question(tok)):
        return None  # "accused X of sending troops", "did not say how many it will send"
    if not trig.nominal and trig.sense.type == "REJECT" and withheld_comment(tok):
        return None  # "declining to say whether troops would be sent"
    if not trig.nominal and trig.sense.type == "REQUEST" and reporters_question(tok):
        return None  # "Medinsky said when asked about the meeting"
    hypothetical = not trig.nominal and hypothetical_infinitive(tok)
    if hypothetical and not (trig.sense.type in ("ASSAULT", "THREATEN") and
                             tok.head.lemma_.lower() in READY_WORDS):
        return None
    if not trig.nominal and tok.tag_ == "VBN" and \
            tok.lemma_.lower() in DESCRIPTIVE_PARTICIPLES and (
                tok.dep_ in ("acl", "amod") or (
                    tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod"))) and \
            not go_between(tok):
        return None  # "a US-brokered truce", "a UN-backed monitor"
    event_type = trig.sense.type
    if event_type == "REQUEST" and not trig.nominal and asked_nothing(tok):
        return None  # "had asked for nothing in return"
    if hypothetical:
        event_type = "THREATEN"  # "the army was prepared to fight for 100 years"
    if event_type in COERCIVE and not trig.nominal and deliberated(tok):
        event_type = "THREATEN"  # "was considering suspending relations with X"
    if event_type in COERCIVE and conditioned(tok):
        event_type = "THREATEN"  # "would resume the war if talks proved futile"
    if not trig.nominal and background_state(tok):
        return None
    if not trig.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
            not any(c.dep_ == "agent" for c in tok.children) and \
            tok.head.dep_ == "nsubj" and tok.head.head.lemma_ == "be":
        return None  # "most of the Palestinians released were women": description
    if content_of(tok, verbal_types) or (trig.nominal and tok.dep_ in (
            "dobj", "nsubj", "nsubjpass") and content_of(tok.head, verbal_types)):
        # "agreed to exchange", "demanded that the RSF end its siege": the act is
        # what was promised or asked
        return None
    if not trig.nominal and nominal_content(
            tok, {t.token.i: t.sense.type for t in triggers if t.nominal}):
        return None  # "Mali's demand that Denmark withdraw": what was demanded
    if trig.nominal and tok.dep_ == "ROOT" and not any(
            c.dep_ in ("poss", "compound", "prep", "nmod") or self_named(c)
            for c in tok.children):
        return None  # a bare subheading ("Broken accord") reports nothing
    if not trig.nominal and bare_casualties(tok, event_type):
        return None  # "a rights group said dozens had been injured": a toll, no act
    if natural_cause(tok):
        return None  # "an earthquake that has killed 35,000 people"
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March or April" is a month, not a march
    if event_type == "ASSAULT" and not trig.nominal and any(
            o.lemma_.lower() in ABSTRACT_PATIENTS
            for o in [*objects(tok), passive_patient(tok)] if o is not None):
        return None  # "the deal had been killed by the Pentagon"
    if event_type == "THREATEN" and prediction(tok):
        return None  # "officials warn that some places may not receive aid"
    if not trig.nominal and wished(tok):
        return None  # "I had hoped you would have tortured him"
    if event_type == "THREATEN" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            tok.head.i in verbal_types:
        return None  # "condemned X, warning of consequences": one statement
    if event_type == "THREATEN" and any(
            t.token.i != tok.i and t.sense.phrase in SPOKEN_SENSES and
            tok.left_edge.i <= t.token.i <= tok.right_edge.i for t in triggers):
        return None  # "warned that the violence was unacceptable": a disapproval
    # an evaluation's negation is part of its sense ("was not acceptable")
    negated = not trig.nominal and trig.sense.phrase not in SPOKEN_SENSES and (
        is_negated(tok) or instead(tok))
    if negated and (tok.lemma_.lower() in NOT_REFUSALS or (
            tok.lemma_.lower() in PERMISSIONS and tok.tag_ != "VBN")):
        # "did not confirm" withholds comment; "will not allow X to" is a stance
        return None
    refusal = False
    if negated:
        if event_type in COOPERATIVE:
            return Reading("REJECT", negated=False, refusal=True)
        if event_type != "REJECT":
            return None
    return Reading(event_type, negated=negated, refusal=refusal)
