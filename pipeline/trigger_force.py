"""Force and what only looks like it: troop movements, places seized, people held,
shows of force, demolition by blast, readiness to confront, figurative fights and
events only feared or described."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.place_names import known_place, named_town
from pipeline.prep_objects import prep_objects
from pipeline.syntax import dated_prep, doer
from pipeline.trigger_lexicon import (
    Sense,
    form_lemma,
    lemma_of,
    lexicon,
    object_phrase,
    of_objects,
    prep_object_sense,
    verb_rest_ok,
)
from pipeline.wire_constructions import COMMANDING, PLACE_OR_TIME
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where a fired weapon hits no one: a test or show of force ("fired two ballistic
#: missiles into the sea") is a force posture (MOBILIZE), not an assault.
OPEN_WATERS = frozenset({"sea", "water", "ocean", "gulf", "strait"})

SHOW_OF_FORCE = Sense("MOBILIZE", "weapons", "fire into the sea")


def into_open_water(tok: Token) -> bool:
    """"fired missiles into the sea", "launched rockets toward the waters off X"."""
    return any(c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "in") and any(
        p.dep_ == "pobj" and lemma_of(p) in OPEN_WATERS for p in c.children)
        for c in tok.children)


WEAPONS_TEST = Sense("MOBILIZE", "weapons", "weapons test")


def weapons_test(tok: Token) -> bool:
    """"test-fired an ICBM", "fired ballistic missiles in a drill", "launched a rocket that
    put a satellite into orbit": a launch that tests weapons or reaches space is a show
    of force (gold: MOBILIZE/THREATEN in each such tuning case), whatever it flies over;
    "fired missiles at Kyiv" names its target and stays an assault."""
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against") and not dated_prep(c)
           for c in tok.children):
        return False  # aimed at a target ("on Sunday" is no target)
    if any(c.lower_ == "test" and c.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-"
           for c in tok.children):
        return True  # "test-fired", "test-launched"
    trials = word_class("weapons_trials")
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            p.dep_ == "pobj" and lemma_of(p) in trials for p in c.children)
           for c in tok.children):
        return True
    payloads = word_class("space_payloads")
    # the launch's own object, passive subject or "into orbit" phrase (with the object's
    # relative clause: "a rocket that put a satellite into orbit"), not the whole subtree
    # ("fired rockets, a day after a satellite was launched" is no space launch)
    own = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "prep", "prt")]
    return any(lemma_of(t) in payloads for c in own for t in c.subtree)


def unaimed_launch(tok: Token) -> Sense | None:
    """The show of force a launch of weapons is when it hits no one, or None."""
    if into_open_water(tok):
        return SHOW_OF_FORCE
    return WEAPONS_TEST if weapons_test(tok) else None


#: Crowd-control weapons aimed at a vessel attack it ("fired water cannon at a Philippine
#: supply boat"): PLOVER ASSAULT, not the repression of a crowd.
VESSELS = frozenset({"boat", "vessel", "ship", "ferry", "trawler", "tanker", "craft",
                     "warship", "frigate", "yacht"})
CANNON_ON_VESSEL = Sense("ASSAULT", "water-cannon", "fire water cannon at vessel")


def aimed_at_vessel(tok: Token) -> bool:
    """"fired water cannon at a supply boat", "used water cannon against two vessels"
    (the "at"/"against" may hang on the weapon or on the verb)."""
    weapons = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ == "prep" and c.lower_ in ("at", "against", "on") and any(
        p.dep_ == "pobj" and lemma_of(p) in VESSELS for p in c.children)
        for h in (tok, *weapons) for c in h.children)


#: A building demolished "with a blast" is destroyed by force (PLOVER ASSAULT: destroy);
#: demolitions by bulldozer or order stay repression (COERCE: seize).
DEMOLITION_BY_BLAST = Sense("ASSAULT", "destroy", "demolish with blast")
#: The blast nouns (word class ``blast_nouns``, shared with agentless_doers' remote
#: doers) and two only this rule reads ("with dynamite", "by a detonation").
BLASTS = word_class("blast_nouns") | {"dynamite", "detonation"}


def blasted(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "by", "in") and any(
        lemma_of(p) in BLASTS for p in c.children if p.dep_ == "pobj") for c in tok.children)


#: People "held" somewhere are detained ("the crew have been held at a base since the
#: landing"); "held hostage" is an abduction. The people are the word class held_people,
#: shared with captured_people.
DETENTION = Sense("COERCE", "arrest", "held")
HOSTAGE = Sense("ASSAULT", "abduct", "held hostage")
#: Pronouns that stand for held people ("ordered him held").
HELD_PRONOUNS = frozenset({"him", "her", "them"})


def holding_sense(tok: Token) -> Sense | None:
    """"X has been held in Evin prison" (passive, a person held) is a detention;
    "held hostage/captive" an abduction; "held talks" stays a light verb."""
    if any(c.lower_ in ("hostage", "hostages", "captive") for c in tok.children
           if c.dep_ in ("oprd", "advmod", "dobj", "xcomp", "npadvmod", "attr")):
        return HOSTAGE
    ordered = tok.dep_ in ("xcomp", "ccomp", "oprd") and _under_order(tok)
    # "a court ordered Galstanyan held": the bare participle after an order's object is
    # often tagged as a past tense
    if (tok.tag_ != "VBN" and not (ordered and tok.tag_ == "VBD")) or any(
            c.dep_ in ("dobj", "obj") for c in tok.children):
        return None
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and patient.lower_ in ("who", "that", "which") and \
            tok.dep_ == "relcl":
        patient = tok.head  # "the crew, who have been held at a base"
    if patient is None and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        patient = tok.head  # "two journalists held in Evin prison", "ordered him held"
    if patient is None and ordered:
        # "a judge ordered him held for 30 days": the object of the order (or the small
        # clause's subject, as the parser may read it) is held
        patient = next((c for c in [*tok.children, *tok.head.children] if c.dep_ in (
            "nsubj", "dobj", "obj") and c.i > tok.head.i), None)
    if patient is None or any(lemma_of(o) in HELD_TO_ACCOUNT for o in prep_objects(tok, ("in",))):
        return None  # "ordered Boeing held in contempt of court": a ruling, no detention
    if ordered and patient.pos_ == "PROPN" and patient.ent_type_ != "PERSON" and \
            known_place(patient):
        return None  # "ordered Kharkiv held at all costs": ground held, no one detained
    return DETENTION if patient.ent_type_ == "PERSON" or patient.lower_ in HELD_PRONOUNS or any(
        p in word_class("held_people") for p in object_phrase(patient)) or _ordered_held_name(
        tok, patient) or (_ordered_bare(tok) and held_in_custody(tok) and
                          _human(patient)) else None


#: What one is "held in" by a ruling, not a cell ("held in contempt of court").
HELD_TO_ACCOUNT = frozenset({"contempt"})

#: Person nouns that make a held object people (word classes ``held_people`` and
#: ``captive_people``).
HELD_PEOPLE = word_class("held_people") | word_class("captive_people")


def names_people(held: Token) -> bool:
    """A name, a people or a person noun ("the American journalist"): "the evidence held
    in custody" is kept, no one detained (also ``pipeline.ordered_acts``)."""
    return held.ent_type_ in ("PERSON", "NORP") or \
        any(p in HELD_PEOPLE for p in object_phrase(held))


def _human(patient: Token) -> bool:
    """A held object that names people (``names_people``), a number of them ("12
    Kurds") or an age ("a 77-year-old lawyer")."""
    return names_people(patient) or \
        any(c.dep_ == "nummod" for c in patient.children) or \
        any(t.lower_ == "year" for t in patient.subtree if t.i < patient.i)


#: Places of custody that make "held in" a detention whoever is held ("ordered a
#: 77-year-old lawyer held in custody"); a court or barracks can hold a meeting.
HELD_IN = frozenset(word_class("custody_places") - {"court", "barracks"})


def held_in_custody(held: Token, preps: tuple[str, ...] = ("in",)) -> bool:
    """"ordered a lawyer held in custody", "in pre-trial detention": the place says it is
    a detention, whatever noun names the people held (``pipeline.ordered_acts`` also
    takes "remanded into custody")."""
    return any(lemma_of(o) in HELD_IN for o in prep_objects(held, preps))


def _under_order(held: Token) -> bool:
    """"ordered X held", "ordered that X be held": the participle is the order's
    complement or hangs on its object."""
    order = held.head.head if held.dep_ == "acl" else held.head
    return lemma_of(order) in COMMANDING


def _ordered_bare(held: Token) -> bool:
    """"ordered a lawyer held in custody": a bare participle under an order, no clause
    of its own."""
    return _under_order(held) and not any(a.dep_ in ("aux", "auxpass", "mark")
                                          for a in held.children)


def _ordered_held_name(held: Token, patient: Token) -> bool:
    """"a German court orders Puigdemont held": a name an order has held is a person
    even where the tagger took the name for an organisation."""
    if not _under_order(held) or patient.pos_ != "PROPN" or patient.ent_type_ in NO_PERSON:
        return False
    if patient.ent_type_ in PLACE_OR_TIME:
        # only the bare participle ("ordered Galstanyan held"): "ordered that X be held"
        # is the order's clause, coded on the order and the detention noun
        return _ordered_bare(held) and not known_place(patient)
    return True


#: Entity labels of a name that is no person whatever the gazetteer says ("ordered the
#: vote held on March 16"); the tagger's place and people labels are checked against
#: the gazetteer instead ("ordered Galstanyan held", "ordered Navalny held" are tagged
#: as a people and a place).
NO_PERSON = frozenset(PLACE_OR_TIME - {"GPE", "LOC", "NORP"})


#: "prepares to confront X" readies forces (MOBILIZE); "vowed to confront X" is a threat.
#: A bare "confronted" is no act of its own here.
CONFRONT_VERBS = frozenset({"confront"})
PREPARING = frozenset({"prepare", "ready", "gear", "brace", "mobilize", "mobilise"})
VOWING = frozenset({"vow", "threaten", "pledge", "promise", "swear", "warn", "vowed"})
READYING = Sense("MOBILIZE", None, "prepare to confront")
VOWED_FORCE = Sense("THREATEN", None, "vow to confront")


def confronting(tok: Token) -> Sense | None:
    """The sense of "confront" from the verb it is the infinitive of, if any."""
    if tok.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = lemma_of(tok.head)
    if head in PREPARING or (head == "get" and any(c.lower_ == "ready" for c in tok.head.children)):
        return READYING
    if head in VOWING:
        return VOWED_FORCE
    return None


#: Taking a place by force: "Iraqi forces seized Kuwait", "rebels captured the town".
OCCUPATION = Sense("ASSAULT", "occupy", "seize place")


def _place(tok: Token) -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or named_town(tok):
        return True
    places = lexicon().occupying["places"]
    return any(p in places for p in object_phrase(tok))


def occupying(tok: Token) -> bool:
    """A verb of taking whose object (or passive subject) is a place."""
    lex = lexicon().occupying
    lemma = form_lemma(tok)  # "retook"
    if lemma not in lex["verbs"] and not any(
            v.startswith(lemma + " ") and verb_rest_ok(tok, tuple(v.split()[1:]))
            for v in lex["verbs"]):
        return False
    if lemma == "take" and not any(c.lower_ == "over" for c in tok.children) and not any(
            lemma_of(c) == "control" or named_town(c) for c in tok.children
            if c.dep_ == "dobj"):
        # "took part", "took office": only "took over", "took control" or a town taken
        # ("the rebels took Aleppo"; not a state or country, which elections "take")
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _place(c) for c in tok.children)


def figurative_fight(tok: Token) -> bool:
    """"fight terrorism", "fought the extradition in the courts": no violence."""
    fig = lexicon().figurative
    for c in tok.children:
        if c.dep_ == "dobj" and lemma_of(c) in fig["fight_objects"]:
            return True
        if c.dep_ == "prep" and any(lemma_of(p) in fig["arenas"] or p.lower_ in fig["arenas"]
                                    for p in c.children if p.dep_ == "pobj"):
            return True
    return False


#: A leader or official "clashing" with someone over an issue: a verbal dispute.
VERBAL_CLASH = Sense("ACCUSE", None, "verbal clash")
#: Title words of people who clash in words, not arms.
SPEAKERS = frozenset({"president", "minister", "leader", "premier", "chancellor",
                      "spokesman", "spokeswoman", "official", "lawmaker", "senator",
                      "governor", "mayor", "diplomat", "envoy", "ambassador"})


def verbal_clash(tok: Token) -> bool:
    """"Petro has clashed with Washington over drug policy", "the minister clashed with
    the governor": a named person or an official clashing is a dispute, no violence."""
    if lemma_of(tok) != "clash":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if (subj.ent_type_ == "PERSON" and not subj.lower_.endswith("s")) or \
            lemma_of(subj) in SPEAKERS:
        return True
    # "Petro has clashed with Washington over drug policy": a bare name (the small model
    # often leaves a surname untyped) at odds with a state over an issue
    over = any(c.dep_ == "prep" and c.lower_ == "over" for c in tok.children)
    opponent = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"), None)
    return over and subj.pos_ == "PROPN" and not subj.ent_type_ and opponent is not None \
        and opponent.ent_type_ in ("GPE", "PERSON")


def unreal(tok: Token) -> bool:
    """An event noun that is only feared, planned or pretended ("a pretext for an
    invasion", "fears of an attack"), or only describes someone or something
    ("prisoners of war", "the anniversary of the invasion")."""
    fig = lexicon().figurative
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and (
        lemma_of(tok.head.head) in fig["unreal_heads"] or
        (tok.head.lower_ == "of" and lemma_of(tok.head.head) in fig["described_by"]))


#: Troops moving short of force: "troops entered Gambia", "tanks crossed into Ukraine".
MOVEMENT = Sense("MOBILIZE", "troops", "military movement")


def _military(tok: Token) -> bool:
    mil = lexicon().military
    if lemma_of(tok) in mil or tok.lower_.removesuffix("s") in mil:
        return True
    # "thousands of troops", "a column of tanks"
    return any(lemma_of(p) in mil for p in of_objects(tok))


def _attack_verb(tok: Token) -> bool:
    """A verb that reports force by its own sense ("opened fire", "fired into crowds",
    "retook the capital"): a lexicon ASSAULT verb or a place taken by force."""
    return occupying(tok) or any(
        s.type == "ASSAULT" and verb_rest_ok(tok, rest)
        for rest, s in lexicon().verbs.get(lemma_of(tok), []))


def moved_to_attack(tok: Token) -> bool:
    """"units crossed into our territory and opened fire", "troops arrived and fired
    into crowds", "retook the capital and have since pushed into the regions": a move
    joined to an attack by the same forces is part of the attack, coded on it."""
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        joined.append(tok.head)
    return any(_attack_verb(j) for j in joined)


def military_movement(tok: Token) -> bool:
    """A movement verb whose subject (or passive patient) is a military unit."""
    rests = lexicon().movement_verbs.get(lemma_of(tok))
    if rests is None or not any(verb_rest_ok(tok, r) for r in rests):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":  # "troops entered X and moved toward Y"
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = tok.head  # "troops crossing the border", "tanks that rolled into"
    if subj is None and tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX"):
        # "paratroopers began arriving", "columns continued to advance": the subject of
        # the aspect verb moves
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and _military(subj)


def exchanged_fire(tok: Token) -> Sense | None:
    """"exchanges of gunfire", "an exchange of artillery fire": the noun typed by its
    "of" object as the verb is by its direct object ("exchanged fire"); fighting, not a
    prisoner swap."""
    return prep_object_sense(tok, "of", "exchange") if lemma_of(tok) == "exchange" else None


#: Non-state armed men: what they take or raid they take by violence.
ARMED_MEN = word_class("armed_men")
#: Verbs of a state's taking (PLOVER COERCE: "police seized weapons", "troops raided a
#: house", "the army commandeered trucks").
SEIZING = word_class("seizing")
#: Prepositions of seizing on a chance ("seized on the opportunity"): no taking at all.
SEIZED_ON = frozenset({"on", "upon"})


def armed_seizure(tok: Token) -> bool:
    """"militants seized a priest", "dozens of gunmen raided their camp", "rebel
    soldiers commandeered tanks": taking or raiding by non-state armed men is an
    abduction or an attack (PLOVER ASSAULT), not a state's arrest or confiscation."""
    if lemma_of(tok) not in SEIZING:
        return False
    if any(c.dep_ == "prep" and c.lower_ in SEIZED_ON and not dated_prep(c)
           for c in tok.children) and \
            not any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return False  # "rebel leaders seized on the opportunity": a chance, not a taking
    who = doer(tok)
    if who is None and tok.dep_ == "conj":
        who = doer(tok.head)  # "rebels stormed the town and seized its mayor"
    return who is not None and _armed(who)


def _armed(doer: Token) -> bool:
    """"militants", "rebel soldiers", "dozens of gunmen": armed men by the head word, a
    modifier, or what a count is "of"."""
    words = [doer, *(c for c in doer.children if c.dep_ in ("amod", "compound"))]
    words += of_objects(doer)
    return any(lemma_of(w) in ARMED_MEN for w in words)


#: "hit the base with mortar fire": the blow itself (PLOVER ASSAULT).
STRUCK_WITH_ARMS = Sense("ASSAULT", None, "hit with arms")


def struck_with_arms(tok: Token) -> bool:
    """"hit Ukrainian positions with mortar fire", "the base was hit with rockets": "hit
    ... with" weapons or fire (word class ``struck_with``) is a blow, not the "hit with
    sanctions" of a penalty. A salvo, volley, barrage or hail is judged by what it is
    "of" ("a salvo of 40 rockets", not "a salvo of sanctions", "a barrage of questions"),
    and fire only with a weapon named on it ("mortar fire", not "fire from all sides")."""
    return lemma_of(tok) == "hit" and any(
        _arms(p) for p in prep_objects(tok, ("with",)))


def _arms(used: Token) -> bool:
    """Weapons, named by the word or its modifier ("rockets", "artillery fire")."""
    arms = word_class("struck_with")
    if lemma_of(used) in word_class("struck_with_measures"):
        return any(lemma_of(o) in arms for o in of_objects(used))
    mods = [lemma_of(m) for m in used.children if m.dep_ in ("compound", "amod")]
    if lemma_of(used) == "fire":
        return any(m in arms or m in word_class("struck_with_fire") for m in mods)
    return lemma_of(used) in arms or any(m in arms for m in mods)
