"""Whose an envoy is, as the words on the envoy's noun tell it: "the Philippine ambassador",
"France's envoy", "its ambassador", "our own envoy".

Two rules read them. ``recalled_envoys`` (a state's recall of its own envoy is aimed at the
host) takes an envoy for the recalling state's own unless a word names another country, so
"the new ambassador" is its own. ``implied_parties.recalled_from`` (the post of a state's own
envoys is the country recalled from) is stricter: any describing word but "own" or a
possessive pronoun that does not name the recalling state leaves the envoy's side untold, so
"the new ambassador" is read only by its "from" phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies by which a word describes the noun it hangs on: where the words that say
#: whose an envoy is hang ("the Philippine ambassador", "France's envoy"), and a
#: nationality or title on a named party ("Mexican Foreign Minister Marcelo Ebrard").
DESCRIBING = frozenset({"amod", "compound", "nmod", "poss"})


def envoy_marks(envoy: Token) -> list[tuple[Token, str | None]]:
    """The words on ``envoy`` that may say whose it is, each with the country it names
    (None when it names none: "its", "new")."""
    return [(m, names_country(m.text)) for m in envoy.children if m.dep_ in DESCRIBING]


def marks_own(mark: Token) -> bool:
    """"its ambassador", "our own envoy": a possessive pronoun, or "own", says the envoy
    is the state's own without naming it."""
    return mark.pos_ == "PRON" if mark.dep_ == "poss" else mark.lower_ == "own"
