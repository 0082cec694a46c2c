"""Trigger matching: verbal and nominal PLOVER triggers from ``data/triggers.toml``.

A trigger is a token whose lemma (optionally with a particle/preposition child or the next
word, "pull back", "fire on"; or a compound modifier, "air strike") is in the lexicon.
Some verbs are typed by their object instead ("fired tear gas" vs "fired missiles"), and
light verbs ("held talks", "imposed sanctions") pass their object's type on.

This module keeps ``find_triggers``, ``Trigger`` and the verb sense dispatch;
``noun_senses`` holds the noun sense dispatch and the light verbs. The lexicon and the
special cases live beside them: ``trigger_lexicon`` (the lexicon and phrase matching),
``trigger_objects`` (typing by object, senses that need the right object),
``trigger_force``, ``trigger_protest``, ``trigger_ceasefire``, ``trigger_cooperation`` and
``trigger_statements``; ``wire_constructions`` holds the frames of wire news and
``wire_senses`` their senses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.answered_arms import answered_arms, answering_verb, counted, with_objects
from pipeline.captured_people import captured_people
from pipeline.counted_nationals import counted_nationals
from pipeline.crowd_charges import CROWD_CHARGE, crowd_charge
from pipeline.declared_emergency import emergency_rule
from pipeline.decreed_acts import (
    CLOSED_LEGISLATURES,
    decreed_act,
    decreed_closure,
    signed_instrument,
)
from pipeline.forces_leaving import FORCES_LEFT, forces_leaving
from pipeline.jail_terms import JAIL_TERM, jail_term
from pipeline.misread_answers import misread_answerer
from pipeline.noun_senses import answered_with, is_light, named_object_of, noun_sense
from pipeline.operation_doers import unarmed_operation
from pipeline.ordered_acts import (
    CUSTODY_ORDER,
    ORDERED_ACTS,
    closed_mission,
    custody_ordered,
    ordered_act,
)
from pipeline.refused_compliance import (
    DEFIED_PRESSURE,
    REFUSED_COMPLIANCE,
    defied_pressure,
    refused_compliance,
)
from pipeline.reported_instigation import Accused, instigation_sense
from pipeline.rescue_searches import rescue_sweep
from pipeline.ruled_out import dismissal_not_made, refused_to_rule_out, ruled_out_sense
from pipeline.statement_senses import EVALUATION
from pipeline.switched_recognition import recognised_state
from pipeline.syntax import appeal_call
from pipeline.trigger_attempts import attempt_only
from pipeline.trigger_barring import barred_from, imposed_ban
from pipeline.trigger_ceasefire import CEASING, ceasing_noun, ceasing_verb
from pipeline.trigger_claims import evidenced, told_claim
from pipeline.trigger_cooperation import (
    AT_REQUEST,
    at_request,
    handing_sense,
)
from pipeline.trigger_enacted import enacted_measure
from pipeline.trigger_force import (
    CANNON_ON_VESSEL,
    CONFRONT_VERBS,
    DEMOLITION_BY_BLAST,
    MOVEMENT,
    OCCUPATION,
    STRUCK_WITH_ARMS,
    VERBAL_CLASH,
    aimed_at_vessel,
    blasted,
    confronting,
    figurative_fight,
    holding_sense,
    military_movement,
    moved_to_attack,
    occupying,
    struck_with_arms,
    unaimed_launch,
    verbal_clash,
)
from pipeline.trigger_lexicon import (
    Sense,
    lemma_of,
    lexicon,
    object_phrase,
    verb_rest_ok,
)
from pipeline.trigger_objects import (
    AGREED_SANCTION,
    STOPPED_TIES,
    agreed_sanction,
    direct_object,
    labelled_as,
    own_regret,
    restricted_out,
    stopped_ties,
)
from pipeline.trigger_protest import (
    DEMONSTRATION,
    LODGED_PROTEST,
    NOTES,
    OBSTRUCTION,
    WALKOUT,
    camped_dissenters,
    collective_walkout,
    demonstrators,
    dissent_errand,
    gathered_at_sitting,
    protest_verb,
    protesters_subject,
    protesting_note,
    thrown_at_building,
)
from pipeline.trigger_statements import alleged_backing, statement_sense
from pipeline.trigger_summons import summoned_to_protest
from pipeline.trigger_warnings import warned_state
from pipeline.unmet_requirements import measured_up
from pipeline.wanted_changes import WANTED, wanted_change
from pipeline.wire_crowds import crowd_riot, labour_strike, premises_shut, street_crowd
from pipeline.wire_senses import (
    AID_ARRIVAL,
    CALLED_OFF,
    DEPORTATION,
    EXPULSION,
    FORCES_ORDERED,
    LABOUR_STRIKE,
    LEFT_BODY,
    PERSONA_NON_GRATA,
    RECALL,
    RIOT,
    TOLD_TO,
)
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns that only count or group events ("round of talks", "package of sanctions").
CONTAINERS = frozenset({"round", "package", "set", "series", "wave", "raft", "string", "plan",
                        "number", "batch", "list"})


def act_holder(tok: Token) -> Token | None:
    """The noun a compound trigger stands in for: a container ("a military aid package")
    or a noun that holds the act ("an arrest warrant", "an assassination attempt"), whose
    verb is the act's verb; None for an ordinary modifier ("aid workers")."""
    if tok.dep_ != "compound":
        return None
    lemma = lemma_of(tok.head)
    return tok.head if lemma in CONTAINERS or lemma in word_class("act_holders") else None


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the head token of the trigger
    sense: Sense
    nominal: bool
    light: Token | None = None  # the light verb governing a nominal trigger
    by_object: bool = False
    accused: Accused | None = field(default=None, compare=False)  # a told order's parties
    # ", a charge Pretoria rejects": the answering name when the trigger is an answer
    # misread as a noun (``pipeline.misread_answers``), found once here
    answerer: Token | None = field(default=None, compare=False)


def _own_type(tok: Token) -> str | None:
    """The PLOVER type of a verb by its own sense (None where it is no trigger)."""
    sense = verb_sense(tok)[0]
    return sense.type if sense is not None else None


def verb_sense(tok: Token) -> tuple[Sense | None, bool]:
    """(sense, typed_by_object) of a verb token, or (None, False): told blame first."""
    instigated = instigation_sense(tok)
    return (instigated, False) if instigated is not None else own_verb_sense(tok)


def own_verb_sense(tok: Token) -> tuple[Sense | None, bool]:
    """The verb's own sense, not told blame: how an order that accuses no one reads."""
    lex = lexicon()
    lemma = lemma_of(tok)
    if ceasing_verb(tok):
        return CEASING, True
    if stopped_ties(tok):
        return STOPPED_TIES, True
    if wire.migrants_sent_away(tok):
        return DEPORTATION, False
    if wire.expulsion(tok):
        return EXPULSION, False
    if wire.persona_non_grata(tok):
        return PERSONA_NON_GRATA, False
    if wire.envoys_leaving(tok):
        return RECALL, False
    if forces_leaving(tok):
        return FORCES_LEFT, False  # "the last French troops left Mali": a pull-out
    if wire.leaving_body(tok):
        # the verb's own object table types it where it has one ("leave the bloc" is
        # SANCTION, "quit the bloc" REJECT); else leaving a body refuses it
        return lex.objects.get(lemma, {}).get("bloc", LEFT_BODY), True
    # forces ordered "to support the police" assist them in the field: no endorsement,
    # so that task does not stand for an act of its own
    if wire.forces_ordered(tok, lambda t: (s := verb_sense(t)[0]) is not None and
                           s.type != "SUPPORT"):
        return FORCES_ORDERED, False
    if wire.own_agent_ordered(tok, lambda t: (sense := verb_sense(t)[0]) is not None and
                              sense.type in ORDERED_ACTS):
        return None, False  # "ordered his minister to raise tariffs": coded on the act
    closure = closed_mission(tok)
    if closure is not None:
        return closure, False  # "ordered China to close its consulate": the closing itself
    if wire.told_to(tok):
        return TOLD_TO, False
    if wanted_change(tok):
        return WANTED, False  # "Paris wants the bloc to tighten checks"
    if _answered_act(tok) is not None:
        return None, False  # "retaliated with air strikes": coded on the strikes
    armed = answered_arms(tok)
    if armed is not None:
        return armed, True  # "responded with tear gas": the firing of the arms
    if custody_ordered(tok):
        return CUSTODY_ORDER, False  # "ordered X to remain in custody": the detention
    done = wire.ordered_done(tok)
    if done is not None:
        sense = ordered_act(done, lambda t: verb_sense(t)[0])
        if sense is not None:
            return sense, False
    if crowd_riot(tok):
        return RIOT, False
    if crowd_charge(tok):
        return CROWD_CHARGE, False  # "riot police charged protesters"
    if jail_term(tok):
        return JAIL_TERM, False  # "was jailed for 10 years": a sentence, no detention
    if labour_strike(tok):
        return LABOUR_STRIKE, False
    if collective_walkout(tok):
        return WALKOUT, False
    if wire.recall(tok):
        return RECALL, False
    if wire.aid_arrival(tok):
        return AID_ARRIVAL, False
    decree = decreed_act(tok, _own_type)
    if decree is not None:
        return decree, True
    if signed_instrument(tok):
        return None, False  # "signed the notice": no endorsement; its content is coded
    if agreed_sanction(tok, _own_type):
        return AGREED_SANCTION, False
    if wire.insisted_claim(tok):
        return None, False  # "Russia insists the jet never left Syrian skies": a claim
    if premises_shut(tok):
        return None, False  # "many shops stayed shut": no one shut them
    if wire.called_off(tok):
        return CALLED_OFF, False
    if refused_compliance(tok):
        return REFUSED_COMPLIANCE, False  # "said it would not renew the pact": a refusal
    if defied_pressure(tok):
        return DEFIED_PRESSURE, False  # "would not be bullied": pressure defied
    if street_crowd(tok, protesters_subject):
        return DEMONSTRATION, False
    if lemma in ("demolish", "destroy", "level") and blasted(tok):
        return DEMOLITION_BY_BLAST, False
    if lemma in ("block", "blockade", "barricade") and protesters_subject(tok, ways=True):
        # "striking workers blocked the port", "farmers blocked roads": civilians
        # obstructing is a protest, not a state's refusal or
        # coercion (checked before the object table, which types a state's blocking)
        return OBSTRUCTION, False
    barred = barred_from(tok)
    if barred is not None:
        return barred, False  # "barred X from leaving": a restriction, not a sanction
    ruled = ruled_out_sense(tok, lambda t: verb_sense(t)[0] if t.pos_ == "VERB" else noun_sense(t))
    if ruled is not None:
        return ruled, False  # "ruled out lifting restrictions": a refusal
    if dismissal_not_made(tok):
        return None, False  # "has not dismissed the possibility of talks": no rejection
    if refused_to_rule_out(tok):
        return None, False  # "refused to rule out force": the threat is on "rule out"
    imposed = imposed_ban(tok)
    if imposed is not None:
        return imposed, True  # "imposed a ban on public meetings": what the ban bans
    table = lex.objects.get(lemma)
    if table and own_regret(tok):
        table = None  # "regretted its decision": one's own act, a concession
    if table and labelled_as(tok):
        # "dismissed the cabinet as loyalists": a label, no sacking
        table = {k: s for k, s in table.items() if s.type != "SANCTION"}
    if table and lemma in lex.label_verbs and any(c.dep_ == "oprd" for c in tok.children):
        table = None  # "called the Dutch premier a fascist" labels him, no phone call
    if table and (rescue_sweep(tok) or unarmed_operation(tok)):
        # "rescue workers searched collapsed homes": help, not a raid; "the company
        # launched an operation": no forces move
        table = None
    if table and lemma == "call" and appeal_call(tok):  # "called on the president to free
        table = {k: s for k, s in table.items() if s.mode != "phone"}  # him": an appeal
    if table:
        # "the declaration was signed by X and Y": the passive subject is the object
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            passive = tok.head  # "the bombs placed in five gas stations"
        if passive is None and tok.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "obj") for c in tok.children) and any(
                c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")
                for c in tok.children):
            passive = tok.head  # "a curfew it had imposed": the noun is the object
        direct = direct_object(tok)
        # a count of a nation's people after what it counts: "expelling hundreds of
        # Afghans" is typed by the count (the expel table's "hundred": a deportation)
        count = counted_nationals(tok)
        for obj in dict.fromkeys(o for o in (direct, passive, count) if o is not None):
            # "entered Japanese territorial waters southwest of Okinawa" can parse with
            # the waters as a compound of the real (mis-tagged) head
            for cand in [obj, *[c for c in obj.children if c.dep_ == "compound"]]:
                if cand.i != obj.i and lemma == "withdraw" and \
                        (grant := table.get(lemma_of(cand))) is not None and \
                        grant.mode == "discontinue":
                    # a grant the withdraw table takes back counts only as the head of the
                    # object: "withdrew its aid workers", "his asylum request" end no grant
                    continue
                if lemma == "switch" and (cand.i != obj.i or not recognised_state(tok, obj)):
                    continue  # "switched its recognition software": no recognition
                for phrase in object_phrase(cand):
                    if phrase not in table:
                        continue
                    if phrase in NOTES and lemma in ("lodge", "deliver") and \
                            not protesting_note(tok, cand):
                        continue  # "delivered a demarche asking it to extradite him"
                    if lemma == "suspend" and phrase in CLOSED_LEGISLATURES and \
                            not decreed_closure(tok, obj, cand):
                        continue  # "the speaker suspended parliament": a sitting ends
                    if lemma == "declare" and not emergency_rule(tok, obj, cand):
                        continue  # "declared a climate emergency": no emergency rule
                    if lemma == "throw" and thrown_at_building(tok):
                        # "protested outside the embassy, throwing eggs at the
                        # building": one protest, already coded on its verb
                        if tok.dep_ in ("advcl", "conj") and protest_verb(tok.head):
                            return None, False
                        return DEMONSTRATION, True
                    if table[phrase].type == "ASSAULT" and (
                            shown := unaimed_launch(tok)) is not None:
                        return shown, True
                    if table[phrase].mode == "crowd-control" and aimed_at_vessel(tok):
                        return CANNON_ON_VESSEL, True
                    return table[phrase], True
    enacted = enacted_measure(tok, noun_sense)
    if enacted is not None:
        return enacted, True  # "signed pardons": the pardons (the object table first)
    if lemma in wire.COMMANDING:
        # "ordered 25% tariffs on all imports", "ordered an attack on the city": an
        # authority ordering an act does it (PLOVER codes the act, not a demand)
        ordered = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        sense = noun_sense(ordered) if ordered is not None else None
        if sense is not None and sense.type in ORDERED_ACTS:
            return sense, True
    if lemma == "protest" and demonstrators(tok):
        return DEMONSTRATION, False
    if lemma in ("gather", "assemble", "converge") and protesters_subject(tok) and not any(
            c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in c.children)
            and not dissent_errand(c)
            for c in tok.children) and not gathered_at_sitting(tok):
        # "thousands of people gathered in the square", "gathered outside the embassy to
        # protest against Moscow": a demonstration, unless it says what else they came
        # for ("gathered at the mosque to pray", "to celebrate")
        return DEMONSTRATION, False
    if camped_dissenters(tok):
        return DEMONSTRATION, False  # "the demonstrators have camped outside parliament"
    if lemma == "chant" and (protesters_subject(tok) or any(
            c.dep_ in ("dobj", "obj") and lemma_of(c) == "slogan" for c in tok.children)):
        # "about 100 supporters chanted slogans", "crowds remained outside, chanting
        # against the general": a crowd chanting demonstrates
        return DEMONSTRATION, False
    if occupying(tok):
        return (AT_REQUEST, True) if at_request(tok) else (OCCUPATION, True)
    if lemma == "capture" and not captured_people(tok):
        return None, False  # "the video captured the moment": no one is held
    if lemma == "hand":
        return handing_sense(tok), False
    if lemma == "hold":
        held = holding_sense(tok)
        if held is not None:
            return held, False
    if struck_with_arms(tok):
        return STRUCK_WITH_ARMS, False  # "hit the base with mortar fire": no "hit with" penalty
    if lemma == "fight" and figurative_fight(tok):
        return None, False
    if verbal_clash(tok):
        return VERBAL_CLASH, False
    if lemma in CONFRONT_VERBS:
        return confronting(tok), False
    if alleged_backing(tok):
        return EVALUATION, False  # "said Algeria was backing terrorism": an allegation
    unmet = measured_up(tok)
    if unmet is not False:
        return unmet, False  # "had not met international standards": no meeting
    # word forms first where the lemma is ambiguous ("hanged" vs "hung")
    for key in dict.fromkeys([tok.lower_, lemma]):
        for rest, sense in lex.verbs.get(key, []):
            if verb_rest_ok(tok, rest):
                if restricted_out(tok, sense) or attempt_only(tok, sense) or \
                        evidenced(tok, sense):
                    return None, False  # "seeks to join the EU": an aim, no request
                # "suggested that fighters from abroad were serving": a claim, no offer
                return (told_claim(tok, sense) or warned_state(tok, sense) or
                        summoned_to_protest(tok, sense) or sense), False
    if military_movement(tok) and not moved_to_attack(tok):
        return MOVEMENT, False
    return None, False


def _answered_act(verb: Token) -> Token | None:
    """The act named in a verb of answering's "with" phrase, if it is a trigger; also one
    a container counts ("retaliated with waves of missile attacks")."""
    if not answering_verb(verb):
        return None
    return next((n for p in with_objects(verb)
                 for n in (counted(p) if lemma_of(p) in CONTAINERS else [p])
                 if noun_sense(n) is not None), None)


def find_triggers(sent: Span) -> list[Trigger]:
    """All trigger candidates of a sentence, verbal first, in text order."""
    out: list[Trigger] = []
    for tok in sent:
        # read once: the tests below ask them again and again of every token
        pos, dep, tag = tok.pos_, tok.dep_, tok.tag_
        answerer = misread_answerer(tok)
        stated = statement_sense(tok)
        if stated is not None:
            out.append(Trigger(tok, stated, nominal=False, answerer=answerer))
            continue
        if pos == "VERB" and dep == "compound" and tag == "VBG":
            # "warning shots", "a peacekeeping force": a participle modifying a noun is
            # no clause of its own
            continue
        if pos in ("VERB", "AUX") or (pos == "NOUN" and dep == "ROOT" and tag == "VBZ") or (
                # "a ruling which Beijing rejects": a relative clause's verb mis-tagged
                # as a plural noun
                pos == "NOUN" and dep == "relcl") or (
                # "a charge Pretoria rejects": the answer read as one noun phrase
                answerer is not None) or (
                pos == "ADJ" and dep == "acomp" and (
                    tag == "VBN" or lemma_of(tok) in lexicon().verbs)
                and lemma_of(tok) not in lexicon().not_verbs):
            # "remained committed to the truce": a participle read as an adjective
            sense, by_obj = verb_sense(tok)
            if sense is not None:
                out.append(Trigger(tok, sense, nominal=False, by_object=by_obj,
                                   answerer=answerer))
                continue
        if pos in ("NOUN", "PROPN") or (pos == "VERB" and tag == "VBG") or (
                # "held drills", "ended the talks": a plural noun mis-tagged as a verb
                # where it can only be an object
                pos == "VERB" and tag == "VBZ" and dep in ("dobj", "pobj")):
            if lemma_of(tok) in CONTAINERS:
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and \
                    tok.doc[tok.i + 1].lower_ == "to":
                continue  # "according to officials" attributes; it is no accord
            sense = CEASING if ceasing_noun(tok) else noun_sense(tok)
            head = tok
            if act_holder(tok) is not None:
                head = tok.head  # "announced a military aid package": the package's verb
            # "a round of sanctions", "a package of measures": the container's verb
            # governs the contained noun
            while head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and \
                    lemma_of(head.head.head) in CONTAINERS:
                head = head.head.head
            if sense is not None:
                obj = head
                while sense == LODGED_PROTEST and obj.dep_ == "conj" and \
                        obj.head.pos_ == "NOUN":
                    # "expressed strong dissatisfaction and protest": the verb that
                    # makes the noun a complaint is its light verb
                    obj = obj.head
                light = obj.head if (obj.dep_ in ("dobj", "nsubjpass", "obj")
                                     and is_light(obj.head)) else named_object_of(head)
                if light is None:
                    light = answered_with(head)
                if light is None and sense.type == "ACCUSE" and head.dep_ == "pobj" and \
                        head.head.lower_ == "with":
                    # "was watching events with grave concern": the manner of an active
                    # verb is its subject's stated disapproval ("with" may hang on the object)
                    verb = head.head.head
                    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                        verb = verb.head
                    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
                        light = verb
                out.append(Trigger(tok, sense, nominal=True, light=light, answerer=answerer))
    return out
