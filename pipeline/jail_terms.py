"""A jail term is a sentence: "was jailed for 10 years", "jails 45 democrats for up to 10
years", "jailed for 15 days". Jailing someone for a stated term punishes a conviction
(PLOVER SANCTION: convict), as "sentenced to ten years" does; jailing with no term
("ordered him jailed pending trial") is a detention (COERCE), the lexicon's reading of
"jail". The durations are ``term_units`` in ``data/word_classes.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.prep_objects import prep_objects
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

JAIL_TERM = Sense("SANCTION", "convict", "jail term")
#: Verbs of putting someone in prison.
JAILING = frozenset({"jail", "imprison", "incarcerate"})


def jail_term(tok: Token) -> bool:
    """``tok`` jails someone "for" a duration ("for eight years", "for up to 10 years",
    "for life")."""
    return lemma_of(tok) in JAILING and any(
        lemma_of(p) in word_class("term_units") for p in prep_objects(tok, ("for",)))
