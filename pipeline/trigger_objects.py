"""A verb's object: the noun that types the verb ("fired tear gas" vs "fired missiles"),
and lexicon senses that need the right object ("cut off gas" is a sanction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup, state_named
from pipeline.agreed_reliefs import relieved_act
from pipeline.business_halts import firms_closing, market_close, own_pages_closed
from pipeline.closed_branches import organisation_branch
from pipeline.doc_views import entity_text
from pipeline.expected_conduct import expected_conduct
from pipeline.held_ground import held_territory
from pipeline.ordinary_mentions import released_matter
from pipeline.prep_objects import by_objects, prep_objects
from pipeline.syntax import objects
from pipeline.trigger_lexicon import (
    Sense,
    cooperation_words,
    counted_whole,
    lemma_of,
    lexicon,
    measured_whole,
    noun_rest_ok,
    object_phrase,
    of_objects,
)
from pipeline.trigger_permissions import permitted_by_terms
from pipeline.trigger_protest import names_a_party, protesters_subject
from pipeline.wire_constructions import goods_ordered
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Sums of money whose "in" phrase says what they are ("$5 billion in military aid").
MONEY_WORDS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble",
                         "million", "billion", "trillion", "$", "€", "£"})
#: Vehicles sent "with" what they carry. Not "vehicle", which is as often the thing sent
#: itself ("sent armoured vehicles with crews": the vehicles are the aid), nor "airlift",
#: which is a sending rather than something sent; this rule never read either.
NOT_SENT_WITH = frozenset({"vehicle", "vehicles", "airlift", "airlifts"})
VEHICLES = word_class("vehicles") - NOT_SENT_WITH
#: Verbs whose "with" object is what is given ("provided Ukraine with missiles").
WITH_SUPPLIES = frozenset({"provide", "supply", "equip", "arm"})


def direct_object(tok: Token) -> Token | None:
    if lemma_of(tok) == "add":  # "added 30 firms to its entity list": the list says why
        listed = next(iter(prep_objects(tok, ("to",))), None)
        if listed is not None:
            return listed
    if lemma_of(tok) == "give":
        # "gave the junta one week to free him": the period (parsed as an adverb) is
        # what is given, the junta only its recipient
        period = next((c for c in tok.children if c.dep_ == "npadvmod"), None)
        if period is not None and any(g.dep_ in ("dobj", "dative", "pobj")
                                      for g in tok.children):
            return period
    if lemma_of(tok) in WITH_SUPPLIES:
        given = next(iter(prep_objects(tok, ("with",))), None)
        if given is not None:
            return given
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and lemma_of(c) in VEHICLES:
            # "sent a transport plane with humanitarian supplies": what it carries
            # ("with" may hang on the vehicle or on the verb)
            cargo = next((p for g in [*c.children, *tok.children]
                          if g.dep_ == "prep" and g.lower_ == "with"
                          for p in g.children if p.dep_ == "pobj"), None)
            if cargo is not None:
                return cargo
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            c = measured_whole(c)  # "carrying 35 tonnes of food": the food
            if c.ent_type_ == "MONEY" or lemma_of(c) in MONEY_WORDS:
                # "pledged 253 million euros in emergency aid": the sum's "in" names
                # what is given
                # (the "in" may hang on the verb)
                c = next((p for g in [*c.children, *tok.children]
                          if g.dep_ == "prep" and g.lower_ == "in"
                          for p in g.children if p.dep_ == "pobj"), c)
            return c
    for c in tok.children:  # "fired into a camp": object of the first preposition
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
            # "pulled out of a meeting", "walked away from talks": a compound preposition
            inner = next((p for g in c.children if g.dep_ == "prep"
                          for p in g.children if p.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    for c in tok.children:  # "gave the junta seven days to ...": a period parsed as adverb
        if c.dep_ == "npadvmod" and any(g.dep_ == "dative" for g in tok.children):
            return c
    return None


def object_or_patient(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)


#: What takes effect as an implemented ceasefire; a ban or a law taking effect is no
#: concession (the ban's own noun is the event).
TRUCES = frozenset({"ceasefire", "truce", "armistice", "cessation", "pause", "halt", "deal",
                    "agreement", "accord", "understanding", "ceasefire deal"})


def _truce_taking_effect(tok: Token) -> bool:
    """"the truce took effect at noon", "a ceasefire, which took effect on Sunday"."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl":
        subj = tok.head
    if subj is None:
        return True  # "took effect on Sunday" with the subject elided: keep the reading
    return any(p in TRUCES for p in object_phrase(subj)) or any(
        lemma_of(c) in TRUCES for c in subj.children if c.dep_ == "compound")


#: Forces and bases a state "hosts": a presence, not a consultation.
HOSTED_FORCES = frozenset({"troop", "troops", "soldier", "force", "base", "contingent",
                           "garrison", "personnel", "marine", "peacekeeper", "facility",
                           "refugee", "migrant"})


#: Aircraft whose flying somewhere is no visit.
AIRCRAFT = frozenset({"plane", "aircraft", "jet", "flight", "helicopter", "airliner",
                      "drone", "bomber", "fighter"})


#: Stopping aid, supplies, trade or flights to another party (PLOVER SANCTION).
STOPPED_TIES = Sense("SANCTION", "discontinue", "halt ties")


def stopped_ties(tok: Token) -> bool:
    """"France halted all development aid", "supplies were stopped", "paused the
    training of its forces": a verb of stopping whose object is a tie or a supply."""
    words = cooperation_words()
    if lemma_of(tok) not in words["stop_verbs"] or tok.dep_ == "xcomp":
        return False  # "agreed to halt": an aim ("urged X to stop aid" is a request)
    obj = object_or_patient(tok)
    return obj is not None and bool(({lemma_of(obj)} | {
        lemma_of(c) for c in obj.children if c.dep_ == "compound"}) & words["cut_objects"])


def _hit_back_in_words(tok: Token, replied_to: frozenset[str]) -> bool:
    """"Bogota hit back, ordering tariffs", "hitting back at the new curbs", "hit back at
    the senator": a reply with no struck object, aimed at nothing or at a measure, a
    remark or a person (the answering act, if any, is coded on its own words)."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children) or any(
            c.dep_ in ("dobj", "obj") for c in tok.children):
        return False
    aimed = prep_objects(tok, ("at", "against"))
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # "hit back with rockets": answered with an act, coded elsewhere
    return all(p.ent_type_ == "PERSON" or lemma_of(p) in replied_to or any(
        s.type != "ASSAULT" for _, s in lexicon().nouns.get(lemma_of(p), []))
        for p in aimed)


def _warned_of_danger(tok: Token, dangers: frozenset[str]) -> bool:
    """"warned of a famine", "of a moment of risk": concern at a danger, no threat."""
    warned = prep_objects(tok, ("of", "about"))
    return bool(warned) and all(
        lemma_of(p) in dangers or any(lemma_of(g) in dangers for g in of_objects(p))
        for p in warned)


#: Words that make a warned-of state a threat all the same: modals of what will or may
#: follow, conditions, and readiness ("warned that the army was ready to defend").
WARNED_OUTCOMES = frozenset({"will", "would", "'ll", "'d", "shall", "could", "can", "may",
                             "might", "must", "should", "if", "unless", "until", "ready",
                             "prepared", "determined", "going", "gon", "consequence"})


def pressed_onward(tok: Token) -> bool:
    """"Kyiv pressed on with an offensive", "pressed ahead with a cybersecurity law",
    "troops press into Kursk region": "press" with a particle or preposition of going on
    (``onward_words``) and no one pressed carries on or advances; only pressing a party
    ("pressed Kenya to", "pressed for talks") asks something of anyone."""
    if any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in tok.children):
        return False  # "pressed Kenya", "pressed on Seoul to raise its share"
    if any(names_a_party(o) for o in prep_objects(tok, ("on",))):
        return False  # "Japan pressed on China to halt the detentions": a party pressed
    if any(lemma_of(o) in word_class("pressed_asks") for o in prep_objects(tok, ("with",))):
        return False  # "pressed ahead with demands that Pakistan raise taxes": still asking
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in word_class("onward_words")
               for c in tok.children)


def _warned_of_state(tok: Token) -> bool:
    """"warning that hundreds of thousands faced famine", "warned that the nation remains
    vulnerable": a warning that only says how things are is alarm at a situation, no
    threat; a threat says what will or may follow ("warned that it would respond"), on
    what condition, or that force is ready."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    clauses += [g for c in clauses for g in c.children
                if g.dep_ in ("conj", "xcomp", "advcl", "ccomp") and not any(
                    w.dep_ == "nsubj" and w.lower_ in ("which", "who") for w in g.children)]
    # the clause's own auxiliaries, conditions and predicates; not a relative clause or a
    # quotation hung on it ("..., which could amount to", "stating, 'I cannot ...'")
    words = [g for c in clauses for g in (c, *c.children) if g.dep_ in (
        "aux", "auxpass", "mark", "acomp", "dobj", "attr") or g.i == c.i]
    # "had identified 52 sites that it would strike": the threat is told of the object
    words += [a for o in words if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"
              for a in r.children if a.dep_ in ("aux", "mark")]
    return bool(clauses) and not any(
        g.lower_ in WARNED_OUTCOMES or lemma_of(g) in WARNED_OUTCOMES for g in words)


#: A bloc's decision to sanction: "EU leaders agreed to impose further sanctions", "agreed
#: to widen sanctions on Minsk", "agreed to shut the bloc's airspace to its airlines".
AGREED_SANCTION = Sense("SANCTION", None, "agree sanction")
#: Verbs that put sanctions in place or make them harsher.
IMPOSING = frozenset({"impose", "widen", "extend", "expand", "tighten", "broaden",
                      "toughen", "step", "adopt", "introduce"})
#: Verbs of pausing one's own plans or acts: "agreed to suspend plans to annex" concedes.
PAUSING = frozenset({"suspend", "halt", "stop", "pause", "delay", "postpone", "shelve"})


def agreed_sanction(tok: Token, sense_type: Callable[[Token], str | None]) -> bool:
    """Agreeing among themselves to sanction a third party is the sanction decided (PLOVER
    SANCTION), not an agreement with anyone: the agreed act is typed SANCTION by its own
    sense ("to shut the airspace"), or imposes or widens sanctions ("to widen sanctions",
    "to impose visa bans"). ``sense_type`` types a verb by its own sense."""
    if lemma_of(tok) != "agree":
        return False
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    acts += [g for a in acts for g in a.children if g.dep_ == "conj" and g.pos_ == "VERB"]
    for act in acts:
        if relieved_act(act):
            continue  # "agreed to scrap limits": the pressure stops, not the relations
        if sense_type(act) == "SANCTION" and lemma_of(act) not in PAUSING:
            return True
        obj = direct_object(act)
        if lemma_of(act) in IMPOSING and obj is not None and any(
                s.type == "SANCTION" for _, s in lexicon().nouns.get(lemma_of(obj), [])):
            return True
    return False


#: Things signed that are no agreement at all ("a note signed by ETA", autographs).
UNSIGNED = frozenset({"note", "autograph", "book", "guestbook", "poster", "card", "jersey",
                      "shirt", "photo", "photograph"})

#: Private travellers: their visits are tourism or family, no consultation.
PRIVATE_VISITORS = frozenset({"tourist", "visitor", "holidaymaker", "pilgrim", "traveller",
                              "traveler", "fan", "student", "citizen", "people"})


def private_visit(tok: Token) -> bool:
    """"4 million Russian tourists visit the country each year", "the safety of Russians
    visiting the country", "the ambassador, who was visiting his home country": tourists,
    a people named by nationality, or someone going home make no official visit."""
    subjs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjs and tok.dep_ == "acl":
        # "Russians visiting the country"; "the safety of Turks visiting the region" may
        # hang the gerund on "safety"
        subjs = [tok.head, *of_objects(tok.head)]
    if tok.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjs):
        subjs = [tok.head]
    if any(lemma_of(s) in PRIVATE_VISITORS or (s.ent_type_ == "NORP" and s.tag_ in (
            "NNPS", "NNS")) for s in subjs):
        return True
    place = object_or_patient(tok)
    return place is not None and any(lemma_of(c) == "home" for c in place.children
                                     if c.dep_ in ("compound", "amod", "nmod"))


#: Possessives that make a regretted act the speaker's own.
OWN_POSSESSIVES = frozenset({"its", "our", "my", "their"})
#: Premises a business closes itself ("regretted the closure of the plant").
CLOSING_BUSINESSES = word_class("closing_businesses")

# Regret is typed in four steps, three here: the object table (data/triggers.toml
# [objects.regret]) types regret at a listed act ("regretted the decision") as ACCUSE
# unless the act is one's own (`own_regret`); regret at an unlisted act that a named other
# party owns ("regretted the army's absence") is re-coded by the extractor as ACCUSE aimed
# at that owner (`regretted_owner`); a regret over a listed act ("expressed regret over
# the closure") is ACCUSE aimed at the act's named doer (`regret_at_other`,
# `regretted_agent`). The fourth, in trigger_readings, keeps regret at a listed measure
# with no other party a concession (word class ``regretted_measures``).


def own_regret(tok: Token) -> bool:
    """"regretted its decision", "regrets our move": regret for one's own act (a
    concession), not at another's ("regretted the decision", typed ACCUSE by the object
    table)."""
    if lemma_of(tok) not in ("regret", "lament"):
        return False
    obj = object_or_patient(tok)
    # "regretted the deportation of its nationals by the Dominican Republic": the "its"
    # is the victims', the act another's; a "by" of no named agent ("its decision by
    # decree", "by mistake", "by the cabinet") leaves the act its own
    return obj is not None and own_act(obj) and not any(
        a.ent_type_ in AGENT_LABELS for a in by_objects(obj)) and _stray_agent(tok) is None


def own_act(act: Token) -> bool:
    """"its decision", "the closure of the factory": an act the regretting party owns,
    by its possessive or as a business's closing of its own premises."""
    return _possessor(act)[1] or any(lemma_of(o) in CLOSING_BUSINESSES or _possessor(o)[1]
                                     for o in prep_objects(act, ("of",)))  # "of its embassy"


def _possessor(act: Token) -> tuple[Token | None, bool]:
    """(whose act this is, whether that is the speaker's own): "Russia's decision" is
    Russia's, "its decision" the speaker's; (None, False) with no possessive."""
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    return owner, owner is not None and owner.lower_ in OWN_POSSESSIVES


def regretted_owner(tok: Token) -> Token | None:
    """"regretted the army's absence": the other party owning the act a regret is at,
    whose act the regret disapproves of; None for one's own act or an act of no one."""
    owner, own = next((p for p in map(_possessor, objects(tok)) if p[0] is not None),
                      (None, False))
    return None if own else owner


#: Prepositions that name what a noun "regret" is at ("voiced regret over the
#: deportations"); "regret for what had happened" is an apology and keeps its reading.
REGRET_AT = ("over", "at", "about")


def regretted_act(tok: Token) -> Token | None:
    """What a regret is at, where the verb's own object is not there to type it (see
    data/triggers.toml [objects.regret]): the object a conjoined verb shares ("regretted
    and rejected the decision") or the "over" object of the noun ("expressed regret over
    the closure")."""
    if tok.pos_ == "NOUN":
        # ("voiced deep regret over the decision": the parser may hang "over" on the
        # verb the noun is the object of)
        at = prep_objects(tok, REGRET_AT) or (
            prep_objects(tok.head, REGRET_AT) if tok.dep_ in ("dobj", "obj") else [])
        return next(iter(at), None)
    if any(c.dep_ in ("dobj", "obj", "ccomp") for c in tok.children):
        return None
    shared = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if shared is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in shared.children):
        return None  # "regretted it, and Berlin rejected the plan": two clauses
    if lemma_of(shared) in OWNING_VERBS:
        return None  # "regretted and defended the closure": one's own act
    return next((c for c in shared.children if c.dep_ in ("dobj", "obj")), None)


#: Verbs sharing a regret's object that make the act the regretting party's own.
OWNING_VERBS = frozenset({"defend", "announce", "order", "justify", "reverse",
                          "implement"})

#: Entity labels of an "of" agent that can own an act ("the decision of the court").
AGENT_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _stray_agent(tok: Token) -> Token | None:
    """A named "by" agent the parser hung on the active verb of regret rather than on the
    act regretted ("expressed regret over the deportation of Novak Djokovic by
    Australia", "regretted the deportation of its nationals by the Dominican Republic"):
    an active verb has no agent of its own, so a state or body there did the act."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "obj") else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ == "VBN" or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((a for a in by_objects(verb) if a.ent_type_ in AGENT_LABELS), None)


def regretted_agent(tok: Token) -> Token | None:
    """Who did the act a regret is at, where the text names them: its possessive owner
    ("Russia's decision") or its "by" agent ("the deportation ... by Australia")."""
    if lemma_of(tok) not in ("regret", "lament"):
        return None
    # ("regretted the expulsion ... by Russia": the verb's own object)
    act = regretted_act(tok) or next(iter(objects(tok)), None)
    if act is None:
        return None
    owner, own = _possessor(act)
    if owner is not None:
        return None if own else owner
    # "the Ukraine decision by Hungary", "the Kosovo decision of the International Court":
    # a named agent first (one the parser hung on the verb of regret too), then a state's
    # or capital's name before the act ("the US decision"; a territory there is the
    # act's topic: "the Gaza decision")
    agent = next(iter(by_objects(act) + [
        a for c in act.children if c.dep_ == "acl" for a in by_objects(c)] +
        [a for a in (_stray_agent(tok),) if a is not None] +
        [o for o in prep_objects(act, ("of",)) if o.ent_type_ in AGENT_LABELS]), None)
    if agent is not None:
        return agent
    return next((c for c in act.children if c.dep_ == "compound" and c.ent_type_ == "GPE"
                 and (state := state_named(lookup(entity_text(c)))) is not None
                 and not held_territory(state)), None)


def regret_at_other(tok: Token) -> bool:
    """"expressed regret over the closure", "regretted and rejected the decision": a
    regret at an act the regret table lists, not one's own ("regret over its decision"),
    is disapproval like "regretted the decision"."""
    if lemma_of(tok) not in ("regret", "lament"):
        return False
    act = regretted_act(tok)
    if act is None or own_act(act):
        return False
    table = lexicon().objects.get("regret", {})
    return any(table.get(p) is not None and table[p].type == "ACCUSE"
               for p in object_phrase(act))


#: Objects of an "as" phrase that say why something was done, not what its object is
#: taken for ("dismissed the cabinet as part of a reshuffle" sacks it).
AS_PURPOSES = frozenset({"part", "result", "punishment"})


def labelled_as(tok: Token) -> bool:
    """"dismissed the Trump administration as a threat": a verb whose lexicon reads "as"
    something as a label ("dismiss as", a disparagement) labels its object, so the object
    table's sanction ("dismissed the cabinet", a sacking) does not hold. The "as" may
    hang on the verb or on its object."""
    if not any(rest == ("as",) for key in (tok.lower_, lemma_of(tok))
               for rest, _ in lexicon().verbs.get(key, [])):
        return False
    phrases = [p for h in (tok, *objects(tok)) for p in h.children
               if p.dep_ == "prep" and p.lower_ == "as"]
    return any(not any(lemma_of(o) in AS_PURPOSES for o in p.children if o.dep_ == "pobj")
               for p in phrases)


#: Types of emergency rule whose noun is the event when a state "imposes" it.
EMERGENCY_TYPES = frozenset({"COERCE", "MOBILIZE"})


def _imposed_emergency(tok: Token) -> bool:
    """"imposed a state of emergency", "imposes martial law": the imposed noun is the
    event (COERCE), not a sanction on anyone."""
    obj = object_or_patient(tok)
    if obj is None:
        return False
    heads = [obj, *of_objects(obj)]
    return any(s.type in EMERGENCY_TYPES and noun_rest_ok(h, rest)
               for h in heads for rest, s in lexicon().nouns.get(lemma_of(h), []))


def standing_regime(tok: Token) -> bool:
    """"a panel monitoring sanctions on North Korea", "in breach of EU sanctions",
    "violations of the sanctions": sanctions in force named as what is watched or broken
    are the setting of another act, not a sanction imposed."""
    words = cooperation_words()["regime_words"]
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) in words for c in tok.children):
        return True  # "a panel monitoring sanctions" parsed with "monitoring" as modifier
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass"):
        governor = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
        governor = tok.head.head  # "in breach of", "violations of"
    else:
        return False
    return lemma_of(governor) in words


def restricted_out(tok: Token, sense: Sense) -> bool:
    """True when a lexicon verb sense does not hold for this use of the verb (the caller
    then drops the trigger). Mostly the object or patient is the wrong kind: "cut off gas"
    is a sanction, "will cut its stockpile" or "the area was cut off" is not; likewise
    easing tensions, blaming a cause, hosting troops, releasing photographs, hitting
    "with" what is no sanction, a person "stationed" somewhere, "withdrew from the trial"
    (no military withdrawal), a rule that "allows" or "lets" by its terms. Also: "hit back" at
    words, a warning of a danger, "turned back" with nothing turned, a trip only planned
    or flown by an aircraft, and "take effect" said of no truce."""
    words = cooperation_words()
    if sense.phrase in ("cut", "cut off"):
        obj = object_or_patient(tok)
        return obj is not None and not ({lemma_of(obj)} | {
            lemma_of(c) for c in obj.children if c.dep_ == "compound"}) & words["cut_objects"]
    if sense.phrase == "hit" and _hit_back_in_words(tok, words["replied_to"]):
        return True
    if sense.phrase == "visit" and private_visit(tok):
        return True
    if sense.phrase == "sign":
        # "a note signed by ETA": a signature, no act of support
        signed = object_or_patient(tok) or (tok.head if tok.dep_ == "acl" else None)
        if signed is not None and lemma_of(signed) in UNSIGNED:
            return True
    if sense.phrase in ("warn", "caution") and (_warned_of_danger(tok, words["dangers"]) or
                                                 _warned_of_state(tok)):
        return True
    if sense.phrase == "expect":
        return not expected_conduct(tok)  # "is expected to arrive": a forecast
    if sense.phrase == "press" and pressed_onward(tok):
        return True  # "pressed on with the offensive": carrying on, no request
    if sense.type == "REQUEST" and goods_ordered(tok):
        return True  # "ordered army tents to the flood zone": relief sent, nothing asked
    if sense.phrase == "turn back":  # "convoys were turned back"; "the army turned back"
        return object_or_patient(tok) is None
    if sense.type == "MOBILIZE" and sense.phrase in ("station", "deploy", "redeploy"):
        # "the BBC's correspondent, stationed in the capital": a named person posted
        # somewhere is no force movement
        patient = object_or_patient(tok)
        if patient is None and tok.dep_ == "acl":
            patient = tok.head
        return patient is not None and patient.ent_type_ == "PERSON"
    if sense.phrase == "hit with":
        # "hit Iran with new sanctions"; "hit back with drone attacks" is no sanction
        return any(p.dep_ == "pobj" and (senses := lexicon().nouns.get(lemma_of(p))) and
                   not any(s.type == "SANCTION" for _, s in senses)
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                   for p in c.children)
    if sense.phrase == "target":
        # "targeted the leader", "were targeting criminals": aiming alone is no sanction;
        # "targeted chipmakers with export controls" names the measures
        return not any(lemma_of(g) in words["target_measures"]
                       for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "in")
                       for p in c.children if p.dep_ == "pobj"
                       for g in (p, *(m for m in p.children if m.dep_ == "compound")))
    if sense.phrase == "block" and protesters_subject(tok, ways=True):
        return False
    if sense.phrase == "impose" and _imposed_emergency(tok):
        return True
    if sense.phrase == "ease":
        eased = object_or_patient(tok)
        return eased is not None and lemma_of(eased) in words["not_eased"]
    if sense.phrase == "travel to" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "to", "could", "may")
            for c in tok.children):
        return True  # "Rice will travel to Tokyo next week": a trip planned, no visit yet
    if sense.phrase in ("fly to", "travel to"):
        # "air force planes will fly (travel) to the US to collect migrants": an aircraft's
        # flight is no visit
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj is not None and lemma_of(subj) in AIRCRAFT
    if sense.phrase == "take effect":
        return not _truce_taking_effect(tok)
    if sense.phrase == "blame":
        # "blamed technical reasons for the delay": a cause named, no one accused
        obj = object_or_patient(tok)
        return obj is not None and lemma_of(obj) in words["not_blamed"]
    if sense.phrase == "host":
        # "Niger hosts about 1,500 French troops", "hosts a Russian naval base": a
        # standing presence, no meeting
        hosted = object_or_patient(tok)
        return hosted is not None and (lemma_of(hosted) in HOSTED_FORCES or any(
            lemma_of(c) in HOSTED_FORCES for c in hosted.children if c.dep_ == "conj"))
    if sense.phrase in ("release", "free"):
        # "released photographs of the meeting", "video released by the military"
        return released_matter(tok, nominal=False)
    if sense.type == "COERCE" and sense.phrase in ("close", "shut"):
        # "closed thousands of accounts", "closed the case": no premises or outlet shut
        if market_close(tok) or firms_closing(tok):
            # "shares closed down 19% at 151 pence": a price quoted; "hundreds of firms
            # close every month": businesses shutting down; no one shut by anyone
            return True
        closed = counted_whole(object_or_patient(tok))
        return closed is not None and ((lemma_of(closed) in words["not_closed"] and not
            organisation_branch(closed, words["branch_closed"], words["branch_owners"])) or
            own_pages_closed(tok, closed))
    if sense.type == "CONCEDE" and sense.phrase in ("allow", "let", "permit"):
        return permitted_by_terms(tok, words["instruments"])
    if sense.phrase in ("withdraw", "pull out"):
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and lemma_of(p) in words["not_withdrawn_from"] for p in c.children)
            for c in tok.children)
    return False


def unaimed_measures(tok: Token) -> bool:
    """"announce new measures to strengthen air defences", "his measures were needed",
    "anti-terrorist measures": the noun "measures" with nothing aimed ("against Moscow",
    "on imports") and no punitive word ("retaliatory measures") is a state's own step,
    no sanction."""
    if lemma_of(tok) != "measure":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in tok.children):
        return False
    mods = {lemma_of(c) for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    return not mods & cooperation_words()["measure_modifiers"]
