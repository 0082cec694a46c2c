"""A proposal verb that tells a claim: "officials suggested that fighters from abroad were
serving with the rebels", "the minister suggested the president had taken drugs". What
it introduces is a clause stating what is or was (a tensed verb, or a perfect "may have
staged"), not a proposed act ("suggested that the talks be held in Geneva", "suggested
Moscow could help"); PLOVER codes such a claim about another party as the speaker's
allegation (ACCUSE), not an offer. The verbs are ``data/triggers.toml`` [claims].

So is a claim told by a reporting verb and answered with a denial after a comma ("said X
had fired from the hospital, a claim MSF rejected"): ``denied_claim``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.syntax import has_neg, phrase_text
from pipeline.trigger_lexicon import (
    Sense,
    lemma_of,
    lexicon,
    noun_rest_ok,
    triggers_data,
    verb_rest_ok,
)
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The sense of a claim told by a proposal verb.
TOLD_CLAIM = Sense("ACCUSE", "allege", "suggested claim")
#: Tags of a finite auxiliary ("were serving", "is hiding"): the clause states a fact.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = triggers_data()["claims"]
    return {k: frozenset(raw[k]) for k in ("proposing", "evidence", "readiness")}


def _states_fact(clause: Token) -> bool:
    """The clause states what is or was: "had taken", "may have staged", "were serving"
    (a modal without "have", "could help", "should withdraw", proposes instead)."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma_of(a) == "have" for a in auxes):
        return True
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.tag_ in FINITE for a in auxes):
        return True  # "were serving", "is hiding"
    # a bare verb is the mandative subjunctive ("suggested that the other side consider
    # the issue", tagged like a plural present), unless it is a form of "be" ("are behind")
    return clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and lemma_of(clause) == "be")


def _told_fact(tok: Token, sense: Sense) -> bool:
    """An AGREE proposal verb introducing a clause that states a fact."""
    if sense.type != "AGREE" or lemma_of(tok) not in _words()["proposing"]:
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    return clause is not None and _states_fact(clause) and not _offers(tok, clause)


def _offers(tok: Token, clause: Token) -> bool:
    """A stated clause that still proposes: it is said with an expletive "it" or of the
    speaker's own side ("suggested it was open to talks", "Chinese officials suggested
    Beijing is ready to mediate"), or its predicate is readiness or time ("suggested that
    it was time for talks"). Only a clause about another party is an allegation."""
    if any(c.dep_ in ("acomp", "attr") and lemma_of(c) in _words()["readiness"]
           for c in clause.children):
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in ("it", "we"):
        return True
    speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    own = names_country(phrase_text(speaker))
    return own is not None and names_country(phrase_text(subj)) == own


def evidenced(tok: Token, sense: Sense) -> bool:
    """"Early indications suggested a missile had struck the plane": a fact that evidence
    suggests is nobody's offer or allegation (the caller drops the trigger; the clause's
    own act is read on its own verb)."""
    return _told_fact(tok, sense) and any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in _words()["evidence"]
        for c in tok.children)


def told_claim(tok: Token, sense: Sense) -> Sense | None:
    """TOLD_CLAIM when an AGREE proposal verb introduces a clause stating a fact, else
    None."""
    return TOLD_CLAIM if _told_fact(tok, sense) else None


#: The sense of a claim its target answers with a denial ("said X had fired from the
#: hospital, a claim MSF rejected").
DENIED_CLAIM = Sense("ACCUSE", "allege", "denied claim")
#: Verbs that tell a claim.
CLAIMING = frozenset({"say", "claim", "allege", "suspect", "voice", "insist", "state"})
#: Nouns that sum up a claim for its answer ("a charge Kigali rejected").
SUMMARIES = frozenset({"charge", "claim", "accusation", "allegation", "account", "toll",
                       "assertion", "version", "suggestion"})


def denied_claim(tok: Token) -> bool:
    """A claim told by ``tok`` and answered with a denial after a comma: "his allies said
    he had been poisoned on Putin's orders, an accusation the Kremlin dismissed", "officials
    said Taliban fighters had been firing from the hospital, a claim MSF rejected", "voiced
    fears that Beijing could use the port, a charge China denies". The denial shows what
    was said is held against the party who denies it: the speaker's allegation (PLOVER
    ACCUSE), not only a report. A negated or first-person claim is none."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in CLAIMING or has_neg(tok):
        return False
    # what is told: a clause ("said X had fired"), or an object with its content
    # ("voiced fears that Beijing could use the port", "suspected them of links")
    told = [c for c in tok.children if c.dep_ == "ccomp" or (
        c.dep_ in ("dobj", "obj") and any(g.dep_ in ("ccomp", "acl") for g in c.children)) or (
        c.dep_ == "prep" and c.lower_ == "of")]
    if not told or any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
        return False
    if any(_own_doer(c) for c in told if c.dep_ == "ccomp"):
        # "said its pilots had downed an F-16, which Islamabad denied": the speaker's own
        # deed, denied by the other side, accuses no one
        return False
    return any(_answers(d, tok, told) for d in tok.sent if d.i > tok.i and d.pos_ == "VERB"
               and lemma_of(d) in word_class("denials") and not has_neg(d))


#: Types of an act that is held against its doer: a claim that one was done is an
#: allegation ("said X had shelled the plant"); a claim of talks, of an agreement or of
#: calm is none ("said Riyadh had agreed to raise output, a claim Riyadh denied").
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "ACCUSE",
                     "REJECT"})
#: Summary nouns that call the claim an allegation whatever it says.
CHARGES = frozenset({"charge", "accusation", "allegation"})


def _hostile(told: list[Token], end: int) -> bool:
    """The told claim (its words before ``end``, where its summing-up starts) names a
    hostile act: a word whose lexicon sense, its phrase complete, is of a hostile type, as
    a verb or a noun ("had shelled", "air strikes"), or through its object ("had fired
    rockets"); or armed men moving or shooting."""
    lex = lexicon()
    for t in (d for c in told for d in c.subtree if d.i < end):
        lemma = lemma_of(t)
        if t.pos_ == "VERB":
            # armed men moving or firing need no complete phrase: "tanks had crossed into
            # Ukraine", "fighters had been firing from the hospital"
            armed = any(c.dep_ == "nsubj" and lemma_of(c) in lex.military
                        for c in t.children)
            if (armed and lemma in lex.movement_verbs) or any(
                    s.type in HOSTILE and (armed or verb_rest_ok(t, rest))
                    for rest, s in lex.verbs.get(lemma, [])):
                return True
            table = lex.objects.get(lemma, {})
            for o in (o for o in t.children if o.dep_ in ("dobj", "obj")):
                sense = table.get(lemma_of(o)) or table.get(o.lower_)
                if sense is not None and sense.type in HOSTILE:
                    return True
        elif t.pos_ in ("NOUN", "PROPN") and any(
                s.type in HOSTILE and noun_rest_ok(t, rest)
                for rest, s in lex.nouns.get(lemma, [])):
            return True
    return False


#: Possessives by which a speaker names its own side.
OWN = frozenset({"its", "their", "our", "my"})


def _own_doer(clause: Token) -> bool:
    """The told clause's doer is the speaker's own side: "it", "we", or a noun it owns
    ("its forces", "our pilots"); its own side harmed ("its troops had been attacked")
    is still a charge against the doer."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in ("it", "we", "i") or any(
        g.dep_ == "poss" and g.lower_ in OWN for g in subj.children))


def _answers(denial: Token, claim: Token, told: list[Token]) -> bool:
    """``denial`` answers the claim summed up after a comma: its object or the noun its
    relative clause hangs on is a summary noun ("a charge China denies", "a claim MSF
    rejected"), or "which" opens it ("links to militant groups, which both denied"); the
    small model may also read the summary as a modifier of the denier ("an account
    demonstrators denied")."""
    summary = None
    if denial.dep_ == "relcl" and lemma_of(denial.head) in SUMMARIES:
        summary = denial.head
    for c in denial.children:
        if c.dep_ in ("dobj", "obj") and (lemma_of(c) in SUMMARIES or c.lower_ == "which"):
            summary = c
        if c.dep_ == "nsubj" and lemma_of(c) in SUMMARIES:
            summary = c  # ", an account Mogadishu rejected" read with two subjects
        elif c.dep_ == "nsubj":
            summary = next((g for g in c.children if g.dep_ == "compound" and
                            lemma_of(g) in SUMMARIES), summary)
    if summary is None or summary.i <= claim.i or any(
            t.pos_ == "VERB" and lemma_of(t) in CLAIMING for t in claim.doc[claim.i + 1:summary.i]):
        return False  # the answer is to the nearest claim before it
    phrase = summary.head if summary.dep_ == "compound" else summary
    start = phrase.left_edge.i if summary.lower_ != "which" else summary.i
    return start > 0 and summary.doc[start - 1].text == "," and (
        lemma_of(summary) in CHARGES or _hostile(told, start - 1))
