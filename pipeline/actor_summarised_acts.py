"""The recipient of an answer to a summed-up act: the act's doer.

"The tribunal ordered Russia to free the sailors, a ruling Moscow said it did not
recognise", "Rights groups accused the army of abuses, accusations the government
denies", "Moscow demanded an expiry date, a condition Washington refused to accept":
a noun after a comma sums up the clause before it as someone's act or text, and the
clause that follows the noun (rejecting, denying, condemning, backing it) answers
whoever did it. That doer is the first subject of the summed-up clause that names a
party, not the story's other party (the recipient implied when the text names none).
The parse of such appositions is unreliable (the noun is read as an adverbial, a
conjunct or a modifier of the next subject), so the construction is found by its
surface: comma, optional determiner, summary noun, then the answering clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.authored_acts import AUTHORED
from pipeline.implied_parties import party_codes

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Nouns that sum up a preceding clause as someone's act or text: the authored acts
#: and texts ("a move", "the incident" among them), plus words news uses only as such
#: summaries ("a condition", "a claim").
SUMMARY_NOUNS = frozenset(AUTHORED) | frozenset({
    "condition", "claim", "request", "plan", "statement", "assertion"})
#: Determiners a summary noun may take ("a ruling", "the decision", "accusations").
SUMMARY_DETS = frozenset({"a", "an", "the", "this", "that"})
#: How far the answering verb may stand from the summary noun ("a ruling Moscow said
#: it did not recognise": six words).
MAX_GAP = 8


def summary_noun(tok: Token) -> Token | None:
    """The summary noun heading the comma-free stretch that leads up to ``tok``."""
    doc = tok.doc
    start = tok.sent.start
    for i in range(tok.i - 1, max(start, tok.i - MAX_GAP) - 1, -1):
        t = doc[i]
        if t.is_punct:
            return None
        # the tagger often reads "a ruling" as a participle: the word itself decides
        if not {t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")} & SUMMARY_NOUNS:
            continue
        before = doc[i - 1] if i > start else None
        if before is not None and before.lower_ in SUMMARY_DETS and i - 1 > start:
            before = doc[i - 2]
        return t if before is not None and before.text == "," else None
    return None


def summarised_author(finder: ArgumentFinder, tok: Token, sources: list[Actor]
                      ) -> list[Actor]:
    """The doer of the act a summary noun sums up, when ``tok`` answers that act;
    else nothing."""
    noun = summary_noun(tok)
    if noun is None:
        return []
    for t in tok.doc[tok.sent.start:noun.i]:
        if t.dep_ != "nsubj":
            continue
        # the subject itself, else the first party its phrase names ("Kiir's
        # spokesman Ateny Wek Ateny": Kiir's side)
        doers: list[Actor] = []
        for w in [t, *t.subtree]:
            doers = [a for a in finder.actor(w, None) or finder.resolver.resolve(w)
                     if a.country or a.role in BODIES]
            if doers:
                break
        if not doers:
            continue
        if len(sources) > 1 and party_codes(doers[:1]) & party_codes(sources):
            # "a charge both deny": the deniers are the accused, and the accuser is
            # among the parties "both" was read as; nothing sure to add
            return []
        # the doer as named (not a bare implied party): a doer of the answering party's
        # own country (the other side of a civil war) stays a domestic recipient
        return doers[:1]
    return []


def misread_answer_parties(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                           ) -> tuple[list[Actor], list[Actor]] | None:
    """(the answering party, the summed-up act's doer) of ", a charge Pretoria rejects"
    read as one noun phrase (``pipeline.misread_answers``), or None: the name is the
    answer's subject, and the answer is to the doer of the act the noun sums up."""
    who = trig.answerer
    if who is None or summary_noun(trig.token) is None:
        return None
    sources = finder.actor(who, speaker)
    if not sources:
        return None
    targets = summarised_author(finder, trig.token, sources)
    # "Uganda armed the rebels, a charge Kampala rejects": with no accuser named, the
    # doer found is the answering party itself; a party does not answer itself
    if not targets or party_codes(targets) & party_codes(sources):
        return None
    return sources, targets
