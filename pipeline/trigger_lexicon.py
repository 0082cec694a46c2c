"""The trigger lexicon of ``data/triggers.toml``, and matching its phrases to tokens."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.bounded_cache import BoundedCache
from pipeline.plover import TYPES
from pipeline.prep_objects import prep_objects
from pipeline.syntax import dated_prep
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Token

    from pipeline.triggers import Trigger
    from schemas import Actor

DATA = Path(__file__).parent / "data" / "triggers.toml"


@dataclass(frozen=True, slots=True)
class Sense:
    type: str
    mode: str | None
    phrase: str  # the lexicon entry, for auditing


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another type a sense's reading of type ``of`` takes where ``holds`` finds its
    construction in the trigger and the clause's parties ("will allow Indian ships to use
    its ports": a permission promised to another state is an AGREE). Declared beside the
    sense it qualifies; the clause reading settles the type with it once it has the
    parties, and reads the event's pair and modality again for that type
    (``pipeline.trigger_readings.code_clause``)."""

    of: str
    to: str
    holds: Callable[[Trigger, list[Actor], list[Actor]], bool]


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
    respond_with: frozenset[str]  # "responded with strikes": the act's light verb


def _parse(entry: str, type_: str) -> tuple[list[str], Sense]:
    phrase, _, mode = entry.partition(":")
    return phrase.split(), Sense(type_, mode or None, phrase)


@cache
def triggers_data() -> dict[str, Any]:
    """``data/triggers.toml`` parsed once for every reader of it."""
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


def misread(lemmas: Iterable[str]) -> frozenset[str]:
    """``lemmas`` and the wrong lemmas the small model gives their forms (``[lemma_repairs.
    lemmas]`` in ``data/triggers.toml``: "staged" is lemmatised "stag", "hoped" "hop"),
    for the rules that name words by lemma."""
    words = frozenset(lemmas)
    return words | {w for w, right in _repairs("lemmas").items() if right in words}


def form_lemma(tok: Token) -> str:
    """The lemma of a form the small model leaves unlemmatised or may misread
    (``[lemma_repairs.forms]``: "retook" -> "retake", "bore" -> "bear"), else
    ``lemma_of``."""
    return _repairs("forms").get(tok.lower_) or lemma_of(tok)


def _repairs(kind: str) -> dict[str, str]:
    repairs: dict[str, str] = triggers_data()["lemma_repairs"][kind]
    return repairs


@cache
def lexicon() -> Lexicon:
    raw = triggers_data()
    verbs: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    nouns: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    for t in TYPES:
        for e in [*raw[t].get("verbs", []), *raw[t].get("refusing", [])]:
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
    # the shared goods of the verbs of handing over fill in what a verb's own table lacks
    transfer = raw["transfer"]
    for verb in {*transfer["verbs"], *transfer["arms_verbs"]}:
        table = objects.setdefault(verb, {})
        shared = {**transfer["goods"]} if verb in transfer["verbs"] else {}
        if verb in transfer["arms_verbs"]:
            shared |= transfer["arms"]
        for obj, target in shared.items():
            t, _, mode = target.partition(":")
            table.setdefault(obj, Sense(t, mode or None, f"{verb} {obj}"))
    # a verb that takes another's objects fills in what its own table lacks from that one
    for verb, model in raw["objects_like"].items():
        table = objects.setdefault(verb, {})
        for obj, sense in objects[model].items():
            table.setdefault(obj, Sense(sense.type, sense.mode, f"{verb} {obj}"))
    # a protest lodged, filed, registered or handed is a complaint to another party, with
    # every verb of the class ``trigger_protest.lodged_protest`` reads the noun by
    for verb in word_class("protest_lodging"):  # its plurals ("lodges") are no lemmas
        objects.setdefault(verb, {}).setdefault(
            "protest", Sense("ACCUSE", "disapprove", f"{verb} protest"))
    censor = raw["censorship"]
    for verb in censor["verbs"]:
        if verb not in objects and verb not in verbs:
            continue  # no trigger word of its own: "stopped the broadcast" stays unread
        table = objects.setdefault(verb, {})
        for obj in censor["objects"]:
            # a verb's own entry wins ("revoke licence" stays a SANCTION)
            table.setdefault(obj, Sense("COERCE", "censor", f"{verb} {obj}"))
    for bucket in (verbs, nouns):  # longest (most specific) phrases first
        for senses in bucket.values():
            senses.sort(key=lambda x: -len(x[0]))
    movement: dict[str, list[tuple[str, ...]]] = {}
    for e in raw["movement"]["verbs"]:
        head, *rest = e.split()
        movement.setdefault(head, []).append(tuple(rest))
    ev = raw["evaluative"]
    return Lexicon(verbs, nouns, objects,
                   misread(raw["light"]["verbs"]) | frozenset(raw["light"]["undergo"]),
                   frozenset(raw["light"]["undergo"]),
                   movement, frozenset(raw["movement"]["subjects"]),
                   frozenset(raw["PROTEST"]["protesters"]),
                   {k: frozenset(v) for k, v in raw["occupying"].items()},
                   {k: misread(v) for k, v in raw["figurative"].items()},
                   frozenset(raw["adjectives"]["not_verbs"]),
                   {k: frozenset(v) for k, v in raw["ceasing"].items()},
                   frozenset(ev["adjectives"]), frozenset(ev["negated"]),
                   frozenset(ev["label_verbs"]), frozenset(ev["label_nouns"]),
                   frozenset(ev["demand_modals"]), frozenset(ev["praise_adjectives"]),
                   frozenset(ev["praise_heads"]), frozenset(ev["praise_nouns"]),
                   frozenset(raw["light"]["respond_with"]))


@cache
def cooperation_words() -> dict[str, frozenset[str]]:
    raw = triggers_data()
    out = {k: frozenset(raw["COOPERATE"][k]) for k in ("joint_heads", "consent_nouns", "justice")}
    out["released"] = frozenset(raw["RETREAT"]["released"])
    out["not_closed"] = frozenset(raw["COERCE"]["not_closed"])
    out["firm_closed"] = frozenset(raw["COERCE"]["firm_closed"])
    out["branch_closed"] = frozenset(raw["COERCE"]["branch_closed"])
    out["branch_owners"] = frozenset(raw["COERCE"]["branch_owners"])
    out["instruments"] = frozenset(raw["CONCEDE"]["instruments"])
    out["not_withdrawn_from"] = frozenset(raw["RETREAT"]["not_withdrawn_from"])
    out["passage_verbs"] = frozenset(raw["RETREAT"]["passage_verbs"])
    out["cut_objects"] = frozenset(raw["SANCTION"]["cut_objects"])
    out["stop_verbs"] = frozenset(raw["SANCTION"]["stop_verbs"])
    out["target_measures"] = frozenset(raw["SANCTION"]["target_measures"])
    out["measure_modifiers"] = frozenset(raw["SANCTION"]["measure_modifiers"])
    out["regime_words"] = frozenset(raw["SANCTION"]["regime_words"])
    out["not_blamed"] = frozenset(raw["ACCUSE"]["not_blamed"])
    out["blamed_for"] = frozenset(raw["ACCUSE"]["blamed_for"])
    out["requirements"] = frozenset(raw["ACCUSE"]["requirements"])
    out["kept_terms"] = frozenset(raw["ACCUSE"]["kept_terms"])
    out["owed_dues"] = frozenset(raw["ACCUSE"]["owed_dues"])
    out["backed_groups"] = frozenset(raw["ACCUSE"]["backed_groups"])
    out["setting_nouns"] = frozenset(raw["ASSAULT"]["setting_nouns"])
    out["replied_to"] = frozenset(raw["ASSAULT"]["replied_to"])
    out["dangers"] = frozenset(raw["THREATEN"]["dangers"])
    out["memberships"] = frozenset(raw["REJECT"]["memberships"])
    out["not_eased"] = frozenset(raw["RETREAT"]["not_eased"])
    out["domestic_measures"] = frozenset(raw["SUPPORT"]["domestic_measures"])
    out["home_institutions"] = out["domestic_measures"] | frozenset(
        raw["SANCTION"]["home_institutions"])
    return out


@cache
def refusing_verbs() -> frozenset[str]:
    """The REJECT verbs of refusing (``[REJECT] refusing``): ``pipeline.modality`` reads
    a meeting told as not held beside one of them as a refusal."""
    return frozenset(w[0] for e in triggers_data()["REJECT"]["refusing"]
                     if len(w := _parse(e, "REJECT")[0]) == 1)  # has_lemma: a lemma a token


def lemma_of(tok: Token) -> str:
    # asked ~12 times per token per article: the lowered string is kept per lemma hash
    # (a hash names one string in every vocab), which skips decoding the lemma string
    key = tok.lemma
    lemma = _known_lemma(key)
    if lemma is None:
        lemma = _LOWER_LEMMAS[key] = tok.lemma_.lower()
    return lemma


#: Bounded, as a long-running worker meets new words.
_LOWER_LEMMAS: BoundedCache[int, str] = BoundedCache()
#: Its lookup, bound once: as fast as a plain dict's on this hot path.
_known_lemma = _LOWER_LEMMAS.get


def verb_rest_ok(tok: Token, rest: tuple[str, ...]) -> bool:
    """"pull back": the extra words are children (prt/prep/dobj) or the next tokens."""
    if not rest:
        return True
    # a preposition of time is no particle: "called X a liar on Tuesday" is no "call on"
    dated = {c.i for c in tok.children
             if c.dep_ == "prep" and dated_prep(c, object_only=True)}
    kids = {lemma_of(c) for c in tok.children if c.i not in dated} | {
        c.lower_ for c in tok.children if c.i not in dated}
    for c in tok.children:  # "expressed outrage", "moving troops": object compounds
        if c.dep_ in ("dobj", "pobj", "prep"):
            kids |= {lemma_of(g) for g in c.children}
            # "flew out of the country": a preposition chained on a preposition
            kids |= {lemma_of(p) for g in c.children if g.dep_ == "prep" for p in g.children}
    if all(w in kids for w in rest):
        return True
    nxt = [lemma_of(t) for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]]
    return nxt == list(rest) and tok.i + 1 not in dated


def noun_rest_ok(tok: Token, rest: tuple[str, ...]) -> bool:
    if not rest:
        return True
    prev = [lemma_of(t) for t in tok.doc[max(0, tok.i - len(rest)):tok.i]]
    if prev == list(rest):
        return True
    mods = {lemma_of(c) for c in tok.children if c.dep_ in ("compound", "amod")}
    return all(w in mods for w in rest)


def of_objects(noun: Token) -> list[Token]:
    """The objects of ``noun``'s "of" phrases, in order ("a barrage of rockets", "35 tonnes
    of food"): what a count, a measure or a volley is of."""
    return prep_objects(noun, ("of",))


#: Measure nouns whose "of" object is what is carried or sent ("tonnes of food"): the
#: verb's table reads what they measure, count or carry.
MEASURES = word_class("carried_measures")


def measured_whole(noun: Token, *, counts: bool = False) -> Token:
    """What a measure is of ("35 tonnes of food": the food), and with ``counts`` what a
    number counts too; the noun where it measures nothing named."""
    while lemma_of(noun) in MEASURES or (counts and noun.tag_ == "CD"):
        inner = next(iter(of_objects(noun)), None)
        if inner is None:
            break
        # "of food and medical supplies" may parse with the first conjunct as nmod
        noun = next((g for g in inner.children if g.dep_ == "nmod"), inner)
    return noun


def counted_whole(noun: Token | None) -> Token | None:
    """A count or a measure is what it counts: "released thousands of pages of files"
    frees nobody, "released hundreds of prisoners" does."""
    return None if noun is None else measured_whole(noun, counts=True)


def object_phrase(obj: Token) -> list[str]:
    # the word as written too: "the Adre crossing" is often tagged as a verb form
    heads = list(dict.fromkeys([lemma_of(obj), obj.lower_, obj.lower_.removesuffix("s")]))
    out = list(heads)
    mods = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
    # coordinated modifiers each modify the head: "search and rescue teams"
    mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
    mods.sort(key=lambda c: -c.i)  # nearest the head first: "military aid package"
    # the modifier as written too: "warning shots" (the lemma of "warning" is "warn")
    words = dict.fromkeys(w for c in mods for w in (lemma_of(c), c.lower_))
    out[:0] = [f"{m} {h}" for m in words for h in heads]
    return out


def prep_object_sense(tok: Token, prep_word: str, verb: str) -> Sense | None:
    """The sense ``verb``'s object table gives the object of ``tok``'s ``prep_word``
    phrase ("a ban on public meetings" read as "ban public meetings", "an exchange of
    fire" as "exchange fire"), or None."""
    table = lexicon().objects.get(verb, {})
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == prep_word:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    sense = next((table[p] for p in object_phrase(obj) if p in table), None)
                    if sense is not None:
                        return sense
    return None
