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
("Greece expels Libyan ambassador", "Australia summons Chinese envoy") as summoned or
expelled, where he is that envoy: the summoned or expelled party himself, "the envoy, X",
or one set in another capital ("In London, Ambassador X"). A state summons, expels or
calls in another state's envoys, so the story's focus, the usual guess for a person of no
stated country, is the wrong side (``summoned_envoy_country``); but any other envoy in
such a story (one protesting "in Beijing", a special envoy, "an ambassador for the club")
may be the summoning state's own or a third's, and keeps the usual guess. One whose own
phrase names the mission he serves at is that mission's ("a diplomat at China's
consulate", ``post_country``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup, names_country
from pipeline.actor_setting import places_told
from pipeline.doc_views import entity_text
from pipeline.opening_places import opening_place
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Iterable

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
#: Nouns of such a recall ("the recall of Ambassador X", "the withdrawal of the envoy").
RECALL_NOUNS = RECALLS | {"withdrawal"}
#: Words that make an envoy one who no longer holds the post ("former ambassador").
FORMER = word_class("former_marks")
#: Words that make an envoy no resident head of a mission ("special envoy").
ROVING = word_class("roving_envoy_marks")
#: Verbs whose object is a foreign envoy called to account ("summoned", "expelled").
SUMMONS = word_class("envoy_summons")
#: Prepositions that hang a place on an envoy's title ("China's ambassador in Canberra").
PLACING = ("in", "to", "at")


def envoy_marks(envoy: Token) -> list[tuple[Token, str | None]]:
    """The words on ``envoy`` that may say whose it is, each with the country it names
    (None when it names none: "its", "new"); any name the word holds counts, a capital
    too. ``nationality`` reads the same words strictly: a word's whole name, a country's
    or its people's, so "the Paris envoy" has none."""
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
    """Whether ``word`` titles a serving envoy of a state at a mission: not a former one,
    nor a special envoy, nor an ambassador or envoy of something else its noun modifier
    or "for" phrase names ("brand ambassador", "climate envoy", "an ambassador for the
    club", "envoy for Pacific affairs")."""
    if not envoy_title(word):
        return False
    return not any(m.lower_ in FORMER or m.lower_ in ROVING or (
        m.dep_ == "prep" and m.lower_ == "for") or (
        m.dep_ == "compound" and m.pos_ == "NOUN" and not envoy_title(m))
        for m in word.children)


def called_home(name: Token) -> bool:
    """Whether a named envoy is one a recall brings home ("recalled Ambassador X", "X was
    called home", "the recall of Ambassador X"): a state recalls its own envoys, whatever
    other envoys the story names."""
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in RECALL_NOUNS
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


def summoned(tok: Token) -> bool:
    """Whether ``tok`` (an envoy or a name) is the party a summons or an expulsion acts
    on: the object of "summoned", "expelled", "called in", "ordered ... to leave", "gave
    ... 72 hours to leave", "declared ... persona non grata", the subject of their passive
    ("the envoy, X, was summoned", "X was called to the ministry"), or the "of" phrase of
    their noun ("the expulsion of the German envoy")."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        # "the envoy, X, was summoned"; "X and two aides were expelled"; a name's
        # first words the tagger leaves out of it ("Mohammad Kazem Al-e Sadeq")
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in SUMMONS
    if tok.dep_ == "nsubj" and head.dep_ in ("ccomp", "oprd"):
        head = head.head  # "declared Ambassador X persona non grata" as a small clause
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass") and not (
            tok.dep_ == "appos" and head.pos_ == "VERB"):
        # (a headline's object may hang on its verb as an apposition: "Kenya summons
        # Ugandan envoy over fishing dispute")
        return False
    lemma = head.lemma_.lower()
    if lemma == "call":  # "called in", "called to the ministry"; not "called home"
        return any(c.lower_ in ("in", "to") for c in head.children)
    if lemma in ("order", "tell", "ask", "give"):
        # "ordered Rwanda's ambassador to leave", "gave France's ambassador 72 hours to
        # leave the country", "ordered the envoy out"
        return any((c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "leave") or
                   c.lower_ == "out" for c in head.children)
    if lemma == "declare":
        return any(t.lower_ == "grata" for t in head.subtree)
    return lemma in SUMMONS


def summoned_envoys(doc: Doc) -> tuple[tuple[int, str], ...]:
    """The envoys a text names by nationality as summoned or expelled ("Peru expels
    Mexican ambassador"), each as its token's index and its country. An envoy merely
    named ("Iran's envoy arrived", "Russia's ambassador to the UN vetoed") says nothing
    of another envoy in the story."""
    return tuple((tok.i, code) for tok in doc if envoy_title(tok) and summoned(tok)
                 and (code := nationality(tok)) is not None)


def story_envoy_country(envoys: Iterable[tuple[int, str]], end: int) -> str | None:
    """The one country of the ``summoned_envoys`` before token ``end``, if they are one
    country's only."""
    named = {code for i, code in envoys if i < end}
    return named.pop() if len(named) == 1 else None


def summoned_envoy_country(name: Token, start: int, apposed: Token | None,
                           envoys: Iterable[tuple[int, str]]) -> str | None:
    """The country of the envoys the story has named as summoned or expelled, for a named
    envoy of no stated nationality who is that envoy: the summoned or expelled party
    himself ("summoned Ambassador X"), the envoy the story has named ("the envoy, X"), or
    one the sentence sets in another capital ("In London, Ambassador X"). Else None: an
    envoy otherwise named in such a story ("Ambassador X protested in Beijing", "a
    diplomat who leads Vietnam's talks") is as likely the summoning state's own.
    ``envoys`` are the text's ``summoned_envoys``."""
    code = story_envoy_country(envoys, start)
    if code is None or code in places_told(name.sent):
        # "protested to officials in Beijing": an envoy who acts in the country of the
        # summoned envoys is his own state's envoy there
        return None
    if summoned(name) or (apposed is not None and any(
            c.dep_ == "det" and c.lower_ == "the" for c in apposed.children)):
        return code
    opening = opening_place(name)
    return code if opening is not None and opening != code else None
