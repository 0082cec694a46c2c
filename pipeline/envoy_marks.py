"""Whose an envoy is, as the words on the envoy's noun tell it: "the Philippine ambassador",
"France's envoy", "its ambassador", "our own envoy".

Two rules read them. ``recalled_envoys`` (a state's recall of its own envoy is aimed at the
host) takes an envoy for the recalling state's own unless a word names another country, so
"the new ambassador" is its own. ``implied_parties.recalled_from`` (the post of a state's own
envoys is the country recalled from) is stricter: any describing word but "own" or a
possessive pronoun that does not name the recalling state leaves the envoy's side untold, so
"the new ambassador" is read only by its "from" phrase.

A person titled as an envoy whom the text gives no nationality ("the envoy, Mohamed
Menfi", "Ambassador Xiao Qian") is of the envoys the story has named by nationality
("Greece expels Libyan ambassador", "Australia summons Chinese envoy"): a state summons,
expels or calls in another state's envoys, so the story's focus, the usual guess for a
person of no stated country, is the wrong side (``story_envoy_country``); one whose own
phrase names the mission he serves at is that mission's ("a diplomat at China's
consulate", ``post_country``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup, names_country
from pipeline.doc_views import entity_text
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependencies by which a word describes the noun it hangs on: where the words that say
#: whose an envoy is hang ("the Philippine ambassador", "France's envoy"), and a
#: nationality or title on a named party ("Mexican Foreign Minister Marcelo Ebrard").
DESCRIBING = frozenset({"amod", "compound", "nmod", "poss"})
#: Words of a state's envoy abroad, as a title ("Ambassador X", "the envoy, X").
ENVOY_TITLES = word_class("envoy_titles")
#: A state's posts abroad ("embassy", "consulate").
MISSIONS = word_class("missions")
#: Verbs of bringing one's own envoy home ("recalled", "withdrew", "called home").
RECALLS = word_class("envoy_recalls")
#: Words that make an envoy one who no longer holds the post ("former ambassador").
FORMER = word_class("former_marks")


def envoy_marks(envoy: Token) -> list[tuple[Token, str | None]]:
    """The words on ``envoy`` that may say whose it is, each with the country it names
    (None when it names none: "its", "new")."""
    return [(m, names_country(m.text)) for m in envoy.children if m.dep_ in DESCRIBING]


def marks_own(mark: Token) -> bool:
    """"its ambassador", "our own envoy": a possessive pronoun, or "own", says the envoy
    is the state's own without naming it."""
    return mark.pos_ == "PRON" if mark.dep_ == "poss" else mark.lower_ == "own"


def envoy_title(word: Token) -> bool:
    """Whether ``word`` names a state's envoy abroad ("ambassador", "High Commissioner")."""
    lemma = word.lemma_.lower()
    return lemma in ENVOY_TITLES or (lemma == "commissioner" and any(
        c.lower_ == "high" for c in word.children))


def foreign_envoy_title(word: Token) -> bool:
    """Whether ``word`` titles a serving envoy of a state: not a former one, nor an
    ambassador or envoy of something else its noun modifier names ("brand ambassador",
    "climate envoy", "goodwill ambassador")."""
    if not envoy_title(word):
        return False
    return not any(m.lower_ in FORMER or (
        m.dep_ == "compound" and m.pos_ == "NOUN" and not envoy_title(m))
        for m in word.children)


def called_home(name: Token) -> bool:
    """Whether a named envoy is one a recall brings home ("recalled Ambassador X", "X was
    called home", "the recall of Ambassador X"): a state recalls its own envoys, whatever
    other envoys the story names."""
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in RECALLS or head.head.lemma_.lower() == "withdrawal"
    if name.dep_ not in ("dobj", "obj", "nsubjpass") or head.lemma_.lower() not in RECALLS:
        return False
    # "called in Ambassador X" summons him; "called home", "called back" recalls him
    return head.lemma_.lower() != "call" or any(
        c.lower_ in ("home", "back") for c in head.children)


def nationality(envoy: Token) -> str | None:
    """The one country a describing word names by its own name or its people's ("the
    Libyan ambassador", "Iran's envoy"); not a capital, which says where an envoy serves
    ("the Paris envoy")."""
    named = {code for m in envoy.children if m.dep_ in DESCRIBING
             and (code := country_named(lookup(entity_text(m)))) is not None}
    return named.pop() if len(named) == 1 else None


def post_country(envoy: Token) -> str | None:
    """The country of the mission an envoy serves at, where the envoy's own phrase names
    it by nationality ("a diplomat at China's consulate in Toronto", "a consul at the
    Canadian consulate general"): the mission's state, not the host's."""
    for prep in envoy.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "with"):
            continue
        for post in (p for p in prep.children if p.dep_ == "pobj"):
            words = [post, *(c for c in post.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in MISSIONS for w in words):
                named = {code for w in words if (code := nationality(w)) is not None}
                if len(named) == 1:
                    return named.pop()
    return None


def story_envoy_country(doc: Doc, end: int) -> str | None:
    """The one country whose envoys the text before token ``end`` names by nationality
    ("Peru expels Mexican ambassador"), if it names one country's only."""
    named = {code for tok in doc[:end] if envoy_title(tok)
             and (code := nationality(tok)) is not None}
    return named.pop() if len(named) == 1 else None
