"""Trigger matching: verbal and nominal PLOVER triggers from ``data/triggers.toml``.

A trigger is a token whose lemma (optionally with a particle/preposition child or the next
word, "pull back", "fire on"; or a compound modifier, "air strike") is in the lexicon.
Some verbs are typed by their object instead ("fired tear gas" vs "fired missiles"), and
light verbs ("held talks", "imposed sanctions") pass their object's type on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.plover import TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DATA = Path(__file__).parent / "data" / "triggers.toml"
#: Measure nouns whose "of" object is what is carried or sent ("tonnes of food").
MEASURES = frozenset({"tonne", "ton", "kilogram", "kg", "truckload", "shipment", "load",
                      "consignment", "crate", "box", "litre", "liter", "gallon", "batch",
                      "planeload", "cargo", "pallet", "worth",
                      # counts and volleys of weapons: "launched dozens of missiles"
                      "dozen", "hundred", "score", "barrage", "salvo", "volley", "swarm",
                      # vehicles and packs of what they carry: "40 trucks of food"
                      "truck", "lorry", "plane", "ship", "boat", "bag", "sack", "carton",
                      "container", "boatload", "busload"})
#: Where a fired weapon hits no one: a test or show of force ("fired two ballistic
#: missiles into the sea") is a force posture (MOBILIZE), not an assault.
OPEN_WATERS = frozenset({"sea", "water", "ocean", "gulf", "strait"})
#: Nouns that only count or group events ("round of talks", "package of sanctions").
CONTAINERS = frozenset({"round", "package", "set", "series", "wave", "raft", "string", "plan",
                        "number", "batch", "list"})


@dataclass(frozen=True, slots=True)
class Sense:
    type: str
    mode: str | None
    phrase: str  # the lexicon entry, for auditing


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], Sense]]]  # head lemma -> (rest words, sense)
    nouns: dict[str, list[tuple[tuple[str, ...], Sense]]]
    objects: dict[str, dict[str, Sense]]
    light: frozenset[str]
    undergo: frozenset[str]
    movement_verbs: dict[str, list[tuple[str, ...]]]  # head lemma -> particles
    military: frozenset[str]
    protesters: frozenset[str]
    occupying: dict[str, frozenset[str]]
    figurative: dict[str, frozenset[str]]
    not_verbs: frozenset[str]
    ceasing: dict[str, frozenset[str]]
    eval_adjectives: frozenset[str]
    eval_negated: frozenset[str]
    label_verbs: frozenset[str]
    label_nouns: frozenset[str]
    demand_modals: frozenset[str]
    praise_adjectives: frozenset[str]
    praise_heads: frozenset[str]
    praise_nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the head token of the trigger
    sense: Sense
    nominal: bool
    light: Token | None = None  # the light verb governing a nominal trigger
    by_object: bool = False


def _parse(entry: str, type_: str) -> tuple[list[str], Sense]:
    phrase, _, mode = entry.partition(":")
    return phrase.split(), Sense(type_, mode or None, phrase)


@cache
def lexicon() -> Lexicon:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    verbs: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    nouns: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    for t in TYPES:
        for e in raw[t].get("verbs", []):
            words, sense = _parse(e, t)
            verbs.setdefault(words[0], []).append((tuple(words[1:]), sense))
        for e in raw[t].get("nouns", []):
            words, sense = _parse(e, t)
            # nominal compounds are keyed by their head (last word): "air strike" -> strike
            nouns.setdefault(words[-1], []).append((tuple(words[:-1]), sense))
    objects: dict[str, dict[str, Sense]] = {}
    for verb, table in raw["objects"].items():
        objects[verb] = {}
        for obj, target in table.items():
            t, _, mode = target.partition(":")
            objects[verb][obj] = Sense(t, mode or None, f"{verb} {obj}")
    for bucket in (verbs, nouns):  # longest (most specific) phrases first
        for senses in bucket.values():
            senses.sort(key=lambda x: -len(x[0]))
    movement: dict[str, list[tuple[str, ...]]] = {}
    for e in raw["movement"]["verbs"]:
        head, *rest = e.split()
        movement.setdefault(head, []).append(tuple(rest))
    ev = raw["evaluative"]
    return Lexicon(verbs, nouns, objects,
                   frozenset(raw["light"]["verbs"]) | frozenset(raw["light"]["undergo"]),
                   frozenset(raw["light"]["undergo"]),
                   movement, frozenset(raw["movement"]["subjects"]),
                   frozenset(raw["PROTEST"]["protesters"]),
                   {k: frozenset(v) for k, v in raw["occupying"].items()},
                   {k: frozenset(v) for k, v in raw["figurative"].items()},
                   frozenset(raw["adjectives"]["not_verbs"]),
                   {k: frozenset(v) for k, v in raw["ceasing"].items()},
                   frozenset(ev["adjectives"]), frozenset(ev["negated"]),
                   frozenset(ev["label_verbs"]), frozenset(ev["label_nouns"]),
                   frozenset(ev["demand_modals"]), frozenset(ev["praise_adjectives"]),
                   frozenset(ev["praise_heads"]), frozenset(ev["praise_nouns"]))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _verb_rest_ok(tok: Token, rest: tuple[str, ...]) -> bool:
    """"pull back": the extra words are children (prt/prep/dobj) or the next tokens."""
    if not rest:
        return True
    # a preposition of time is no particle: "called X a liar on Tuesday" is no "call on"
    dated = {c.i for c in tok.children if c.dep_ == "prep" and any(
        p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj")}
    kids = {_lemma(c) for c in tok.children if c.i not in dated} | {
        c.lower_ for c in tok.children if c.i not in dated}
    for c in tok.children:  # "expressed outrage", "moving troops": object compounds
        if c.dep_ in ("dobj", "pobj", "prep"):
            kids |= {_lemma(g) for g in c.children}
            # "flew out of the country": a preposition chained on a preposition
            kids |= {_lemma(p) for g in c.children if g.dep_ == "prep" for p in g.children}
    if all(w in kids for w in rest):
        return True
    nxt = [_lemma(t) for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]]
    return nxt == list(rest) and tok.i + 1 not in dated


def _noun_rest_ok(tok: Token, rest: tuple[str, ...]) -> bool:
    if not rest:
        return True
    prev = [_lemma(t) for t in tok.doc[max(0, tok.i - len(rest)):tok.i]]
    if prev == list(rest):
        return True
    mods = {_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod")}
    return all(w in mods for w in rest)


def _object_phrase(obj: Token) -> list[str]:
    # the word as written too: "the Adre crossing" is often tagged as a verb form
    heads = list(dict.fromkeys([_lemma(obj), obj.lower_, obj.lower_.removesuffix("s")]))
    out = list(heads)
    mods = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
    # coordinated modifiers each modify the head: "search and rescue teams"
    mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
    mods.sort(key=lambda c: -c.i)  # nearest the head first: "military aid package"
    # the modifier as written too: "warning shots" (the lemma of "warning" is "warn")
    words = dict.fromkeys(w for c in mods for w in (_lemma(c), c.lower_))
    out[:0] = [f"{m} {h}" for m in words for h in heads]
    return out


#: Vehicles sent "with" what they carry.
VEHICLES = frozenset({"plane", "aircraft", "truck", "lorry", "convoy", "ship", "vessel",
                      "flight", "helicopter", "boat", "train"})
#: Verbs whose "with" object is what is given ("provided Ukraine with missiles").
WITH_SUPPLIES = frozenset({"provide", "supply", "equip", "arm"})


def _direct_object(tok: Token) -> Token | None:
    if _lemma(tok) == "add":  # "added 30 firms to its entity list": the list says why
        listed = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                       for p in c.children if p.dep_ == "pobj"), None)
        if listed is not None:
            return listed
    if _lemma(tok) in WITH_SUPPLIES:
        given = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"), None)
        if given is not None:
            return given
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and _lemma(c) in VEHICLES:
            # "sent a transport plane with humanitarian supplies": what it carries
            # ("with" may hang on the vehicle or on the verb)
            cargo = next((p for g in [*c.children, *tok.children]
                          if g.dep_ == "prep" and g.lower_ == "with"
                          for p in g.children if p.dep_ == "pobj"), None)
            if cargo is not None:
                return cargo
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            # "carrying 35 tonnes of food": the measured stuff, not the measure
            while _lemma(c) in MEASURES:
                inner = next((p for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                              for p in g.children if p.dep_ == "pobj"), None)
                if inner is None:
                    break
                # "of food and medical supplies" may parse with the first conjunct as nmod
                c = next((g for g in inner.children if g.dep_ == "nmod"), inner)
            return c
    for c in tok.children:  # "fired into a camp": object of the first preposition
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    for c in tok.children:  # "gave the junta seven days to ...": a period parsed as adverb
        if c.dep_ == "npadvmod" and any(g.dep_ == "dative" for g in tok.children):
            return c
    return None


def verb_sense(tok: Token) -> tuple[Sense | None, bool]:
    """(sense, typed_by_object) of a verb token, or (None, False)."""
    lex = lexicon()
    lemma = _lemma(tok)
    if ceasing_verb(tok):
        return CEASING, True
    if wire.expulsion(tok):
        return EXPULSION, False
    if wire.forces_ordered(tok, lambda t: verb_sense(t)[0] is not None):
        return FORCES_ORDERED, False
    if wire.told_to(tok):
        return TOLD_TO, False
    if wire.crowd_riot(tok):
        return RIOT, False
    if wire.labour_strike(tok):
        return LABOUR_STRIKE, False
    if wire.recall(tok):
        return RECALL, False
    if wire.called_off(tok):
        return CALLED_OFF, False
    if wire.street_crowd(tok, _protesters_subject):
        return DEMONSTRATION, False
    if lemma in ("demolish", "destroy", "level") and _blasted(tok):
        return DEMOLITION_BY_BLAST, False
    table = lex.objects.get(lemma)
    if table and lemma in lex.label_verbs and any(c.dep_ == "oprd" for c in tok.children):
        table = None  # "called the Dutch premier a fascist" labels him, no phone call
    if table:
        # "the declaration was signed by X and Y": the passive subject is the object
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            passive = tok.head  # "the bombs placed in five gas stations"
        direct = _direct_object(tok)
        for obj in dict.fromkeys(o for o in (direct, passive) if o is not None):
            # "entered Japanese territorial waters southwest of Okinawa" can parse with
            # the waters as a compound of the real (mis-tagged) head
            for cand in [obj, *[c for c in obj.children if c.dep_ == "compound"]]:
                for phrase in _object_phrase(cand):
                    if phrase in table:
                        if lemma == "throw" and _thrown_at_building(tok):
                            # "protested outside the embassy, throwing eggs at the
                            # building": one protest, already coded on its verb
                            if tok.dep_ in ("advcl", "conj") and _protest_verb(tok.head):
                                return None, False
                            return DEMONSTRATION, True
                        if table[phrase].type == "ASSAULT" and _into_open_water(tok):
                            return SHOW_OF_FORCE, True
                        return table[phrase], True
    if lemma == "protest" and demonstrators(tok):
        return DEMONSTRATION, False
    if lemma in ("gather", "assemble", "converge") and _protesters_subject(tok) and not any(
            c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in c.children)
            for c in tok.children):
        # "thousands of people gathered in the square": a demonstration, unless it says
        # what else they came for ("gathered at the mosque to pray", "to celebrate")
        return DEMONSTRATION, False
    if lemma in ("block", "blockade", "barricade") and _protesters_subject(tok):
        # "striking workers blocked the port", "farmers blocked roads": civilians
        # obstructing is a protest, not a state's refusal
        return OBSTRUCTION, False
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
    if lemma in CONFRONT_VERBS:
        return confronting(tok), False
    # word forms first where the lemma is ambiguous ("hanged" vs "hung")
    for key in dict.fromkeys([tok.lower_, lemma]):
        for rest, sense in lex.verbs.get(key, []):
            if _verb_rest_ok(tok, rest):
                return (None, False) if restricted_out(tok, sense) else (sense, False)
    if military_movement(tok):
        return MOVEMENT, False
    return None, False


SHOW_OF_FORCE = Sense("MOBILIZE", "weapons", "fire into the sea")
#: Senses of the frames in ``pipeline.wire_constructions``.
EXPULSION = Sense("SANCTION", "expel", "deadline to leave")
FORCES_ORDERED = Sense("MOBILIZE", "troops", "order forces")
TOLD_TO = Sense("REQUEST", "change", "tell to")
RECALL = Sense("SANCTION", "withdraw", "recall envoy")
CALLED_OFF = Sense("REJECT", "meet", "call off meeting")
#: A building demolished "with a blast" is destroyed by force (PLOVER ASSAULT: destroy);
#: demolitions by bulldozer or order stay repression (COERCE: seize).
DEMOLITION_BY_BLAST = Sense("ASSAULT", "destroy", "demolish with blast")
BLASTS = frozenset({"blast", "explosion", "explosive", "bomb", "dynamite", "detonation"})


def _blasted(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "by", "in") and any(
        _lemma(p) in BLASTS for p in c.children if p.dep_ == "pobj") for c in tok.children)
RIOT = Sense("PROTEST", "riot", "crowd damage")
LABOUR_STRIKE = Sense("PROTEST", "strike", "labour strike")


def _into_open_water(tok: Token) -> bool:
    """"fired missiles into the sea", "launched rockets toward the waters off X"."""
    return any(c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "in") and any(
        p.dep_ == "pobj" and _lemma(p) in OPEN_WATERS for p in c.children)
        for c in tok.children)


#: People "held" somewhere are detained ("the crew have been held at a base since the
#: landing"); "held hostage" is an abduction.
DETENTION = Sense("COERCE", "arrest", "held")
HOSTAGE = Sense("ASSAULT", "abduct", "held hostage")
HELD_PEOPLE = frozenset({"prisoner", "hostage", "detainee", "captive", "crew", "journalist",
                         "reporter", "activist", "soldier", "sailor", "pilot", "citizen",
                         "national", "tourist", "worker", "protester", "demonstrator",
                         "people", "person", "man", "woman", "child", "member", "official",
                         "suspect", "dissident", "opposition leader", "aid worker"})


def holding_sense(tok: Token) -> Sense | None:
    """"X has been held in Evin prison" (passive, a person held) is a detention;
    "held hostage/captive" an abduction; "held talks" stays a light verb."""
    if any(c.lower_ in ("hostage", "hostages", "captive") for c in tok.children
           if c.dep_ in ("oprd", "advmod", "dobj", "xcomp", "npadvmod", "attr")):
        return HOSTAGE
    if tok.tag_ != "VBN" or any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return None
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and patient.lower_ in ("who", "that", "which") and \
            tok.dep_ == "relcl":
        patient = tok.head  # "the crew, who have been held at a base"
    if patient is None and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        patient = tok.head  # "two journalists held in Evin prison"
    if patient is None:
        return None
    return DETENTION if patient.ent_type_ == "PERSON" or any(
        p in HELD_PEOPLE for p in _object_phrase(patient)) else None


#: Buildings stoned or pelted in a protest: no one is hurt unless the sentence says so.
BUILDINGS = frozenset({"embassy", "consulate", "building", "office", "mission", "compound",
                       "headquarters", "ministry", "parliament", "palace", "residence",
                       "gate", "window", "facade", "wall", "chancery"})
HURT = frozenset({"injure", "wound", "kill", "hurt", "die", "injury", "casualty", "dead",
                  "death", "bleed", "hospitalize", "hospitalise"})


def _thrown_at_building(tok: Token) -> bool:
    """'threw stones at the embassy' with no one hurt in the sentence: a protest."""
    target = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"
                   for p in c.children if p.dep_ == "pobj"), None)
    if target is None or _lemma(target) not in BUILDINGS:
        return False
    return not any(_lemma(t) in HURT for t in tok.sent)


def _protest_verb(tok: Token) -> bool:
    return any(sense.type == "PROTEST" for _, sense in lexicon().verbs.get(_lemma(tok), []))


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
    head = _lemma(tok.head)
    if head in PREPARING or (head == "get" and any(c.lower_ == "ready" for c in tok.head.children)):
        return READYING
    if head in VOWING:
        return VOWED_FORCE
    return None


#: Taking a place by force: "Iraqi forces seized Kuwait", "rebels captured the town".
OCCUPATION = Sense("ASSAULT", "occupy", "seize place")


def _place(tok: Token) -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    places = lexicon().occupying["places"]
    return any(p in places for p in _object_phrase(tok))


def occupying(tok: Token) -> bool:
    """A verb of taking whose object (or passive subject) is a place."""
    lex = lexicon().occupying
    lemma = _lemma(tok)
    if lemma not in lex["verbs"] and not any(
            v.startswith(lemma + " ") and _verb_rest_ok(tok, tuple(v.split()[1:]))
            for v in lex["verbs"]):
        return False
    if lemma == "take" and not any(c.lower_ == "over" for c in tok.children) and not any(
            _lemma(c) == "control" for c in tok.children if c.dep_ == "dobj"):
        return False  # "took part", "took office": only "took over" / "took control"
    return any(c.dep_ in ("dobj", "nsubjpass") and _place(c) for c in tok.children)


def figurative_fight(tok: Token) -> bool:
    """"fight terrorism", "fought the extradition in the courts": no violence."""
    fig = lexicon().figurative
    for c in tok.children:
        if c.dep_ == "dobj" and _lemma(c) in fig["fight_objects"]:
            return True
        if c.dep_ == "prep" and any(_lemma(p) in fig["arenas"] or p.lower_ in fig["arenas"]
                                    for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def unreal(tok: Token) -> bool:
    """An event noun that is only feared, planned or pretended ("a pretext for an
    invasion", "fears of an attack"), or only describes someone or something
    ("prisoners of war", "the anniversary of the invasion")."""
    fig = lexicon().figurative
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and (
        _lemma(tok.head.head) in fig["unreal_heads"] or
        (tok.head.lower_ == "of" and _lemma(tok.head.head) in fig["described_by"]))


#: "several hundred people protested outside the embassy": a demonstration.
DEMONSTRATION = Sense("PROTEST", "demo", "protest")


def demonstrators(tok: Token) -> bool:
    """"protest" done by a crowd, or at a place ("outside the embassy"), is a
    demonstration; by an official it is a complaint (ACCUSE)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("conj", "advcl"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and (_lemma(subj) in lexicon().protesters
                             or subj.lower_ in lexicon().protesters):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("outside", "through") for c in tok.children)


OBSTRUCTION = Sense("PROTEST", "obstruct", "block by protesters")


def _protesters_subject(tok: Token) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("conj", "advcl"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    protesters = lexicon().protesters
    # "striking dockers", "protesting farmers": the modifier says they protest
    return subj is not None and (_lemma(subj) in protesters or subj.lower_ in protesters or any(
        c.dep_ == "amod" and c.lower_ in ("striking", "protesting") for c in subj.children))


#: A declared end of one's own fighting (PLOVER CONCEDE: ceasefire declared).
CEASING = Sense("CONCEDE", "ceasefire", "end of fighting")
#: "said it was very sorry": regret for one's own act.
SORRY = Sense("CONCEDE", "regret", "sorry")


def _fighting(tok: Token) -> bool:
    """"offensive", "military operations", "the state of war", "hostilities"."""
    words = lexicon().ceasing["fighting"]
    if any(p in words for p in _object_phrase(tok)):
        return True
    return _lemma(tok) == "state" and any(
        _lemma(p) == "war" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


def ceasing_noun(tok: Token) -> bool:
    """"an end to military operations", "a halt to the offensive"."""
    return _lemma(tok) in lexicon().ceasing["nouns"] and tok.pos_ == "NOUN" and any(
        _fighting(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "to", "of", "in") for p in c.children if p.dep_ == "pobj")


def declared_over(tok: Token) -> bool:
    """A clause stating that fighting is over: "the war (was) over", "hostilities ended"."""
    ended = lexicon().ceasing["ended"]
    if tok.lower_ not in ended and _lemma(tok) not in ended and not any(
            c.lower_ in ended for c in tok.children if c.dep_ in ("advmod", "acomp", "prt")):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _fighting(subj)


def ceasing_verb(tok: Token) -> bool:
    """"halted its offensive", "the bombing was suspended", "ordered an end to the
    fighting", "declared the state of war over"."""
    lex = lexicon().ceasing
    lemma = _lemma(tok)
    if tok.dep_ == "xcomp":
        return False  # "pledged to help end the conflict": an aim, not a declared halt
    stopping = lemma in lex["verbs"] or any(v.split()[0] == lemma and _verb_rest_ok(
        tok, tuple(v.split()[1:])) for v in lex["verbs"] if " " in v)
    if stopping and any(c.dep_ in ("dobj", "nsubjpass") and _fighting(c) for c in tok.children):
        return True
    if lemma in lex["declare"]:
        for c in tok.children:
            if c.dep_ == "dobj" and ceasing_noun(c):
                return True
            if c.dep_ in ("ccomp", "xcomp", "oprd") and declared_over(c):
                return True
        # "declared the war over": the state parsed as a particle of the verb
        if any(c.dep_ == "dobj" and _fighting(c) for c in tok.children) and any(
                c.lower_ in lex["ended"] for c in tok.children
                if c.dep_ in ("prt", "advmod", "oprd", "acomp")):
            return True
    return False


def ended_fighting(tok: Token) -> bool:
    """A fighting noun that is only what is stopped or declared over ("an end to the
    war", "declared the war over"): no event of its own."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and ceasing_noun(head.head):
        return True
    cur = tok
    while cur.dep_ == "pobj" and cur.head.dep_ == "prep":  # "the state of war"
        cur = cur.head.head
    return cur.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        declared_over(cur.head) or ceasing_verb(cur.head))


#: Troops moving short of force: "troops entered Gambia", "tanks crossed into Ukraine".
MOVEMENT = Sense("MOBILIZE", "troops", "military movement")


def _military(tok: Token) -> bool:
    mil = lexicon().military
    if _lemma(tok) in mil or tok.lower_.removesuffix("s") in mil:
        return True
    # "thousands of troops", "a column of tanks"
    return any(_lemma(p) in mil for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj")


def military_movement(tok: Token) -> bool:
    """A movement verb whose subject (or passive patient) is a military unit."""
    rests = lexicon().movement_verbs.get(_lemma(tok))
    if rests is None or not any(_verb_rest_ok(tok, r) for r in rests):
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


@cache
def _cooperation_words() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    out = {k: frozenset(raw["COOPERATE"][k]) for k in ("joint_heads", "consent_nouns", "justice")}
    out["released"] = frozenset(raw["RETREAT"]["released"])
    out["not_withdrawn_from"] = frozenset(raw["RETREAT"]["not_withdrawn_from"])
    out["cut_objects"] = frozenset(raw["SANCTION"]["cut_objects"])
    out["not_blamed"] = frozenset(raw["ACCUSE"]["not_blamed"])
    return out


def _object_or_patient(tok: Token) -> Token | None:
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
    return any(p in TRUCES for p in _object_phrase(subj)) or any(
        _lemma(c) in TRUCES for c in subj.children if c.dep_ == "compound")


def restricted_out(tok: Token, sense: Sense) -> bool:
    """Lexicon senses that need the right object: "cut off gas" is a sanction, "will cut
    its stockpile" or "the area was cut off" is not; "withdrew from the trial" is no
    military withdrawal."""
    words = _cooperation_words()
    if sense.phrase in ("cut", "cut off"):
        obj = _object_or_patient(tok)
        return obj is not None and not ({_lemma(obj)} | {
            _lemma(c) for c in obj.children if c.dep_ == "compound"}) & words["cut_objects"]
    if sense.phrase == "turn back":  # "convoys were turned back"; "the army turned back"
        return _object_or_patient(tok) is None
    if sense.type == "MOBILIZE" and sense.phrase in ("station", "deploy", "redeploy"):
        # "the BBC's correspondent, stationed in the capital": a named person posted
        # somewhere is no force movement
        patient = _object_or_patient(tok)
        if patient is None and tok.dep_ == "acl":
            patient = tok.head
        return patient is not None and patient.ent_type_ == "PERSON"
    if sense.phrase == "hit with":
        # "hit Iran with new sanctions"; "hit back with drone attacks" is no sanction
        return any(p.dep_ == "pobj" and (senses := lexicon().nouns.get(_lemma(p))) and
                   not any(s.type == "SANCTION" for _, s in senses)
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                   for p in c.children)
    if sense.phrase == "block" and _protesters_subject(tok):
        return False
    if sense.phrase == "take effect":
        return not _truce_taking_effect(tok)
    if sense.phrase == "blame":
        # "blamed technical reasons for the delay": a cause named, no one accused
        obj = _object_or_patient(tok)
        return obj is not None and _lemma(obj) in words["not_blamed"]
    if sense.phrase in ("withdraw", "pull out"):
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and _lemma(p) in words["not_withdrawn_from"] for p in c.children)
            for c in tok.children)
    return False


#: Mutual material cooperation found by a rule rather than a lexicon entry.
JOINT = Sense("COOPERATE", None, "joint activity")
AT_REQUEST = Sense("COOPERATE", None, "at request")
TRAINING = Sense("COOPERATE", None, "training of forces")
TO_JUSTICE = Sense("COOPERATE", None, "hand over to justice")
RELEASE = Sense("RETREAT", "release", "hand over")


def _released(thing: Token) -> bool:
    """Whether a handed-over thing is what a release frees: people, bodies, territory."""
    words = {_lemma(thing), *[_lemma(c) for c in thing.children if c.dep_ == "compound"]}
    return thing.ent_type_ == "PERSON" or bool(words & _cooperation_words()["released"])


def joint(tok: Token) -> bool:
    """"joint patrols", "their first joint military exercises": a shared activity."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in ("joint", "combined")
               for c in tok.children):
        return False
    heads = _cooperation_words()["joint_heads"]
    return _lemma(tok) in heads or any(
        f"{_lemma(c)} {_lemma(tok)}" in heads for c in tok.children if c.dep_ == "compound")


def at_request(tok: Token) -> bool:
    """"took over the airport at the government's request", "at the invitation of"."""
    nouns = _cooperation_words()["consent_nouns"]
    return any(c.dep_ == "prep" and c.lower_ in ("at", "upon", "on") and any(
        p.dep_ == "pobj" and _lemma(p) in nouns for p in c.children) for c in tok.children)


def _to_whom(tok: Token) -> Token | None:
    """The recipient of a handing: "handed over X to the tribunal"."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "prt":  # "handed over to": the preposition may hang on the particle
            got = _to_whom(c)
            if got is not None:
                return got
    return None


def _handed(tok: Token) -> Token | None:
    """What is handed: the object, the passive subject, or the noun a participle modifies
    ("the letter, handed to the minister")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


def handing_sense(tok: Token) -> Sense | None:
    """"handed over 20 prisoners" is a release; "handed Milosevic over to the tribunal"
    is judicial cooperation; "handed power to", "handed a letter to" are neither."""
    recipient = _to_whom(tok)
    thing = _handed(tok)
    if recipient is not None and _lemma(recipient) in _cooperation_words()["justice"]:
        return TO_JUSTICE
    if thing is None:
        return None
    if recipient is None and not any(c.dep_ == "prt" for c in tok.children) and \
            thing.dep_ != "nsubjpass":
        return None  # "a result that handed X a sixth term": X is the recipient
    return RELEASE if _released(thing) else None


def _handover_sense(tok: Token, sense: Sense) -> Sense | None:
    """"the handover of Milosevic to the tribunal" is cooperation; "the handover of
    power" is no release."""
    to = _to_whom(tok)
    if to is not None and _lemma(to) in _cooperation_words()["justice"]:
        return TO_JUSTICE
    of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"), None)
    if of is not None and not _released(of):
        return None
    return sense


def training(tok: Token) -> bool:
    """"the training of Iraqi law enforcement": training another's forces."""
    if _lemma(tok) != "training":
        return False
    table = lexicon().objects.get("train", {})
    return any(phrase in table for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" for phrase in _object_phrase(p))


def _sit_in(tok: Token) -> bool:
    """"a sit-in", split by the tokenizer into "sit", "-", "in"."""
    nxt = tok.doc[tok.i + 1:tok.i + 3]
    return tok.lower_ in ("sit", "teach") and len(nxt) == 2 and nxt[0].text == "-" and \
        nxt[1].lower_ == "in"


def noun_sense(tok: Token) -> Sense | None:
    if joint(tok):
        return JOINT
    if wire.labour_strike(tok):
        return LABOUR_STRIKE
    if wire.phone_call(tok):
        return PHONE
    if _lemma(tok) in ("exchange", "return") and tok.dep_ == "pobj" and \
            tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for"
                                            for c in tok.children):
        return None  # "in exchange for a promise": a condition, no swap
    if _sit_in(tok):
        return DEMONSTRATION
    if training(tok):
        return TRAINING
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon") and \
            _lemma(tok) in _cooperation_words()["consent_nouns"]:
        return None  # "at the government's request" is consent, not a request
    for rest, sense in lexicon().nouns.get(_lemma(tok), []):
        if _noun_rest_ok(tok, rest):
            if sense.phrase == "handover":
                return _handover_sense(tok, sense)
            return sense
    return None


#: Verbs of obtaining: their subject receives what they obtain when it is aid ("Argentina
#: secured a $50 billion credit", "wins IMF lifeline"), not when it is a deal they made.
OBTAINING = frozenset({"secure", "win", "obtain", "gain", "land", "clinch"})


def is_undergo(tok: Token) -> bool:
    """A light verb whose subject is the recipient ("received a suspension")."""
    if _lemma(tok) in OBTAINING:
        return any(c.dep_ in ("dobj", "obj") and (sense := noun_sense(c)) is not None
                   and sense.type == "AID" for c in tok.children)
    return _lemma(tok) in lexicon().undergo


def is_light(tok: Token) -> bool:
    """A light verb, also a phrasal one ("carried out strikes", "drew up a plan")."""
    light = lexicon().light
    lemma = _lemma(tok)
    if lemma in OBTAINING and is_undergo(tok):
        return True
    return lemma in light or any(
        f"{lemma} {c.lower_}" in light for c in tok.children if c.dep_ == "prt")


#: Senses of the statement patterns; extract takes their source from the speaker.
EVALUATION = Sense("ACCUSE", "disapprove", "evaluation")
LABEL = Sense("ACCUSE", "disapprove", "label")
DEMAND_MODAL = Sense("REQUEST", "change", "modal demand")
RETALIATION = Sense("THREATEN", None, "retaliation")
#: Infinitives of answering force with force, and the words that make them a threat
#: ("had every right to respond", "is ready to retaliate").
RETALIATE_VERBS = frozenset({"respond", "retaliate", "react", "hit", "strike"})
RETALIATE_HEADS = frozenset({"right", "ready", "prepared", "determined"})
#: Future modals that make a stated reaction a warning ("would respond to any attack").
WILL = frozenset({"will", "would", "'ll", "shall"})
#: Manner words of a forceful answer ("will respond decisively").
FORCEFULLY = frozenset({"forcefully", "decisively", "firmly", "harshly", "strongly",
                        "swiftly", "resolutely", "militarily", "appropriately"})
#: "would be treated as a declaration of war": verbs of regarding, and the labels that
#: make the regarded act a casus belli.
REGARD_VERBS = frozenset({"treat", "regard", "consider", "view", "see", "deem"})
WAR_LABELS = frozenset({"war", "aggression", "hostility", "attack"})
#: "made its participation conditional on X": a precondition is a demand (PLOVER REQUEST).
CONDITIONAL = frozenset({"conditional", "contingent", "dependent"})
CONDITION = Sense("REQUEST", "change", "precondition")
#: Conversations held by telephone are phone consultations ("told X by telephone").
PHONES = frozenset({"telephone", "phone", "videolink", "videoconference"})
PHONE = Sense("CONSULT", "phone", "by telephone")
#: Adjectives of alarm that disapprove when they say at what ("concerned by reports").
CONCERNED = frozenset({"concerned", "alarmed", "dismayed", "appalled", "troubled",
                       "disturbed", "outraged", "shocked", "horrified"})
#: Intensifiers of the diplomatic formula of concern ("was deeply concerned").
GRAVELY = frozenset({"deeply", "gravely", "seriously", "extremely", "very", "profoundly",
                     "greatly", "increasingly"})
#: "would take action against those who ...": a coercive warning.
ACTIONS = frozenset({"action", "measure", "step", "countermeasure"})


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for t in (tok, tok.head) for c in t.children)


def _will(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in WILL for c in tok.children)


def _warning_by_form(tok: Token) -> bool:
    """Stated reactions that are threats by their form: "would pay a price", "would
    respond to any attack", "will respond decisively", "would be treated as a
    declaration of war", "will take action against those who ..."."""
    lemma = _lemma(tok)
    if not _will(tok):
        return False
    if lemma in RETALIATE_VERBS:
        return any(c.dep_ == "advmod" and c.lower_ in FORCEFULLY for c in tok.children) or \
            any(g.dep_ == "det" and g.lower_ == "any" for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                if p.dep_ == "pobj" for g in p.children)
    if lemma in REGARD_VERBS or lemma in lexicon().label_verbs:
        return any(_lemma(g) in WAR_LABELS for c in tok.children
                   if c.dep_ in ("prep", "oprd") for g in c.subtree)
    if lemma == "pay":  # "the North would pay a heavy price"
        return any(c.dep_ in ("dobj", "obj") and _lemma(c) == "price" for c in tok.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and _lemma(c) in ACTIONS and any(
            p.dep_ == "prep" and p.lower_ == "against" for p in c.subtree)
            for c in tok.children)
    return False


def statement_sense(tok: Token) -> Sense | None:
    """Disapproval, demands and threats stated without an event verb: "using violence was not
    acceptable" (evaluation), "called the strikes an act of war" (label), "the
    authorities should respect the will of the people" (modal demand)."""
    lex = lexicon()
    lemma = _lemma(tok)
    if lemma in RETALIATE_VERBS and tok.tag_ == "VB" and _lemma(tok.head) in RETALIATE_HEADS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return RETALIATION
    if tok.pos_ in ("VERB", "AUX") and _warning_by_form(tok):
        return RETALIATION
    if lemma == "make" and any(  # "on" may hang on the adjective or on its noun
            _lemma(g) in CONDITIONAL and g.i + 1 < len(g.doc)
            and g.doc[g.i + 1].lower_ in ("on", "upon") for g in tok.subtree if g.i > tok.i):
        return CONDITION
    if tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
                p.dep_ == "pobj" and _lemma(p) in PHONES for p in c.children)
            for c in tok.children):
        return PHONE
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and lemma in lex.ceasing["sorry"] \
            and not _is_negated(tok):
        return SORRY
    if tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("acomp", "ccomp", "conj") and \
            tok.lower_ in CONCERNED and (any(
                # the passive "by" is parsed as an agent
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "over", "at")
                for c in tok.children) or any(
                # "said it was deeply concerned": the diplomatic formula needs no object
                c.dep_ == "advmod" and c.lower_ in GRAVELY for c in tok.children)
    ) and not _is_negated(tok):
        # "said they were deeply concerned by reports of abductions": stated alarm at
        # another's acts is disapproval
        return EVALUATION
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "ccomp") and not (
            tok.dep_ in ("oprd", "acomp") and _lemma(tok.head) in lex.label_verbs):
        # ("called the remarks rude": the labelling verb codes it, with its subject)
        if lemma in lex.eval_adjectives and not _is_negated(tok):
            return EVALUATION
        if lemma in lex.eval_negated and _is_negated(tok):
            return EVALUATION
    if tok.pos_ == "VERB" and lemma in lex.label_verbs and not any(
            c.lower_ == "what" for c in tok.children if c.dep_ in ("dobj", "nsubj")):
        # "opened fire on what he called terrorists": a free relative's label only
        # describes the object of another act
        comps = [c for c in tok.children
                 if c.dep_ in ("oprd", "dobj", "attr", "ccomp", "xcomp", "acomp")
                 and c.i > tok.i]
        # "calls the murder allegation 'absurd'": disparaging another's claim denies it
        # (the object may hang on a participle misread as a verb: "calls spying allegation")
        claim = any(g.dep_ == "dobj" and _lemma(g) in CLAIMS for c in comps for g in c.subtree)
        for c in comps:
            # the label is a second noun: an object complement ("called X an act of war")
            # or the predicate of a small clause ("considered the intrusion an act")
            small_clause = c.dep_ != "dobj" or any(g.dep_ == "nsubj" for g in c.children) \
                or _misparsed_label(tok, c, comps)
            if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and (
                    _lemma(c) in lex.eval_adjectives or c.lower_ in lex.eval_adjectives):
                # "called her remarks rude and senseless": a disparaging adjective is a
                # label as much as a noun is
                return DISMISSAL if claim else LABEL
            # "called the president a brutal man": an indefinite label read as an
            # apposition of the object
            labels = [c] if small_clause else []
            labels += [g for g in c.children if g.dep_ == "appos" and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)]
            for label_tok in labels:
                if label_tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                label = _label_noun_sense(label_tok)
                if label is not None:
                    return label
            if any(_lemma(g) in lex.label_nouns and g.dep_ in ("attr", "oprd", "dobj")
                   for g in c.subtree if g != c):
                return LABEL
    if tok.pos_ == "NOUN" and tok.dep_ == "attr" and _lemma(tok.head) == "be" and \
            lemma in lex.label_nouns and not _is_negated(tok.head) and \
            tok.head.dep_ in ("ccomp", "conj"):
        # "said the blockade was a crime against humanity": a label stated in reported
        # speech is the speaker's disapproval
        return EVALUATION
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in lex.demand_modals and c.i > tok.sent.start
            for c in tok.children):
        # a clause-initial "Should Russia attack, ..." is a condition, not a demand
        return DEMAND_MODAL
    if tok.i >= 2 and lemma in lex.verbs and tok.doc[tok.i - 1].lower_ == "better" and \
            tok.doc[tok.i - 2].lower_ in ("had", "'d", "’d"):
        return DEMAND_MODAL  # "Saakashvili had better step down": a demand (often misparsed)
    return None


#: Another's claim labelled false or absurd is denied (PLOVER REJECT), not disapproved.
DISMISSAL = Sense("REJECT", None, "dismissal")
CLAIMS = frozenset({"allegation", "accusation", "claim", "charge", "report", "assertion",
                    "suggestion", "rumour", "rumor"})
#: An approving label: "called the release a constructive step" (PLOVER SUPPORT, praise).
PRAISE_LABEL = Sense("SUPPORT", None, "approving label")
#: Relative pronouns that may be the subject of a relative clause.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _misparsed_label(verb: Token, obj: Token, comps: list[Token]) -> bool:
    """A label parsed as a plain object of the labelling verb: "calls ouster a coup" (the
    first object mis-tagged, the label is the later one), "called the prisoners
    mercenaries" (the labelled plural read as a compound of the label), "a mutiny that
    Putin had branded treason" (the labelled noun is the one the relative clause hangs on).
    """
    if any(o.i < obj.i and o.dep_ in ("oprd", "dobj") for o in comps):
        return True
    if any(g.dep_ in ("compound", "nmod") and g.pos_ == "NOUN" and (
            g.tag_ == "NNS" or g.dep_ == "nmod" or g.doc[g.i + 1].is_quote)
            for g in obj.children if g.i < obj.i):
        # "called the bombing "barbarism"": the labelled noun read as a modifier
        return True
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS for c in verb.children)


def _label_noun_sense(label: Token) -> Sense | None:
    """What a noun used as a label says: "an act of war", "a brutal woman", "a complete
    and dangerous failure" disapprove (ACCUSE); "a constructive step", "a breakthrough"
    praise (SUPPORT)."""
    lex = lexicon()
    lemma = _lemma(label)
    # "called them spies and traitors": any of coordinated labels
    if lemma in lex.label_nouns or any(
            c.dep_ == "conj" and _lemma(c) in lex.label_nouns for c in label.children):
        return LABEL
    mods = [c for c in label.children if c.dep_ == "amod"]
    mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
    if any(_lemma(m) in lex.eval_adjectives or m.lower_ in lex.eval_adjectives for m in mods):
        return LABEL
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in label.children):
        return None
    if lemma in lex.praise_nouns or (lemma in lex.praise_heads and any(
            m.lower_ in lex.praise_adjectives for m in mods)):
        return PRAISE_LABEL
    return None


def _named_object_of(tok: Token) -> Token | None:
    """"launched what it called retaliatory strikes", "imposed what it described as
    sanctions": the label of a free relative object is the light verb's object."""
    label = tok.head
    if tok.dep_ not in ("oprd", "attr", "dobj", "pobj") or _lemma(label) not in (
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


def find_triggers(sent: Span) -> list[Trigger]:
    """All trigger candidates of a sentence, verbal first, in text order."""
    out: list[Trigger] = []
    for tok in sent:
        stated = statement_sense(tok)
        if stated is not None:
            out.append(Trigger(tok, stated, nominal=False))
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "compound" and tok.tag_ == "VBG":
            # "warning shots", "a peacekeeping force": a participle modifying a noun is
            # no clause of its own
            continue
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"
                                           and tok.tag_ == "VBZ") or (
                tok.pos_ == "ADJ" and tok.dep_ == "acomp" and (
                    tok.tag_ == "VBN" or _lemma(tok) in lexicon().verbs)
                and _lemma(tok) not in lexicon().not_verbs):
            # "remained committed to the truce": a participle read as an adjective
            sense, by_obj = verb_sense(tok)
            if sense is not None:
                out.append(Trigger(tok, sense, nominal=False, by_object=by_obj))
                continue
        if tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.tag_ == "VBG") or (
                # "held drills", "ended the talks": a plural noun mis-tagged as a verb
                # where it can only be an object
                tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj")):
            if _lemma(tok) in CONTAINERS:
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and \
                    tok.doc[tok.i + 1].lower_ == "to":
                continue  # "according to officials" attributes; it is no accord
            sense = CEASING if ceasing_noun(tok) else noun_sense(tok)
            head = tok
            if tok.dep_ == "compound" and _lemma(tok.head) in CONTAINERS:
                head = tok.head  # "announced a military aid package": the package's verb
            # "a round of sanctions", "a package of measures": the container's verb
            # governs the contained noun
            while head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and \
                    _lemma(head.head.head) in CONTAINERS:
                head = head.head.head
            if sense is not None:
                light = head.head if (head.dep_ in ("dobj", "nsubjpass", "obj")
                                      and is_light(head.head)) else _named_object_of(head)
                if light is None and sense.type == "ACCUSE" and head.dep_ == "pobj" and \
                        head.head.lower_ == "with":
                    # "was watching events with grave concern": the manner of an active
                    # verb is its subject's stated disapproval ("with" may hang on the
                    # object)
                    verb = head.head.head
                    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                        verb = verb.head
                    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
                        light = verb
                out.append(Trigger(tok, sense, nominal=True, light=light))
    return out
