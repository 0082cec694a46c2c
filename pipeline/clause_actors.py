"""Clause actors: who a trigger's own clause and phrase name as doer and recipient.

The subject (or passive "by" agent) and objects of a verb, the possessor, nationality
adjective, "between A and B", "by X" and "against X" of a nominal trigger, the
controller of an infinitive, the antecedent of a relative clause, the content clause of
a threat or demand and the attack a passive killing fell in (the route of an aid
vehicle: ``pipeline.aid_routes``); each resolved to country + role by
``pipeline.actors``, with a speaker's "the country" and "it" read as the speaker's own.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, names_country
from pipeline.actor_predicates import clause_subject_token
from pipeline.actors import ActorResolver
from pipeline.blamed_doers import blamed_party
from pipeline.domains import sport_cues
from pipeline.embedded_triggers import BLAME_VERBS, CONTENT_HEADS
from pipeline.implied_parties import last_word, weak
from pipeline.mediation import mediating
from pipeline.noun_modifiers import noun_modifiers
from pipeline.noun_senses import is_undergo
from pipeline.plover import COOPERATIVE
from pipeline.reporting_participles import reporter_speaks
from pipeline.stated_dyad import stated_dyad
from pipeline.statement_labels import DEMONSTRATIVES
from pipeline.story_home import headline_doer
from pipeline.story_parties import focus_countries
from pipeline.struck_objects import struck_party
from pipeline.syntax import (
    CLAUSE_DEPS,
    OBJ_DEPS,
    TARGET_PREPS,
    headline_coordinates,
    headline_passive,
    objects,
    passive_patient,
    subject,
)
from pipeline.trigger_cooperation import preceding_talks_verb
from pipeline.trigger_lexicon import of_objects
from pipeline.triggers import Trigger
from pipeline.unreal_acts import offered_readiness, professed_stance
from pipeline.word_classes import word_class
from schemas import Actor, AnnotatedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Positions where an event noun is itself reported: subject ("strikes killed 19",
#: "talks opened"), headline fragment, or object of a reporting/happening verb.
NOMINAL_EVENT_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "appos"})
#: Cooperative acts a readiness word offers to another party (aid one is "ready for" or
#: "open to" is aid received, no offer).
OFFERED_TYPES = COOPERATIVE - {"AID"}
#: Determiners of an act already in view ("ready for the summit"): no offer of it.
DEFINITE = DEMONSTRATIVES | {"the"}
#: Exchanges whose parties may be named only after "between".
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Movements of forces, whose "of" object names whose forces move.
MOVES = frozenset({"MOBILIZE", "RETREAT"})
#: Nouns that, in someone's reported speech, mean the speaker's own state.
OWN_STATE = frozenset({"country", "nation", "government", "state"})
#: The land itself, as a possessor in the speaker's account ("the island's forces").
HOMELANDS = frozenset({"island", "kingdom", "republic", "emirate"})
#: Documents that state what their authors do ("a resolution that called for ...").
DOCUMENTS = word_class("documents")
#: Prepositions of the attack a passive killing happened in ("killed in/during/by ...").
ATTACK_PREPS = frozenset({"in", "during", "by", "from"})
#: Attacks whose author a passive killing's adjunct may name.
ATTACKS = frozenset({"strike", "airstrike", "bombing", "raid", "offensive", "shelling",
                     "attack", "bombardment", "assault", "fire", "crossfire", "ambush"})
#: Verbs whose subject obtains a nominal act from the "of" phrase ("won the backing of
#: the council", "secured the support of X"): the "of" party does the act.
OBTAIN_VERBS = frozenset({"win", "gain", "secure", "receive", "get", "obtain", "earn",
                          "garner", "enlist", "enjoy", "lose"})


class ClauseActors:
    """Resolves the actors a trigger's own clause and phrase name, sentence by sentence
    (``segment``: the sentence being coded)."""

    def __init__(self, annotated: AnnotatedArticle, doc: Doc) -> None:
        self.annotated = annotated
        self.doc = doc
        year = article_year(annotated.article.published)
        focus, pair = focus_countries(doc, annotated.title_sentences, year)
        self.resolver = ActorResolver(doc, focus=focus, pair=pair, year=year)
        self.resolver.home = headline_doer(doc, annotated.title_sentences)
        self.resolver.dyad = stated_dyad(doc, annotated.title_sentences)
        self.segment: Span | None = None

    def actor(self, tok: Token | None, speaker: Actor | None) -> list[Actor]:
        if tok is None:
            return []
        seg = self.segment
        if seg is not None and not seg.start <= tok.i < seg.end:
            return []  # the parse crossed a line break: not this sentence's actor
        if speaker is not None and tok.lower_ in ("it", "they", "he", "she", "we", "i"):
            return self.resolver.for_speaker(tok, speaker)
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
        homeland = next((c for c in tok.children if c.dep_ == "poss" and
                    c.lemma_.lower() in OWN_STATE | HOMELANDS and
                    all(g.lower_ == "the" or g.dep_ == "case" for g in c.children)), None)
        if speaker is not None and speaker.country and homeland is not None and \
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
            if found and any((a.country or a.role in BODIES) and not weak(a)
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
        src_tok, by_agent = clause_subject_token(tok)
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
        if (reporter := reporter_speaks(tok)) is not None:
            # "X said Y shelled Z, calling it ...": the reporter's own speech act
            said_by, _, _ = self.subject_actors(reporter, speaker)
            if said_by:
                return said_by, src_tok, by_agent
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
            # "a drone strike Iran blamed on Israel killed": the party it is laid at
            # first (a weapon word names no doer)
            sources = blamed_party(self, src_tok, speaker) or \
                self.noun_modifiers(src_tok, speaker)[0]
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
        if not sources and not by_agent and trig.sense.type in MUTUAL_TYPES:
            # "the deal was negotiated between the two governments", "talks were held
            # between Kyiv and Moscow": an agentless exchange names its parties after
            # "between"
            parties = self.between_parties(tok, speaker)
            if len(parties) >= 2:
                return parties[:1], parties[1:2]
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

    def between_parties(self, tok: Token, speaker: Actor | None) -> list[Actor]:
        """The parties a verb's "between" phrase names ("between A and B", "between
        the two sides")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.actor(p, speaker)
        return []

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

    def noun_modifiers(self, tok: Token, speaker: Actor | None
                        ) -> tuple[list[Actor], list[Actor]]:
        """(sources, targets) named inside a noun phrase: possessor or nationality
        ("Israel's offensive", "Indian strikes"), "between A and B", "by X", "from X"
        (sources) and "against/on/with X" (targets); see ``pipeline.noun_modifiers``."""
        return noun_modifiers(self, tok, speaker)

    def _nominal_arguments(self, trig: Trigger, speaker: Actor | None
                           ) -> tuple[list[Actor], list[Actor]]:
        tok = trig.token
        sources, targets = self.noun_modifiers(tok, speaker)
        if not targets:  # "attacks on Kenyan positions": the country the object names
            targets = struck_party(self, trig, speaker)
        backer = next(iter(of_objects(tok)), None)
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
        if not sources and backer is not None and trig.sense.type in MOVES and any(
                c.dep_ in ("amod", "compound", "poss") for c in backer.children):
            # "a deployment of Serbian artillery", "the withdrawal of Russia's troops":
            # the forces that move are the mover's own
            sources = [a for a in self.actor(backer, speaker) if a.country]
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
            targets = self.object_actors(of_objects(tok), speaker)
        preceding = preceding_talks_verb(tok) if trig.sense.type == "CONSULT" else None
        if preceding is not None and not has_own:
            # "agreed to a truce after 16 hours of talks": those who agreed talked
            has_own = bool(sources := self.subject_actors(preceding, speaker)[0])
        elif preceding is not None and not sources:
            # "left Somalia after talks with Kenya": one party held talks with another
            # ("the two governments announced the deal after talks with the mediator"
            # tells the mediator's talks, not the announcers')
            doers = self.subject_actors(preceding, speaker)[0]
            if len({a.country for a in doers}) == 1 and doers[0].country and \
                    doers[0].country not in {t.country for t in targets}:
                sources = doers
        ready = offered_readiness(trig) if trig.light is None and not sources and \
            trig.sense.type in OFFERED_TYPES else None  # "open to criticism" accepts it
        if ready is not None and ready.dep_ == "acomp" and not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in tok.children) and professed_stance(ready.head) and \
                not sport_cues(tok.sent.text):
            # "Caracas remains open to dialogue with Washington", "he is ready for talks
            # with Beijing": the offer is made by the subject of the copula over the
            # readiness word to the other party of its "with" (an act the story already
            # has in view, "Paris is ready for the summit", "ready for his visit", is a
            # host's preparation; one with no other party, "Finland is ready for a
            # summit of NATO leaders", no offer; "a meeting with Germany in the
            # quarter-finals" is a match)
            offerers = self.subject_actors(ready.head, speaker)[0]
            own = {a.country for a in offerers}
            if offerers and any(t.country not in own for t in targets):
                sources = offerers
                has_own = True
        if trig.light is None and tok.dep_ not in NOMINAL_EVENT_DEPS and not has_own and \
                not blamed:
            # a nominal trigger in an adjunct ("against the backdrop of the war", "a
            # response to an EU ban") mentions an event the sentence does not report
            return [], []
        if not targets and trig.light is not None and tok.dep_ == "conj":
            # "expressed strong dissatisfaction and protest to Japan over the visit": the
            # parse hangs the party of both conjoined objects on the first
            targets = self.object_actors(_prep_targets(tok.head, after=tok), speaker)
        if not targets and trig.light is not None:
            targets = self.object_actors(_prep_targets(trig.light), speaker)
        return sources, targets

    def _bare_modifier_source(self, tok: Token) -> bool:
        """The nominal's source came from a compound/nmod word that names no party
        itself ("missile strikes", "drone attacks"), not a possessor or nationality."""
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        return bool(mods) and all(
            c.dep_ in ("compound", "nmod") and self.resolver.entity(c) is None
            and names_country(c.text) is None for c in mods if self.actor(c, None))

    def attack_author(self, tok: Token, speaker: Actor | None) -> list[Actor]:
        """The author of the attack named in a passive killing's adjunct ("were killed in
        Israeli air strikes", "died during Russia's shelling of the city")."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ATTACK_PREPS:
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in ATTACKS:
                    # "killed in an air strike blamed on Syrian forces"
                    found = blamed_party(self, p, speaker) or \
                        self.noun_modifiers(p, speaker)[0]
                    if found:
                        return found
        return []

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


def article_year(published: str | None) -> int | None:
    """The year of an ISO publication date, if it has one."""
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def _prep_targets(head: Token, after: Token | None = None) -> list[Token]:
    """The objects of ``head``'s target prepositions ("protest to Japan"), only those
    after ``after`` where given."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            and (after is None or c.i > after.i) for p in c.children if p.dep_ == "pobj"]
