"""Trigger mentions that belong to another trigger instead of reporting an event.

A trigger word can be what another act promises or asks ("agreed to exchange
prisoners", "Mali's demand that Denmark withdraw"), what it acts on ("scrapped the
agreements"), what it charges ("accused Pakistan of sending soldiers"), the purpose it
restates ("fired tear gas to disperse the crowd"), or what a question or a withheld
comment is about ("did not say how many troops it would send"). ``pipeline.event_filters``
drops such mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.reported_instigation import instigated_act
from pipeline.syntax import agentless_passive, stray_conjunct
from pipeline.trigger_lexicon import triggers_data
from pipeline.triggers import act_holder
from pipeline.wire_constructions import COMMANDING, ordered_done
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Token

#: Types whose complement clause states the content of the act, not another event.
CONTENT_HEADS = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
#: Verbs whose "for/of" object is an event of its own ("blamed X for the attack").
BLAME_VERBS = frozenset({"blame", "accuse", "condemn", "denounce", "punish", "sanction"})
#: Verbs of striking back, whose "for"/"against" object is the other side's earlier act.
RETALIATING = word_class("retaliating")
#: Verbs of reacting to an event whose object names that event, not a new one
#: ("crowds celebrated the ruler's departure", "mourned the killing").
REACTIONS = frozenset({"celebrate", "cheer", "mourn", "commemorate", "toast", "rejoice",
                       "fete", "savour", "savor", "lament"})
#: Verbs whose negation withholds rather than refuses ("did not confirm").
NOT_REFUSALS = frozenset({"confirm", "comment", "say", "specify", "disclose"})
#: Refusing these is withholding comment, no refusal of anything asked ("declined to say").
SILENCES = NOT_REFUSALS | frozenset({"elaborate", "answer", "speculate",
                                     "name", "identify", "reveal", "detail"})
#: Verbs whose "of" gerund is the content of a charge, not an event of its own.
CHARGING = frozenset({"accuse", "charge", "suspect", "blame", "convict", "indict"})
#: Links by which an act hangs inside a charge's content: a complement, a conjoined act,
#: and the object of an act in it ("of sheltering fighters who stage attacks"); some
#: adverbial and relative clauses do too (``_inner_link``).
CONTENT_LINKS = frozenset({"xcomp", "ccomp", "conj", "dobj"})
#: Conjunctions of acts told as going on while the accused failed to act.
MEANWHILE = frozenset({"while", "as"})
#: Verbs of punishing or rewarding whose "for" gerund is the charge or the deed held
#: against the object ("sentenced them for attacking the state", "rewarded Maduro for
#: detaining Americans"): the reason stated, not an event the story reports.
PUNISHING = frozenset({"sentence", "convict", "jail", "imprison", "punish", "fine",
                       "prosecute", "indict", "charge", "reward", "acquit"})
#: "warned NATO against sending troops": what is warned against is not done.
WARNING_AGAINST = frozenset({"warn", "caution", "advise"})
#: Question words that open an indirect question ("did not say how many troops it would
#: send"): the clause asks about an act, it does not report one.
WH_WORDS = frozenset({"how", "when", "where", "why", "what", "which", "who", "whether"})
#: Prepositions that set one event beside another rather than take it as an argument
#: ("as protests spread", "amid clashes", "after a gunfight that killed five").
CIRCUMSTANCES = frozenset({"as", "amid", "amidst", "after", "following", "despite"})


def content_of(tok: Token, verbal_types: dict[int, str]) -> bool:
    """A trigger in the complement of an agreement, request, threat or refusal is what was
    promised or asked ("agreed to exchange prisoners"), not a second event; so is a
    conjoined second act ("agreed to exchange prisoners and repatriate bodies"), unless
    it is a finite verb of the clause above ("demanded that Mali free them and warned")."""
    if stray_conjunct(tok) is not None:
        return False
    while tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ == "acl" and ordered_done(tok.head.head) == tok:
        return True  # "ordered him held in detention": coded on the order
    if tok.dep_ not in ("xcomp", "ccomp", "oprd"):
        return False
    head = tok.head
    if ordered_done(head) == tok:
        return True  # "ordered the assets frozen": coded on the order
    if tok.dep_ == "oprd":
        return False
    if verbal_types.get(head.i) == "MOBILIZE" and head.lemma_.lower() in COMMANDING:
        return True  # "ordered soldiers to support the police": the deployment's task
    if tok.i < head.i and tok.dep_ == "ccomp" and not any(
            c.dep_ == "mark" for c in tok.children):
        # "Medvedev halts offensive, accepts peace plan": a headline's first clause
        # parsed under the second is no content of it
        return False
    return verbal_types.get(head.i) in CONTENT_HEADS and head.lemma_.lower() not in (
        "say", "announce")


def nominal_content(tok: Token, nominal_types: dict[int, str]) -> bool:
    """A clause that states what a demand, offer or threat noun asks or promises ("Mali's
    demand that Denmark withdraw its soldiers who had deployed", "his offer to resign"),
    and anything inside it, is that noun's content, not an event of its own."""
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("acl", "ccomp", "relcl") and cur.head.pos_ == "NOUN" and \
                nominal_types.get(cur.head.i) in CONTENT_HEADS and any(
                    c.dep_ in ("mark", "aux", "advmod") and c.lower_ in ("that", "to")
                    for c in cur.children):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def nominal_is_argument(tok: Token, verbal: set[int]) -> bool:
    """A nominal trigger that only names what a verbal trigger acts on ("scrapped the
    agreements", "thanked Athens for its solidarity"), modifies another noun ("prisoner
    swap talks"), or is hypothetical ("any attack on France", "the right to protest") is
    no event of its own."""
    if tok.dep_ == "compound" and _hyphen_part(tok):
        tok = tok.head  # "staged a sit-in": the trigger is the whole hyphenated word
    if act_holder(tok) is not None:
        tok = tok.head  # "a $500 million aid package", "an arrest warrant": the act's noun
    elif tok.dep_ == "compound" or (tok.tag_ == "VBG" and tok.dep_ == "acl"):
        return True
    if any((c.dep_ == "det" and c.lower_ in ("any", "no", "every")) or (
            c.dep_ == "amod" and c.lower_ in ("potential", "hypothetical", "future",
                                              "planned", "possible", "prospective"))
           for c in tok.children):
        return True  # "any attack on France", "potential attacks", "planned US aid"
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
            tok.head.head.lemma_.lower() == "right" and tok.head.head.pos_ == "NOUN":
        return True  # "respect the right to peaceful protest": a right, not an act
    # "air and artillery strikes killed"; "United Nations, U.S. and EU sanctions will be
    # lifted" parsed as an apposition to the first name
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in REACTIONS:
        return True  # "celebrated the ruler's departure": a reaction to a known event
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("for", "of") and head.head.lemma_.lower() in BLAME_VERBS:
            return False  # "blamed X for the killing of 26 people": the killing happened
        if head.lower_ in ("for", "against") and head.head.lemma_.lower() in RETALIATING \
                and named_author(tok):
            # "retaliating for Oslo's expulsion of two diplomats": the act struck back at
            # happened, done by the side it names; the retaliation does not act on it
            return False
        if head.lower_ in CIRCUMSTANCES:
            return False  # "detained thousands as protests spread": a second event
        head = head.head
    return head.i in verbal and tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")


def named_author(tok: Token) -> bool:
    """Whether an event noun names its author in its own phrase: a possessor ("Oslo's
    expulsion") or a nationality ("Israeli strikes"), not a weapon ("a drone attack")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                    names_country(c.text) is not None)
               for c in tok.children)


def _hyphen_part(tok: Token) -> bool:
    """The first part of a hyphenated word ("sit" of "sit-in", "walk" of "walk-out"),
    which the parser hangs on the last part as a compound."""
    doc = tok.doc
    return tok.head.i == tok.i + 2 and doc[tok.i + 1].tag_ == "HYPH" and \
        not tok.whitespace_ and not doc[tok.i + 1].whitespace_


def draws_reaction(verb: Token) -> bool:
    """"the crackdown invited sharp criticism": a verb of drawing whose object is a
    reaction noun (``[drawn]`` in triggers.toml) only tells what an act drew; the
    reaction is the event (``pipeline.drawn_reactions``), the verb offers nothing."""
    drawn = triggers_data()["drawn"]
    return verb.lemma_.lower() in drawn["verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in drawn["reactions"] for c in verb.children)


def purpose_of_same(tok: Token, verbal_types: dict[int, str], event_type: str) -> bool:
    """An infinitive of purpose under a verbal trigger of the same type restates that act
    ("fired tear gas to disperse the crowd", "fired rubber bullets to break up the
    rally"): the purpose is no second event."""
    return tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        verbal_types.get(tok.head.i) == event_type


def withheld_comment(tok: Token) -> bool:
    """"declined to say", "refused to comment": no refusal of anything asked."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SILENCES for c in tok.children)


def reporters_question(tok: Token) -> bool:
    """"Medinsky said when asked about the meeting": an agentless "asked" without its
    own subject is a reporter's question, not a request by anyone. A perfect "had asked
    Oman to ..." is an active request whose subject is a conjoined clause's ("said it was
    in contact and had asked Oman to urge the group")."""
    return tok.lemma_.lower() == "ask" and tok.tag_ == "VBN" and not any(
        c.dep_ in ("agent", "nsubjpass", "nsubj", "auxpass") or (
            c.dep_ == "aux" and c.lemma_.lower() == "have") for c in tok.children)


def charged_content(tok: Token, unaccused: AbstractSet[int]) -> bool:
    """"India accused Pakistan of sending soldiers", "accused Russia of trying to destroy
    Georgia", "accused Russian forces of torturing and executing soldiers", "accused the
    bloc of failing to help them fight": what is alleged is the accusation's content; so
    is the deed a sentence or reward is "for" ("sentenced them for attacking the
    state"). A charge in an agentless passive ("are accused of beating a man to death")
    keeps the act, as the report states it. So is the act someone is told to have
    ordered ("a court ruled that X ordered the killing": ``reported_instigation``;
    ``unaccused`` holds the told orders that accuse no one, whose acts stay events)."""
    if instigated_act(tok, unaccused):
        return True
    if stray_conjunct(tok) is not None:
        return False  # "accused X of stealing it and called on ...": the accuser's verb
    cur = tok
    for _ in range(6):
        # a gerund the small model tags as a noun ("of organising, financing and
        # arming the group") hangs on the preposition as its object
        if cur.dep_ in ("pcomp", "pobj") and cur.head.lower_ in ("of", "against", "for"):
            prep = cur.head.lower_
            verb = _prep_verb(cur.head)
            heads = {"of": CHARGING, "against": WARNING_AGAINST, "for": PUNISHING}[prep]
            if verb.lemma_.lower() not in heads:
                return False
            if prep == "for":
                # "ordered tariffs to punish Petro for turning back flights": a purpose's
                # reason is a deed the story tells
                return any(c.dep_ == "nsubj" for c in verb.children)
            # a charge made in a participle ("..., accusing X of") or a conjoined verb
            # ("blamed the group and accused X of") has its subject elsewhere; only an
            # agentless passive ("are accused of") reports the act itself
            return not agentless_passive(verb)
        if (cur.dep_ not in CONTENT_LINKS and not _inner_link(cur)) or cur.head == cur:
            return False
        if cur.dep_ == "advcl" and _charged_before(cur.head, cur):
            return True  # "accused X of standing by while mobs attacked", hung on "accused"
        cur = cur.head
    return False


def _charged_before(verb: Token, clause: Token) -> bool:
    """``verb`` makes a charge of inaction whose "of" (on it or on its object) comes
    before ``clause`` ("accused police of standing by while mobs attacked"); a charge of
    anything else ("of war crimes as troops shelled the city") leaves the clause the
    story's own."""
    if verb.lemma_.lower() not in CHARGING or agentless_passive(verb):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and p.i < clause.i and any(
        c.dep_ in ("pcomp", "pobj") and _inaction(c) for c in p.children)
               for h in (verb, *verb.children) for p in h.children)


def _inaction(tok: Token) -> bool:
    """A verb of inaction ("standing by", "doing nothing", "failing to act"), also a
    gerund the small model tags as a noun with itself as lemma ("standing")."""
    words = word_class("inaction")
    stem = tok.lower_.removesuffix("ing")
    return tok.lemma_.lower() in words or (stem != tok.lower_ and (
        stem in words or stem[:-1] in words or f"{stem}e" in words))


def _prep_verb(prep: Token) -> Token:
    """The verb a charge's "of" belongs to, when the parse hangs it on the object
    ("accused ECOWAS of failing") or on a participle after the object ("accused groups
    financed from abroad of attacking")."""
    verb = prep.head
    if verb.dep_ == "acl" and verb.pos_ == "VERB" and verb.head.dep_ == "dobj":
        verb = verb.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head
    return verb


def _inner_link(tok: Token) -> bool:
    """A clause that tells more of the charge rather than of the story: the acts the
    accused is charged with letting happen ("of standing by as mobs attacked", hung on
    the verb of inaction or on the charge itself: ``_charged_before``), and what
    a group named in the charge habitually does ("of sheltering fighters who stage
    attacks"). Set off by a comma ("of backing them, as troops shelled the town", "the
    attack, which the Kremlin denies") or in the past ("rebels who captured two towns")
    the clause tells the story's own events."""
    if tok.dep_ not in ("advcl", "relcl"):
        return False
    if tok.dep_ == "advcl":
        if tok.head.lemma_.lower() not in CHARGING and not _inaction(tok.head):
            return False  # "of violating the truce while its jets struck": the story's act
        opener = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in MEANWHILE),
                      None)
    else:
        opener = next((c for c in tok.children if c.dep_ in ("nsubj", "dobj") and
                       c.lower_ in ("who", "which", "that")), None)
        if tok.tag_ not in ("VBP", "VBZ"):
            return False
    return opener is not None and tok.doc[opener.i - 1].text != ","


def indirect_question(tok: Token) -> bool:
    """A complement clause opened by a question word ("has yet to say how many troops it
    will send", "did not say when talks would resume") asks about an act."""
    if tok.dep_ not in ("ccomp", "xcomp"):
        return False
    edge = tok.left_edge
    return edge.lower_ in WH_WORDS and edge.i < tok.i
