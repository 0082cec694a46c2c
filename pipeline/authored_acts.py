"""The author of an act someone praises, rejects or blames: "China backed the measures",
"called the strikes aggression", "welcomed the step" are aimed at whoever the story has
doing that act before (``author_target``): the author an earlier telling of the act names
("Israel's operation ... condemned the operation", ``told_author``), else the story's main
doer of such acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party, party_codes
from pipeline.plover import FORCEFUL
from pipeline.prep_objects import prep_objects
from pipeline.qualifiers import before_dateline_dash
from pipeline.syntax import objects
from pipeline.void_verdicts import voided_things
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Acts and texts whose author is the recipient of praise, backing, rejection or blame
#: ("backed the measures", "called the strikes aggression"): the type its author coded.
#: (An inspection is a body's act: "welcomed the inspection" praises the inspectors.)
AUTHORED = {"strike": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT",
            "attack": "ASSAULT", "raid": "ASSAULT", "offensive": "ASSAULT",
            "shelling": "ASSAULT", "invasion": "ASSAULT", "measure": "SANCTION",
            "sanction": "SANCTION", "embargo": "SANCTION", "resolution": "",
            "decision": "", "ruling": "", "verdict": "", "decree": "", "inspection": "",
            "accusation": "ACCUSE", "allegation": "ACCUSE", "complaint": "ACCUSE",
            "charge": "ACCUSE", "ultimatum": "REQUEST", "demand": "REQUEST",
            "proposal": "AGREE", "offer": "AGREE", "killing": "ASSAULT",
            "abduction": "ASSAULT", "kidnapping": "ASSAULT", "detention": "COERCE",
            "arrest": "COERCE", "seizure": "COERCE", "expulsion": "SANCTION",
            "escalation": "ASSAULT", "veto": "REJECT", "execution": "ASSAULT",
            # "rejected the findings", "rejected his call", "welcomed the vote"
            "finding": "", "call": "REQUEST", "appeal": "REQUEST", "vote": "",
            # "condemned the move", "welcomed the step": the act the story told last
            # ("*"); "called the incident a provocation": its last hostile act
            "move": "*", "step": "*", "incident": "ASSAULT MOBILIZE COERCE",
            # "condemned the operation", "called the test a provocation": military acts
            # whose author the story tells before (``told_author``)
            "operation": "ASSAULT MOBILIZE COERCE",
            "test": "MOBILIZE", "launch": "MOBILIZE ASSAULT"}
#: Prepositions naming what a feeling is about ("concerned about", "dismayed by").
FEELING_CAUSES = frozenset({"by", "about", "at", "over"})
#: Comments on acts, never themselves "the move" someone reacts to.
COMMENTS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
#: Authored things only an inquiry (a body's investigators) makes.
INQUIRY_AUTHORED = frozenset({"finding"})
#: Determiners that make an act noun point back to one the story told ("the launch").
BACK_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Determiners of an act that is spoken of, not told ("any attack", "no test").
UNTOLD_DETS = frozenset({"any", "no", "every", "each"})
#: Acts whose target is a victim: a party on their receiving end named on an act noun
#: ("the Kyiv strike", "Lebanon's bombing") is its place or victim, not its author.
HOSTILE = FORCEFUL | {"MOBILIZE"}
#: Modifiers that name an act's author in its own phrase ("Israel's operation", "the
#: Israeli raid", "Coalition air strike").
AUTHOR_MODS = frozenset({"poss", "compound", "amod", "nmod"})



def _code(actor: Actor) -> str | None:
    """An actor's party code: its country, else its role."""
    return actor.country or actor.role


def _named_author(finder: ArgumentFinder, noun: Token, own: set[str | None]
                  ) -> list[Actor]:
    """The author an authored noun names in its own "by" phrase ("the ruling by the
    tribunal", "the decision by Nauru"), when it is not the source itself."""
    hosts = [noun]
    if noun.dep_ in ("dobj", "obj") and any(c.dep_ == "nsubj" for c in noun.head.children):
        # ("rejected the ruling by the tribunal": the parser hangs "by" on an active
        # verb, where it can name no agent)
        hosts.append(noun.head)
    found = [a for h in hosts for p in prep_objects(h, ("by",))
             for a in finder.resolver.resolve(p)]
    return [party(_code(a)) for a in found[:1] if _code(a) and party_codes([a]) - own]


def _named(tok: Token) -> bool:
    """A word that names its party: a name, or a noun a name or nationality modifies
    ("Israel", "Israeli forces", "the Saudi-led coalition"); not a bare common noun, to
    which the resolver gives a party by guess ("missiles struck", "the ambassador"), nor
    a pronoun (what "its" stood for when an earlier sentence was read is not known now)."""
    if tok.pos_ == "PROPN" and tok.ent_type_ and \
            tok.lemma_.lower() not in word_class("weapons"):
        return True  # (not a capitalised "Missiles struck")
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in AUTHOR_MODS and c.pos_ in ("PROPN", "ADJ") for c in tok.children)


def _parties(finder: ArgumentFinder, toks: list[Token]) -> list[Actor]:
    """The parties some named words stand for."""
    return [a for t in toks if _named(t) or t.pos_ == "ADJ"
            for a in finder.resolver.resolve(t) if a.country or a.role in BODIES]


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, without the dateline the parser may hang on it ("KYIV
    (agency) - Russian missiles struck")."""
    return [c for c in verb.children
            if c.dep_ == "nsubj" and not before_dateline_dash(c, verb)]


def _cited_or_cast(finder: ArgumentFinder, t: Token) -> bool:
    """A telling that names no act of its author's a reaction can be about: a grievance
    cited as what another act answers ("a response to Ukraine's strike", "revenge for
    Ukraine's attack"), a member's ballot ("Slovakia voted against the package"), or a
    verbal attack on a named international or non-governmental body ("Orban launched a
    fresh attack on the European Union"; not "an attack on Hamas", nor on a body's
    "peacekeepers" or "convoy")."""
    head = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "obj") else t
    if head is not t and head.lemma_.lower() in word_class("answers_to_acts"):
        return True
    preps = [c for c in t.children if c.dep_ == "prep"]
    if t.pos_ == "VERB" and t.lemma_.lower() == "vote":
        return any(c.lower_ in word_class("ballot_preps") for c in preps)
    return t.lemma_.lower() == "attack" and any(
        p.pos_ == "PROPN" and any(a.role in BODIES and not a.country
                                  for a in finder.resolver.resolve(p))
        for p in prep_objects(t, ("on",)))


def _borne_out(finder: ArgumentFinder, t: Token, author: Actor, kind: str) -> bool:
    """Whether the coded events bear out the author a telling names. A doing verb may be
    another sense ("Turkey struck a gas deal", "Japan launched a protest"): its subject
    must be the source of an act of the noun's ``kind`` aimed at another party or at
    nobody named. A noun's modifier may name the act's place or victim ("the Kyiv
    strike", "Lebanon's bombing", "the Mexican embassy raid"): that party must not be
    on the receiving end of a hostile act (nor its own target: a raid the coder read as
    an arrest is still a raid), unless the coder also has it doing an act of the kind on
    another party ("Israel's operation" where Israel is hit too). (The party a "U.S.
    proposal" was agreed with is its author, not its victim.)"""
    code = _code(author)
    kinds = kind.split()
    if not kinds or any(d.type in kinds and _code(d.source) == code and
                        (d.target is None or _code(d.target) != code)
                        for d in finder.done):
        return True
    return t.pos_ != "VERB" and not any(
        d.type in HOSTILE and d.target is not None and _code(d.target) == code
        for d in finder.done)


def _telling_authors(finder: ArgumentFinder, t: Token) -> list[Actor]:
    """The author an earlier telling of an act names: a modifier or "by" phrase of the
    noun ("Pyongyang's launch", "a strike by the coalition"), the subject of the verb
    doing it ("Pyongyang carried out its test"), or of the act's own verb ("North Korea
    launched a rocket")."""
    if t.pos_ == "VERB":
        found = _parties(finder, _subjects(t))
    else:
        found = _parties(finder, [c for c in t.children if c.dep_ in AUTHOR_MODS
                                  and c.pos_ in ("PROPN", "ADJ")])
        found = found or _parties(finder, prep_objects(t, ("by",)))
        if not found and t.dep_ in ("dobj", "obj") and \
                t.head.lemma_.lower() in word_class("act_doing_verbs"):
            found = _parties(finder, _subjects(t.head))
    if t.lemma_.lower() in word_class("forum_acts"):
        # "the BRICS veto", "UNITED NATIONS - Russia vetoed": a body is where a member
        # cast it, not its author
        found = [a for a in found if a.role not in BODIES]
    return found


def told_author(finder: ArgumentFinder, noun: Token, own: set[str | None], kind: str
                ) -> list[Actor]:
    """"Israel's largest operation in two decades ... Egypt condemned the operation",
    "North Korea launched a rocket ... the Council condemned the launch": the author the
    nearest earlier telling of the act (the same word, as a noun or a verb) names, when
    it is not the reacting party itself (a party praising its own act is left to the
    story's pairing). Another word for the act is not followed: a story's "strikes" and
    "the attack" are often two sides' acts. A telling counts only when the coded acts
    of the ``kind`` the noun names bear its author out (``_borne_out``), and not when it
    is a grievance cited, a member's ballot or a verbal attack (``_cited_or_cast``)."""
    if not any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in noun.children):
        return []
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[:noun.i]):
        if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        if any(c.dep_ == "det" and c.lower_ in UNTOLD_DETS for c in t.children):
            continue  # "warned that any Israeli attack would meet a response"
        if _cited_or_cast(finder, t):
            continue
        authors = [a for a in _telling_authors(finder, t) if _borne_out(finder, t, a, kind)]
        if authors:
            codes = party_codes(authors[:1])
            return [] if codes & own else [party(_code(authors[0]))]
    return []


def author_target(finder: ArgumentFinder, tok: Token, sources: list[Actor],
                  felt: bool = False) -> list[Actor]:
    """"China backed the measures", "called the strikes aggression", "demanded a halt
    to the bombing": the recipient is whoever the story has doing that act before.
    A feeling's cause counts as its object ("dismayed by the executions", "concerned
    about the arrest": ``felt``, for a statement of one's own feelings)."""
    nouns = list(objects(tok))
    if felt:
        nouns += [p for c in tok.children if c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ in FEELING_CAUSES)
            for p in c.children if p.dep_ == "pobj"]
    nouns += [p for o in list(nouns) for c in o.children if c.dep_ == "prep"
              for p in c.children if p.dep_ == "pobj"]
    nouns += voided_things(tok)  # "said the ruling was null and void"
    own = party_codes(sources)
    for n in nouns:
        kind = AUTHORED.get(n.lemma_.lower())
        if kind is not None and (named := _named_author(finder, n, own)):
            return named  # "the ruling by the tribunal": the phrase names its author
        if kind is None or any(c.dep_ in ("poss", "compound", "amod") and
                               finder.resolver.resolve_one(c) is not None
                               for c in n.children):
            continue
        if kind != "*" and (told := told_author(finder, n, own, kind)):
            return told  # "the launch": whoever the story told launching it
        if kind == "*":
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in n.children):
                continue  # "welcomed steps toward peace": no move told before
            # the move just told (an act, not a comment on one) by an outsider to the
            # story's two parties; a move of one of the two is left to the story's
            # pairing (an outsider welcoming "the step" welcomes both sides)
            moves = [d.source for d in reversed(finder.done) if d.type not in COMMENTS
                     and party_codes([d.source]) - own]
            if moves and _code(moves[0]) not in (finder.resolver.pair or ()):
                return [party(_code(moves[0]))]
            continue
        done = [d.source for d in reversed(finder.done)
                if (not kind or d.type in kind.split()) and party_codes([d.source]) - own]
        if not kind:  # a resolution or decision: a body's, if one acted
            bodies = [a for a in done if a.role in BODIES]
            # findings are an inquiry's: with no body acting before, the state that
            # last acted made none (the story's other party is the better guess)
            done = bodies or ([] if n.lemma_.lower() in INQUIRY_AUTHORED else done)
        if done:
            # "called the strikes aggression": the story's main doer of that act
            # (a campaign is reported again and again), the first one on a tie (a
            # story's lead reports its main attacker first); not whoever last fired a shot
            counts: dict[str | None, int] = {}
            for a in done:
                counts[_code(a)] = counts.get(_code(a), 0) + 1
            a = max(reversed(done), key=lambda a: counts[_code(a)])
            return [party(_code(a))]
    return []
