"""Extract stage: PLOVER event coding over the stored spaCy parse.

Per sentence: find verbal/nominal triggers (``pipeline.triggers``), take source and
target from the syntax around each trigger (subjects, objects, passive "by", "between A
and B", possessors and nationality adjectives of nominal triggers, controllers of
infinitives, antecedents of relative clauses), resolve them to country + role
(``pipeline.actors``), and emit one event per (sentence, type, actor pair). Reported
speech: the speaker is metadata and the event's actors come from the reported clause.
Sentences with a trigger that yields no event are counted in ``uncoded_sentences``;
there is no fallback code.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.actors import (
    ActorResolver,
    counterpart,
    country_name,
    focus_countries,
    names_country,
    place_country,
)
from pipeline.annotate import to_doc
from pipeline.ids import event_id_for
from pipeline.modality import in_if_clause, is_negated, modality_for
from pipeline.plover import SYMMETRIC
from pipeline.triggers import Trigger, find_triggers, is_undergo
from schemas import (
    Actor,
    AnnotatedArticle,
    ArticleRef,
    Event,
    Evidence,
    ExtractedArticle,
    Location,
    PipelineInfo,
    Quantity,
    Speaker,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

SPEECH_VERBS = frozenset({"say", "tell", "state", "add", "claim", "note", "report", "announce",
                          "confirm", "insist", "stress", "write", "according", "clarify",
                          "mention", "highlight", "explain", "argue", "warn"})
#: Types whose negation is itself a refusal ("would not step down" -> REJECT).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})
#: Prepositions whose object is the target of a verbal/nominal trigger.
TARGET_PREPS = frozenset({"against", "on", "at", "into", "with", "to", "for", "upon", "over",
                          "toward", "towards", "of", "alongside", "beside"})
SOURCE_PREPS = frozenset({"by", "from"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
OBJ_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "attr", "oprd"})
#: Dyadic types whose unnamed recipient is implied by the story (PLOVER requires one).
IMPLIED_TARGET = frozenset({"PROTEST", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION",
                            "AGREE", "CONCEDE", "RETREAT", "COERCE", "ASSAULT", "MOBILIZE",
                            "SUPPORT"})
#: Events whose unnamed recipient is the actor's own country: protesters face their
#: government, police detain their own citizens, an official resigns from office.
DOMESTIC = frozenset({"PROTEST", "COERCE"})
DOMESTIC_MODES = frozenset({"resign"})
#: Positions where an event noun is itself reported: subject ("strikes killed 19",
#: "talks opened"), headline fragment, or object of a reporting/happening verb.
NOMINAL_EVENT_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "appos"})
#: Vehicles that carry aid, and the prepositions of their destination.
VEHICLES = frozenset({"truck", "lorry", "convoy", "plane", "aircraft", "flight", "ship",
                      "vessel", "boat", "helicopter", "vehicle", "airlift", "train"})
DEST_PREPS = frozenset({"into", "to", "in", "at", "on"})
#: Material cooperation that, promised or scheduled rather than done, is an AGREE.
PROMISABLE = frozenset({"RETREAT", "AID", "COOPERATE"})
#: Statement senses (pipeline.triggers) whose source is the speaker, not the subject.
SPOKEN_SENSES = frozenset({"evaluation", "modal demand"})
#: Verbs of wanting or waiting whose infinitive is not (yet) an act.
WISHES = frozenset({"wait", "hope", "want", "wish", "like", "prefer", "expect", "aim"})
#: Adjectives of readiness that turn an infinitive act of violence into a threat.
READY_WORDS = frozenset({"prepared", "ready", "willing", "determined"})
#: Acts that, reported without an agent, are done by the authorities of the story.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Verbs whose "for/of" object is an event of its own ("blamed X for the attack").
BLAME_VERBS = frozenset({"blame", "accuse", "condemn", "denounce", "punish", "sanction"})
#: Permissions whose negation is a stance, not a refusal of anything asked.
PERMISSIONS = frozenset({"allow", "let", "permit"})
#: Verbs whose negation withholds rather than refuses ("did not confirm").
NOT_REFUSALS = frozenset({"confirm", "comment", "say", "specify", "disclose"})
#: Dependencies that open a clause of its own inside a noun phrase.
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp", "conj", "appos"})
#: Meetings that are multilateral by name: one convener is enough.
MULTILATERAL = frozenset({"summit", "conference", "congress", "assembly"})
#: Types whose complement clause states the content of the act, not another event.
CONTENT_HEADS = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
#: Natural hazards that "kill", "hit" and "strike" without being actors.
NATURAL_HAZARDS = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "storm",
                             "hurricane", "cyclone", "typhoon", "flood", "flooding", "drought",
                             "wildfire", "fire", "landslide", "avalanche", "disease",
                             "epidemic", "outbreak", "disaster", "heatwave", "wave",
                             "eruption", "blizzard", "tornado"})
#: Generic subjects of "should"/"must" that address nobody in particular.
GENERIC_SUBJECTS = frozenset({"you", "we", "one", "i", "people", "everyone", "everybody"})
#: Verbs that take a vehicle somewhere ("trucks entered Gaza", "a plane landed in X").
MOTION_VERBS = frozenset({"enter", "cross", "head", "arrive", "reach", "land", "pass",
                          "travel", "go", "move", "roll", "deliver", "bring", "fly", "sail",
                          "dock", "drive", "come", "return", "leave"})
#: Nouns that, in someone's reported speech, mean the speaker's own state.
OWN_STATE = frozenset({"country", "nation", "government", "state"})
#: Plural nouns for a state's own people ("urged citizens", "thanked the public").
OWN_PEOPLE = frozenset({"citizens", "nationals", "population", "public", "residents"})
#: Documents that state what their authors do ("a resolution that called for ...").
DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "letter",
                       "report", "decree", "motion", "bill", "law", "ruling", "verdict"})
#: Verbs whose bare past form in a headline reports what was done to the subject.
HEADLINE_PASSIVES = frozenset({"arrest", "detain", "jail", "suspend", "sentence", "convict",
                               "kill", "wound", "expel", "deport", "release", "free",
                               "charge", "indict", "sue", "ban", "sanction", "abduct",
                               "kidnap", "elect", "nominate", "appoint"})
#: Nouns naming one occurrence ("the brawl", "the attack"): a later undated sentence that
#: mentions them is about the day they were first dated.
EVENT_NOUNS = frozenset({"brawl", "attack", "fight", "clash", "bombing", "explosion",
                         "blast", "shooting", "raid", "ambush", "earthquake", "quake",
                         "riot", "massacre", "assault", "strike", "coup", "incident",
                         "crash", "intrusion", "summit", "funeral", "election", "vote"})
#: Things that are "killed" or "hit" only figuratively ("killed the deal").
ABSTRACT_PATIENTS = frozenset({"deal", "agreement", "bill", "plan", "proposal", "idea",
                               "project", "talk", "reform", "measure", "law", "chance",
                               "hope", "contract", "motion", "initiative", "economy"})
#: Diplomatic premises: a protest outside one targets its country.
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: Participles that describe a noun rather than report an act by its agent
#: ("US-brokered understanding", "talks co-hosted by Saudi Arabia", "UN-backed monitor").
DESCRIPTIVE_PARTICIPLES = frozenset({"mediate", "broker", "host", "co-host", "convene",
                                     "back", "sponsor"})
#: Types reported without a stated actor often enough to code with a null source
#: ("aid flowed into Gaza", "a ceasefire took effect", "20 people were killed").
NULL_SOURCE_OK = frozenset({"AID", "RETREAT", "ASSAULT", "CONCEDE"})
#: "NIAMEY, Aug 8 —", "ANTAKYA, Turkey, Feb 14 —", "BRASÍLIA, Brazil –": an upper-case
#: city, optional country and date, then a dash.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-ZÀ-Ý .'\-]{2,}?)(?:,\s*[A-Z][\w .]+?)?"
                      r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*[—–-]\s")
LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "on",
                       "around", "throughout", "within", "off"})
#: Material events that happen on the recipient's ground (strikes land, aid arrives);
#: without a place in the sentence their location is the target's country.
AT_TARGET = frozenset({"ASSAULT", "AID"})


def _optional(mod: str) -> Any:
    try:
        return __import__(mod, fromlist=["_"])
    except ImportError:  # sibling modules land in parallel; until then: no value, not a crash
        return None


def _subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject token, is_agent_of_passive); climbs to controllers when the clause has none."""
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            return c, False
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, True
    if depth > 4 or tok.head == tok:
        return None, False
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "VERB":
        # "accused Pakistan of moving troops": the accused is the mover
        obj = next((c for c in tok.head.head.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None:
            return obj, False
    if tok.dep_ == "xcomp":
        # "Pakistan's army had been seen moving troops": the passive subject acts
        patient = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            return patient, False
    if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (
            tok.dep_ == "ccomp" and tok.tag_ == "VBG"):
        return _subject(tok.head, depth + 1)
    if tok.dep_ == "relcl":
        # "the army, which vowed": the antecedent is the subject unless the clause has one
        return tok.head, False
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return tok.head, False
    if tok.dep_ == "prep" or tok.dep_ == "pobj":
        return _subject(tok.head, depth + 1)
    return None, False


def _passive_patient(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "shells fired by the RSF"
        return tok.head
    return None


def _objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    # "seek to open talks with the EU": the PP may hang off the governing verb
    heads = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                out.extend(p for p in c.children if p.dep_ == "pobj")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            # "let UN convoys use", "demanded that the RSF end": the subject of the
            # complement clause is who the act is aimed at
            out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


def _speech_context(tok: Token) -> Token | None:
    """The speech verb whose reported clause contains ``tok``, if any."""
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return None
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur.head
        cur = cur.head
    return None


class _Coder:
    def __init__(self, annotated: AnnotatedArticle, doc: Doc) -> None:
        self.annotated = annotated
        self.doc = doc
        focus, pair = focus_countries(doc, annotated.title_sentences)
        self.resolver = ActorResolver(doc, focus=focus, pair=pair)
        self.segment: Span | None = None

    def actor(self, tok: Token | None, speaker: Actor | None) -> list[Actor]:
        if tok is None:
            return []
        seg = self.segment
        if seg is not None and not seg.start <= tok.i < seg.end:
            return []  # the parse crossed a line break: not this sentence's actor
        if speaker is not None and tok.lower_ in ("it", "they", "he", "she", "we", "i"):
            return [speaker]
        if speaker is not None and speaker.country and tok.lemma_.lower() in OWN_STATE and \
                all(c.lower_ in ("the", "his", "her", "its", "their", "our", "my")
                    for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound")):
            # "Dar said the country remained committed": the speaker's own country
            return [Actor(text=tok.text, name=None, country=speaker.country, role="GOV")]
        return self.resolver.resolve(tok)

    def _object_actors(self, objs: list[Token], speaker: Actor | None,
                       skip: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
        """The recipient among a verb's objects; words of the trigger phrase itself
        ("moved troops", "joined US-led talks") are searched inside, never taken whole."""
        fallback: list[Actor] = []
        for o in objs:
            if o.lemma_.lower() in skip or o.lower_ in skip:
                continue
            found = self.actor(o, speaker)
            if found and any((a.country or a.role in ("IGO", "NGO")) and not _weak(a)
                             for a in found):
                return found
            fallback = fallback or found  # a person of unknown country, if nothing better
        for o in objs:
            # "condemned the excessive force used against Georgians", "rallied against
            # the government's decision": an actor inside the object's own phrase, nearest
            # first, not inside a clause that hangs off it
            queue = [c for c in o.children if c.dep_ not in CLAUSE_DEPS]
            while queue:
                t = queue.pop(0)
                if (t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ != "compound") or (
                        (ent := self.resolver.entity(t)) is not None and ent.root == t):
                    found = self.resolver.resolve(t)
                    if found and not all(_weak(a) for a in found):
                        return found
                queue.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
        return fallback

    def subject_actors(self, tok: Token, speaker: Actor | None
                       ) -> tuple[list[Actor], Token | None, bool]:
        """(actors, subject token, is passive agent) of the clause a verb heads."""
        src_tok, by_agent = _subject(tok)
        sources = self.actor(src_tok, speaker)
        if src_tok is not None and src_tok.lower_ in ("which", "that") and \
                tok.dep_ == "relcl":
            src_tok = tok.head  # "the Hamas-led attack, which killed 1,200 people"
        if not sources and src_tok is not None and src_tok.lemma_.lower() in DOCUMENTS \
                and src_tok.head.pos_ in ("VERB", "AUX") and src_tok.head != tok:
            # "the Parliament adopted a resolution that rejected the results (and called
            # for ...)": the document speaks for whoever adopted or issued it
            sources, _, _ = self.subject_actors(src_tok.head, speaker)
        if not sources and src_tok is not None and src_tok.pos_ == "NOUN":
            # "Israeli air strikes killed", "a ceasefire between A and B took effect",
            # "a Saudi plane carrying food": the subject noun's own modifiers name the actor
            sources, _ = self._noun_modifiers(src_tok, speaker)
        seg = self.segment
        if _passive_patient(tok) is not None or any(c.dep_ == "auxpass" for c in tok.children):
            pass  # "Pinochet arrested after ...": the first noun is the patient
        elif (not sources and seg is not None and src_tok is None) or (
                src_tok is not None and seg is not None and not seg.start <= src_tok.i < seg.end):
            # the parser joined this line to the previous one: the clause subject is the
            # line's first noun phrase before the trigger
            first = next((t for t in seg if t.pos_ in ("PROPN", "NOUN")), None) if seg else None
            if first is not None and first.i < tok.i and not any(
                    t.pos_ == "VERB" for t in seg.doc[first.i:tok.i]):
                chain = [first]
                while chain[-1].dep_ in ("compound", "amod") and \
                        chain[-1].head.i < tok.i and seg.start <= chain[-1].head.i:
                    chain.append(chain[-1].head)
                # "Riot police fired": the phrase head; "Niger junta shuts airspace" (a
                # mis-parsed headline): the highest head that names an actor
                for cand in reversed(chain):
                    sources = self.actor(cand, speaker)
                    if sources:
                        break
        return sources, src_tok, by_agent

    def arguments(self, trig: Trigger, speaker: Actor | None
                  ) -> tuple[list[Actor], list[Actor]]:
        tok = trig.token
        if trig.nominal:
            return self._nominal_arguments(trig, speaker)
        sources, src_tok, by_agent = self.subject_actors(tok, speaker)
        patient = _passive_patient(tok)
        if patient is None and _headline_passive(tok):
            # "Pinochet arrested after court ruling": a headline drops "was"
            patient, sources = src_tok, []
        targets: list[Actor] = []
        if patient is not None:
            targets = self.actor(patient, speaker)
            if not by_agent and src_tok == patient:
                sources = []
        if not targets:
            # words of the trigger phrase are not its recipient ("moved troops")
            phrase = set(trig.sense.phrase.split())
            targets = self._object_actors(_objects(tok), speaker, skip=phrase)
        # "the UAE, which the army accuses": the antecedent is the object
        if tok.dep_ == "relcl" and src_tok is not None and src_tok != tok.head and any(
                c.lower_ in ("which", "who", "whom") and c.dep_ in OBJ_DEPS
                for c in tok.children):
            targets = self.actor(tok.head, speaker)
        return sources, targets

    def _noun_modifiers(self, tok: Token, speaker: Actor | None
                        ) -> tuple[list[Actor], list[Actor]]:
        """(sources, targets) named inside a noun phrase: possessor or nationality
        ("Israel's offensive", "Indian strikes"), "between A and B", "by X", "from X"
        (sources) and "against/on/with X" (targets)."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        # "a meeting in Damascus between A and B": "between" may hang off the place
        nested = [g for c in tok.children if c.dep_ == "prep" for p in c.children
                  if p.dep_ == "pobj" for g in p.children
                  if g.dep_ == "prep" and g.lower_ == "between"]
        for c in [*tok.children, *nested]:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and not sources:
                sources = self.actor(c, speaker)
                if not sources and c.tag_ == "VBN":  # "Hamas-led attack", "US-backed"
                    sources = next((found for g in c.children
                                    if (found := self.actor(g, speaker))), [])
            elif c.dep_ == "prep":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if c.lower_ == "between":
                    # "between Assad and UN chief Griffiths" may parse as an nmod chain
                    # every named party inside the phrase, in text order
                    heads = [t for t in pobj.subtree if t == pobj or (
                        (ent := self.resolver.entity(t)) is not None and ent.root == t)]
                    both = []
                    for t in heads:
                        a = self.resolver.resolve_one(t)
                        if a is not None and all(
                                (a.country, a.role) != (b.country, b.role) for b in both):
                            both.append(a)
                    if len(both) >= 2:
                        sources, targets = [both[0]], [both[1]]
                elif c.lower_ in SOURCE_PREPS and not sources:
                    sources = self.actor(pobj, speaker)
                elif c.lower_ in TARGET_PREPS and c.lower_ != "of" and not targets:
                    targets = self.actor(pobj, speaker)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and not sources:
                # "a $500 million pledge made by the government of Japan"
                agent = next((p for g in c.children if g.dep_ == "agent"
                              for p in g.children if p.dep_ == "pobj"), None)
                sources = self.actor(agent, speaker)
        return sources, targets

    def aid_route(self, tok: Token, speaker: Actor | None
                  ) -> tuple[list[Actor], list[Actor]]:
        """Aid carried by a vehicle ("a Saudi plane carrying food landed in Aleppo",
        "aid trucks entered Gaza"): the donor modifies the vehicle, the recipient is the
        country the vehicle goes to."""
        vehicle = tok if tok.lemma_.lower() in VEHICLES else (
            tok.head if tok.dep_ == "acl" and tok.head.lemma_.lower() in VEHICLES else None)
        sources: list[Actor] = []
        targets: list[Actor] = []
        verbs: list[Token] = [tok] if tok.pos_ == "VERB" else []  # "dropped food into Aceh"
        if vehicle is not None:
            sources, _ = self._noun_modifiers(vehicle, speaker)
            # "trucks entered Gaza", or a headline-style "convoy headed into Syria"
            verbs += [vehicle.head] if vehicle.dep_ == "nsubj" else []
            verbs += [c for c in vehicle.children if c.dep_ == "acl" and c != tok]
            verbs = [v for v in verbs if v == tok or v.lemma_.lower() in MOTION_VERBS]
        for verb in verbs:
            dests = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
                p for c in verb.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS
                for p in c.children if p.dep_ == "pobj"]
            for d in dests:
                # "into rebel-held northwest Syria": any place named in the phrase
                names = [d.text] + [e.text for e in self.doc.ents
                                    if d.left_edge.i <= e.start and e.end <= d.right_edge.i + 1]
                code = next((c for c in map(place_country, names) if c), None)
                if code:
                    targets = [Actor(text=d.text, name=None, country=code, role="UNK")]
                    break
            if targets:
                break
        return sources, targets

    def _nominal_arguments(self, trig: Trigger, speaker: Actor | None
                           ) -> tuple[list[Actor], list[Actor]]:
        tok = trig.token
        sources, targets = self._noun_modifiers(tok, speaker)
        if not sources and trig.light is None and tok.dep_ == "pobj" and \
                tok.head.lower_ in ("in", "of") and tok.head.head.dep_ in ("dobj", "obj"):
            # "announced $85 million in emergency aid": the amount's verb has the donor
            s, _ = _subject(tok.head.head.head)
            sources = self.actor(s, speaker)
        if not sources and tok.dep_ == "compound":
            sources = []
        has_own = bool(sources or targets)
        if trig.light is not None and is_undergo(trig.light):
            # "Johnson received a 5-game suspension": the subject is the recipient
            if not targets:
                targets, _, _ = self.subject_actors(trig.light, speaker)
        elif trig.light is not None and not sources:
            sources, _, _ = self.subject_actors(trig.light, speaker)
        elif not sources and tok.dep_ in ("nsubj", "nsubjpass"):
            pass
        blamed = tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and \
            tok.head.head.lemma_.lower() in BLAME_VERBS
        if blamed and not targets:
            # "blamed X for the killing of 26 people": the victims are the recipients
            targets = self._object_actors(
                [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"], speaker)
        if trig.light is None and tok.dep_ not in NOMINAL_EVENT_DEPS and not has_own and \
                not blamed:
            # a nominal trigger in an adjunct ("against the backdrop of the war", "a
            # response to an EU ban") mentions an event the sentence does not report
            return [], []
        if not targets and trig.light is not None:
            targets = self._object_actors(
                [p for c in trig.light.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                 for p in c.children if p.dep_ == "pobj"], speaker)
        return sources, targets

    def location(self, sent: Span, trig: Token, event_type: str) -> str | None:
        """The place named in the event's own sentence: a known place that is the object
        of a locative preposition ("in Tbilisi", "outside El Fasher") or modifies one
        ("in a Darfur camp"); the one nearest the trigger wins when there are several.
        NER labels are not trusted alone ("In Antakya" is often a PERSON): the name must
        geocode."""
        best: tuple[int, str] | None = None
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
                continue  # (a nationality is no place: "outside the French embassy in Niamey")
            head = ent.root
            while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head:
                head = head.head
            if head.dep_ == "dobj" and head.head == trig and event_type == "CONSULT":
                pass  # "visited Damascus"
            elif head.dep_ != "pobj" or not (head.head.lower_ in LOC_PREPS or (
                    head.head.lower_ == "to" and event_type == "CONSULT")):
                continue  # "flew to Niamey" is where a visit happens; "aid to X" is not
            dist = abs(ent.root.i - trig.i)
            if (best is None or dist < best[0]) and place_country(ent.text):
                best = (dist, ent.text)
        return best[1] if best else None


def _instead(tok: Token) -> bool:
    """"rather than join the talks", "instead of meeting": an alternative not taken."""
    before = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i])
    return before in ("rather than", "instead of")


def _self_named(tok: Token) -> bool:
    """A modifier that names a party ("Gaza truce", "Israeli strikes")."""
    return tok.dep_ == "amod" and tok.ent_type_ in ("NORP", "GPE", "ORG")


def _content_of(tok: Token, verbal_types: dict[int, str]) -> bool:
    """A trigger in the complement of an agreement, request, threat or refusal is what was
    promised or asked ("agreed to exchange prisoners"), not a second event."""
    if tok.dep_ not in ("xcomp", "ccomp"):
        return False
    head = tok.head
    return verbal_types.get(head.i) in CONTENT_HEADS and head.lemma_.lower() not in (
        "say", "announce")


def _natural_cause(tok: Token) -> bool:
    """The subject of a killing or strike is a natural hazard, not an actor."""
    subj, _ = _subject(tok)
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        subj = tok.head  # "an earthquake that has killed 35,000 people"
    return subj is not None and subj.lemma_.lower() in NATURAL_HAZARDS


def _party(code: str) -> Actor:
    """An implied recipient: a country or an international body."""
    if code in ("IGO", "NGO"):
        return Actor(text="", name=None, country=None, role=code)
    return Actor(text="", name=None, country=code, role="UNK")


def _prediction(tok: Token) -> bool:
    """A warning whose clause only predicts ("may", "might", "could") is no threat."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            modals = {g.lower_ for g in c.children if g.dep_ == "aux"}
            return bool(modals & {"may", "might", "could"}) and not (
                modals & {"will", "would", "shall"})
    return False


def _wished(tok: Token) -> bool:
    """Inside the clause of a wish ("had hoped you would have stayed and tortured him")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.lemma_.lower() in WISHES:
            return True
        if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        cur = cur.head
    return False


def _headline_passive(tok: Token) -> bool:
    """A bare past form with a subject and no object or auxiliary, in a headline
    ("Pinochet arrested", "Four players suspended"), is a passive."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "ROOT" or tok.lemma_.lower() not in (
            HEADLINE_PASSIVES):
        return False
    return not any(c.dep_ in ("dobj", "aux", "auxpass", "obj") for c in tok.children)


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def _weak(actor: Actor) -> bool:
    """A named person the text gives no role or country for (country is a guess)."""
    return bool(actor.person) and actor.role == "UNK"


def _background_state(tok: Token) -> bool:
    """A relative clause in the past perfect describes a standing state, not the news
    ("a border gate that had been closed for 35 years")."""
    if tok.dep_ not in ("relcl", "acl"):
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "had" in aux and "been" in aux


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a predicate adjective or modal verb heads."""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return c
    return None


def _hypothetical_infinitive(tok: Token) -> bool:
    """An infinitive governed by an adjective or noun, or a purpose clause, states no act
    ("it is necessary to discuss", "requests to meet X", "troops in the country to
    fight", "in order to discuss"); verbs of intent ("agreed to", "urged X to") do."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    while tok.dep_ == "conj" and head.tag_ == "VB":  # "not to discuss it but to sign it"
        tok, head = head, head.head
    if tok.dep_ == "advcl" or head.pos_ in ("ADJ", "NOUN", "PROPN", "PRON"):
        return True
    if head.lemma_.lower() in WISHES:
        return True  # "would wait to work with", "hopes to meet": not yet an act
    if head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children):
        return True  # "it is necessary not to discuss it"
    return any(c.lower_ == "order" for c in tok.children if c.dep_ == "mark") or (
        tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() == "make")


def _nominal_is_argument(tok: Token, verbal: set[int]) -> bool:
    """A nominal trigger that only names what a verbal trigger acts on ("scrapped the
    agreements", "thanked Athens for its solidarity"), modifies another noun ("prisoner
    swap talks"), or is hypothetical ("any attack on France") is no event of its own."""
    if tok.dep_ == "compound" or (tok.tag_ == "VBG" and tok.dep_ == "acl"):
        return True
    if any((c.dep_ == "det" and c.lower_ in ("any", "no", "every")) or (
            c.dep_ == "amod" and c.lower_ in ("potential", "hypothetical", "future"))
           for c in tok.children):
        return True  # "any attack on France", "potential terrorist attacks"
    while tok.dep_ == "conj" and tok.head != tok:  # "air and artillery strikes killed"
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("for", "of") and head.head.lemma_.lower() in BLAME_VERBS:
            return False  # "blamed X for the killing of 26 people": the killing happened
        head = head.head
    return head.i in verbal and tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")


def segments(doc: Doc) -> list[Span]:
    """spaCy sentences, split again at line breaks: a title, standfirst, caption or
    paragraph never shares a sentence with the next line (the parser sometimes joins them)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i + (0 if tok.is_space else 1)
                if end > start:
                    out.append(doc[start:end])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]


def _pairs(event_type: str, sources: list[Actor], targets: list[Actor]
           ) -> list[tuple[Actor | None, Actor | None]]:
    if event_type in SYMMETRIC and len(sources) >= 2 and not targets:
        return [(sources[0], sources[1])]
    if len(sources) >= 2 and not targets:
        # "both sides extended the ceasefire": each towards the other
        return [(s, next(o for o in sources if o != s)) for s in sources]
    srcs: list[Actor | None] = list(sources) or [None]
    tgts: list[Actor | None] = list(targets) or [None]
    out = []
    for s in srcs:
        for t in tgts:
            if s is not None and t is not None and s == t and len(tgts) > 1:
                continue
            out.append((s, t))
    return out


@cache
def _confidence_table() -> tuple[dict[str, float], float]:
    raw = tomllib.loads((Path(__file__).parent / "data" / "confidence.toml").read_text("utf-8"))
    return {k: float(v) for k, v in raw["table"].items()}, float(raw["default"])


def _confidence(trig: Trigger, src: Actor | None, tgt: Actor | None) -> float:
    """Calibrated confidence: the measured precision of events of the same shape
    (``data/confidence.toml``, reliability table in the README)."""
    has_src = src is not None and bool(src.country or src.role in ("IGO", "NGO"))
    target = "none" if tgt is None else ("implied" if not tgt.text else "explicit")
    key = f"{'nominal' if trig.nominal else 'verbal'}.{'source' if has_src else 'no-source'}" \
        f".{target}"
    table, default = _confidence_table()
    return round(table.get(key, default), 2)


def extract(annotated: AnnotatedArticle, *, vocab: Vocab, version: str, now: datetime,
            max_events: int = 200) -> ExtractedArticle:
    """Code an annotated article into PLOVER events (unenriched)."""
    doc = to_doc(annotated, vocab)
    art = annotated.article
    coder = _Coder(annotated, doc)
    dates = _optional("pipeline.dates")
    quantities = _optional("pipeline.quantities")
    published = _published(art.published)
    ref = ArticleRef(article_id=art.article_id, url=art.url, title=art.title, source=art.source,
                     published=art.published, language=art.language)
    info = PipelineInfo(version=version, extracted_at=now.isoformat().replace("+00:00", "Z"))
    events: list[Event] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    uncoded = 0
    truncated = False
    dateline: str | None = None
    segs = segments(doc)
    # Without a feed date, relative phrases are anchored on the first full date of the
    # article's opening lines (dateline, photo caption).
    fallback = None if published is not None else " ".join(s.text for s in segs[:6])
    state = _DateState(fallback=fallback)
    for si, sent in enumerate(segs):
        m = DATELINE.match(sent.text)
        if m:
            dateline = m.group(1).strip().title()
            # "TBILISI, Dec 1 — Riot police fired": the dateline is neither subject nor
            # part of the event's sentence
            body = [t for t in sent if t.idx >= sent.start_char + m.end() and not t.is_space]
            if body:
                sent = doc[body[0].i:sent.end]
        coder.segment = sent
        coder.resolver.register_persons(sent)
        triggers = find_triggers(sent) if not sent.text.rstrip().endswith("?") else []
        sent_events = 0
        first_event = len(events)
        speaker_actor: Actor | None = None
        # Subjects of this sentence's root become the antecedent of later pronouns.
        root_subj, _ = _subject(sent.root)
        if root_subj is not None and not sent.start <= root_subj.i < sent.end:
            root_subj = None
        verbal = {t.token.i for t in triggers if not t.nominal}
        verbal_types = {t.token.i: t.sense.type for t in triggers if not t.nominal}
        for trig in triggers:
            tok = trig.token
            if in_if_clause(tok) and trig.sense.type not in ("THREATEN", "REQUEST"):
                continue
            # "adopted a deal" types the event by the verb's own sense; a nominal trigger
            # under a verbal trigger is its argument, not a second event
            if trig.nominal and _nominal_is_argument(tok, verbal):
                continue
            hypothetical = not trig.nominal and _hypothetical_infinitive(tok)
            if hypothetical and not (trig.sense.type == "ASSAULT" and
                                     tok.head.lemma_.lower() in READY_WORDS):
                continue
            if not trig.nominal and tok.tag_ == "VBN" and \
                    tok.lemma_.lower() in DESCRIPTIVE_PARTICIPLES and (
                        tok.dep_ in ("acl", "amod") or (
                            tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod"))):
                continue  # "negotiations mediated by Qatar", "a UN-backed monitor"
            speech = _speech_context(tok)
            speaker_actor = None
            if speech is not None:
                s_tok, _ = _subject(speech)
                sp = coder.resolver.resolve(s_tok) if s_tok is not None else []
                speaker_actor = sp[0] if sp else None
            event_type = trig.sense.type
            if hypothetical:
                event_type = "THREATEN"  # "the army was prepared to fight for 100 years"
            if not trig.nominal and _background_state(tok):
                continue
            if not trig.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                    not any(c.dep_ == "agent" for c in tok.children) and \
                    tok.head.dep_ == "nsubj" and tok.head.head.lemma_ == "be":
                continue  # "most of the Palestinians released were women": description
            if _content_of(tok, verbal_types) or (trig.nominal and tok.dep_ in (
                    "dobj", "nsubj", "nsubjpass") and _content_of(tok.head, verbal_types)):
                # "agreed to exchange", "demanded that the RSF end its siege": the act is
                # what was promised or asked
                continue
            if trig.nominal and tok.dep_ == "ROOT" and not any(
                    c.dep_ in ("poss", "compound", "prep", "nmod") or _self_named(c)
                    for c in tok.children):
                continue  # a bare subheading ("Broken accord") reports nothing
            if _natural_cause(tok):
                continue  # "an earthquake that has killed 35,000 people"
            if tok.ent_type_ in ("DATE", "TIME"):
                continue  # "in March or April" is a month, not a march
            if event_type == "ASSAULT" and not trig.nominal and any(
                    o.lemma_.lower() in ABSTRACT_PATIENTS
                    for o in [*_objects(tok), _passive_patient(tok)] if o is not None):
                continue  # "the deal had been killed by the Pentagon"
            if event_type == "THREATEN" and _prediction(tok):
                continue  # "officials warn that some places may not receive aid"
            if not trig.nominal and _wished(tok):
                continue  # "I had hoped you would have tortured him"
            if event_type == "THREATEN" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
                    tok.head.i in verbal:
                continue  # "condemned X, warning of consequences": one statement
            if event_type == "THREATEN" and any(
                    t.token.i != tok.i and t.sense.phrase in SPOKEN_SENSES and
                    tok.left_edge.i <= t.token.i <= tok.right_edge.i for t in triggers):
                continue  # "warned that the violence was unacceptable": a disapproval
            # an evaluation's negation is part of its sense ("was not acceptable")
            negated = not trig.nominal and trig.sense.phrase not in SPOKEN_SENSES and (
                is_negated(tok) or _instead(tok))
            if negated and (tok.lemma_.lower() in NOT_REFUSALS or (
                    tok.lemma_.lower() in PERMISSIONS and tok.tag_ != "VBN")):
                # "did not confirm" withholds comment; "will not allow X to" is a stance
                continue  # "New Delhi did not confirm" withholds comment, refuses nothing
            refusal = False
            if negated:
                if event_type in COOPERATIVE:
                    event_type = "REJECT"
                    negated = False
                    refusal = True
                elif event_type != "REJECT":
                    continue
            if trig.sense.phrase in SPOKEN_SENSES:
                # an evaluation or a "should" is an event only as someone's statement
                if speaker_actor is None:
                    continue
                subj = _clause_subject(tok)
                if subj is not None and subj.lower_ in GENERIC_SUBJECTS:
                    continue  # "you should protect the people first": advice, not a demand
                sources = [speaker_actor]
                targets = [a for a in coder.actor(subj, None) if a != speaker_actor] \
                    if subj is not None else []
                if not targets and subj is not None:
                    targets = coder._object_actors([subj], None)
            else:
                sources, targets = coder.arguments(trig, speaker_actor)
            if event_type == "PROTEST" and not targets:
                # "rallied outside the French embassy": the mission's country is the target
                targets = coder._object_actors(
                    [p for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                        "outside", "near", "at") for p in c.children if p.dep_ == "pobj"
                     and p.lemma_.lower() in MISSIONS], speaker_actor)
            if sources and targets:
                # an actor is not its own recipient ("X joined the talks X leads")
                targets = [t for t in targets if t not in sources]
            if sources and sources[0].country and event_type in ("REQUEST", "SUPPORT"):
                # "the Foreign Office urges citizens not to travel": its own citizens
                targets = [dataclasses.replace(t, country=sources[0].country)
                           if _last_word(t.text) in OWN_PEOPLE and
                           names_country(t.text) is None else t for t in targets]
            if event_type == "AID":
                v_src, v_tgt = coder.aid_route(tok, speaker_actor)
                sources = sources or v_src
                targets = v_tgt or targets
            if not sources and speaker_actor is not None and not trig.nominal:
                sources = [speaker_actor]
            if not sources and event_type == "PROTEST" and coder.resolver.focus:
                # "the protests erupted": protesters are the story's own people
                sources = [Actor(text="", country=coder.resolver.focus, role="CVL")]
            if not sources and event_type in STATE_ACTS and coder.resolver.focus and targets:
                # arrests, convictions and suspensions with no agent ("was jailed", "were
                # suspended") are the authorities' doing: in a two-party story the other
                # party's, else the story's own
                other = counterpart(targets[0], coder.resolver.focus, coder.resolver.pair) \
                    if targets and coder.resolver.pair else None
                sources = [_party(other)] if other and targets and \
                    targets[0].country != other else [
                        Actor(text="", country=coder.resolver.focus, role="GOV")]
            if not sources and not targets:
                continue  # an event nobody does to nobody is not codable
            if not sources and event_type not in NULL_SOURCE_OK:
                continue
            if not targets and len(sources) >= 2:
                pass  # "India and Pakistan agreed": the parties are each other's recipients
            elif not targets and event_type in IMPLIED_TARGET:
                code = counterpart(sources[0] if sources else None, coder.resolver.focus,
                                   coder.resolver.pair)
                if sources and sources[0].country and (
                        event_type in DOMESTIC or trig.sense.mode in DOMESTIC_MODES):
                    code = sources[0].country
                if code in ("IGO", "NGO"):
                    targets = [Actor(text="", name=None, country=None, role=code)]
                elif code is not None:
                    targets = [Actor(text="", name=None, country=code, role="UNK")]
            if event_type == "THREATEN" and sources and sources[0].country:
                # "Moscow warned that bans on Russian media would not go unanswered": a
                # threat is aimed at the other party, whoever the clause mentions
                other = counterpart(sources[0], coder.resolver.focus, coder.resolver.pair)
                if other and other != sources[0].country:
                    targets = [_party(other) if t.country == sources[0].country else t
                               for t in targets]
            if sources and sources[0].country and event_type not in DOMESTIC and \
                    trig.sense.mode not in DOMESTIC_MODES:
                # "Hamas is to free 33 hostages", "strikes killed 31 civilians": a recipient
                # named only by a role word got the story's focus country; in a two-party
                # story, a party acting on such people acts on the other party
                other = counterpart(sources[0], coder.resolver.focus, coder.resolver.pair)
                targets = [dataclasses.replace(t, country=other) if (
                    t.country == sources[0].country and other and other not in ("IGO", "NGO")
                    and (not t.person or _weak(t)) and names_country(t.text) is None
                    and _last_word(t.text) not in OWN_PEOPLE) else t for t in targets]
            # "she would not step down" states a refusal now, whatever the tense
            modality = "asserted" if refusal else modality_for(tok, event_type, negated=negated)
            if modality in ("future", "proposed") and event_type in PROMISABLE:
                # PLOVER: a future-tense cooperative act is an AGREE ("will be exchanged")
                event_type = "AGREE"
            if event_type == "CONCEDE" and trig.sense.phrase in ("regret", "lament"):
                # "regretted the army's absence": regret at another's act is disapproval
                owner = next((g for o in _objects(tok) for g in o.children
                              if g.dep_ == "poss"), None)
                if owner is not None and owner.lower_ not in ("its", "our", "my", "their"):
                    event_type = "ACCUSE"
                    targets = coder.actor(owner, speaker_actor) or targets
            if event_type in SYMMETRIC and not targets and len(sources) < 2 and \
                    coder.resolver.pair and not trig.nominal and \
                    (_subject(tok)[0] is not None and _subject(tok)[0].lower_ == "they"):
                # "They also discussed trade": in a two-party story, the two parties
                sources = coder.resolver.resolve_pair()
            if event_type == "CONSULT" and not targets and len(sources) < 2 and not (
                    trig.nominal and tok.lemma_.lower() in MULTILATERAL):
                continue  # a meeting needs two parties; "ministers meeting in Luxembourg"
            for src, tgt in _pairs(event_type, sources, targets):
                key = (si, event_type, src.country if src else None, tgt.country if tgt else None)
                if key in seen:
                    continue
                seen.add(key)
                if len(events) >= max_events:
                    truncated = True
                    break
                events.append(_event(annotated, si, sent, trig, event_type, modality, src, tgt,
                                     speaker_actor, coder, dates, quantities, published,
                                     dateline, ref, info, state))
                sent_events += 1
        if len(events) - first_event > 1:
            # "RSF shelling kills 20", "an attack ... which killed 1,200": one act named
            # twice; the mention without an actor adds nothing
            mine = events[first_event:]
            keep = [e for e in mine if e.source is not None or not any(
                o.type == e.type and o.source is not None for o in mine)]
            events[first_event:] = keep
        if triggers and not sent_events:
            uncoded += 1
        if root_subj is not None:
            for a in coder.resolver.resolve(root_subj)[:1]:
                coder.resolver.remember(a)
    persons, orgs, places = _entities(doc)
    return ExtractedArticle(article=art, events=events, persons=persons, organizations=orgs,
                            places=places, uncoded_sentences=uncoded, truncated=truncated)


QUOTED = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


def _quote(sent: Span, trig: Token) -> str | None:
    """The direct quote that states the event: the quoted words around the trigger."""
    offset = trig.idx - sent.start_char
    for m in QUOTED.finditer(sent.text):
        if m.start(1) <= offset < m.end(1):
            return m.group(1).strip(" ,.")
    return None


@dataclass(slots=True)
class _DateState:
    """Date context carried through an article: the anchor text for feeds without a
    date, and the day of the last dated event ("the same day", "hours later")."""

    fallback: str | None
    previous: Any = None
    noun_days: dict[str, Any] = dataclasses.field(default_factory=dict)


def _published(value: str | None) -> Any:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _event(annotated: AnnotatedArticle, si: int, sent: Span, trig: Trigger, event_type: str,
           modality: str, src: Actor | None, tgt: Actor | None, speaker: Actor | None,
           coder: _Coder, dates: Any, quantities: Any, published: Any, dateline: str | None,
           ref: ArticleRef, info: PipelineInfo, state: _DateState) -> Event:
    tok = trig.token
    date = date_text = precision = None
    if dates is not None:
        try:
            res = dates.resolve_date(sent.text, published=published, fallback_text=state.fallback,
                                     near=tok.idx - sent.start_char, previous=state.previous)
            if res is not None and res.precision != "day" and published is not None and \
                    res.date > published.isoformat():
                # "would not open talks until 2028": a later year or month is the object of
                # the statement, not its date; take the sentence's first date phrase
                res = dates.resolve_date(sent.text, published=published,
                                         fallback_text=state.fallback, previous=state.previous)
        except Exception:  # a date bug must not lose the event
            res = None
        if res is not None:
            date = res.date.isoformat() if hasattr(res.date, "isoformat") else res.date
            date_text, precision = res.text, res.precision
            day = _published(date) if precision == "day" else None
            if day is not None and (published is None or 0 <= (published - day).days <= 10):
                # background ("the April 22 attack") does not set the narrative's day
                state.previous = day
            if day is not None:
                # "suspended for a brawl at the Friday, November 19th game": later
                # sentences about the brawl are about that day
                for t in sent:
                    if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
                        state.noun_days.setdefault(t.lemma_.lower(), day)
        elif (known := next((state.noun_days[t.lemma_.lower()] for t in sent
                             if t.pos_ == "NOUN" and t.lemma_.lower() in state.noun_days),
                            None)) is not None:
            date, precision = known.isoformat(), "day"
            state.previous = known  # the narrative continues on that day
        elif state.previous is not None:
            # No date phrase: news narrates in order, so an undated sentence continues the
            # day of the last dated event ("Hours later, the guns fell silent").
            date, precision = state.previous.isoformat(), "day"
        elif published is not None:
            date, precision = published.isoformat(), "day"
        elif state.fallback:
            # no feed date and nothing dated yet (headline, standfirst): the dateline's or
            # caption's full date
            anchor = dates.first_full_date(state.fallback)
            if anchor is not None:
                date, precision = anchor.isoformat(), "day"
    qs: list[Quantity] = []
    if quantities is not None:
        try:
            qs = list(quantities.find_quantities(sent.text))
        except Exception:
            qs = []
    location = _location(coder.location(sent, tok, event_type), event_type, src, tgt, dateline)
    pair = f"{src.country if src else ''}>{tgt.country if tgt else ''}"
    return Event(
        event_id=event_id_for(ref.article_id, si, f"{event_type}:{pair}", tok.idx, info.version),
        type=event_type,
        mode=trig.sense.mode if trig.sense.type == event_type else None,
        modality=modality,
        source=src,
        target=tgt,
        evidence=Evidence(sentence=sent.text, sentence_index=si, start=sent.start_char,
                          end=sent.end_char),
        article=ref,
        pipeline=info,
        trigger=trig.sense.phrase,
        location=location,
        quantities=qs,
        date=date,
        date_text=date_text,
        date_precision=precision,
        speaker=Speaker(name=speaker.name or speaker.text, country=speaker.country,
                        role=speaker.role) if speaker is not None else None,
        quote=_quote(sent, tok),
        confidence=_confidence(trig, src, tgt),
    )


def _location(text: str | None, event_type: str, src: Actor | None, tgt: Actor | None,
              dateline: str | None) -> Location | None:
    """The sentence's own place, else the country where this kind of event happens (the
    target's for strikes and aid, else the source's), else the dateline's city."""
    if text:
        return Location(text=text)
    order = (tgt, src) if event_type in AT_TARGET else (src,)
    for actor in order:
        if actor is not None and actor.country and actor.role not in ("IGO", "NGO"):
            name = country_name(actor.country)
            if name:
                return Location(text=name, country=actor.country)
    if dateline and place_country(dateline):
        return Location(text=dateline)
    return None


def _entities(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    persons: list[str] = []
    orgs: list[str] = []
    places: list[str] = []
    for ent in doc.ents:
        text = ent.text.strip()
        bucket = {"PERSON": persons, "ORG": orgs, "GPE": places, "LOC": places,
                  "FAC": places}.get(ent.label_)
        if bucket is not None and text and text not in bucket:
            bucket.append(text)
    return persons, orgs, places
