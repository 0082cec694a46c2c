"""The story's parties: its focus country and main dyad from the countries, bodies and
leaders it names, and the implied other party of an event whose text names none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, lookup, place_country, scan_names
from pipeline.doc_views import doc_ents, named_surname, span_ents
from pipeline.mediation import mediator_mention
from pipeline.officeholders import known_person
from pipeline.place_names import names_region, qualified_name
from pipeline.qualifiers import dateline_country
from pipeline.syntax import subject, title_span
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Event types a third party to a two-party story (a mediator, a neighbour, an outside
#: power) aims at one of the parties only when its own clause names that party:
#: brokering, backing, offering and warning are as often about both sides or neither.
#: Condemning, sanctioning or recalling envoys with no object is aimed at the focus.
THIRD_PARTY_UNAIMED = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE",
                                 "AID", "THREATEN"})
#: Acts between armed sides (fighting, deploying, ceasefires), which no international
#: or non-governmental body is a side of.
ARMED_SIDES_ONLY = frozenset({"ASSAULT", "MOBILIZE", "CONCEDE"})
#: What a state's armed forces ask for: of a body too ("the army asked the UN for help").
#: Anything else they do with no recipient named (surrender, refuse orders, accuse,
#: warn) faces the country's own rivals, not a body the story pairs the country with.
ARMED_REQUESTS = frozenset({"REQUEST"})


def mention_codes(span: Doc | Span, *, cities: bool = False) -> list[tuple[int, str]]:
    """(token index, party code) of every country or international body named in a
    span, in text order: GPE/NORP/ORG/LOC entities, known names NER mislabels ("Niger"
    as PERSON) and proper nouns or demonyms outside any entity. A whole Doc's list is
    kept in its ``user_data`` (several rules ask for it per event; callers only read it)."""
    cache = getattr(span, "user_data", None)  # a Doc has one, a Span not
    key = ("newswire.mention_codes", cities)
    if cache is not None and key in cache:
        cached: list[tuple[int, str]] = cache[key]
        return cached
    mentions: list[tuple[int, str]] = []
    covered: set[int] = set()
    for ent in span_ents(span):
        covered.update(range(ent.start, ent.end))
        if ent.label_ == "GPE" and names_region(ent):
            continue  # "ATLANTA, Georgia (agency) -": the US state, no party of the story
        if ent.label_ == "PERSON" and named_surname(ent.doc, ent.text):
            continue  # "Joseph Muscat ... Muscat stayed": the person, not Oman's capital
        if ent.label_ in ("GPE", "NORP", "ORG", "LOC") or lookup(ent.text) is not None:
            mentions.append((ent.start, ent.text))
    mentions.extend((t.i, t.text) for t in span if t.i not in covered
                    and t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper())
    out: list[tuple[int, str]] = []
    places = {ent.start: ent for ent in span_ents(span) if ent.label_ == "GPE"}
    for start, text in sorted(mentions):
        e = lookup(text) or scan_names(text)
        if (e is not None or cities) and start in places and \
                (named := qualified_name(places[start])) != text:
            # "TRIPOLI, Lebanon (agency) -": the city of the country after it, whatever
            # a bare "Tripoli" names (a city counts only where it counted before)
            if code := place_country(named):
                out.append((start, code))
            continue
        if e is None and cities and start in places:
            # a city or region ("Detroit", "Aceh") still tells whose story it is
            code = place_country(text)
            if code:
                out.append((start, code))
            continue
        if e is None or (e.kind == "metonym" and e.country is None):
            continue
        # an international body is a party like a country ("the EU vs Russia")
        code = e.country or (e.role if e.kind in ("igo", "ngo") else None)
        if code is not None:
            out.append((start, code))
    if cache is not None:
        cache[key] = out
    return out


def person_codes(doc: Doc, year: int | None) -> list[tuple[int, str]]:
    """(token index, country) of every mention of a listed officeholder ("Ortega",
    "President Kassym-Jomart Tokayev"), in text order."""
    out: list[tuple[int, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        office = known_person(ent.text, year)
        if office is not None and office.country:
            out.append((ent.start, office.country))
    return out


#: Prepositions of the place where something happens ("talks in Helsinki", "riots in
#: the Solomon Islands capital"), and verbs of someone's own journey ("fled to the
#: Maldives", "flew to Mexico"; not "sent troops to"): a country named only as such a
#: place is the story's setting, not its second party.
PLACE_PREPS = frozenset({"in", "at"})
#: Words joining a headline's side story to its main news ("... as X presses Y").
SIDE_LINKS = word_class("headline_side_links")
#: Words of sending forces ("police deployment to Haiti", "deploys troops to Haiti").
DEPLOYMENTS = word_class("deployment_words")
JOURNEYS = frozenset({"flee", "fly", "travel", "go", "return", "escape", "head", "move",
                      "leave", "arrive", "come"})


def place_only(tok: Token) -> bool:
    """Whether a country's name is only a place: the object of "in" or "at", or of
    "to" after a verb of travel (through a compound or adjective it modifies)."""
    t = tok
    while t.dep_ in ("compound", "amod", "nmod", "flat") and t.head != t:
        t = t.head
    if t.dep_ != "pobj":
        return False
    return t.head.lower_ in PLACE_PREPS or (
        t.head.lower_ == "to" and t.head.head.lemma_.lower() in JOURNEYS)


#: How much one mention of a listed officeholder, and the headline's subject, weigh
#: against a mention of a country when choosing the focus between the story's two most
#: named parties (each country mention counts 1, or 2 in the headline).
PERSON_WEIGHT = 0.5
HEADLINE_SUBJECT_WEIGHT = 1.0
#: How often, against the first party's mentions, the second must be named as a party to
#: make the story's pair; a headline naming two countries as parties ("Spain recalls
#: envoy from Argentina", "Maldives asks India to withdraw troops") says the story is about
#: the two, and the second need only be named a third as often (the first is named at
#: every turn as the home of the story's officials and ministries). Not a body: a headline
#: names "UN sanctions" or "EU-backed" in a story about one country's politics.
PAIR_SHARE = 0.5
HEADLINE_PAIR_SHARE = 1 / 3


def focus_countries(doc: Doc, title_sentences: int, year: int | None = None
                    ) -> tuple[str | None, tuple[str, str] | None]:
    """The article's focus country and main dyad, both from country mentions (title
    counted double); between the two most named parties, the focus is the one whose
    leaders and headline subject the story is about; with no country named, the
    dateline's."""
    counts: dict[str, float] = {}
    sents = list(doc.sents)
    title_end = title_span(doc, title_sentences).end
    mentions = mention_codes(doc)
    if not any(code not in BODIES for _, code in mentions):
        # no country named at all ("Detroit", "Aceh"): the places' countries decide
        mentions = mention_codes(doc, cities=True)
    # A go-between ("EU-brokered deal", "talks led by the African Union") is named in
    # every paragraph of a deal story without being one of its parties: with it in the
    # pair, the rebels' and the police's acts were coded as aimed at the mediator.
    brokers = mediator_codes(doc)
    # the same, leaving out the names of places where things happen
    as_party: dict[str, float] = {}
    for start, code in mentions:
        if code in brokers:
            continue
        w = 2.0 if start < title_end else 1.0
        counts[code] = counts.get(code, 0.0) + w
        if not place_only(doc[start]):
            as_party[code] = as_party.get(code, 0.0) + w
    ranked = sorted(counts, key=lambda c: -counts[c])
    # A story about one country's politics names its leaders more often than its country
    # ("Ortega said ...", "Tokayev asked ..."), and its headline has that country act
    # ("Nicaragua frees 222 prisoners, flies them to US"); the foreign party that only
    # receives or reacts is named as a country, often enough to outnumber it. Leaders and
    # the headline's doer decide between the two most named parties only: the pair
    # itself stays what the country mentions make it.
    story = {c: counts[c] for c in ranked[:2] if c not in BODIES}
    for _, code in person_codes(doc, year):
        if code in story:
            story[code] += PERSON_WEIGHT
    if title_end:
        subj, _ = subject(headline_head(sents[0]))
        doer = next((c for i, c in mentions if subj is not None and
                     subj.left_edge.i <= i <= subj.i), None)
        if doer in story:
            story[doer] += HEADLINE_SUBJECT_WEIGHT
    # the focus is where domestic actors ("the junta", "police") belong: a country
    focus = max(story, key=lambda c: (story[c], -ranked.index(c))) if story else next(
        (c for c in ranked if c not in BODIES), None)
    if focus is None:
        # a story that names no country at all is about its dateline's ("MALABO -
        # Security forces arrested 40 opposition supporters"), for every reader of the
        # focus: the resolver's unnamed bodies, the event context and implied targets
        focus = dateline_country(doc)
    # a second country is a party of the story (not a passing mention) when it is named
    # as a party (not as the place of talks or of someone's exile) at least half as
    # often as the first is named at all, or a third as often when the headline's main
    # news names both as parties (``HEADLINE_PAIR_SHARE``)
    share = HEADLINE_PAIR_SHARE if len(ranked) > 1 and {ranked[0], ranked[1]} <= {
        code for start, code in mentions if start < title_end and code not in BODIES
        and code not in brokers and headline_party(doc[start])} else PAIR_SHARE
    pair = (ranked[0], ranked[1]) if len(ranked) > 1 and as_party.get(
        ranked[1], 0.0) >= max(2.0, share * counts[ranked[0]]) else None
    return focus, pair


def headline_party(tok: Token) -> bool:
    """Whether a country named in a headline is a party of its main news: not only the
    place of it, and not in the side story a link word adds ("X claims bombing as Duque
    presses Cuba", "Venezuela alerts troops as Colombia hunts ex-rebels"; the parser hangs
    such clauses anywhere, so the word's position decides)."""
    return not place_only(tok) and not deployed_to(tok) and not any(
        t.lower_ in SIDE_LINKS for t in tok.doc[tok.sent.start:tok.i])


def deployed_to(tok: Token) -> bool:
    """Whether a country is named as where forces are sent: the object of "to" after a
    word of deployment ("Kenya court blocks police deployment to Haiti": a story of
    Kenya's courts, with Haiti only the destination; the parser hangs the "to" on the
    deployment noun or on the verb governing it, so the verb's object and the word just
    before count too).
    A deployment's destination is often a party all the same ("Turkey backs troop
    deployment to Qatar"), so this lowers only the headline's bar for the pair, and the
    body's mentions still decide."""
    t = tok
    while t.dep_ in ("compound", "amod", "nmod", "flat") and t.head != t:
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "to":
        return False
    before = tok.doc[prep.i - 1] if prep.i > tok.sent.start else prep
    words = [prep.head, before, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(w.lemma_.lower() in DEPLOYMENTS for w in words)


def headline_head(sent: Span) -> Token:
    """The verb of a headline's first news item: a headline joins two items with a
    semicolon ("X's court dissolves party; U.S. cuts aid"), the first being the story's
    lead, and the parser often hangs the first on the second as its complement."""
    semi = next((t.i for t in sent if t.text == ";"), None)
    if semi is None:
        return sent.root
    first = [t for t in sent if t.i < semi]
    # the first item's own head: its token whose head lies outside it
    head = next((t for t in first if not sent.start <= t.head.i < semi or t.head == t), None)
    return head if head is not None and head.pos_ in ("VERB", "AUX") else sent.root


def mediator_codes(doc: Doc) -> set[str]:
    """Codes of the bodies and countries an article names as go-betweens only."""
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "NORP", "ORG") or not mediator_mention(ent.root):
            continue
        e = lookup(ent.text) or scan_names(ent.text)
        code = (e.country or (e.role if e.kind in ("igo", "ngo") else None)) if e else None
        if code is not None:
            out.add(code)
    return out


def other_party(code: str | None, pair: tuple[str, str]) -> str:
    """The party of a two-party story that is not ``code`` (the second when ``code`` is
    the first, else the first)."""
    return pair[1] if code == pair[0] else pair[0]


def counterpart(source: Actor | None, focus: str | None, pair: tuple[str, str] | None,
                near: Sequence[str] = (), event_type: str | None = None) -> str | None:
    """The implied recipient of an event whose text names none: news about a dyad is about
    the other party; news about one country's politics is domestic. A third party to a
    two-party story (a mediator, a neighbour, an outside power) acts on the party its own
    sentence names (``near``: the story's parties named around the event, nearest
    first), else on nobody implied."""
    if source is None:
        return None
    code = source.country or (source.role if source.role in BODIES else None)
    if pair and code in pair:
        other = other_party(code, pair)
        if other in BODIES and code not in BODIES and (
                event_type in ARMED_SIDES_ONLY or (
                    source.role == "MIL" and event_type not in ARMED_REQUESTS)):
            # fighting and truces are between armed sides: a state's forces fighting,
            # deploying or holding fire in a story whose other party is a body (a UN
            # mission, a bloc) face the country's own armed rivals, not the body; so do
            # its forces' surrenders, refusals and charges ("soldiers refused orders")
            return code
        return other
    if pair:
        named = [c for c in near if c in pair and c != code]
        if named:
            return named[0]
        if event_type in THIRD_PARTY_UNAIMED:
            return None
    if source.country == focus:
        return focus
    return focus
