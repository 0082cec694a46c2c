"""Releases told as one half of a swap: "the Taliban released an American engineer in
exchange for a tribal leader jailed in the United States", "Moscow freed the officer in
return for a former Estonian official". The clause names one release, by its subject
to the released person's country; the phrase "in exchange for" states the other half,
the recipient's release of its own prisoners to the releaser. Both halves are events
(PLOVER codes an exchange of prisoners as each side's RETREAT), so the release is coded
in both directions, as "both sides exchanged prisoners" is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.implied_parties import party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Types of a release (done, or agreed and promised).
RELEASES = frozenset({"RETREAT", "AGREE"})
#: Lemmas of a release of people (a withdrawal "in return for" a pause is no swap).
RELEASE_WORDS = frozenset({"free", "release", "hand", "swap", "exchange", "return",
                           "repatriate", "transfer", "handover", "pardon"})
#: Nouns of "in exchange for", "in return for", "in a swap for".
SWAP_NOUNS = frozenset({"exchange", "return", "swap", "trade"})


def swap_phrase(tok: Token) -> Token | None:
    """The "for" of an "in exchange for" phrase on a release verb or noun, if any."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in SWAP_NOUNS:
                found = next((f for f in p.children if f.dep_ == "prep" and f.lower_ == "for"),
                             None)
                if found is not None:
                    return found
    return None


def swap_halves(tok: Token, event_type: str, sources: list[Actor], targets: list[Actor]
                ) -> tuple[list[Actor], list[Actor]]:
    """One releaser and a recipient of another country, with an "in exchange for"
    phrase: the two parties, each releasing to the other (no targets: see
    ``pipeline.event_pairs.actor_pairs``)."""
    if event_type not in RELEASES or len(sources) != 1 or not targets or \
            not _releases_people(tok) or swap_phrase(tok) is None:
        return sources, targets
    src, code = sources[0], targets[0].country
    if src.country is None or code is None or code == src.country:
        return sources, targets
    return [src, party(code)], []


def _releases_people(tok: Token) -> bool:
    """Whether the act is a release ("freed", "handed over", "agreed to release"), not
    any act or agreement with a quid pro quo."""
    return tok.lemma_.lower() in RELEASE_WORDS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in RELEASE_WORDS for c in tok.children)
