"""Trigger matching: verbal and nominal PLOVER triggers from ``data/triggers.toml``.

A trigger is a token whose lemma (optionally with a particle/preposition child or the next
word, "pull back", "fire on"; or a compound modifier, "air strike") is in the lexicon.
Some verbs are typed by their object instead ("fired tear gas" vs "fired missiles"), and
light verbs ("held talks", "imposed sanctions") pass their object's type on.

This module keeps ``find_triggers``, ``Trigger`` and the verb and noun sense dispatch. The
lexicon and the special cases live beside it: ``trigger_lexicon`` (the lexicon and phrase
matching), ``trigger_objects`` (typing by object, senses that need the right object),
``trigger_force``, ``trigger_protest``, ``trigger_ceasefire``, ``trigger_cooperation`` and
``trigger_statements``; ``wire_constructions`` holds the frames of wire news.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.answered_arms import answered_arms, answering_verb, counted, with_objects
from pipeline.ordered_acts import ORDERED_ACTS, ordered_act
from pipeline.refused_compliance import (
    DEFIED_PRESSURE,
    REFUSED_COMPLIANCE,
    defied_pressure,
    refused_compliance,
)
from pipeline.reported_instigation import Accused, instigation_sense
from pipeline.ruled_out import refused_to_rule_out, ruled_out_sense
from pipeline.standing_contact import IN_CONTACT, in_contact
from pipeline.statement_senses import EVALUATION, PHONE
from pipeline.trigger_attempts import attempt_only
from pipeline.trigger_barring import ban_on, barred_from, imposed_ban
from pipeline.trigger_ceasefire import CEASING, ceasing_noun, ceasing_verb
from pipeline.trigger_claims import evidenced, told_claim
from pipeline.trigger_cooperation import (
    AT_REQUEST,
    JOINT,
    TRAINING,
    at_request,
    handing_sense,
    handover_sense,
    joint,
    training,
)
from pipeline.trigger_enacted import enacted_measure
from pipeline.trigger_force import (
    CANNON_ON_VESSEL,
    CONFRONT_VERBS,
    DEMOLITION_BY_BLAST,
    MOVEMENT,
    OCCUPATION,
    VERBAL_CLASH,
    aimed_at_vessel,
    blasted,
    confronting,
    exchanged_fire,
    figurative_fight,
    holding_sense,
    military_movement,
    moved_to_attack,
    occupying,
    unaimed_launch,
    verbal_clash,
)
from pipeline.trigger_lexicon import (
    Sense,
    cooperation_words,
    lemma_of,
    lexicon,
    noun_rest_ok,
    object_phrase,
    verb_rest_ok,
)
from pipeline.trigger_objects import (
    AGREED_SANCTION,
    STOPPED_TIES,
    agreed_sanction,
    direct_object,
    own_regret,
    private_visit,
    restricted_out,
    signed_decree,
    standing_regime,
    stopped_ties,
)
from pipeline.trigger_protest import (
    DEMONSTRATION,
    OBSTRUCTION,
    WALKOUT,
    collective_walkout,
    demonstrators,
    protest_verb,
    protesters_subject,
    protests_referred_to,
    sit_in,
    thrown_at_building,
)
from pipeline.trigger_statements import alleged_backing, statement_sense
from pipeline.trigger_summons import summoned_to_protest
from pipeline.trigger_warnings import warned_state
from pipeline.unmet_requirements import measured_up

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns that only count or group events ("round of talks", "package of sanctions").
CONTAINERS = frozenset({"round", "package", "set", "series", "wave", "raft", "string", "plan",
                        "number", "batch", "list"})


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the head token of the trigger
    sense: Sense
    nominal: bool
    light: Token | None = None  # the light verb governing a nominal trigger
    by_object: bool = False
    accused: Accused | None = field(default=None, compare=False)  # a told order's parties


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
    if wire.leaving_body(tok):
        # the verb's own object table types it where it has one ("leave the bloc" is
        # SANCTION, "quit the bloc" REJECT); else leaving a body refuses it
        return lex.objects.get(lemma, {}).get("bloc", LEFT_BODY), True
    if wire.forces_ordered(tok, lambda t: verb_sense(t)[0] is not None):
        return FORCES_ORDERED, False
    if wire.told_to(tok):
        return TOLD_TO, False
    if wire.own_agent_ordered(tok, lambda t: (sense := verb_sense(t)[0]) is not None and
                              sense.type in ORDERED_ACTS):
        return None, False  # "ordered his minister to raise tariffs": coded on the act
    if _answered_act(tok) is not None:
        return None, False  # "retaliated with air strikes": coded on the strikes
    armed = answered_arms(tok)
    if armed is not None:
        return armed, True  # "responded with tear gas": the firing of the arms
    done = wire.ordered_done(tok)
    if done is not None:
        sense = ordered_act(done, lambda t: verb_sense(t)[0])
        if sense is not None:
            return sense, False
    if wire.crowd_riot(tok):
        return RIOT, False
    if wire.labour_strike(tok):
        return LABOUR_STRIKE, False
    if collective_walkout(tok):
        return WALKOUT, False
    if wire.recall(tok):
        return RECALL, False
    if wire.aid_arrival(tok):
        return AID_ARRIVAL, False
    decree = signed_decree(tok)
    if decree is not None:
        return decree, True
    if agreed_sanction(tok, _own_type):
        return AGREED_SANCTION, False
    if wire.insisted_claim(tok):
        return None, False  # "Russia insists the jet never left Syrian skies": a claim
    if wire.premises_shut(tok):
        return None, False  # "many shops stayed shut": no one shut them
    if wire.called_off(tok):
        return CALLED_OFF, False
    if refused_compliance(tok):
        return REFUSED_COMPLIANCE, False  # "said it would not renew the pact": a refusal
    if defied_pressure(tok):
        return DEFIED_PRESSURE, False  # "would not be bullied": pressure defied
    if wire.street_crowd(tok, protesters_subject):
        return DEMONSTRATION, False
    if lemma in ("demolish", "destroy", "level") and blasted(tok):
        return DEMOLITION_BY_BLAST, False
    if lemma in ("block", "blockade", "barricade") and protesters_subject(tok):
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
    if refused_to_rule_out(tok):
        return None, False  # "refused to rule out force": the threat is on "rule out"
    imposed = imposed_ban(tok)
    if imposed is not None:
        return imposed, True  # "imposed a ban on public meetings": what the ban bans
    table = lex.objects.get(lemma)
    if table and own_regret(tok):
        table = None  # "regretted its decision": one's own act, a concession
    if table and lemma in lex.label_verbs and any(c.dep_ == "oprd" for c in tok.children):
        table = None  # "called the Dutch premier a fascist" labels him, no phone call
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
        for obj in dict.fromkeys(o for o in (direct, passive) if o is not None):
            # "entered Japanese territorial waters southwest of Okinawa" can parse with
            # the waters as a compound of the real (mis-tagged) head
            for cand in [obj, *[c for c in obj.children if c.dep_ == "compound"]]:
                for phrase in object_phrase(cand):
                    if phrase in table:
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
            for c in tok.children):
        # "thousands of people gathered in the square": a demonstration, unless it says
        # what else they came for ("gathered at the mosque to pray", "to celebrate")
        return DEMONSTRATION, False
    if lemma == "chant" and (protesters_subject(tok) or any(
            c.dep_ in ("dobj", "obj") and lemma_of(c) == "slogan" for c in tok.children)):
        # "about 100 supporters chanted slogans", "crowds remained outside, chanting
        # against the general": a crowd chanting demonstrates
        return DEMONSTRATION, False
    if occupying(tok):
        return (AT_REQUEST, True) if at_request(tok) else (OCCUPATION, True)
    if lemma == "hand":
        return handing_sense(tok), False
    if lemma == "hold":
        held = holding_sense(tok)
        if held is not None:
            return held, False
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


#: Senses of the frames in ``pipeline.wire_constructions``.
EXPULSION = Sense("SANCTION", "expel", "deadline to leave")
DEPORTATION = Sense("COERCE", "deport", "migrants ordered out")
FORCES_ORDERED = Sense("MOBILIZE", "troops", "order forces")
TOLD_TO = Sense("REQUEST", "change", "tell to")
RECALL = Sense("SANCTION", "withdraw", "recall envoy")
CALLED_OFF = Sense("REJECT", "meet", "call off meeting")
RIOT = Sense("PROTEST", "riot", "crowd damage")
LABOUR_STRIKE = Sense("PROTEST", "strike", "labour strike")
AID_ARRIVAL = Sense("AID", None, "aid arrival")
PERSONA_NON_GRATA = Sense("SANCTION", "expel", "persona non grata")
LEFT_BODY = Sense("REJECT", None, "leave body")


def noun_sense(tok: Token) -> Sense | None:
    if joint(tok):
        return JOINT
    if wire.leaving_body(tok):
        return LEFT_BODY
    if wire.labour_strike(tok):
        return LABOUR_STRIKE
    if wire.phone_call(tok):
        return PHONE
    if in_contact(tok):
        return IN_CONTACT
    if lemma_of(tok) in ("exchange", "return") and tok.dep_ == "pobj" and \
            tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for"
                                            for c in tok.children):
        return None  # "in exchange for a promise": a condition, no swap
    if sit_in(tok):
        return DEMONSTRATION
    if tok.tag_ == "VBG" and lemma_of(tok) == "visit" and private_visit(tok):
        return None  # "Russians visiting the country": the gerund read as a noun
    if protests_referred_to(tok):
        return None  # "said the protests had been hijacked": protests told already
    if _protest_as_motive(tok):
        return None  # "expelled the envoy in protest at the decision": a motive, no crowd
    fired = exchanged_fire(tok)
    if fired is not None:
        return fired
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.replace("\u2019", "'") in (
            "d'affaires", "d'affaire"):
        return None  # "the charge d'affaires" is an envoy, no criminal charge
    if training(tok):
        return TRAINING
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon") and \
            lemma_of(tok) in cooperation_words()["consent_nouns"]:
        return None  # "at the government's request" is consent, not a request
    banned = ban_on(tok)
    if banned is not None:
        return banned  # "a ban on public meetings": a restriction, not a sanction
    for rest, sense in lexicon().nouns.get(lemma_of(tok), []):
        if noun_rest_ok(tok, rest):
            if sense.type == "SANCTION" and standing_regime(tok):
                return None  # "a panel monitoring sanctions": a regime already in force
            if not rest and lemma_of(tok) in cooperation_words()["setting_nouns"] and \
                    tok.dep_ in ("pobj", "compound", "nmod", "poss"):
                return None  # "a truce in its civil war": the story's setting, no act
            if sense.phrase == "handover":
                return handover_sense(tok, sense)
            return sense
    return None


#: State acts that "in protest" gives a motive for, not a demonstration of their own.
MOTIVATED_ACTS = frozenset({"SANCTION", "REJECT"})


def _protest_as_motive(tok: Token) -> bool:
    """"Pakistan expelled India's envoy in protest at the decision", "cancelled talks in
    protest": a state's act done in protest is coded on its own verb."""
    if lemma_of(tok) != "protest" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    act = tok.head.head
    for _ in range(3):  # "cancelled talks in protest": the phrase may hang on the object
        if act.pos_ == "VERB" or act.head == act:
            break
        act = act.head
    if act.pos_ != "VERB":
        return False
    # "expelled the envoy and suspended trade in protest": any of the coordinated acts
    return any((sense := verb_sense(v)[0]) is not None and sense.type in MOTIVATED_ACTS
               for v in (act, *act.conjuncts))


#: Verbs of obtaining: their subject receives what they obtain when it is aid ("Argentina
#: secured a $50 billion credit", "wins IMF lifeline"), not when it is a deal they made.
OBTAINING = frozenset({"secure", "win", "obtain", "gain", "land", "clinch"})


def is_undergo(tok: Token) -> bool:
    """A light verb whose subject is the recipient ("received a suspension")."""
    if lemma_of(tok) in OBTAINING:
        return any(c.dep_ in ("dobj", "obj") and (sense := noun_sense(c)) is not None
                   and sense.type == "AID" for c in tok.children)
    return lemma_of(tok) in lexicon().undergo


def is_light(tok: Token) -> bool:
    """A light verb, also a phrasal one ("carried out strikes", "drew up a plan")."""
    light = lexicon().light
    lemma = lemma_of(tok)
    if lemma in OBTAINING and is_undergo(tok):
        return True
    return lemma in light or any(
        f"{lemma} {c.lower_}" in light for c in tok.children if c.dep_ == "prt")


def _named_object_of(tok: Token) -> Token | None:
    """"launched what it called retaliatory strikes", "imposed what it described as
    sanctions": the label of a free relative object is the light verb's object."""
    label = tok.head
    if tok.dep_ not in ("oprd", "attr", "dobj", "pobj") or lemma_of(label) not in (
            "call", "describe", "term", "dub", "as"):
        return None
    if label.lower_ == "as":  # "what it described as sanctions"
        label = label.head
    verb = label.head
    if label.dep_ in ("ccomp", "relcl", "dobj") and any(
            c.lower_ == "what" for c in label.children if c.dep_ in ("dobj", "nsubj")) \
            and is_light(verb):
        return verb
    return None


def _answered_act(verb: Token) -> Token | None:
    """The act named in a verb of answering's "with" phrase, if it is a trigger; also one
    a container counts ("retaliated with waves of missile attacks")."""
    if not answering_verb(verb):
        return None
    return next((n for p in with_objects(verb)
                 for n in (counted(p) if lemma_of(p) in CONTAINERS else [p])
                 if noun_sense(n) is not None), None)


def _answered_with(tok: Token) -> Token | None:
    """"Pakistan responded with missile and drone strikes", "Beijing retaliated with
    tariffs of its own": the act a verb of answering is done with is its subject's act."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    verb = tok.head.head
    return verb if answering_verb(verb) else None


def find_triggers(sent: Span) -> list[Trigger]:
    """All trigger candidates of a sentence, verbal first, in text order."""
    out: list[Trigger] = []
    for tok in sent:
        # read once: the tests below ask them again and again of every token
        pos, dep, tag = tok.pos_, tok.dep_, tok.tag_
        stated = statement_sense(tok)
        if stated is not None:
            out.append(Trigger(tok, stated, nominal=False))
            continue
        if pos == "VERB" and dep == "compound" and tag == "VBG":
            # "warning shots", "a peacekeeping force": a participle modifying a noun is
            # no clause of its own
            continue
        if pos in ("VERB", "AUX") or (pos == "NOUN" and dep == "ROOT" and tag == "VBZ") or (
                # "a ruling which Beijing rejects": a relative clause's verb mis-tagged
                # as a plural noun
                pos == "NOUN" and dep == "relcl") or (
                pos == "ADJ" and dep == "acomp" and (
                    tag == "VBN" or lemma_of(tok) in lexicon().verbs)
                and lemma_of(tok) not in lexicon().not_verbs):
            # "remained committed to the truce": a participle read as an adjective
            sense, by_obj = verb_sense(tok)
            if sense is not None:
                out.append(Trigger(tok, sense, nominal=False, by_object=by_obj))
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
            if dep == "compound" and lemma_of(tok.head) in CONTAINERS:
                head = tok.head  # "announced a military aid package": the package's verb
            # "a round of sanctions", "a package of measures": the container's verb
            # governs the contained noun
            while head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and \
                    lemma_of(head.head.head) in CONTAINERS:
                head = head.head.head
            if sense is not None:
                light = head.head if (head.dep_ in ("dobj", "nsubjpass", "obj")
                                      and is_light(head.head)) else _named_object_of(head)
                if light is None:
                    light = _answered_with(head)
                if light is None and sense.type == "ACCUSE" and head.dep_ == "pobj" and \
                        head.head.lower_ == "with":
                    # "was watching events with grave concern": the manner of an active
                    # verb is its subject's stated disapproval ("with" may hang on the object)
                    verb = head.head.head
                    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                        verb = verb.head
                    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
                        light = verb
                out.append(Trigger(tok, sense, nominal=True, light=light))
    return out
