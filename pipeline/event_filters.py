"""Which trigger mentions report an event of their own.

A trigger word is not always news: it can sit in an "if" clause, be the content of
another trigger ("agreed to exchange prisoners"), an argument of one ("scrapped the
agreements"), a wish or a purpose ("hopes to meet"), a description ("talks mediated by
Qatar"), a natural hazard's "killing", or a prediction dressed as a warning.
``screen`` applies these rules in order and returns the event type the mention reads as
(negated cooperation becomes a REJECT), or None. The checks for mentions that belong to
another trigger live in ``pipeline.embedded_triggers``, those for acts not (yet) done in
``pipeline.unreal_acts``, descriptions in ``pipeline.described_mentions`` and a natural
hazard's "killing" in ``pipeline.natural_hazards``; this module keeps the other non-acts
(a casualty toll, "a US-brokered truce") and the order they are all applied in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.actor_withdrawn_from import WITHDRAWALS
from pipeline.adjunct_meetings import meeting_as_scene
from pipeline.authorised_acts import authorised_own_act
from pipeline.boycotts import civil_boycott
from pipeline.business_halts import own_work_halted
from pipeline.contest_wins import beaten_country, penalty_kick, prize_race
from pipeline.court_pleas import court_plea, denies_charges
from pipeline.deadly_measures import deadly_measure
from pipeline.described_mentions import (
    background_state,
    descriptive_participle,
    label_of_named,
    since_marker,
    standing_fight,
    standing_record,
)
from pipeline.embedded_triggers import (
    NOT_REFUSALS,
    charged_content,
    content_of,
    draws_reaction,
    indirect_question,
    nominal_content,
    nominal_is_argument,
    purpose_of_same,
    reporters_question,
    withheld_comment,
)
from pipeline.fatalities import died, violent_death
from pipeline.harm_tolls import bare_casualties
from pipeline.held_warnings import held_over, warned_demand
from pipeline.modality import in_if_clause, in_whether_clause, is_negated, stated_absence
from pipeline.natural_hazards import hazard_toll, natural_cause
from pipeline.ordinary_mentions import (
    audience,
    carried,
    disowned_act,
    fired_in_air,
    hit_success,
    home_suspension,
    judicial_approval,
    law_making,
    offered_reward,
    press_contact,
    recalled_memory,
    released_matter,
    setting_only,
    shown_not_marched,
    standing_backing,
    timed_restatement,
)
from pipeline.plover import COOPERATIVE, FORCEFUL
from pipeline.refused_compliance import DEFIED_PRESSURE, REFUSED_COMPLIANCE
from pipeline.ruled_out import KEPT_OPEN, ruled_out_act
from pipeline.syntax import has_neg, objects, passive_patient
from pipeline.trigger_access import granted_passage
from pipeline.trigger_ceasefire import ended_fighting, truce_kept
from pipeline.trigger_force import armed_seizure, unreal
from pipeline.trigger_lexicon import lemma_of
from pipeline.trigger_objects import unaimed_measures
from pipeline.trigger_offers import OFFERED_HELP
from pipeline.trigger_protest import demonstrators, protests_as_scene
from pipeline.unarmed_hits import unarmed_hit
from pipeline.unreal_acts import (
    WISHES,
    aimed_act,
    aimed_gerund,
    awaited,
    before_any,
    conditioned,
    counterfactual,
    deliberated,
    forgone,
    hypothetical_infinitive,
    instead,
    offered_readiness,
    prediction,
    speculated,
    striven_for,
    wished,
    withheld_readiness,
)
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Token

    from pipeline.triggers import Trigger


#: Statement senses (pipeline.trigger_statements) whose source is the speaker, not the subject.
SPOKEN_SENSES = frozenset({"evaluation", "modal demand", "warned fate", "instigation",
                           "envoys must leave", "beyond bargaining"})
#: Adjectives of readiness that turn an infinitive act of violence into a threat.
READY_WORDS = frozenset({"prepared", "ready", "willing", "determined", "right"})
#: Coercive acts that, stated on a condition ("if talks fail"), are threats: acts of force
#: and a troop move, which threatens though it is done to no one.
COERCIVE = FORCEFUL | {"MOBILIZE"}
#: Verbs of plotting whose infinitive is the plot's aim, not an act ("charged with
#: conspiring to kill", "accused of plotting to attack"): the charge is the event.
PLOTS = frozenset({"plot", "conspire", "scheme", "collude", "connive"})
#: Permissions whose negation is a stance, not a refusal of anything asked.
PERMISSIONS = frozenset({"allow", "let", "permit"})
#: Verbs saying a truce failed: no concession is reported ("the ceasefire collapsed").
TRUCE_FAILED = frozenset({"collapse", "fail", "unravel", "expire", "falter", "crumble",
                          "lapse"})
#: Verbs saying a truce is kept: an implemented ceasefire ("the truce was holding").
TRUCE_KEPT = frozenset({"hold"})
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


def self_named(tok: Token) -> bool:
    """A modifier that names a party ("Gaza truce", "Israeli strikes")."""
    return tok.dep_ == "amod" and tok.ent_type_ in ("NORP", "GPE", "ORG")


def asked_nothing(tok: Token) -> bool:
    """"asked for nothing in return": a request of nothing requests nothing."""
    return any(c.lower_ == "nothing" or (c.dep_ == "prep" and any(
        p.lower_ == "nothing" for p in c.children if p.dep_ == "pobj"))
        for c in tok.children)


#: Verbs of taking part in a meeting others hold or of receiving one who came: not
#: doing so is staying away or a snub (a refusal), whatever the tense ("the army did not
#: attend the talks", "Hamas did not send a delegation to the Cairo talks", "did not
#: travel to Oman for the talks", "did not show up", "did not receive the envoy").
ATTENDING = frozenset({"attend", "join", "participate", "send", "travel", "show", "take",
                       "receive"})


@dataclass(frozen=True, slots=True)
class Reading:
    """How a trigger mention reads: its event type, whether it stays negated (a denial),
    and whether a negated cooperative act was turned into a refusal."""

    event_type: str
    negated: bool
    refusal: bool


#: Verbs of crossing a border: said of a state's forces on its own ground they cross none.
BORDER_CROSSINGS = frozenset({"enter", "cross", "intrude", "violate", "breach"})


def crossing_own_border(trig: Trigger) -> bool:
    """"boats had entered Peruvian waters" said of Peru's own boats: a border crossing
    only means something against another state (a deployment at home, "soldiers
    patrolled the streets", is a mobilisation against the country itself)."""
    return trig.sense.type == "MOBILIZE" and trig.token.lemma_.lower() in BORDER_CROSSINGS


#: An ask a withdrawal not done is set against: "did not leave Ukraine despite the UN
#: demand", "did not withdraw by the deadline", "in spite of the ultimatum", "defying US
#: pressure" is defiance (REJECT), not a report. A bare "despite" ("despite the heat") or
#: an ask told otherwise ("under pressure from the junta") is no defiance (word classes
#: ``defied_asks`` and ``defying``).
DEFIED_ASKS = word_class("defied_asks")
DEFYING = word_class("defying")


def _defied(tok: Token) -> bool:
    for t in tok.subtree:
        if lemma_of(t) not in DEFIED_ASKS:
            continue
        head = t.head
        if head.lower_ == "of" and head.head.lower_ == "spite":
            return True
        if lemma_of(head) in DEFYING:
            return True
    return False


def screen(trig: Trigger, triggers: list[Trigger], verbal_types: dict[int, str], *,
           unaccused: AbstractSet[int]) -> Reading | None:
    """The reading of one trigger mention, or None when it reports no event; ``unaccused``:
    the told orders that accuse no one (``pipeline.reported_instigation``)."""
    tok = trig.token
    if in_if_clause(tok) and (trig.sense.type not in ("THREATEN", "REQUEST") or
                              in_whether_clause(tok)):
        return None  # a threat or demand on a condition stays; in a question it is none
    if trig.sense in (REFUSED_COMPLIANCE, DEFIED_PRESSURE):
        return Reading("REJECT", negated=False, refusal=True)  # the negation is the refusal
    if trig.sense is KEPT_OPEN:
        return Reading("THREATEN", negated=False, refusal=False)  # "has not ruled out force"
    if trig.sense.type == "REQUEST" and court_plea(tok):  # "pleaded not guilty": no appeal
        return Reading("REJECT", negated=False, refusal=False) if denies_charges(tok) else None
    # "adopted a deal" types the event by the verb's own sense; a nominal trigger
    # under a verbal trigger is its argument, not a second event
    if trig.sense.type in COOPERATIVE - {"AGREE"}:
        ready = offered_readiness(trig)
        if ready is not None:
            # "said his side was ready for an exchange": an offer, not the act; "was not
            # ready to hold talks" refuses it
            if withheld_readiness(ready):
                return Reading("REJECT", negated=False, refusal=True)
            return Reading("AGREE", negated=False, refusal=False)
    if trig.nominal and trig.sense.type in COOPERATIVE and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children) and (
            trig.light is not None or (tok.dep_ == "attr" and tok.head.lemma_ == "be")):
        # "had made no apology", "there would be no bargaining over his fate": a
        # cooperative act denied by "no" on its noun (made, or said not to exist) is a
        # refusal; "no agreement" elsewhere is only an argument
        if trig.light is not None and any(c.dep_ == "prep" and c.lower_ == "since"
                                          for c in trig.light.children):
            return None  # "have held no talks since 2022": a record, no refusal
        return Reading("REJECT", negated=False, refusal=True)
    if not trig.nominal and draws_reaction(tok):
        return None  # "the move invited criticism": the reaction is the event
    if trig.nominal and aimed_act(tok, verbal_types):
        return None  # "working to secure the release of its nationals": an aim
    if trig.nominal and nominal_is_argument(tok, set(verbal_types)) and not (
            trig.sense.type == "PROTEST" and protests_as_scene(tok)) and not meeting_as_scene(trig):
        return None  # ("arrested during protests", "asked at a meeting" tell the scene too)
    if trig.nominal and trig.sense.type != "CONCEDE" and ended_fighting(tok):
        return None  # "ordered an end to the war": the war is what is stopped
    if trig.nominal and trig.sense.type == "CONCEDE" and tok.dep_ == "nsubj":
        verb = tok.head.lemma_.lower()
        if verb in TRUCE_FAILED or (verb == "break" and any(
                c.lower_ == "down" for c in tok.head.children)):
            return None  # "the ceasefire collapsed after Israeli strikes"
        if verb in TRUCE_KEPT and not is_negated(tok.head):
            return Reading("RETREAT", negated=False, refusal=False)  # "the truce held"
    if trig.nominal and trig.sense.type == "CONCEDE" and truce_kept(tok):
        return Reading("RETREAT", negated=False, refusal=False)  # "appeared to be holding"
    if trig.nominal and speculated(tok):
        return None  # "a new offensive could begin", "officials are considering sanctions"
    if trig.nominal and trig.light is not None and trig.light.dep_ == "xcomp" and \
            trig.light.head.lemma_.lower() in WISHES:
        return None  # "diplomats hope to reach a ceasefire deal": not yet reached
    if trig.nominal and trig.light is not None and striven_for(trig.light):
        return None  # "thanked Iraq for helping to secure their release": an aim
    clause = trig.light if trig.nominal and trig.light is not None else tok
    if forgone(clause) or counterfactual(clause) or awaited(tok) or before_any(tok) or \
            ruled_out_act(clause):
        # "avoided calling it an attack", "a draft that would have imposed sanctions",
        # "until Israel halted its offensive": acts not done
        return None
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        # "talks ended without agreement", "open fire without warning": what did not
        # happen
        return None
    if trig.nominal and since_marker(tok):
        return None  # "the biggest swap since Moscow launched its invasion"
    if trig.nominal and any(c.dep_ == "det" and c.lower_ in ("these", "this", "those")
                            for c in tok.children):
        return None  # "these reckless attacks have disrupted trade": acts told already
    if trig.nominal and trig.sense.type == "PROTEST" and audience(tok):
        return None  # "Maduro told a rally of supporters": an audience, no protest
    if trig.sense.type == "CONSULT" and press_contact(tok):
        return None  # "speaking to reporters", "at his news conference": no party met
    if trig.nominal and timed_restatement(tok):
        return None  # "the strike came hours after ...": timing an act told already
    if trig.nominal and trig.sense.type == "SANCTION" and unaimed_measures(tok):
        return None  # "new measures to strengthen air defences": a step of one's own
    if trig.nominal and disowned_act(tok):
        return None  # "denied any role in the attack": the attack is known already
    if trig.nominal and setting_only(tok):
        return None  # "France sends more police to quell unrest": the backdrop
    if trig.nominal and label_of_named(tok):
        return None  # "called the assault a terrorist attack": a label, not a new act
    if trig.nominal and unreal(tok):
        return None  # "a pretext for an invasion", "fears of an attack"
    if not trig.nominal and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLOTS:
        return None  # "conspiring to kill": the aim of a plot
    if not trig.nominal and trig.sense.type == "SUPPORT" and authorised_own_act(
            tok, {t.token.i for t in triggers}):
        return None  # "approved sending troops": the act authorised, no endorsement
    if not trig.nominal and trig.sense.type == "REJECT" and civil_boycott(tok):
        return Reading("PROTEST", negated=False, refusal=False)  # "opposition boycotted"
    if not trig.nominal and aimed_gerund(tok):
        return None  # "a deal aimed at ending the fighting": the goal, not an act done
    if not trig.nominal and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail":
        return None  # "after the two sides failed to agree": nothing was agreed
    if not trig.nominal and purpose_of_same(tok, verbal_types, trig.sense.type):
        return None  # "fired tear gas to disperse the crowd": one act, named twice
    if trig.nominal and ((trig.light is not None and charged_content(trig.light, unaccused))
                         or (tok.dep_ == "dobj" and charged_content(tok.head, unaccused))):
        return None  # "accused Moscow of setting unacceptable conditions"
    if not trig.nominal and (charged_content(tok, unaccused) or indirect_question(tok)):
        return None  # "accused X of sending troops", "did not say how many it will send"
    if not trig.nominal and trig.sense.type == "REJECT" and withheld_comment(tok):
        return None  # "declining to say whether troops would be sent"
    if not trig.nominal and trig.sense.type == "REQUEST" and reporters_question(tok):
        return None  # "Medinsky said when asked about the meeting"
    # "ready to help" is the offer itself, no hypothetical act
    hypothetical = not trig.nominal and trig.sense != OFFERED_HELP and \
        hypothetical_infinitive(tok)
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
    if trig.sense.mode == "visit" and not trig.nominal and \
            trig.sense.phrase.split()[1:] == ["to"] and carried(tok):
        # a travel verb ("fly to"); "sent an envoy to", "attend the games" name the visit
        return None  # "the wounded were flown to Djibouti": carried, no visit
    if event_type == "REJECT" and not trig.nominal and tok.lemma_.lower() == "defy" and \
            demonstrators(tok):
        # "thousands defied the curfew", "crowds defied the ban": the crowd's defiance
        # is their protest, not a refusal of anything asked
        event_type = "PROTEST"
    if event_type == "COERCE" and not trig.nominal and armed_seizure(tok):
        event_type = "ASSAULT"  # "militants seized a priest": an abduction, no arrest
    if event_type == "COERCE" and trig.nominal and deadly_measure(tok):
        event_type = "ASSAULT"  # "a deadly raid", "a drone raid": violence, no search
    if event_type == "ASSAULT" and not trig.nominal and fired_in_air(tok):
        if not any(c.dep_ in ("advcl", "xcomp") for c in tok.children):
            return None  # "rebel fighters fired into the air" in celebration
        event_type = "COERCE"  # "fired shots into the air to disperse the crowd"
    if event_type == "CONCEDE" and not trig.nominal and granted_passage(tok):
        event_type = "RETREAT"  # "was allowed to leave Canada": access granted
    if event_type == "SANCTION" and not trig.nominal and (
            home_suspension(tok) or own_work_halted(tok)):
        # "the army suspended the constitution": a step at home; "Chevron suspended
        # operations at its refinery": a firm's own business
        return None
    if event_type == "SANCTION" and not trig.nominal and recalled_memory(tok):
        return None  # "practices that recalled the darkest hours": a memory, no envoy
    if event_type == "SUPPORT" and not trig.nominal and law_making(tok):
        return None  # "lawmakers approved the bill in its final reading"
    if event_type == "AGREE" and not trig.nominal and offered_reward(tok):
        return None  # "offered a reward for information leading to his capture"
    if event_type == "RETREAT" and released_matter(tok, nominal=trig.nominal):
        return None  # "police released sketches of three suspects": published, no one freed
    if event_type == "SUPPORT" and not trig.nominal and judicial_approval(tok):
        return None  # "a judge approved the extradition": a ruling, no endorsement
    if event_type == "REQUEST" and not trig.nominal and asked_nothing(tok):
        return None  # "had asked for nothing in return"
    if hypothetical:
        event_type = "THREATEN"  # "the army was prepared to fight for 100 years"
    if event_type in COERCIVE and not trig.nominal and deliberated(tok):
        event_type = "THREATEN"  # "was considering suspending relations with X"
    if event_type in COERCIVE and conditioned(tok):
        event_type = "THREATEN"  # "would resume the war if talks proved futile"
    if not trig.nominal and (background_state(tok) or standing_record(tok, event_type) or
                             descriptive_participle(tok, event_type) or
                             standing_fight(tok) or
                             standing_backing(tok, event_type)):
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
    if died(trig) and not violent_death(tok):
        return None  # "the former president died aged 90": an obituary, no killing
    if natural_cause(tok) or hazard_toll(tok, {t.token.i: t.sense.type for t in triggers}):
        return None  # "an earthquake that has killed 35,000 people"
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March or April" is a month, not a march
    if event_type == "ASSAULT" and not trig.nominal and any(
            o.lemma_.lower() in ABSTRACT_PATIENTS
            for o in [*objects(tok), passive_patient(tok)] if o is not None):
        return None  # "the deal had been killed by the Pentagon"
    if event_type == "PROTEST" and not trig.nominal and shown_not_marched(tok):
        return None  # "this demonstrates that ...", "was demonstrating a new phone"
    if event_type == "ASSAULT" and hit_success(tok):
        return None  # "the comedy hit", "hits the shelves": a success, nothing struck
    if event_type == "ASSAULT" and not trig.nominal and unarmed_hit(tok):
        return None  # "could hit garment exports", "cities hit by unrest": no one struck
    if event_type == "ASSAULT" and not trig.nominal and (beaten_country(tok) or
                                                          prize_race(tok)):
        return None  # "reached the final after beating France", "beat X to the award"
    if event_type == "SANCTION" and trig.nominal and penalty_kick(tok):
        return None  # "converted the penalty": a kick in a game, no punishment
    if event_type == "THREATEN" and prediction(tok, {
            t.token.i for t in triggers if t.sense.type in COERCIVE}):
        return None  # "officials warn that some places may not receive aid"
    if not trig.nominal and wished(tok):
        return None  # "I had hoped you would have tortured him"
    if event_type == "THREATEN" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            tok.head.i in verbal_types and not held_over(
                tok, {t.token.i for t in triggers if t.sense.type in COERCIVE}):
        return None  # "condemned X, warning of consequences": one statement
    if event_type == "THREATEN" and any(
            t.token.i != tok.i and t.sense.phrase in SPOKEN_SENSES and
            t.sense.type != "THREATEN" and
            tok.left_edge.i <= t.token.i <= tok.right_edge.i and
            # "warned that Kyiv must stop its attacks": the demand is screened as the
            # warning's content (``content_of``), the warning is the event
            not warned_demand(tok, t.token, t.sense) for t in triggers):
        # ("warned that violators would face penalties": the warning itself is coded)
        return None  # "warned that the violence was unacceptable": a disapproval
    # an evaluation's negation is part of its sense ("was not acceptable")
    # ("would not hesitate to use sanctions" negates the hesitation, not the use)
    negated = not trig.nominal and trig.sense.phrase not in SPOKEN_SENSES and (
        is_negated(tok) or instead(tok)) and not (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "hesitate" and not has_neg(tok))
    if negated and (tok.lemma_.lower() in NOT_REFUSALS or (
            tok.lemma_.lower() in PERMISSIONS and tok.tag_ != "VBN")):
        # "did not confirm" withholds comment; "will not allow X to" is a stance
        return None
    refusal = False
    if negated:
        if event_type == "CONSULT" and stated_absence(tok) and \
                tok.lemma_.lower() not in ATTENDING:
            # "Macron did not speak by phone with Putin", "has never met him": no
            # meeting, and no refusal told ("would not meet him" refuses; "did not
            # attend the talks" stays away from a meeting held without it)
            return None
        if event_type == "RETREAT" and tok.lemma_.lower() in WITHDRAWALS and \
                stated_absence(tok) and not _defied(tok):
            # "the troops did not leave Mali", "has not withdrawn": told as not done, no
            # refusal ("will not leave", "refused to withdraw" still refuse, and so does
            # one not done "despite the UN demand" or "by the deadline")
            return None
        if event_type in COOPERATIVE:
            return Reading("REJECT", negated=False, refusal=True)
        if event_type != "REJECT":
            return None
    return Reading(event_type, negated=negated, refusal=refusal)
