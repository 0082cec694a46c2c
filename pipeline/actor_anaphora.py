"""Reference back: pronouns and relative words to their antecedents, "both sides" to the
story's two parties, and "the council" to the international body named before it.

A mixin of ``pipeline.actors.ActorResolver``: its methods use the resolver's article,
dyad and ``resolve_one``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, Entry, listed_entry, lookup, scan_names, state_named
from pipeline.doc_views import doc_ents, earlier_words
from pipeline.syntax import SPEECH_VERBS, phrase_text
from pipeline.trigger_lexicon import of_objects
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_OTHER = frozenset({"it", "they", "them", "its", "their", "we", "our", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
#: Phrases naming both parties of the article's main dyad.
BOTH_HEADS = frozenset({"side", "country", "party", "neighbour", "neighbor", "nation",
                        "government", "army", "leader", "delegation", "military"})
#: Of those, the words for the two sides of one country's conflict ("both sides", "the
#: two parties"), when the story has no two-country dyad.
WARRING_HEADS = frozenset({"side", "party"})
#: Of those, the words that make the two parties states ("the two countries", "both
#: governments"), which a story with no dyad of its own takes as its two most named
#: countries (``pipeline.stated_dyad``). Not "leaders" (often the two persons just
#: named: "the release of the two leaders") nor "armies" ("both the army and the RSF").
STATE_HEADS = frozenset({"country", "nation", "government", "neighbour", "neighbor"})
#: Plurals that, definite and with nothing naming whose ("the neighbours"), are the
#: two parties of a two-party story (not "the leaders" or "the governments": often
#: those of the countries just listed, or of a bloc).
PARTY_PLURALS = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary",
                           "belligerent"})
#: Head words of a body named before ("the council", "the alliance", "the bloc"); those
#: mapped to True must occur in the body's own name ("the Security Council").
BODY_WORDS = {"council": True, "commission": True, "union": True, "alliance": False,
              "bloc": False, "organisation": False, "organization": False,
              "body": False, "grouping": False, "agency": False, "mission": False,
              "office": False}
#: Words that, definite, take up the armed group or rights group named before ("the
#: group said"): news names a movement once, then says "the group". (Plurals, "the
#: rebels", take up the same noun named before: see ``RoleResolver._named_before``.)
GROUP_WORDS = frozenset({"group", "movement", "militia"})


class AnaphoraResolver:
    """Antecedents of pronouns, the dyad's two parties, bodies named before."""

    # what the other parts of ActorResolver provide, declared for type checkers only
    if TYPE_CHECKING:
        doc: Doc
        pair: tuple[str, str] | None
        focus: str | None
        dyad: tuple[str, str] | None

        def entity(self, tok: Token) -> Span | None: ...
        def resolve_one(self, tok: Token) -> Actor | None: ...

    def resolve_pair(self) -> list[Actor]:
        """The story's two parties, as actors."""
        return self._both()

    def _both(self, phrase: Token | None = None) -> list[Actor]:
        pair = self.pair
        if not pair and phrase is not None and phrase.lemma_.lower() in STATE_HEADS and \
                not (phrase.dep_ == "nsubj" and phrase.head.lemma_.lower() in SPEECH_VERBS):
            # "officials from the two countries met": the text says two states act, so
            # they are the story's two most named countries even where the counts made
            # no dyad of the story (else the act lost its actors and no event came out).
            # Not the tellers ("..., the two governments said"): the act is someone's
            # the clause names, and a teller of two would stand in for them.
            pair = self.dyad
        if not pair:
            return self._warring_sides(phrase)
        return [Actor(text=c, name=c, country=None, role=c) if c in BODIES
                else Actor(text=c, name=c, country=c, role="GOV") for c in pair]

    def _warring_sides(self, phrase: Token | None) -> list[Actor]:
        """"both sides committed to ...", "the two sides reached an understanding" in a
        story about one country's conflict (no two-country dyad): the state and the
        armed side it fights, both of the focus country."""
        focus = self.focus
        if phrase is None or focus is None or phrase.lemma_.lower() not in WARRING_HEADS:
            return []
        return [Actor(text="", name=None, country=focus, role="GOV"),
                Actor(text="", name=None, country=focus, role="REB")]

    @staticmethod
    def _both_phrase(tok: Token) -> bool:
        """"both", "both countries", "the two sides"."""
        return (tok.lower_ == "both" and tok.dep_ != "preconj") or (
            tok.lemma_.lower() in BOTH_HEADS and any(
                c.lower_ in ("both", "two") for c in tok.children))

    def _both_named_before(self, pron: Token) -> bool:
        """Whether the pronoun's sentence names both parties before it, other than as
        the subject ("both sides said they would ...": the subject's own pronoun is
        found as its antecedent; "both sides detained migrants and deported them")."""
        return any(self._both_phrase(t) and t.dep_ not in ("nsubj", "nsubjpass") and
                   not (t.lower_ == "both" and t.head.dep_ in ("nsubj", "nsubjpass"))
                   for t in pron.sent[:pron.i - pron.sent.start])

    @staticmethod
    def _the_parties(tok: Token) -> bool:
        """"the neighbours", "the nuclear-armed rivals' leaders": a definite plural
        word for the parties of a dispute, with nothing of its own naming whose, is
        the story's two parties."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in PARTY_PLURALS:
            return False
        kids = list(tok.children)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
            c.dep_ in ("poss", "compound", "nmod", "prep", "relcl", "acl") or
            (c.dep_ == "amod" and c.pos_ == "PROPN") or
            (c.dep_ == "amod" and c.text[:1].isupper()) for c in kids)

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

    def _named_body(self, tok: Token) -> Actor | None:
        """"the council", "the alliance": the latest international body named before,
        when the phrase has nothing but its article."""
        lemma = tok.lemma_.lower()
        if lemma not in BODY_WORDS or tok.pos_ != "NOUN" or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children) or \
                not any(c.lower_ == "the" for c in tok.children):
            return None
        for ent, e in reversed(self._body_ents):
            if ent.end > tok.i:
                continue
            if BODY_WORDS[lemma] and lemma not in ent.text.lower():
                continue
            return Actor(text=tok.text, name=ent.text, country=None, role=e.role)
        return None

    def _short_body_name(self, tok: Token) -> Actor | None:
        """"the Security Council" after "the UN Security Council" or "the United
        Nations": a body's name without its opener, once the story has named the body in
        full, or the body it belongs to, before it. A bare "Security Council" is no name
        the lexicon can list (Russia and Algeria have one), but news shortens the UN's
        once the UN is named; a phrase with a possessor or a country of its own
        ("Russia's Security Council", "the Russian Security Council") is left alone."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or any(
                c.dep_ in ("poss", "amod", "nmod") for c in tok.children):
            return None
        words = [c for c in tok.children if c.dep_ == "compound"]
        # a name of two words or more ("Putin" shortens no body's name), capitalised and
        # before its head; a compound the lexicon knows already says whose body it is
        # ("the Russian Security Council", "the UN Security Council"), so the phrase is
        # no shortened name: it is coded from that word, not from a body named before
        if not words or any(c.i > tok.i or not c.text[:1].isupper() or
                            lookup(c.text) is not None for c in words):
            return None
        phrase = " ".join([*(c.text for c in words), tok.text])
        start = min([tok.i, *(c.i for c in words)])
        # "In Moscow, the Security Council of Russia met. The Security Council warned
        # ...": the story's latest body of that name is the country's, whatever UN it
        # named further back, so the scan stops at that mention
        stop = self._latest_state_mention(phrase, tok.text, start)
        for ent, e in reversed(self._body_ents):
            if ent.end > start:
                continue
            if ent.start <= stop:
                return None
            if e.kind != "igo":
                continue
            name = " ".join(w for i, w in enumerate(ent.text.split())
                            if i or w.lower() != "the")
            full = listed_entry(f"{name} {phrase}")  # listed: no name form
            if name.casefold().endswith(f" {phrase.casefold()}") or (
                    full is not None and full.kind == "igo"):
                return Actor(text=phrase, name=ent.text, country=None, role="IGO")
        return None

    @cached_property
    def _body_ents(self) -> tuple[tuple[Span, Entry], ...]:
        """The article's entities that name an international or non-governmental body,
        with their entries, in order: looked up once per article, not once per phrase
        that may take one up."""
        found: list[tuple[Span, Entry]] = []
        for ent in doc_ents(self.doc):
            e = lookup(ent.text) or scan_names(ent.text) or _owner_entry(found, ent)
            if e is not None and e.kind in ("igo", "ngo"):
                found.append((ent, e))
        return tuple(found)

    def _latest_state_mention(self, phrase: str, head: str, start: int) -> int:
        """Where the latest mention of ``phrase`` before token ``start`` that carries a
        country of its own stands ("Russia's Security Council", "the Russian Security
        Council", "the Security Council of Russia"): its head's index, or -1."""
        for i in reversed(earlier_words(self.doc, head, start)):
            t = self.doc[i]
            words = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
            named = [c for c in words if lookup(c.text) is None]
            if " ".join([*(c.text for c in named), t.text]).casefold() != phrase.casefold():
                continue
            owners = [c for c in t.children if c.dep_ in ("poss", "amod", "nmod")] + [
                c for c in words if c not in named] + of_objects(t)
            if any(state_named(scan_names(phrase_text(o)))
                   for o in owners):
                return t.i
        return -1

    def _named_group(self, tok: Token) -> Actor | None:
        """"the group had launched 10 drones" after "Yemen's Houthis": the latest armed
        group or non-governmental body named before, when the phrase names no country
        of its own (not "the Islamic State group", "a rebel group")."""
        if tok.pos_ != "NOUN" or tok.lower_ not in GROUP_WORDS or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ in ("compound", "poss", "nmod", "prep") or (
                    c.dep_ == "amod" and lookup(c.text) is not None) for c in tok.children):
            return None
        for ent in reversed(doc_ents(self.doc)):
            if ent.end > tok.i:
                continue
            e = lookup(ent.text) or scan_names(ent.text)
            if e is None or e.kind not in ("group", "ngo"):
                continue
            return Actor(text=tok.text, name=ent.text, country=e.country, role=e.role)
        return None


def _owner_entry(bodies: list[tuple[Span, Entry]], ent: Span) -> Entry | None:
    """"The African Union's Peace and Security Council": a name the lexicon does not
    know, possessed by the international body named just before it (the tagger splits
    the possessor off as an entity of its own), is an organ of that body, so a later
    "the council" takes it up as the body's, not as a country's."""
    if not bodies:
        return None
    owner, entry = bodies[-1]
    possessive = owner[-1].tag_ == "POS" or owner.text.endswith(("'s", "\u2019s"))
    if owner.end != ent.start or not possessive:
        return None
    return entry
