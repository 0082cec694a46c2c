"""Actors named by a common noun: a role word ("riot police", "officials", "the junta")
and the country its modifiers give it (adjectives, possessors, "of"/"in"/"for" objects,
"based in"), or the article's focus country when none does.

A mixin of ``pipeline.actors.ActorResolver``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_bodies import international_mention
from pipeline.actor_compass import compass_country
from pipeline.actor_lexicon import (
    BODIES,
    STATE_BODIES,
    Entry,
    country_named,
    lexicon,
    lookup,
    lookup_any,
    place_country,
    scan_names,
)
from pipeline.actor_persons import glued_conjunct
from pipeline.actor_setting import local_setting
from pipeline.body_seats import COURT_STAFF, COURTS, court_place, world_court_city
from pipeline.doc_views import earlier_lemmas
from pipeline.local_bodies import own_place
from pipeline.officeholders import known_person, surname_key
from pipeline.opening_places import opening_place
from pipeline.qualifiers import before_dateline_dash
from pipeline.trigger_lexicon import of_objects
from pipeline.visited_hosts import visited_host
from pipeline.word_classes import word_class
from schemas import Actor

#: Staff nouns that name an actor only with their state named in the phrase.
STAFF_HEADS = word_class("staff_heads")

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Role words whose possessor is not the body they belong to: another side's person
#: ("his Turkish counterpart"), or a land the speaker's account names ("his country",
#: left to the speaker's reading in clause_actors).
COUNTERPARTS = frozenset({"counterpart", "opponent", "rival", "critic", "host", "guest",
                          "country", "nation", "state", "homeland"})
#: Role words that, followed by "of" and a common noun, name a condition, not an actor.
CONDITION_HEADS = frozenset({"state"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})
#: Those who speak or act for a body named after "for" ("a spokesman for the army").
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                        "envoy", "negotiator"})
#: Participles whose place complement gives a group its country ("militants based in
#: Pakistan", "a company headquartered in Seoul", "troops stationed in Japan" are the
#: place's only when nothing else names their country).
LOCATED = frozenset({"base", "headquarter", "station", "locate"})
#: State institutions news names once with their country, then as "the ministry".
REMENTIONED_BODIES = word_class("rementioned_bodies")


def _owner_entry(owner: Actor) -> Entry | None:
    """The entry of what an owner's staff or forces belong to: its country, or the
    international body it is; None for anyone else."""
    if owner.country:
        return Entry(owner.country, owner.role, "country")
    return Entry(None, owner.role, owner.role.lower()) if owner.role in BODIES else None


class RoleResolver:
    """Role words and the country their modifiers name."""

    # what the other parts of ActorResolver provide, declared for type checkers only
    if TYPE_CHECKING:
        focus: str | None
        pair: tuple[str, str] | None
        dateline: str | None
        year: int | None
        persons: dict[str, Actor]
        guessed: set[str]
        last_subject: Actor | None
        last_person: Actor | None

        def entity(self, tok: Token) -> Span | None: ...
        def resolve_one(self, tok: Token) -> Actor | None: ...
        def _antecedent(self, pron: Token) -> Actor | None: ...
        def _person_antecedent(self, pron: Token) -> Actor | None: ...
        def _named_body(self, tok: Token) -> Actor | None: ...
        def _short_body_name(self, tok: Token) -> Actor | None: ...
        def _named_group(self, tok: Token) -> Actor | None: ...

    def _modifiers(self, tok: Token, depth: int = 0) -> list[Token]:
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ in MODIFIER_DEPS:
                out.append(c)
                if depth < 3:
                    out.extend(self._modifiers(c, depth + 1))
            elif c.dep_ == "prep" and depth < 2 and (c.lower_ in ("of", "from") or (
                    c.lower_ == "in" and tok.lemma_.lower() in lexicon().roles) or (
                    c.lower_ == "for" and tok.lemma_.lower() in SPEAKS_FOR)):
                # (and "a spokesman for the Chinese army" speaks for the army)
                # "officials in the United States" speak for it
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.append(p)
                        out.extend(self._modifiers(p, depth + 1))
            elif c.dep_ == "prep" and c.lower_ == "on" and depth < 2:
                # "200 people on the Armenian side": the side names whose they are
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() == "side":
                        out.append(p)
                        out.extend(self._modifiers(p, depth + 1))
            elif c.dep_ == "acl" and depth < 2 and c.lemma_.lower() in LOCATED:
                # "militant groups based in Pakistan"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "from"):
                        out.extend(g for g in p.children if g.dep_ == "pobj")
        return out

    def _context(self, tok: Token, skip: Span | None) -> tuple[Entry | None, str | None]:
        """Country entry and role word from a head's modifiers (titles, adjectives)."""
        country: Entry | None = None
        role: str | None = None
        owner: Token | None = None  # "his" of "his spokesman"
        relative: Token | None = None  # "whose" of "Eritrea, whose forces"
        lex = lexicon()
        for m in self._modifiers(tok):
            if skip is not None and skip.start <= m.i < skip.end:
                continue
            if before_dateline_dash(m, tok):
                continue  # "BOGOTA (agency) - Venezuelan President X": filed from there
            if glued_conjunct(m, self.year):
                continue  # "Putin and Chinese President Xi": Putin is no modifier of Xi
            if m.dep_ == "poss" and m.lower_ in ("its", "their") and country is None:
                ref = self._antecedent(m) or self.last_subject
                if ref is not None and ref.country:
                    country = Entry(ref.country, ref.role, "country")
                continue
            if m.dep_ == "poss" and m.lower_ == "whose":
                relative = m
                continue
            if m.dep_ == "poss" and m.lower_ in ("his", "her") and m.head == tok and \
                    tok.pos_ == "NOUN" and tok.lemma_.lower() not in COUNTERPARTS:
                owner = m
                continue
            ment = self.entity(m)
            cand = None
            if ment is not None and ment.label_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
                cand = lookup(ment.text) or scan_names(ment.text)
            elif ment is not None and (e := lookup(ment.text)) is not None and (
                    country_named(e) or e.kind in ("group", "igo", "ngo")):
                # "Sri Lankan officials" with "Sri Lankan" tagged PERSON: a two-word
                # demonym is a nationality whatever NER made of it; so is a listed
                # movement or body ("Boko Haram fighters", "Al Shabaab fighters" tagged
                # PERSON): no one's name, and the focus country is not theirs
                cand = e
            if cand is None and not (ment is not None and ment.label_ == "PERSON" and
                                     len(ment) > 1):
                # (one word of a person's name is no body: the "Un" of "Kim Jong Un" is
                # not the UN)
                cand = lookup(m.text) or (scan_names(m.text) if "-" in m.text else None)
            if cand is None and m.head == tok and m.dep_ in ("amod", "compound") and \
                    m.text in lex.parties and tok.lemma_.lower() in lex.party_heads:
                # "Republican lawmakers", "Democratic senators"
                cand = Entry(lex.parties[m.text], "GOV", "country")
            if cand is None and country is None and m.pos_ == "PROPN" and (
                    ment is None or ment.label_ == "PERSON" or len(ment) == 1) and (
                    ment is None or m.i == ment.end - 1):
                # "the Milosevic government", "Maduro's security forces" (a lone name
                # NER took for an organisation too: "Maduro's government")
                who = self.persons.get(surname_key(m.text))
                if who is not None and who.person in self.guessed:
                    # a name given only the focus country for want of any ("Riot" of
                    # "Riot police" taken for a person) says nothing of whose they are
                    who = None
                office = known_person(ment.text if ment is not None else m.text, self.year) \
                    if who is None else None
                code = who.country if who is not None else (office.country if office else None)
                if code:
                    cand = Entry(code, "GOV", "country")
            if cand is None and m.pos_ == "PROPN":
                cand = named_with_of(m)  # "ministers of the Group of Seven"
            if cand is None and (code := own_place(tok, m)) is not None:
                cand = Entry(code, "GOV", "country")  # "a court in Pskov"
            if cand is None and (code := compass_country(m)) is not None:
                cand = Entry(code, "GOV", "country")  # "the North's submarines"
            if cand is not None and country is None:
                country = cand
            r = lex.roles.get(m.lemma_.lower())
            if r is not None and (role is None or (r == "OPP" and role == "GOV")):
                # "opposition leader X", "opposition MP X": an opposition title leads
                # no government, whichever of its words the parser hangs first
                role = r
        if country is None and owner is not None:
            country = self._owners_country(owner)
        if country is None and relative is not None:
            country = self._relative_owner(relative)
        return country, role

    def _relative_owner(self, whose: Token) -> Entry | None:
        """"Eritrea, whose forces fought a border war", "the European Union, whose
        observers had criticised the count": the noun "whose" opens a relative clause
        on is that clause's head's, a country's or a world body's, not the story's
        focus country's."""
        clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
        ref = self.resolve_one(clause.head) if clause is not None else None
        return None if ref is None else _owner_entry(ref)

    def _owners_country(self, pron: Token) -> Entry | None:
        """"His spokesman", "her office", "his government" after "U.N. chief Guterres":
        the staff or body of the person the pronoun stands for, of his country or his
        international body."""
        who = self._person_antecedent(pron) or self.last_person
        return None if who is None else _owner_entry(who)

    def _from_common(self, tok: Token) -> Actor | None:
        lex = lexicon()
        lemma = tok.lemma_.lower()
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and lookup(tok.text) is None:
            # "military aid", "a military intervention", "military drills": a role
            # adjective of a thing names no actor (nationalities are looked up above)
            return None
        opening = opening_common_noun(tok, lemma)
        if opening is not None:
            lemma = opening  # "Protesters attacked embassies": no name, a role word
        body = self._named_body(tok) or self._short_body_name(tok) or self._named_group(tok)
        if body is not None:
            return body
        head_role = lex.roles.get(lemma)
        if lemma in CONDITION_HEADS and tok.pos_ == "NOUN" and any(
                p.pos_ == "NOUN" for p in of_objects(tok)):
            return None  # "the state of war", "a state of emergency": a condition
        direct = lookup(tok.text) if tok.pos_ in ("PROPN", "NOUN", "ADJ") else None
        if tok.pos_ in ("NOUN", "PROPN"):
            # "aid groups", "human rights groups", "UN peacekeepers", a body NER missed
            # ("Médecins Sans Frontières"): a listed phrase ending at the head, longest
            # first
            for i in range(max(tok.left_edge.i, tok.i - 3), tok.i):
                if tok.doc[i].dep_ in ("compound", "amod", "nmod") or tok.doc[i].pos_ in (
                        "PROPN", "NOUN", "ADJ"):
                    phrase = lookup(tok.doc[i:tok.i + 1].text)
                    if phrase is not None and phrase.kind in ("igo", "ngo", "metonym",
                                                              "group"):
                        direct = phrase
                        break
        if direct is not None:
            # a listed movement keeps its own role ("Tigray forces" are rebels, not an army)
            role = direct.role if direct.kind in ("igo", "ngo", "group") else \
                head_role or direct.role
            own = direct.country if direct.kind not in ("igo", "ngo") else None
            return Actor(text=tok.text, name=tok.text, country=own or (
                None if direct.kind in ("igo", "ngo") else
                opening_place(tok) or self._local(tok) or self.focus), role=role)
        country, mod_role = self._context(tok, None)
        if country is None and head_role is not None:
            country = self._named_before(tok) or self._court_named_before(tok)
        role = head_role or mod_role
        if mod_role == "OPP" and head_role == "GOV":
            role = "OPP"  # "opposition leaders" lead no government
        if head_role in ("MIL", "GOV") and country is not None and country.kind == "group":
            # "TPLF forces", "Hezbollah commanders", "an M23 spokesman", "Hamas
            # officials": the movement's, not a state's
            role = country.role
        if country is None and head_role in ("GOV", "MIL") and any(
                ((e := lookup_any(m.text)) is not None and e.kind == "region")
                or (m.i > 0 and (e := lookup_any(f"{m.doc[m.i - 1].text} {m.text}"))
                    is not None and e.kind == "region")
                for m in tok.children if m.dep_ in ("amod", "compound")):
            # "West African leaders", "European ministers": a regional body acting
            return Actor(text=self._span_text(tok), name=None, country=None, role="IGO")
        if country is None and role is None:
            return None
        if head_role is None and lemma in STAFF_HEADS and country is not None and \
                country_named(country):
            # "Seven Indian security personnel were killed", "Chinese coast guard
            # personnel boarded the ship": staff whose phrase names their state are
            # its (uniformed, in the news) people; without this the phrase named no
            # actor and the act came out with none. Not bare "personnel" ("have also
            # promised personnel"): whose they are is unsaid. Their role is what a
            # modifier says ("security personnel"), else unknown: "medical personnel",
            # "aid personnel" are no forces
            role = head_role = role or "UNK"
        if head_role is None and tok.pos_ == "NOUN":
            return None  # "military cooperation agreements" is a thing, not an actor
        if country is not None and country.kind in ("igo", "ngo"):
            return Actor(text=self._span_text(tok), name=None, country=None, role=country.role)
        code = country.country if country else None
        if code is None:
            if role in BODIES:
                return Actor(text=self._span_text(tok), role=role)
            if tok.pos_ == "PROPN" and opening is None and not tok.is_lower:
                # ("In Ankara, the foreign ministry summoned": a role word in lower case
                # the tagger took for a name is still the role word)
                ent = self.entity(tok)
                if ent is None or ent.label_ != "ORG":
                    return None  # an unknown proper name: do not guess a country
                role = "UNK"  # an unknown organisation: domestic by default
            # ("Zelensky, visiting Washington, urged Congress": the host's chamber)
            code = opening_place(tok) or visited_host(tok) or self._local(tok) or self.focus
        return Actor(text=self._span_text(tok), name=None, country=code,
                     role=role or (country.role if country else "UNK"))

    def _local(self, tok: Token) -> str | None:
        """Where a local role word ("riot police", "protesters") acts, if the clause or
        the dateline says (see ``pipeline.actor_setting``)."""
        return local_setting(tok, self.dateline, self.pair)

    def _named_before(self, tok: Token) -> Entry | None:
        """"The soldiers were arrested", "three soldiers were sentenced" after "49 Ivorian
        soldiers": a definite or counted plural role noun with no country of its own
        takes up the earlier mentions of the same noun that named one, when they all
        name the same (news names a group's nationality once, then says "the
        soldiers"); the story's focus country would be a guess. A singular state
        institution ("the ministry", "the court") takes up the last mention that named
        one, whatever the others named; a singular "the army", "the government" none:
        mostly the focus's own."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or not any(
                (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "nummod"
                for c in tok.children):
            return None
        state_body = tok.tag_ != "NNS" and lexicon().roles.get(lemma) in STATE_BODIES
        if state_body and lemma not in REMENTIONED_BODIES:
            return None  # "the government", "the army": mostly the focus's own
        named: list[Entry] = []
        for i in earlier_lemmas(tok.doc, lemma, tok.i):
            t = tok.doc[i]
            # (a role word the tagger took for a name is still the noun: "Egypt's
            # foreign ministry", "China's Commerce Ministry" tagged PROPN)
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            found = self._court_body(t)
            if found is not None and found.kind != "region":
                named.append(found)
        if state_body:
            # "Egypt's foreign ministry said ... The ministry accused Ethiopia": a state
            # institution named again is the one named last, as "it" would be
            return named[-1] if named else None
        codes = {e.country or e.role for e in named}
        return named[-1] if len(codes) == 1 else None

    def _court_named_before(self, tok: Token) -> Entry | None:
        """"The International Court of Justice ruled ... The judges dismissed Kenya's
        argument", "charges at the International Criminal Court. Prosecutors dropped the
        case", "accused the tribunal of bias": a court's judges and prosecutors, or the
        court itself, named with no country are those of the last court or tribunal
        the article named; when that was an international one they are the world
        body's, not the story's focus country's. Only a bare mention takes one up: a
        described court is its own ("the federal constitutional court", "a three-judge
        bench"), and "a court" is a new one. No take-up when a national court is named in
        the world court's sentence or after it ("the High Court of Justice", "a Manila
        court ... also wanted by the ICC"), or when the sentence places the act in a city
        that is no world court's seat ("prosecutors in Baku"): national staff are
        mostly named with no court at all."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in COURT_STAFF or not _bare(tok):
            return None
        if any(_domestic_place(t) for t in tok.sent):
            return None  # "At home, his trial resumed in Tel Aviv, and the judges ..."
        world: Token | None = None  # the last world court named
        national: Token | None = None  # the last other court named
        for t in tok.doc[:tok.i]:
            if t.lemma_.lower() not in COURTS or t.pos_ not in ("NOUN", "PROPN"):
                continue
            found = self._court_body(t)
            if found is not None and found.kind == "igo":
                world = t
            elif (found is not None and found.kind != "region") or _described(t):
                # "the High Court of Justice", "an employment tribunal", "a Manila court"
                # (a bare "the court", "court president" is the court named before)
                national = t
        if world is None or (national is not None and
                             national.sent.start >= world.sent.start):
            # a national court named in the world court's sentence or after it: the
            # staff may be either's ("Israel's Supreme Court froze ..., days after the
            # International Court of Justice opened hearings. The judges ...")
            return None
        return Entry(None, "IGO", "igo")

    def _court_body(self, t: Token) -> Entry | None:
        """The body an earlier mention names: the world body its form names
        (``actor_bodies``: "an international tribunal ruled ... the ruling by the
        tribunal"), else its country. For a court, the country its phrase names first
        ("Israel's Supreme Court", "the International Crimes Tribunal in Dhaka"), unless
        it sits in a world court's city ("an international arbitration tribunal in The
        Hague")."""
        found, _ = self._context(t, None)
        world = international_mention(t)
        if world is None or t.lemma_.lower() not in COURTS:
            return world or found
        seat = court_place(t)
        if seat is not None and not world_court_city(seat):
            # a court of international name sitting in a national capital is that
            # country's ("the International Crimes Tribunal in Dhaka")
            return found if found is not None and found.kind != "igo" else \
                Entry(place_country(seat), "JUD", "country")
        return world if found is None or seat is not None else found

    @staticmethod
    def _span_text(tok: Token) -> str:
        left = tok.left_edge.i
        return tok.doc[left:tok.i + 1].text


def _bare(tok: Token) -> bool:
    """A court or its people named with no word of their own ("the judges", "the
    tribunal"), not modifying another noun ("court president")."""
    return tok.dep_ not in ("compound", "amod", "nmod") and not _described(tok)


def _described(court: Token) -> bool:
    """A court named with words of its own or as a new one ("the Supreme Court", "an
    employment tribunal", "a court in Nairobi"), not a bare "the court", "the court's
    jurisdiction" or "court president"."""
    return any(c.dep_ in MODIFIER_DEPS or c.dep_ == "nummod" or c.lower_ in ("a", "an") or
               _own_court(c) for c in court.children)


def _domestic_place(tok: Token) -> bool:
    """A city or country named as where something happens ("in Tel Aviv", "In Baku on
    Monday") that is no world court's seat."""
    if tok.ent_type_ != "GPE" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    name = tok.doc[tok.left_edge.i:tok.i + 1].text
    return place_country(name) is not None and not world_court_city(name)


def _own_court(prep: Token) -> bool:
    """A phrase that says whose court or staff it is ("judges at the Paris court",
    "prosecutors in Agrigento", "judges of the Supreme Court"); not the "of" an
    accusation hangs on the noun ("accused the tribunal of bias")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("at", "in", "from"):
        return True
    return prep.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lemma_.lower() in COURTS)
        for o in prep.children)


def named_with_of(tok: Token) -> Entry | None:
    """A listed international body whose name has an "of" in it ("the Group of Seven",
    "the Council of Europe") that NER left untagged: the parse has only its first word
    ("Group") as the modifier, the rest hanging on it; the whole phrase is looked up."""
    words = [t for t in tok.subtree if t.dep_ != "det" or t.i > tok.i]
    if not 2 < len(words) <= 7 or words[-1].i - words[0].i + 1 != len(words) or \
            not any(t.lower_ == "of" for t in words):
        return None
    e = lookup(tok.doc[words[0].i:words[-1].i + 1].text)
    return e if e is not None and e.kind in ("igo", "ngo") else None


def opening_common_noun(tok: Token, lemma: str) -> str | None:
    """The role word a capitalised common noun opening a sentence stands for, when the
    tagger took it for a name ("Protesters attacked several embassies", "Police said"
    tagged PROPN, with the plural as its lemma); None for any other token."""
    if tok.pos_ != "PROPN" or tok.i != tok.sent.start or tok.ent_type_ or \
            tok.dep_ in ("compound", "amod") or lookup(tok.text) is not None:
        return None  # ("Drone strikes claimed by ...": a weapon word, no actor)
    roles = lexicon().roles
    for word in (lemma, lemma.removesuffix("s"), lemma.removesuffix("es")):
        if word in roles:
            return word
    return None
