"""Named actors: entities NER tagged (countries, bodies, nationalities) and persons, with
their title's country and role, a listed officeholder's office, or the persons the
article has already introduced.

A mixin of ``pipeline.actors.ActorResolver``: it fills the resolver's ``persons``.
"""

from __future__ import annotations

from functools import cache, cached_property
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import (
    BODIES,
    STATE_BODIES,
    actor_gazetteer,
    country_named,
    lexicon,
    lookup,
    lookup_any,
    place_country,
    scan_names,
    state_named,
)
from pipeline.actor_title_bodies import title_body_country
from pipeline.civil_bodies import CIVIL_BODY, civil_body
from pipeline.doc_views import entity_text, full_name, named_surname
from pipeline.envoy_marks import (
    PLACING,
    called_home,
    envoy_title,
    foreign_envoy_title,
    post_country,
    summoned_envoy_country,
    summoned_envoys,
)
from pipeline.officeholders import known_person, surname_key
from pipeline.opening_places import opening_place, opening_speaker_place
from pipeline.place_names import story_countries
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pipeline.actor_lexicon import Entry

#: Entity labels a listed person's name may carry when the parser does not know the
#: person ("Milosevic" as ORG, "Putin" as GPE).
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP"})
#: Entity labels a one-word mention of a named person may carry ("Le summoned" as ORG);
#: a date or a sum ("in May") is no person whatever name opens with it.
NAME_LABELS = MISLABELLED_PERSON | {"PERSON"}
#: A city this large under its own name is the city, not a first name of someone named
#: earlier, even in a story that never names its country ("Santiago" after Santiago Pena).
GREAT_CITY = 1_000_000


def _own_countries(tok: Token) -> list[str]:
    """The countries the text ties a bare name to on the spot: its appositive's own
    nationality or place ("Sergei, a Ukrainian volunteer", "Maria, a nurse in Kharkiv";
    only the appositive head's direct modifiers: "Cheng, an anchor for Chinese state
    broadcaster CGTN" works for China but is no Chinese), and the place its sentence
    opens with ("In Kharkiv, Maria, a pensioner, accused ...")."""
    out: list[str] = []
    for app in (c for c in tok.children if c.dep_ == "appos"):
        for m in app.children:
            if m.dep_ in ("amod", "compound") and (e := lookup(m.text)) is not None and \
                    e.country and country_named(e):
                out.append(e.country)
            elif m.dep_ == "prep" and m.lower_ in ("in", "from"):
                out.extend(code for p in m.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                           and (code := place_country(entity_text(p))) is not None)
    if (opening := opening_place(tok)) is not None:
        out.append(opening)
    return out


def glued_conjunct(tok: Token, year: int | None = None) -> bool:
    """"Putin and Chinese President Xi Jinping", "Pashinyan and Azerbaijani President
    Ilham Aliyev": the small parser often hangs the first name on the second as a
    modifier (nmod), keeping the "and" as its child. Such a name is the second person's
    conjunct, a party of its own, not a modifier saying whose the second person is."""
    if tok.dep_ not in ("nmod", "compound") or tok.pos_ != "PROPN" or tok.i >= tok.head.i:
        return False
    if not any(c.dep_ == "cc" for c in tok.children):
        return False
    head = tok.head
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return False
    return tok.ent_type_ == "PERSON" or known_person(tok.text, year) is not None


def _apposed_to(name: Token) -> Token:
    """The noun a name is in apposition to. The small parser often hangs the name on the
    place of the title's post instead: in "China's ambassador in Canberra, Cheng
    Jingye" and "Japan's ambassador to India, Kenji Hiramatsu" the name is the
    ambassador's, whose country is China or Japan, not the place's."""
    head = name.head
    prep = head.head
    if head.dep_ == "pobj" and head.pos_ == "PROPN" and prep.dep_ == "prep" and \
            prep.lower_ in PLACING and prep.head.pos_ == "NOUN":
        return prep.head
    return head


@cache
def _country_names() -> frozenset[str]:
    """Countries' own short names ("Chad", "Jordan", "Georgia"), case-folded: also given
    names ("Colonel Chad Miller", "Jordan Perez"), so a person's first word that is one
    says nothing of the person's nationality, unlike a people's word ("Turkish F-16s")."""
    import pycountry

    return frozenset(n.casefold() for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", None)) if n and " " not in n)


class PersonResolver:
    """Persons and named entities; listed officeholders the parser missed."""

    #: the country the headline has act (``pipeline.story_home``), set by the caller
    home: str | None = None

    # what the other parts of ActorResolver provide, declared for type checkers only
    if TYPE_CHECKING:
        doc: Doc
        focus: str | None
        pair: tuple[str, str] | None
        year: int | None
        persons: dict[str, Actor]
        guessed: set[str]
        dateline: str | None

        def entity(self, tok: Token) -> Span | None: ...
        def _context(self, tok: Token, skip: Span | None) -> tuple[Entry | None, str | None]:
            ...
        def _modifiers(self, tok: Token, depth: int = 0) -> list[Token]: ...
        def _from_common(self, tok: Token) -> Actor | None: ...

    def glued_persons(self, tok: Token) -> list[Token]:
        """The persons coordinated with ``tok`` that the parser hung on it as modifiers
        (``glued_conjunct``)."""
        return [c for c in tok.children if glued_conjunct(c, self.year)]

    def by_first_word(self, tok: Token) -> Actor | None:
        """The one person the article has named in full whose name opens with ``tok``
        ("Prabowo Subianto" ... "Prabowo urged", "Vice Foreign Minister Sun Weidong" ...
        "Sun warned"): Chinese, Korean and Vietnamese names put the family name first, and
        Indonesian and Thai news names people by their first name, so a later one-word
        mention may be a name's first word. Only a capitalised word that is no place or
        body, and only when a single known person's name of two or three words opens
        with it; never a word inside a name or after a determiner, nor one of a longer
        entity or one tagged other than as a name."""
        if tok.dep_ in ("compound", "flat") or any(c.dep_ == "det" for c in tok.children) \
                or ((ent := self.entity(tok)) is not None and (
                    len(ent) != 1 or ent.label_ not in NAME_LABELS)):
            return None
        text = tok.text
        if not text[:1].isupper() or len(text) < 2 or text.isupper() or \
                lookup_any(text) is not None or scan_names(text) is not None:
            return None
        if any(c.dep_ == "prep" for c in tok.children):
            return None  # "Grant of 50 million euros": a common noun opening a headline
        found = {a.person: a for a in self.persons.values()
                 if a.person and 2 <= len(words := a.person.split()) <= 3 and
                 words[0] == text and full_name(words)}
        if len(found) != 1 or next(iter(found)) in self.guessed:
            # a person whose country is only the story's focus, guessed: the guess is
            # not spread to further mentions
            return None
        gaz = actor_gazetteer()
        if gaz.town_in(text, story_countries(tok.doc)) or \
                gaz.city_population(text) >= GREAT_CITY:
            # "Gao was shelled" after "Chinese envoy Gao Feng" in a story of Mali: a town
            # of a country the story names (Aden, Hama, Florence are given names too),
            # or a city of millions wherever it is ("Santiago accused Buenos Aires")
            return None
        known = next(iter(found.values()))
        if any(code != known.country for code in _own_countries(tok)):
            # "Maria, a nurse in Kharkiv" after "Maria Zakharova": a first name is shared
            # by many, and one the text places in another country is someone else
            return None
        return Actor(text=text, name=known.name, country=known.country, role=known.role,
                     person=known.person)

    def _listed(self, tok: Token, ent: Span | None) -> Actor | None:
        """A listed officeholder the parser did not take for a person ("Milosevic" as
        an organisation, an untagged "Putin")."""
        if ent is not None:
            if tok.i != ent.end - 1:
                return None
            span = ent
        else:
            start = tok.i
            while start > tok.sent.start and tok.doc[start - 1].pos_ == "PROPN" and \
                    tok.doc[start - 1].dep_ == "compound":
                start -= 1
            span = tok.doc[start:tok.i + 1]
        if lookup_any(span.text) is not None or scan_names(span.text) is not None:
            return None  # a country, body or region, not a person
        office = known_person(span.text, self.year)
        if office is None:
            return None
        name = span.text.replace("\u2019s", "").removesuffix("'s").strip()
        actor = Actor(text=span.text, name=name, country=office.country,
                      role=office.role, person=name)
        self.persons.setdefault(surname_key(name.split()[-1]), actor)
        return actor

    def _from_entity(self, ent: Span, tok: Token) -> Actor | None:
        text = ent.text
        e = lookup(text)
        if e is not None and ent.label_ == "PERSON" and named_surname(ent.doc, text):
            # "Prime Minister Joseph Muscat ... Muscat accused": the surname of a person
            # the article names is that person, not Oman's capital
            e = None
        if e is None and ent.label_ == "ORG" and civil_body(text):
            # "the Tunisian League for Human Rights": a rights group, not the state
            # its nationality word names (which still counts for the story's parties)
            e = CIVIL_BODY
        if e is None and ent.label_ != "PERSON":
            e = scan_names(text)
        if ent.label_ == "PERSON" and e is None:
            first = lookup(ent[0].text) if len(ent) > 1 and \
                ent[0].text.casefold() not in _country_names() else None
            if code := country_named(first):
                # "Turkish F-16s", "Russian Tatars" tagged PERSON: a nationality and
                # what it qualifies, not someone's name
                people = lexicon().roles.get(tok.lemma_.lower()) or (
                    "CVL" if tok.tag_ == "NNPS" else "UNK")
                return Actor(text=text, name=text, country=code, role=people)
            return self._person(ent, tok)
        if e is None:
            # an unknown organisation: its modifiers or head word may still tell us
            return self._from_common(tok)
        role = e.role
        if ent.label_ == "NORP" or (country_named(e) and tok.tag_ in ("NNPS",)):
            role = "CVL"  # "Palestinians", "Georgians": people, not the state
        country = e.country
        if ent.label_ == "ORG" and e.kind not in ("igo", "ngo") and (
                e.kind not in ("country", "capital") or lookup(text) is None) and \
                (owner := self._owning_state(ent)) is not None:
            # "Germany's Foreign Office", "China's Taiwan Affairs Office": the state that
            # owns the body, not the country its name is listed under or contains (a
            # listed country's own name, "Russia's Georgia", is left as it is)
            country = owner
        if country is None and e.kind not in ("igo", "ngo"):
            country = self.focus
        head_role = lexicon().roles.get(tok.lemma_.lower()) if tok.i >= ent.end - 1 else None
        if e.kind in ("igo", "ngo"):
            head_role = None  # "the UN Security Council" is the body, not a government
        return Actor(text=text, name=text, country=country, role=head_role or role)

    def _owning_state(self, ent: Span) -> str | None:
        """The state a possessor before the entity names ("Germany's" in "Germany's
        Foreign Office"), if any."""
        for c in ent.root.children:
            if c.dep_ == "poss" and c.i < ent.start:
                owner = self.entity(c)
                return state_named(lookup(owner.text.removesuffix("'s").removesuffix("\u2019s")
                                          if owner is not None else c.text))
        return None

    def _person(self, ent: Span, tok: Token) -> Actor:
        name = ent.text.replace("\u2019s", "").removesuffix("'s").strip()
        surname = surname_key(name.split()[-1])
        country, role = self._context(ent.root, ent)
        apposed = _apposed_to(ent.root) if ent.root.dep_ == "appos" else None
        if country is None and role is None and apposed is not None:
            country, role = self._context(apposed, None)
        known = self.persons.get(surname)
        if known is None and " " not in name:
            known = self.by_first_word(ent.root)  # "Sun warned" after "Sun Weidong"
        if country is None and role is None and known is not None:
            return Actor(text=ent.text, name=known.name, country=known.country,
                         role=known.role, person=known.person)
        code = country.country if country else None
        r = role or (country.role if country and country.kind in ("igo", "ngo") else None)
        if country is not None and country.kind in ("igo", "ngo"):
            r = country.role  # "European Commission Vice-President X" speaks for the body
        if country is None:
            # "President George Bush", "Defence Secretary William Perry": a listed
            # officeholder the text gives no country for
            office = known_person(name, self.year)
            if office is not None:
                code = office.country
                if code is None or r is None:
                    r = office.role
        if code is None and r not in BODIES:
            # "Guards commander X" after "Iran's Revolutionary Guards": the country the
            # story gave the body of the title (``pipeline.actor_title_bodies``)
            code = title_body_country(ent, lambda t: self._context(t, None)[0])
        if code is None and r not in BODIES and any(
                lexicon().roles.get(m.lemma_.lower()) == "MIL"
                for m in self._modifiers(ent.root) if not ent.start <= m.i < ent.end):
            # "Armed Forces chief General X" in a story that has named "the Philippine
            # military": the side whose forces the story names by nationality
            code = self._side_of_role(ent.start, "MIL")
        titles = self._titles(ent, apposed)
        envoys = [t for t in titles if foreign_envoy_title(t)]
        if code is None and r not in BODIES and envoys:
            # "X, a diplomat at China's consulate"; else "Greece expels Libyan
            # ambassador" ... "the envoy, Mohamed Menfi, was summoned": the summoned
            # envoy is of the envoys the story has named as summoned by their
            # nationality (not one it calls home: its own)
            code = next((c for t in envoys if (c := post_country(t)) is not None), None)
            if code is None and not called_home(ent.root):
                code = summoned_envoy_country(ent.root, ent.start, apposed,
                                              self._summoned_envoys)
        if code is None and r not in BODIES and not any(envoy_title(t) for t in titles):
            # "In Manila, Foreign Secretary X said": the capital the sentence turns to
            # (not an envoy's: "In London, Ambassador X" serves there)
            code = opening_speaker_place(ent.root)
        if code is None and r not in BODIES:
            # "Prime Minister X", or a named person the text gives no country: news names
            # the nationality of foreigners, so the default is the article's own country
            # (the dateline's country was tried: it fixes as many as it breaks)
            code = self.focus
            if r in STATE_BODIES and self.pair and self.home in self.pair and \
                    self.dateline != self.focus:
                # "Parliament speaker X", "Presiding judge X": an official of no
                # stated nationality is the side whose act the headline reports
                # (``pipeline.story_home``), which the focus need not be; a dateline
                # in the focus country ("HONIARA -" in a story headed by Australia's
                # police landing) says the story is told from the focus's side
                code = self.home
            self.guessed.add(name)
        actor = Actor(text=ent.text, name=name, country=code, role=r or "UNK", person=name)
        if known is None or code is not None:
            self.persons[surname] = actor
        return actor

    @cached_property
    def _summoned_envoys(self) -> tuple[tuple[int, str], ...]:
        """The article's envoys named by nationality as summoned or expelled
        (``summoned_envoys``): read once per article, not once per envoy named."""
        return summoned_envoys(self.doc)

    def _titles(self, ent: Span, apposed: Token | None) -> list[Token]:
        """The words that give a named person's title: the name's own modifiers
        ("Ambassador X", "X, a diplomat") and ``apposed``, the noun it is in apposition
        to ("the envoy, X")."""
        words = [m for m in self._modifiers(ent.root) if not ent.start <= m.i < ent.end]
        return [*words, apposed] if apposed is not None else words

    def _side_of_role(self, before: int, role: str) -> str | None:
        """The one country whose actors of ``role`` the story has named by nationality
        before ``before`` ("the Philippine military", "Philippine troops"), if it is one
        of the story's two parties."""
        lex = lexicon()
        found: set[str] = set()
        for t in self.doc[:before]:
            if t.pos_ != "NOUN" or t.dep_ == "compound" or lex.roles.get(t.lemma_.lower()) \
                    != role:
                continue
            for m in t.children:
                if m.dep_ not in ("amod", "compound", "poss", "nmod") or m.i > t.i:
                    continue
                ent = self.entity(m)
                e = lookup(ent.text if ent is not None else m.text)
                if named := country_named(e):
                    found.add(named)
        if len(found) != 1 or not self.pair:
            return None
        code = next(iter(found))
        return code if code in self.pair else None
