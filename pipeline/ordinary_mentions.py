"""Trigger words used in their ordinary sense, reporting no event of their type.

"Unrest" named as the backdrop of the news, a rally a leader speaks to, a statement
made to the press ("speaking to reporters", "at his news conference"), a law approved
at home, someone flown somewhere, a state suspending its own institutions, a role denied
("denied any role in the attack"), an attack named only to time another ("the strike came
hours after…"), an alliance described ("Algeria, which backs the Polisario"), a past
recalled to mind ("practices that recalled the darkest hours"), a court's approval (a
ruling, "a judge approved the extradition"), a video, a report or an album released (published,
not set free), a reward offered for a fugitive's capture, a comedy hit or a gadget that
hits the shelves: the word
is a trigger's, the mention is no act of its type, and ``pipeline.event_filters`` drops
it. Shots fired into the air are the exception that is re-typed, not dropped, when a
purpose clause follows ("to disperse the crowd": COERCE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import judicial
from pipeline.actor_lexicon import lexicon as actor_words
from pipeline.headline_passives import on_title_line
from pipeline.prep_objects import prep_objects
from pipeline.trigger_lexicon import cooperation_words, counted_whole, lemma_of, of_objects
from pipeline.trigger_protest import protesters_subject
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Nouns of disorder that name the setting of the news, not an act by anyone ("sent
#: police to quell unrest", "during two nights of unrest", "died in unrest").
SETTING_NOUNS = frozenset({"unrest"})


def setting_only(tok: Token) -> bool:
    """A disorder noun reports protest only as the subject of its own verb ("the unrest
    began on Dec 19", "unrest spread to the south"); elsewhere it is the backdrop."""
    return tok.lemma_.lower() in SETTING_NOUNS and not (
        tok.dep_ == "nsubj" and tok.head.pos_ == "VERB")


#: Verbs that make a gathering the audience of a speech ("told a rally", "addressed a
#: rally of workers", "said at a rally", "spoke to a rally").
AUDIENCE_VERBS = frozenset({"tell", "address", "say", "speak"})
#: Modifiers of a gathering held by a campaign, not against anyone ("a campaign rally").
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "pre-election"})


def audience(tok: Token) -> bool:
    """A rally someone speaks to ("Maduro told a rally of supporters", "had addressed
    a rally of workers") or a campaign's own rally ("shot dead after a campaign rally")
    is a gathering, not civilian dissent."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in CAMPAIGN_WORDS
           for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in AUDIENCE_VERBS


def press_contact(tok: Token) -> bool:
    """A statement made to the press meets no party (PLOVER CONSULT is a meeting or call
    between parties): "speaking to reporters after the meeting", "spoke with journalists
    in Rio", "at his daily news conference". Speaking to reporters and to a minister, a
    joint news conference, one held by two leaders or with another party ("a news
    conference with Scholz") stays a meeting of its parties."""
    if lemma_of(tok) in ("speak", "talk"):
        addressed = _addressed(tok)
        return bool(addressed) and all(_press_word(p) for p in addressed)
    if lemma_of(tok) not in ("conference", "briefing"):
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if not any(_press_word(m) for m in mods) or any(m.lower_ == "joint" for m in mods):
        return False
    holder = tok.head if tok.dep_ in ("dobj", "obj") else None
    if any(not _press_word(g) for t in (tok, holder) if t is not None
           for g in prep_objects(t, GUEST_WORDS)):
        return False  # "held a news conference in Kyiv with Zelensky"
    holders = [c for c in holder.children if c.dep_ == "nsubj"] if holder is not None else []
    return not any(h.conjuncts for h in holders)  # "Putin and Erdogan held a news conference"


#: Prepositions naming a party beside the host of a news conference.
GUEST_WORDS = ("with", "between", "alongside", "beside")


def _addressed(tok: Token) -> list[Token]:
    """Whom ``tok`` speaks "to" or "with", with their conjuncts and a second phrase
    ("talked to reporters and to his Qatari counterpart")."""
    # "spoke with reporters and then with the Crown Prince": the second "with" may hang
    # on the verb as a conjunct
    preps = [c for c in tok.children if c.dep_ in ("prep", "conj") and c.pos_ == "ADP"
             and c.lower_ in ("to", "with")]
    preps += [c for p in list(preps) for c in p.conjuncts if c.lower_ in ("to", "with")]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [x for o in objs for x in (o, *o.conjuncts)]


def _press_word(tok: Token) -> bool:
    """"reporters", "state media", "the press": no person or organisation named
    ("Reporters Without Borders")."""
    return tok.ent_type_ not in ("ORG", "PERSON") and (
        lemma_of(tok) in word_class("press_people") or
        tok.lower_ in word_class("press_people"))


def law_making(tok: Token) -> bool:
    """The approval's object (or passive subject) is a state's own measure, approved at
    home (data list SUPPORT.domestic_measures: "lawmakers approved the bill"); approving a
    deal, resolution or mission stays SUPPORT."""
    measures = cooperation_words()["domestic_measures"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in measures
               for c in tok.children)


def carried(tok: Token) -> bool:
    """"flew the wounded to Djibouti", "248 servicemen would be flown to Moscow",
    "Duterte flown to The Hague": a travel verb with an object, or in the passive (a
    headline's bare participle too), moves someone who is carried there, not a visitor
    meeting hosts. "Macron flew to Beijing", "has flown to Cairo" stay visits."""
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "acl") and not any(
        c.dep_ == "aux" for c in tok.children)


def _suspended(tok: Token) -> list[Token]:
    """What a "suspend" verb suspends: its object or passive subject."""
    if tok.lemma_.lower() != "suspend":
        return []
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def home_suspension(tok: Token) -> bool:
    """"Suspend" whose object (or passive subject) is, or is about, a domestic institution
    ("most of the constitution", "work on the legislation"): a step at home, no reduction
    of relations (data lists SUPPORT.domestic_measures and SANCTION.home_institutions)."""
    institutions = cooperation_words()["home_institutions"]
    # a modifier names the kind, not the thing suspended ("suspended budget aid")
    return any(g.lemma_.lower() in institutions and g.dep_ not in ("compound", "amod", "nmod")
               for c in _suspended(tok) for g in c.subtree)


def fired_in_air(tok: Token) -> bool:
    """"Fighters fired into the air" to celebrate or to warn: shots at no one, no
    attack. Fire "at" or "on" someone stays one."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return any(c.lower_ in ("into", "in") and any(
        p.dep_ == "pobj" and p.lower_ in ("air", "sky") for p in c.children) for c in preps) \
        and not any(c.lower_ in ("at", "on", "upon") for c in preps) and \
        not any(c.dep_ == "dobj" and c.lemma_.lower() not in ("shot", "round", "gun", "weapon")
                for c in tok.children)


#: Nouns of a party's share in an act ("any role in the attack", "involvement in the
#: bombing") whose denial takes the act as known.
SHARE_NOUNS = frozenset({"role", "involvement", "part", "hand", "link", "connection",
                         "complicity"})


def disowned_act(tok: Token) -> bool:
    """"Pakistan has denied any role in the Pahalgam attack": the attack is the known
    event whose authorship is denied, not a new one; the denial is the news."""
    share = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") else None
    return share is not None and lemma_of(share) in SHARE_NOUNS and \
        share.dep_ == "dobj" and lemma_of(share.head) in word_class("denials")


def timed_restatement(tok: Token) -> bool:
    """"The Iranian strike came only hours after the navies held joint exercises", "the
    seizure came two weeks after": an event noun that is the subject of "come" dated
    against another event restates an act already told, to time it."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() == "come" and any(
        c.dep_ in ("prep", "advcl", "advmod", "npadvmod") and (
            c.lower_ in ("after", "before", "amid", "as") or any(
                g.lower_ in ("after", "before") for g in c.children))
        for c in verb.children)


def standing_backing(tok: Token, event_type: str) -> bool:
    """"Algeria, which backs the Polisario Front", "the coalition that backs the
    government", "the militias it backs": support told in a relative clause in the simple
    present says who stands with whom, the actor's standing alliance, no act of the news.
    (A past or perfect clause, "which backed the plan on Monday", stays an event.)"""
    return event_type == "SUPPORT" and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") \
        and tok.lemma_.lower() in word_class("standing_support") \
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)


#: Words on a "recalled" that mean remembered, not brought home ("was fondly recalled",
#: "was recalled at a memorial service").
REMEMBERING = word_class("remembrance_cues")


def remembered(tok: Token) -> bool:
    """Whether "recalled" is told in its sense of remembering: a manner of remembering on
    the verb ("fondly") or an occasion of remembrance it happens at ("at a memorial")."""
    return any(c.dep_ == "advmod" and c.lower_ in REMEMBERING for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "at" and p.dep_ == "pobj" and
        p.lemma_.lower() in REMEMBERING for c in tok.children for p in c.children)


#: Entity labels of the people or bodies a state recalls ("recalled Ambassador Antar-Daoud").
RECALLED_NAMES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def recalled_memory(tok: Token) -> bool:
    """"Recall" that brings something to mind, not an envoy home: "practices that recalled
    the darkest hours of our America", "recalling the plunder of the region's gold", "the
    findings recalled the 2018 poisoning", "Moscow recalled that the treaty had lapsed";
    nor a maker's goods ("Toyota recalled thousands of vehicles from dealers").
    A state recalls people: an envoy, troops, staff, a named person or a pronoun for
    one."""
    if lemma_of(tok) != "recall" or tok.pos_ != "VERB":
        return False
    if remembered(tok) or any(c.dep_ == "ccomp" for c in tok.children):
        return True  # "fondly recalled", "recalled at a memorial"; "recalled that ..."
    recalled = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(w in word_class("recalled_goods") for c in recalled
           for w in (lemma_of(c), *(lemma_of(p) for p in of_objects(c)))):
        return True  # "recalled thousands of vehicles from dealers": goods, no envoy
    # a part of the staff: "the bulk of its embassy personnel", "a number of diplomats"
    # (by role only: "the darkest hours of our America", "the poisoning of Sergei Skripal")
    if not recalled or any(_people(c) or any(_staff(p) for p in of_objects(c))
                           for c in recalled):
        return False
    # "recalling its charge d'affaires from Ankara", "recalled X home for consultations":
    # a post left or a journey home is an envoy's, however the title is parsed
    return not any(g.lower_ in RECALL_CUES or (g.dep_ == "prep" and g.lower_ == "from")
                   for h in (tok, *recalled) for g in h.children)


#: Words that make a recall an envoy's whatever the object's title: "recalled X home",
#: "for consultations", the French title "chargé d'affaires".
RECALL_CUES = frozenset({"home", "consultations", "d'affaires", "d’affaires"})


def _people(tok: Token) -> bool:
    """A word for people or for a body of them: a role ("ambassador", "troops"), an envoy
    or a mission's staff, a name, or a pronoun."""
    return tok.pos_ == "PRON" or tok.ent_type_ in RECALLED_NAMES or _staff(tok)


def _staff(tok: Token) -> bool:
    """A role word ("ambassador", "troops"), an envoy or a mission's staff."""
    words = {lemma_of(tok), tok.lower_}
    return any(w in actor_words().roles for w in words) or \
        bool(words & (word_class("envoys") | word_class("mission_staff")))


def judicial_approval(tok: Token) -> bool:
    """"A Honduran judge approved his extradition", "a court approved arrest warrants", "has
    to be approved by the Constitutional Court": a court approving is its ruling on the
    case, no endorsement of a party (PLOVER SUPPORT); what it rules is coded where the
    sentence names it."""
    if lemma_of(tok) != "approve":
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
        p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # a royal court is the monarch's office, no court of law
    return any(judicial(d) and not any(lemma_of(m) == "royal" for m in d.children
                                       if m.dep_ in ("amod", "compound")) for d in doers)


def released_matter(tok: Token, *, nominal: bool) -> bool:
    """"Released a video", "released sketches of three suspects", "released an intelligence
    assessment", "the release of information", "the film was released in Britain", "video
    released by the military": what is published, put out or let out is no one set free
    (PLOVER RETREAT). Word class ``released_matter``; a count or a measure is what it
    counts ("released thousands of pages of files"). The one definition for the verb
    senses "release" and "free" (``trigger_objects.restricted_out``) and the event
    (``pipeline.event_filters``)."""
    if lemma_of(tok) not in ("release", "free"):
        return False
    matter = word_class("released_matter")
    own = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if nominal:
        # "the release of information"; a gerund read as a noun keeps its object
        # ("argued that releasing information would ...")
        released: list[Token | None] = [*of_objects(tok), *own]
    elif own:
        released = [_antecedent(c, tok) for c in own]
    elif tok.dep_ == "acl":
        released = [tok.head]  # "video released by the military"
    else:
        # "released data showing inflation rose": the object read as the subject of
        # the clause after it
        released = [s for c in tok.children if c.dep_ == "ccomp"
                    for s in c.children if s.dep_ == "nsubj"]
    released = [counted_whole(r) for r in released]
    if any(r is not None and r.pos_ == "NOUN" for r in released):
        # "his second collection The Massacre was released": a title beside its kind
        released = [r for r in released if r is None or r.pos_ != "PROPN"]
    # no name outside a title-cased headline: "the journalist Page" is a person freed
    return bool(released) and all(
        r is not None and (lemma_of(r) in matter or r.lower_ in matter) and
        (r.pos_ != "PROPN" or on_title_line(r)) for r in released)


def _antecedent(released: Token, verb: Token) -> Token | None:
    """What a pronoun or a title the verb releases stands for. "Halo 2, which was
    released in November": the noun the relative clause hangs on, only when the relative
    pronoun is itself what is released ("the plan under which Hamas released Emily
    Damari" frees a person). "His second collection The Massacre was released": a title
    right after its kind. "The album crept back into the top 40 years after it was first
    released": a passive "it" in a clause of time takes the subject of the clause it hangs
    on, when that is a work or a document; "it" released again after a release ("was
    released in Japan before Nintendo released it") is what that release put out; any
    other "it" stays unknown (a person or a seized ship is "it" too). Any other word is
    itself."""
    matter = word_class("released_matter")
    if verb.dep_ == "relcl" and released.lower_ in ("which", "that"):
        named = verb.head
        if named.dep_ == "pobj" and named.head.lower_ in ("like", "as"):
            return named.head.head  # "hit games like Halo 2, which was released"
        return named
    if released.pos_ == "PROPN" and released.dep_ == "nsubjpass" and \
            released.left_edge.i > 0:
        kind = released.doc[released.left_edge.i - 1]
        if kind.pos_ == "NOUN" and lemma_of(kind) in matter:
            return kind  # "his second collection The Massacre was released"
    if released.lower_ == "it":
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return None
        if lemma_of(verb.head) == "release":
            # "the game was released in Japan before Nintendo released it in Europe":
            # the same thing released again
            return next((c for c in verb.head.children
                         if c.dep_ in ("nsubjpass", "dobj", "obj")), None)
        if released.dep_ != "nsubjpass" or verb.dep_ != "advcl":
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and lemma_of(subj) in matter else None
    return released


#: What is "offered" for a fugitive's capture or for information: a bounty, no proposal.
BOUNTIES = frozenset({"reward", "bounty"})


def offered_reward(tok: Token) -> bool:
    """"Offered a reward of 3 billion pesos for information leading to the capture of
    Marquez", "offered a $100,000 reward for Guacho's capture": a bounty set on a
    fugitive proposes nothing to any party (no PLOVER AGREE). A reward offered to a
    party for its own act ("offered Pakistan a reward", "offered rewards to rebels who
    disarm") is an inducement, and stays AGREE."""
    if lemma_of(tok) != "offer" or any(c.dep_ == "dative" for c in tok.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma_of(c) in BOUNTIES
               and not any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children)
               for c in tok.children)


def hit_success(tok: Token) -> bool:
    """"The comedy hit", "a box office hit", "a hit single", "hit games like Halo 2",
    "first hit the charts", "hits the shelves", "hit top form": a hit as a success or as
    reaching a chart, the shops or a mark strikes no one (no PLOVER ASSAULT). A genre word
    before the word (word class ``hit_genres``; not when an agent follows, "Hollywood hit
    by a strike"), a work it modifies (``hit_works``; or a sentence's first word, "Hit
    games like ..."), the generic places of a launch as its object, "the" and plural
    ("hit the shops", not "hit a shop in Kharkiv", ``hit_reached_places``), or a mark
    (``hit_reached_marks``)."""
    if lemma_of(tok) != "hit":
        return False
    doc = tok.doc
    before = " ".join(t.lower_ for t in doc[max(tok.i - 2, 0):tok.i])
    genres = word_class("hit_genres")
    if not any(c.dep_ == "agent" or (c.dep_ == "nsubj" and c.lower_ not in genres)
               for c in tok.children) and tok.i > 0 and doc[tok.i - 1].dep_ != "npadvmod" \
            and (doc[tok.i - 1].lower_ in genres or before in genres):
        # not the verb of another subject or after a time ("strikes this summer hit the
        # grid" is a blow; the parser takes "Hollywood" in "Hollywood hit X" for a subject)
        return True
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and lemma_of(after) in word_class("hit_works") and (
            tok.head.i == after.i or tok.i == tok.sent.start):
        return True
    return not struck_by_arms(tok) and any(c.dep_ in ("dobj", "obj") and _reached(c)
                                            for c in tok.children)


#: Weapons and armed doers whose hitting is a strike (word classes ``struck_with``,
#: ``armed_men`` and ``hit_strikers``).
STRIKERS = word_class("struck_with") | word_class("armed_men") | word_class("hit_strikers")

#: Works and genres whose armed modifiers strike nothing (word classes ``hit_works`` and
#: ``hit_genres``).
HIT_WORKS = word_class("hit_works") | word_class("hit_genres")


def struck_by_arms(tok: Token) -> bool:
    """A weapon or an armed doer as the subject ("a Hamas rocket hit", "Israeli jets
    hit", "Russian drones hit the cinemas"): what is hit is struck, whatever it is
    (word classes ``struck_with``, ``armed_men`` and ``hit_strikers``)."""
    return any(lemma_of(w) in STRIKERS
               for c in tok.children if c.dep_ == "nsubj"
               for s in (c, *c.conjuncts)
               # ("the guerrilla drama hit the screens": a work about armed men strikes
               # nothing)
               for w in (s, *(m for m in s.children if m.dep_ in ("compound", "amod")
                              and lemma_of(s) not in HIT_WORKS)))


def _reached(obj: Token) -> bool:
    """A chart, the shelves or a mark, not one place struck ("the shops", not "a shop in
    Kharkiv" or "the shops and homes of the town"). A mark is the head noun ("top form",
    "a 10-year low"), or the modifier of "record" ("a record high" parses so), never of
    another noun ("a high school", "the high ground"); "the peak of" a hill is a place."""
    marks = word_class("hit_reached_marks")
    if lemma_of(obj) in marks:
        return not of_objects(obj)
    if lemma_of(obj) == "record" and any(c.dep_ == "amod" and c.lower_ in marks
                                         for c in obj.children):
        return True
    placed = lemma_of(obj) in word_class("hit_reached_media")  # "the screens in Colombia"
    # (a medium needs no "the": "hit screens across Nigeria", "hit television screens")
    return lemma_of(obj) in word_class("hit_reached_places") and obj.tag_ == "NNS" and \
        (placed or any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)) and \
        not any(c.dep_ in ("conj", "nummod") or (c.dep_ == "prep" and not placed)
                for c in obj.children)


def shown_not_marched(tok: Token) -> bool:
    """"This demonstrates that the horrors are no mystery", "LG was demonstrating a phone",
    "the prototypes will be demonstrated at the Expo": "demonstrate" with something shown
    (an object, a "that" clause, a passive) is showing, no street protest (PLOVER
    PROTEST). A crowd doing it keeps its reading ("protesters demonstrated their anger
    outside parliament")."""
    if lemma_of(tok) != "demonstrate" or not any(
            c.dep_ in ("dobj", "obj", "ccomp", "nsubjpass", "auxpass") for c in tok.children):
        return False
    return not (protesters_subject(tok) or _stance_of_people(tok) or _in_the_street(tok))


def _stance_of_people(tok: Token) -> bool:
    """"Women demonstrated their opposition", "Iranians demonstrated their anger": people
    (a nationality, or a plural of word class ``shown_stance_people``) showing a stance
    (``shown_stances``) protest; "the vote demonstrated support" is a thing showing."""
    if not any(c.dep_ in ("dobj", "obj") and lemma_of(c) in word_class("shown_stances")
               for c in tok.children):
        return False
    people = word_class("shown_stance_people")
    return any(s.ent_type_ == "NORP" or (s.tag_ == "NNS" and lemma_of(s) in people)
               for c in tok.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts))


def _in_the_street(tok: Token) -> bool:
    """"demonstrated ... in the streets of Tehran", "in a march": the streets or a march
    where it is done make it a protest (``shown_in_street``; "streets" plural, as "a
    phone demonstrated in a street" is a showing)."""
    return any(lemma_of(p) in word_class("shown_in_street") and
               (lemma_of(p) != "street" or p.tag_ == "NNS")
               for p in prep_objects(tok, ("in", "on", "at")))
