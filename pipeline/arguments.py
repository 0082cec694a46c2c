"""Argument attachment: who does an event to whom.

Source and target come from the syntax around a trigger (subjects, objects, passive
"by", "between A and B", possessors and nationality adjectives of nominal triggers,
controllers of infinitives, antecedents of relative clauses, the route of an aid
vehicle) and are resolved to country + role by ``pipeline.actors``. ``attach`` then
applies the story-level rules: the speaker acts when the clause names nobody, protests
and arrests without an agent belong to the story's own country, and an unnamed
recipient is implied by the story (the other party of a two-party story, else the
story's own country).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country, place_country
from pipeline.actors import ActorResolver
from pipeline.event_filters import (
    BLAME_VERBS,
    CONTENT_HEADS,
    GO_BETWEEN_PARTICIPLES,
    SPOKEN_SENSES,
    go_between,
)
from pipeline.story_parties import counterpart, focus_countries, mention_codes
from pipeline.syntax import (
    CLAUSE_DEPS,
    NEGOTIATIONS,
    OBJ_DEPS,
    SOURCE_PREPS,
    TARGET_PREPS,
    agentless_passive,
    clause_subject,
    headline_coordinates,
    headline_passive,
    mediating,
    objects,
    passive_patient,
    reduced_relative_head,
    subject,
)
from pipeline.triggers import Trigger, is_undergo
from schemas import Actor, AnnotatedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
#: Acts that, reported without an agent, are done by the authorities of the story.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Generic subjects of "should"/"must" that address nobody in particular.
GENERIC_SUBJECTS = frozenset({"you", "we", "one", "i", "people", "everyone", "everybody"})
#: Verbs that take a vehicle somewhere ("trucks entered Gaza", "a plane landed in X").
MOTION_VERBS = frozenset({"enter", "cross", "head", "arrive", "reach", "land", "pass",
                          "travel", "go", "move", "roll", "deliver", "bring", "fly", "sail",
                          "dock", "drive", "come", "return", "leave"})
#: Nouns that, in someone's reported speech, mean the speaker's own state.
OWN_STATE = frozenset({"country", "nation", "government", "state"})
#: The land itself, as a possessor in the speaker's account ("the island's forces").
HOMELANDS = frozenset({"island", "kingdom", "republic", "emirate"})
#: Plural nouns for a state's own people ("urged citizens", "thanked the public").
OWN_PEOPLE = frozenset({"citizens", "nationals", "population", "public", "residents"})
#: The public in the street ("fired on the crowds", "attacked protesters"): people of
#: the place they gather in, facing their own state, never the other party of a
#: two-party story just because the text names no nationality for them.
CROWDS = frozenset({"crowd", "crowds", "protester", "protesters", "demonstrator",
                    "demonstrators", "marcher", "marchers", "rioter", "rioters", "mob",
                    "mobs", "strikers", "protestors", "protestor"})
#: A state's own people at odds with it: opponents, critics and dissidents (and the
#: opposition, activists, parties and candidates, by role) are someone's by definition,
#: and news names the country of a foreign one ("Russian dissidents"); a state that
#: frees, jails or courts them acts on its own people, never on the other party of a
#: two-party story ("Nicaragua freed 222 jailed opponents and put them on a flight to
#: Washington").
OPPONENTS = frozenset({"opponent", "opponents", "critic", "critics", "dissident",
                       "dissidents", "activist", "activists", "opposition"})
#: What a state does to its own opponents (frees, pardons, jails, sentences, attacks).
ON_OWN_PEOPLE = frozenset({"RETREAT", "CONCEDE", "COERCE", "SANCTION", "ASSAULT"})
#: What a state facing unrest does to its own public: force and warnings.
REPRESSION = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Actors that act for a state.
STATE_ROLES = frozenset({"GOV", "MIL", "JUD"})
#: Detained people whose detention is political: the detaining state's own.
POLITICAL_DETAINEES = frozenset({"prisoners", "prisoner", "detainees", "detainee"})
#: Words of civil unrest: a story that uses them in two sentences is about a state and
#: its own public in the street (one protest outside an embassy is not).
UNREST = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator",
                    "unrest", "riot", "rioter", "uprising"})
#: What a state's forces do to a crowd.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Legislators act on their own government's policy: their criticism, demands or
#: refusals with no named recipient are domestic ("Republican lawmakers criticized the
#: deal"), not aimed at the foreign party the deal was made with.
LEGISLATORS = frozenset({"lawmaker", "lawmakers", "legislator", "legislators", "senator",
                         "senators", "congressman", "congressmen", "congresswoman",
                         "mps", "parliamentarians", "deputies"})
#: What legislators do by speaking (not acts they report: "saying it freed a dealer").
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
#: Mediating: a third party's dealings with both sides of a dispute.
MEDIATION = frozenset({"mediate", "mediation"})
#: Pronouns: their country comes from an antecedent, not from the story's focus.
PRONOUNS = frozenset({"they", "them", "it", "he", "him", "she", "her", "we", "us"})
#: Roles of the forces a state deploys.
FORCES = frozenset({"MIL", "GOV", "REB"})
#: Documents that state what their authors do ("a resolution that called for ...").
DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "letter",
                       "report", "decree", "motion", "bill", "law", "ruling", "verdict"})
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: Types reported without a stated actor often enough to code with a null source
#: ("aid flowed into Gaza", "a ceasefire took effect", "20 people were killed").
NULL_SOURCE_OK = frozenset({"AID", "RETREAT", "ASSAULT", "CONCEDE"})
#: Types where coordinated sources with no object act with each other ("A and B held
#: talks"); in any other type they act together on someone else.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Killings that, reported without an agent, are the state's own sentence carried out.
EXECUTIONS = frozenset({"hang", "execute"})
#: Acts and texts whose author is the recipient of praise, backing, rejection or blame
#: ("backed the measures", "called the strikes aggression"): the type its author coded.
AUTHORED = {"strike": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT",
            "raid": "ASSAULT", "offensive": "ASSAULT", "shelling": "ASSAULT",
            "invasion": "ASSAULT", "measure": "SANCTION", "sanction": "SANCTION",
            "embargo": "SANCTION", "resolution": "", "decision": "", "ruling": "",
            "verdict": "", "decree": ""}
AUTHOR_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST"})
#: Prepositions of the attack a passive killing happened in ("killed in/during/by ...").
ATTACK_PREPS = frozenset({"in", "during", "by", "from"})
#: Violence named as no one's act: the subject of a killing that names no agent.
FIGHTING = frozenset({"fighting", "clash", "violence", "unrest", "war", "conflict",
                      "battle", "crossfire", "riot", "turmoil", "chaos"})
#: Attacks whose author a passive killing's adjunct may name.
ATTACKS = frozenset({"strike", "airstrike", "bombing", "raid", "offensive", "shelling",
                     "attack", "bombardment", "assault", "fire", "crossfire", "ambush"})


#: What several outsiders to a story do with nobody implied, each on its own: welcoming,
#: backing, promising ("Egypt, Bahrain and Oman welcomed the agreement"); warnings by
#: several outsiders with no addressee stay uncoded.
OUTSIDERS_ALONE = frozenset({"SUPPORT", "AGREE", "AID", "CONCEDE"})


#: Verbs whose subject obtains a nominal act from the "of" phrase ("won the backing of
#: the council", "secured the support of X"): the "of" party does the act.
# words of an offer that make it an offer of help to someone, not a deal among its makers
AID_WORDS = frozenset({"assistance", "aid", "help", "relief", "asylum", "supply", "funding"})
OFFERS = frozenset({"offer", "pledge", "promise"})

OBTAIN_VERBS = frozenset({"win", "gain", "secure", "receive", "get", "obtain", "earn",
                          "garner", "enlist", "enjoy", "lose"})


class ArgumentFinder:
    """Finds and resolves the actors of an article's events, sentence by sentence."""

    def __init__(self, annotated: AnnotatedArticle, doc: Doc) -> None:
        self.annotated = annotated
        self.doc = doc
        year = article_year(annotated.article.published)
        focus, pair = focus_countries(doc, annotated.title_sentences, year)
        self.resolver = ActorResolver(doc, focus=focus, pair=pair, year=year)
        # Unrest makes the story domestic: force its state uses on nobody named is
        # aimed at its own people in the street, not at a foreign party that sends help
        # or comments ("Kazakh leader orders troops to shoot without warning as
        # Russian-led force arrives").
        self.unrest = len({t.sent.start for t in doc if t.lemma_.lower() in UNREST}) >= 2
        self.segment: Span | None = None
        self.done: list[tuple[str, Actor]] = []  # (type, source) of coded events so far
        #: the last attached event's several sources act on nobody implied, each alone
        self.unaimed = False
        self._mentions: dict[int, list[tuple[int, str]]] = {}  # by sentence start

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
                    for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound")) \
                and not any(c.lower_ in ("both", "two") for c in tok.children):
            # (not "the two countries": the story's two parties)
            # "Dar said the country remained committed": the speaker's own country
            own = Actor(text=tok.text, name=None, country=speaker.country, role="GOV")
            sides = [self.resolver.side_conjunct(c, speaker.country) for c in tok.conjuncts
                     if c.i > tok.i]
            return [own, *[a for a in sides if a is not None]]
        found = self.resolver.resolve(tok)
        own = next((c for c in tok.children if c.dep_ == "poss" and
                    c.lemma_.lower() in OWN_STATE | HOMELANDS and
                    all(g.lower_ == "the" or g.dep_ == "case" for g in c.children)), None)
        if speaker is not None and speaker.country and own is not None and \
                len(found) == 1 and not found[0].person:
            # "Taiwan's cabinet said the island's armed forces were put on alert": "the
            # country's", "the island's" in someone's account is the speaker's country
            return [dataclasses.replace(found[0], country=speaker.country)]
        if speaker is not None and speaker.country and (
                speaker.role == "MIL" or last_word(speaker.text) == "police") and \
                tok.pos_ == "NOUN" and len(found) == 1 and not found[0].person and \
                found[0].role in ("GOV", "MIL") and found[0].country == self.resolver.focus \
                and found[0].country != speaker.country and \
                names_country(found[0].text) is None and not any(
                    (c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "ADJ")
                    or c.dep_ == "prep" for c in tok.children):
            # "Haitian police said officers fired warning shots", "the army chief said
            # troops would stay": forces that the police's or the military's own account
            # names by no country are its own (news names the nationality of the other
            # side's), not the story's focus country
            found = [dataclasses.replace(found[0], country=speaker.country)]
        return found

    def object_actors(self, objs: list[Token], speaker: Actor | None,
                       skip: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
        """The recipient among a verb's objects; words of the trigger phrase itself
        ("moved troops", "joined US-led talks") are searched inside, never taken whole."""
        fallback: list[Actor] = []
        for o in objs:
            if o.lemma_.lower() in skip or o.lower_ in skip:
                continue
            found = self.actor(o, speaker)
            if found and any((a.country or a.role in ("IGO", "NGO")) and not weak(a)
                             for a in found):
                return found
            fallback = fallback or found  # a person of unknown country, if nothing better
        for o in objs:
            # "condemned the excessive force used against Georgians", "rallied against
            # the government's decision": an actor inside the object's own phrase, nearest
            # first, not inside a clause that hangs off it
            # (not the go-between of "a China-brokered deal": no party to it)
            queue = [c for c in o.children if c.dep_ not in CLAUSE_DEPS and not mediating(c)]
            while queue:
                t = queue.pop(0)
                if (t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound") or (
                        t.pos_ == "ADJ" and names_country(t.text) is not None) or (
                        (ent := self.resolver.entity(t)) is not None and ent.root == t):
                    found = self.resolver.resolve(t)
                    if found and not all(weak(a) for a in found):
                        return found
                # ("flights to and from Kenya": the second preposition is a conjunct)
                queue.extend(c for c in t.children if (
                    c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and t.dep_ == "prep"
                                                  and not any(g.dep_ == "pobj"
                                                              for g in t.children)))
                             and not mediating(c))
        return fallback

    def subject_actors(self, tok: Token, speaker: Actor | None
                       ) -> tuple[list[Actor], Token | None, bool]:
        """(actors, subject token, is passive agent) of the clause a verb heads."""
        src_tok, by_agent = subject(tok)
        src_tok = reduced_relative_head(src_tok)
        sources = self.actor(src_tok, speaker)
        seg = self.segment
        if sources and not by_agent and seg is not None and \
                seg.text.rstrip()[-1:] not in ".!?\"'\u201d":
            # a headline: "Russia, China launch war games"
            for other in headline_coordinates(tok, src_tok):
                sources = [a for a in self.actor(other, speaker) if a not in sources] + sources
        if src_tok is not None and src_tok.lower_ in ("which", "that") and \
                tok.dep_ == "relcl":
            src_tok = tok.head  # "the Hamas-led attack, which killed 1,200 people"
        if not sources and src_tok is not None and src_tok.lemma_.lower() in DOCUMENTS \
                and src_tok.head.pos_ in ("VERB", "AUX") and src_tok.head != tok:
            # "the Parliament adopted a resolution that rejected the results (and called
            # for ...)": the document speaks for whoever adopted or issued it
            sources, _, _ = self.subject_actors(src_tok.head, speaker)
        if not sources and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
                tok.head.dep_ == "ccomp" and tok.head.head.pos_ == "VERB":
            # "A and B declared that the war was over, signing a declaration": the
            # participle after the comma belongs to the main clause, whose subject signs
            # (the parser hangs it on the reported clause, whose subject names nobody)
            sources, _, _ = self.subject_actors(tok.head.head, speaker)
            if sources:
                return sources, src_tok, by_agent
        if not sources and src_tok is not None and src_tok.pos_ == "NOUN":
            # "Israeli air strikes killed", "a ceasefire between A and B took effect",
            # "a Saudi plane carrying food": the subject noun's own modifiers name the actor
            sources, _ = self._noun_modifiers(src_tok, speaker)
        seg = self.segment
        if passive_patient(tok) is not None or any(c.dep_ == "auxpass" for c in tok.children):
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
        for c in tok.children:
            if c.dep_ == "advcl" and c.lemma_.lower() == "do" and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
                # "Egypt welcomed the agreement, as did Iraq and Oman": the same act by
                # each subject of the elliptical "as did" clause
                extra, _, _ = self.subject_actors(c, speaker)
                sources = sources + [a for a in extra if a not in sources]
        patient = passive_patient(tok)
        if patient is None and headline_passive(tok):
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
            targets = self.object_actors(objects(tok), speaker, skip=phrase)
        if trig.sense.type in CONTENT_HEADS and not any(t not in sources for t in targets):
            targets = self.content_targets(tok, sources, speaker) or targets
        # "the UAE, which the army accuses": the antecedent is the object
        if tok.dep_ == "relcl" and src_tok is not None and src_tok != tok.head and any(
                c.lower_ in ("which", "who", "whom") and c.dep_ in OBJ_DEPS
                for c in tok.children):
            targets = self.actor(tok.head, speaker)
        elif tok.dep_ == "relcl" and src_tok is not None and src_tok != tok.head and \
                src_tok.i > tok.head.i and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ in OBJ_DEPS or c.dep_ in ("ccomp", "xcomp", "auxpass")
                    or c.tag_ in ("WDT", "WP", "WRB") for c in tok.children):
            # "10 sailors it had detained", "the jets Turkey shot down": a relative clause
            # with no relative pronoun and no object of its own acts on the noun it
            # describes
            targets = self.object_actors([tok.head], speaker) or targets
        return sources, targets

    def content_targets(self, tok: Token, sources: list[Actor], speaker: Actor | None
                        ) -> list[Actor]:
        """The recipient of a threat, promise, demand or refusal is often named only in
        its content clause ("threatened to cut gas supplies to Ukraine", "warned that it
        would strike the United States", "vowed to retaliate against Israel")."""
        own = {s.country for s in sources}
        fallback: list[Actor] = []
        for c in tok.children:
            if c.dep_ not in ("xcomp", "ccomp") or c.pos_ not in ("VERB", "AUX"):
                continue
            for o in objects(c):
                found = [a for a in self.object_actors([o], speaker) if a not in sources]
                if any(a.country not in own for a in found):
                    # "agreed to exchange prisoners with Ukraine": the other party, not
                    # the prisoners the coder would give the agreeing side's country
                    return found
                fallback = fallback or found
        return fallback

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
            if mediating(c):
                # "a China-brokered deal", "talks mediated by Qatar": the go-between is
                # no party to the deal; mediated talks are the story's two parties
                # talking, or in a one-country story, the mediators meeting its side
                if tok.lemma_.lower() in NEGOTIATIONS and c.dep_ == "acl" and not sources:
                    if self.resolver.pair:
                        sources, targets = [party(self.resolver.pair[0])], [
                            party(self.resolver.pair[1])]
                        continue
                    agent = next((p for g in c.children if g.dep_ == "agent"
                                  for p in g.children if p.dep_ == "pobj"), None)
                    sources = self.actor(agent, speaker)
                    focus = self.resolver.focus
                    targets = [party(focus)] if sources and focus and \
                        focus not in _codes(sources) else []
                continue
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
        backer = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), None)
        if not sources and backer is not None and tok.dep_ in ("dobj", "obj") and \
                tok.head.lemma_.lower() in OBTAIN_VERBS:
            # "X won the backing of Y": Y backs X, the winner is the recipient
            sources = self.actor(backer, speaker)
            if sources:
                targets = [a for a in self.subject_actors(tok.head, speaker)[0]
                           if a not in sources]
                return sources, targets
        if not sources and trig.light is None and tok.dep_ == "pobj" and \
                tok.head.lower_ in ("in", "of") and tok.head.head.dep_ in ("dobj", "obj"):
            # "announced $85 million in emergency aid": the amount's verb has the donor
            s, _ = subject(tok.head.head.head)
            sources = self.actor(s, speaker)
        if not sources and tok.dep_ == "compound":
            sources = []
        has_own = bool(sources or targets)
        if trig.light is not None and is_undergo(trig.light):
            # "Johnson received a 5-game suspension": the subject is the recipient
            if not targets:
                targets, _, _ = self.subject_actors(trig.light, speaker)
        elif trig.light is not None and (not sources or self._bare_modifier_source(tok)):
            # "Pakistan responded with missile strikes", "launched drone strikes": the
            # weapon word modifying the act is no actor, the light verb's subject is
            sources = self.subject_actors(trig.light, speaker)[0] or sources
        elif not sources and tok.dep_ in ("nsubj", "nsubjpass"):
            pass
        blamed = tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and \
            tok.head.head.lemma_.lower() in BLAME_VERBS
        if blamed and not targets:
            # "blamed X for the killing of 26 people": the victims are the recipients
            targets = self.object_actors(
                [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"], speaker)
        if trig.light is None and tok.dep_ not in NOMINAL_EVENT_DEPS and not has_own and \
                not blamed:
            # a nominal trigger in an adjunct ("against the backdrop of the war", "a
            # response to an EU ban") mentions an event the sentence does not report
            return [], []
        if not targets and trig.light is not None:
            targets = self.object_actors(
                [p for c in trig.light.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                 for p in c.children if p.dep_ == "pobj"], speaker)
        return sources, targets

    def _bare_modifier_source(self, tok: Token) -> bool:
        """The nominal's source came from a compound/nmod word that names no party
        itself ("missile strikes", "drone attacks"), not a possessor or nationality."""
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        return bool(mods) and all(
            c.dep_ in ("compound", "nmod") and self.resolver.entity(c) is None
            and names_country(c.text) is None for c in mods if self.actor(c, None))

    def mediated_parties(self, thing: Token, mediators: list[Actor], speaker: Actor | None
                         ) -> list[Actor]:
        """The parties to talks or a deal a go-between brokered: those the phrase names
        ("a truce between the army and the RSF"), else the story's two parties, else its
        own country; never the mediators themselves."""
        own = _codes(mediators)
        _, named = self._noun_modifiers(thing, speaker)
        found = [a for a in self._noun_modifiers(thing, speaker)[0] + named
                 if (a.country or a.role) not in own]
        if found:
            return found
        pair = [c for c in self.resolver.pair or () if c not in own]
        if pair:
            return [party(c) for c in pair]
        focus = self.resolver.focus
        return [party(focus)] if focus and focus not in own else []

    def _the_two_parties(self, sources: list[Actor]) -> bool:
        """Coordinated sources that are the story's own two parties ("Eritrea and
        Ethiopia declared ...", "both sides") act towards each other."""
        pair = self.resolver.pair
        return pair is not None and _codes(sources) == set(pair)

    def attach(self, trig: Trigger, event_type: str, speaker: Actor | None
               ) -> tuple[list[Actor], list[Actor]] | None:
        """(sources, targets) of one event reading, or None when it has no codable actor."""
        tok = trig.token
        self.unaimed = False
        if trig.sense.phrase in SPOKEN_SENSES:
            # an evaluation or a "should" is an event only as someone's statement
            if speaker is None:
                return None
            subj = clause_subject(tok)
            if subj is not None and subj.lower_ in GENERIC_SUBJECTS:
                return None  # "you should protect the people first": advice, not a demand
            sources = [speaker]
            targets = [a for a in self.actor(subj, None) if a != speaker] \
                if subj is not None else []
            if not targets and subj is not None:
                targets = self.object_actors([subj], None)
        else:
            sources, targets = self.arguments(trig, speaker)
            if self.speaker_acts_again(tok, speaker, sources, targets):
                sources = [speaker] if speaker is not None else sources
        brokered = brokered_thing(tok)
        if brokered is not None and sources:
            # "talks mediated by Qatar", "the deal was brokered by Egypt": the go-between
            # deals with each party to what it brokered, never with a fellow mediator
            targets = self.mediated_parties(brokered, sources, speaker)
        if event_type == "PROTEST" and not targets:
            # "rallied outside the French embassy": the mission's country is the target
            targets = self.object_actors(
                [p for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                    "outside", "near", "at") for p in c.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in MISSIONS], speaker)
        if sources and targets:
            # an actor is not its own recipient ("X joined the talks X leads")
            targets = [t for t in targets if t not in sources]
        if len(sources) >= 2 and targets and all(
                t.country in _codes(sources) and not t.person and
                names_country(t.text) is None and last_word(t.text) not in OWN_PEOPLE
                and last_word(t.text) not in CROWDS and not own_opponents(t)
                for t in targets):
            # "Colombia and Venezuela recalled their ambassadors": people named by no
            # country of their own, that went to one of the coordinated actors, are
            # each one's own; each acts towards the other, not on one of them
            targets = []
        if sources and sources[0].country and event_type in ("REQUEST", "SUPPORT"):
            # "the Foreign Office urges citizens not to travel": its own citizens
            targets = [dataclasses.replace(t, country=sources[0].country)
                       if last_word(t.text) in OWN_PEOPLE and
                       names_country(t.text) is None else t for t in targets]
        if event_type == "AID":
            v_src, v_tgt = self.aid_route(tok, speaker)
            sources = sources or v_src
            targets = v_tgt or targets
        agentless = not trig.nominal and trig.sense.phrase not in SPOKEN_SENSES and \
            agentless_passive(tok)
        if not agentless and not sources and event_type == "ASSAULT" and \
                not trig.nominal and (subj := subject(tok)[0]) is not None and \
                subj.lemma_.lower() in FIGHTING:
            # "the fighting has killed 705 people": a killing that names no agent
            agentless = True
        own_violence = False  # a killing with no agent, in the victims' own country
        victim = targets[0].country if targets else None
        if agentless and not sources and event_type == "MOBILIZE" and targets and \
                targets[0].role in FORCES:
            # "10,000 U.S. troops are being deployed", "the island's forces were put on
            # alert": a state moves its own forces; the forces' side mobilizes, towards
            # whoever the clause or the story names
            sources = targets[:1]
            targets = [t for t in self.object_actors(objects(tok), speaker)
                       if t.country != sources[0].country]
            victim = None
        if agentless and not sources and event_type == "ASSAULT":
            # "31 civilians were killed in the Indian strikes", "died in Russian
            # shelling": the attack the victims fell in names its author
            sources = self.attack_author(tok, speaker)
        if agentless and not sources and victim and tok.lemma_.lower() in EXECUTIONS:
            # "the nine men were hanged": executed by their own state
            sources = [Actor(text="", name=None, country=victim, role="GOV")]
        if agentless and not sources and victim and event_type not in STATE_ACTS and (
                speaker is None or speaker.country == victim):
            # "400 Indian soldiers have been killed" (said an Indian spokesman): not the
            # speaker's doing; in a two-party story the other party's, else nobody named
            other = counterpart(targets[0], self.resolver.focus, self.resolver.pair) \
                if self.resolver.pair and victim in self.resolver.pair else None
            if other is not None and event_type == "ASSAULT" and \
                    targets[0].role != "MIL" and not any(
                    t == "ASSAULT" and (a.country or a.role) == other for t, a in self.done):
                # soldiers killed in a two-party story fell to the other party; people
                # killed, only in a story that has that party attacking ("300 people
                # were killed during the uprising" in a story that also names Israel is
                # no Israeli attack)
                other = None
            if other is not None and other != victim:
                sources = [party(other)]
            elif event_type == "ASSAULT" and victim == self.resolver.focus and (
                    not self.resolver.pair or other is None) and \
                    targets[0].role not in FORCES | {"GOV"}:
                # "dozens have been killed since December": violence with no named agent
                # in a country's own unrest or war is that country's own (not soldiers or
                # police killed: someone else's attack on them)
                sources = [Actor(text="", name=None, country=victim, role="UNK")]
                own_violence = True
            elif event_type in NULL_SOURCE_OK:
                speaker = None
        if agentless and not sources and not victim and event_type not in STATE_ACTS:
            # "officials said 30 villagers were shot": the teller is not the doer
            speaker = None
        if not sources and speaker is not None and not trig.nominal:
            sources = [speaker]
        if not sources and event_type == "PROTEST" and self.resolver.focus:
            # "the protests erupted": protesters are the story's own people
            sources = [Actor(text="", country=self.resolver.focus, role="CVL")]
        if not sources and event_type in STATE_ACTS and self.resolver.focus and targets:
            # arrests, convictions and suspensions with no agent ("was jailed", "were
            # suspended") are the authorities' doing: in a two-party story the other
            # party's, else the story's own
            other = counterpart(targets[0], self.resolver.focus, self.resolver.pair) \
                if targets and self.resolver.pair and not own_opponents(targets[0]) \
                else None
            sources = [party(other)] if other and targets and \
                targets[0].country != other else [
                    Actor(text="", country=self.resolver.focus, role="GOV")]
        if not targets and sources and trig.sense.phrase in MEDIATION:
            # "mediated between Peru and Ecuador": the parties named
            targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in c.children if p.dep_ == "pobj"
                       for a in self.actor(p, speaker) if a not in sources]
        if not targets and sources and trig.sense.phrase in MEDIATION and \
                self.resolver.pair and not _codes(sources) & set(self.resolver.pair):
            # "the UN is attempting to mediate the conflict": a mediator deals with both
            # parties of the story, not with one of them
            targets = [party(c) for c in self.resolver.pair]
        if not targets and sources and event_type in AUTHOR_TYPES:
            targets = self.author_target(tok, sources)
        if not sources and not targets:
            return None  # an event nobody does to nobody is not codable
        near = [c for c in self.parties_near(tok) if c not in _codes(sources)]
        domestic = event_type in DOMESTIC or trig.sense.mode in DOMESTIC_MODES or bool(
            sources and event_type in STATEMENTS and last_word(sources[0].text) in LEGISLATORS
        ) or bool(sources and self.home_side(sources[0])) or own_violence
        if self.unrest and event_type in REPRESSION and sources and \
                sources[0].country == self.resolver.focus and \
                sources[0].role in STATE_ROLES and not any(t.role in FORCES for t in targets):
            # "authorised security forces to open fire on terrorists" (not "shot down
            # several Western warplanes": forces are no public)
            domestic = True
        if not sources and event_type not in NULL_SOURCE_OK:
            return None
        if not targets and len(sources) >= 2 and (
                event_type in MUTUAL or self._the_two_parties(sources)):
            pass  # "India and Pakistan agreed": the parties are each other's recipients
        elif not targets and len(sources) >= 2 and event_type in IMPLIED_TARGET:
            # "Britain and France also froze the assets": each source acts on whoever
            # the story implies, not on its fellow source
            targets = []
            for s in sources:
                code = counterpart(s, self.resolver.focus, self.resolver.pair, near,
                                   event_type)
                if code is not None and code != s.country and all(
                        t.country != code and t.role != code for t in targets):
                    targets.append(party(code))
            if not targets and event_type not in OUTSIDERS_ALONE:
                return None
            # "Egypt, Bahrain and Oman welcomed the agreement": outsiders to the story
            # each welcome it, aimed at nobody implied (not at one another)
            self.unaimed = not targets
        elif not targets and event_type in IMPLIED_TARGET:
            code = counterpart(sources[0] if sources else None, self.resolver.focus,
                               self.resolver.pair, near, event_type)
            if sources and sources[0].country and domestic:
                code = sources[0].country
            if code in ("IGO", "NGO"):
                targets = [Actor(text="", name=None, country=None, role=code)]
            elif code is not None:
                targets = [Actor(text="", name=None, country=code, role="UNK")]
        focus = self.resolver.focus
        if not targets and sources and focus and (
                event_type == "AID" or (event_type == "AGREE" and (
                    len(sources) == 1 or AID_WORDS & set(trig.sense.phrase.split())))) and \
                all(s.country and s.country != focus for s in sources) and \
                (not self.resolver.pair or (
                    (event_type == "AID" or trig.sense.phrase.split()[0] in OFFERS) and
                    not _codes(sources) & set(self.resolver.pair))):
            # "Mexico granted asylum", "the US pledged $10 million", "Japan and China
            # offered assistance": an outside state's aid or offer that names no recipient
            # goes to the country the story is about (not to a fellow donor); in a
            # two-party story an outsider's agreement or deal is a mediator's, aimed at
            # neither, but its pledge or offer is still help for the story's country
            targets = [party(focus)]
        if event_type == "THREATEN" and sources and sources[0].country and not domestic:
            # "Moscow warned that bans on Russian media would not go unanswered": a
            # threat is aimed at the other party, whoever the clause mentions
            other = counterpart(sources[0], self.resolver.focus, self.resolver.pair, near,
                                event_type)
            if other and other != sources[0].country:
                targets = [party(other) if t.country == sources[0].country else t
                           for t in targets]
        if sources and sources[0].country and not domestic:
            # "Hamas is to free 33 hostages", "strikes killed 31 civilians": a recipient
            # named only by a role word got the story's focus country; in a two-party
            # story, a party acting on such people acts on the other party
            other = counterpart(sources[0], self.resolver.focus, self.resolver.pair, near,
                                event_type)
            targets = [dataclasses.replace(t, country=other) if (
                t.country == sources[0].country and other and other not in ("IGO", "NGO")
                and (not t.person or weak(t)) and names_country(t.text) is None
                and last_word(t.text) not in OWN_PEOPLE and last_word(t.text) not in CROWDS
                and not own_opponents(t) and t.text.lower() not in PRONOUNS)
                else t for t in targets]
        if sources and sources[0].country and sources[0].role in STATE_ROLES and \
                event_type in ON_OWN_PEOPLE:
            # "Venezuela released 30 jailed opponents", "a court jailed two activists":
            # a state frees, jails or fires on its own opponents, whichever country the
            # story is mostly about
            targets = [dataclasses.replace(t, country=sources[0].country)
                       if own_opponents(t) else t for t in targets]
        if sources and sources[0].country and sources[0].role in ("GOV", "MIL") and \
                event_type in FORCE_TYPES:
            # "National Guard troops fired tear gas at crowds": a state's forces face
            # that state's own public, whatever country the story is mostly about
            targets = [dataclasses.replace(t, country=sources[0].country) if (
                last_word(t.text) in CROWDS and not t.person and
                names_country(t.text) is None) else t for t in targets]
        pair = self.resolver.pair
        if pair and len(sources) == 1 and len(targets) == 1 and not sources[0].person and \
                sources[0].country in pair and sources[0].country == targets[0].country and \
                names_country(sources[0].text) is None and \
                names_country(targets[0].text) == targets[0].country and \
                event_type not in DOMESTIC and event_type != "MOBILIZE":
            # (forces deploy "alongside Lebanese soldiers": no recipient to reverse)
            # "The foreign ministry summoned Britain's ambassador": a body named by no
            # country got the story's focus; one acting on the party the clause names
            # by its name is the other party of the story
            other = pair[1] if sources[0].country == pair[0] else pair[0]
            sources = [dataclasses.replace(sources[0], country=other)] \
                if other not in ("IGO", "NGO") else sources
        if sources:
            self.done.append((event_type, sources[0]))
        return sources, targets

    @staticmethod
    def speaker_acts_again(tok: Token, speaker: Actor | None, sources: list[Actor],
                           targets: list[Actor]) -> bool:
        """"China said Indian troops had crossed the line, and told India to halt": a
        verb after "and" with no subject of its own, hung by the parser on the reported
        clause, would have the reported subject act on its own country; the speaker
        does."""
        if speaker is None or not speaker.country or len(sources) != 1 or not targets:
            return False
        if tok.dep_ != "conj" or tok.head.dep_ != "ccomp" or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
            return False
        own = sources[0].country
        return own is not None and own != speaker.country and \
            all(t.country == own and names_country(t.text) == own for t in targets)

    def attack_author(self, tok: Token, speaker: Actor | None) -> list[Actor]:
        """The author of the attack named in a passive killing's adjunct ("were killed in
        Israeli air strikes", "died during Russia's shelling of the city")."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ATTACK_PREPS:
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in ATTACKS:
                    found, _ = self._noun_modifiers(p, speaker)
                    if found:
                        return found
        return []

    def home_side(self, actor: Actor) -> bool:
        """Protesters, crowds, activists, the opposition and the police, named by no
        country, are the focus country's own: what they do with nobody named ("riot
        police pulled back", "armed activists would storm the president's offices") is
        aimed at their own state, not at the foreign party of a two-party story."""
        if actor.person or actor.country is None or actor.country != self.resolver.focus \
                or names_country(actor.text) is not None:
            return False
        word = last_word(actor.text)
        return actor.role == "OPP" or word in CROWDS or word in OPPONENTS or \
            word in ("police", "people")

    def parties_near(self, tok: Token) -> list[str]:
        """The story's two parties as named in the event's own phrase or clause (not in a
        coordinated clause: "X recalled its envoy, and the EU said ..."), nearest first
        ("cut the electricity it supplies to Niger", "a licence for trade with Syria")."""
        pair = self.resolver.pair
        if not pair:
            return []
        other = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        inside = {t.i for t in tok.subtree} - other
        sent = tok.sent
        if sent.start not in self._mentions:
            self._mentions[sent.start] = mention_codes(sent)
        found = sorted((abs(i - tok.i), code) for i, code in self._mentions[sent.start]
                       if code in pair and i in inside)
        out: list[str] = []
        for _, code in found:
            if code not in out:
                out.append(code)
        return out

    def author_target(self, tok: Token, sources: list[Actor]) -> list[Actor]:
        """"China backed the measures", "called the strikes aggression", "demanded a halt
        to the bombing": the recipient is whoever the story has doing that act before."""
        nouns = list(objects(tok))
        nouns += [p for o in list(nouns) for c in o.children if c.dep_ == "prep"
                  for p in c.children if p.dep_ == "pobj"]
        own = _codes(sources)
        for n in nouns:
            kind = AUTHORED.get(n.lemma_.lower())
            if kind is None or any(c.dep_ in ("poss", "compound", "amod") and
                                   self.resolver.resolve_one(c) is not None
                                   for c in n.children):
                continue
            done = [a for t, a in reversed(self.done) if (not kind or t == kind)
                    and _codes([a]) - own]
            if not kind:  # a resolution or decision: a body's, if one acted
                done = [a for a in done if a.role in ("IGO", "NGO")] or done
            if done:
                # "called the strikes aggression": the story's main doer of that act
                # (a campaign is reported again and again), the latest one on a tie;
                # not whoever last fired a shot
                counts: dict[str | None, int] = {}
                for a in done:
                    counts[a.country or a.role] = counts.get(a.country or a.role, 0) + 1
                a = max(done, key=lambda a: counts[a.country or a.role])
                return [party(a.country or a.role)]
        return []


def brokered_thing(tok: Token) -> Token | None:
    """The talks or deal a go-between brokered, when the clause names the go-between
    by "by": "talks mediated by Qatar", "the meeting was hosted by X", "the agreement,
    which was brokered by Egypt"."""
    if not go_between(tok) and not (
            tok.lemma_.lower() in GO_BETWEEN_PARTICIPLES and tok.tag_ == "VBN" and
            any(c.dep_ == "agent" for c in tok.children)):
        return None
    if tok.dep_ == "acl":
        return tok.head
    patient = passive_patient(tok)
    if patient is not None and patient.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        return tok.head  # "the agreement, which was brokered by Egypt"
    return patient


def _codes(actors: list[Actor]) -> set[str | None]:
    return {a.country or a.role for a in actors}


def article_year(published: str | None) -> int | None:
    """The year of an ISO publication date, if it has one."""
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def party(code: str) -> Actor:
    """An implied recipient: a country or an international body."""
    if code in ("IGO", "NGO"):
        return Actor(text="", name=None, country=None, role=code)
    return Actor(text="", name=None, country=code, role="UNK")


def last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def own_opponents(actor: Actor) -> bool:
    """A recipient that is a state's own people at odds with it ("jailed opponents",
    "the opposition", "presidential candidates", "political prisoners"), named by no
    country of its own."""
    words = actor.text.lower().split()
    if actor.person or not words or names_country(actor.text) is not None:
        return False
    return actor.role in ("OPP", "POL") or words[-1] in OPPONENTS or (
        words[-1] in POLITICAL_DETAINEES and "political" in words)


def weak(actor: Actor) -> bool:
    """A named person the text gives no role or country for (country is a guess)."""
    return bool(actor.person) and actor.role == "UNK"
