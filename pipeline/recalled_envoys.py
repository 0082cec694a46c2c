"""A state's recall of its own envoy is aimed at the state the envoy is posted to, and
its expulsion of an envoy at the envoy's state, never at itself.

"Foreign Secretary X recalled the Philippine ambassador", "ambassador Paul Grigson
would be recalled for consultations", "we have decided to withdraw our ambassador":
the envoy is the recalling state's own, so the resolver gives the recipient the
source's country (a domestic reading), but a recall reduces relations with the host
state (PLOVER SANCTION). When the clause names no post ("from Jakarta", handled by
``implied_parties.recalled_from``), the host is the post an earlier recall by the same
state named, else the other party of the story's pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.envoy_marks import FORMER, RECALLS, envoy_marks
from pipeline.implied_parties import party
from pipeline.ordinary_mentions import remembered
from pipeline.prep_objects import prep_objects
from pipeline.story_parties import counterpart
from pipeline.syntax import objects
from pipeline.wire_constructions import DIPLOMATS
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

__all__ = [
    "expelled_envoy_host",
    "own_envoy_host",
    "passive_recall_post",
    "passive_recaller",
    "recalled_envoys",
]


def recalled_envoys(tok: Token) -> list[Token]:
    """The envoys a recall verb brings home: its objects, or the subject of its passive
    ("the ambassador would be recalled")."""
    if tok.lemma_.lower() not in RECALLS:
        return []
    heads = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    # "ambassador Paul Grigson": the envoy's title before his name
    return [h for h in heads if h.lemma_.lower() in DIPLOMATS or any(
        m.dep_ == "compound" and m.lemma_.lower() in DIPLOMATS for m in h.children)]


def passive_recaller(tok: Token, event_type: str) -> Actor | None:
    """The state that recalls an envoy the passive names without an agent ("Brazil's
    ambassador was called home", "the Dutch envoy has been recalled"): a state recalls
    only its own envoys, so the envoy's country is the doer, never the story's other
    party (which would then be coded as recalling a foreign envoy). ``own_envoy_host``
    then aims the recall at the envoy's host. Only when one country is named on the envoy
    itself: "the ambassador was recalled" says nothing of whose."""
    if event_type != "SANCTION" or any(c.dep_ == "prep" and c.lower_ == "as"
                                       for c in tok.children):
        return None  # "was recalled as a witness", "withdrawn as a candidate": no post
    if remembered(tok):
        return None  # "was recalled at a memorial service": remembered, not called home
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    # "Kenya's former ambassador": one who holds no post is recalled from none
    envoys = [e for e in recalled_envoys(tok) if e in passive and not any(
        m.lower_ in FORMER for m in e.children)]
    named = {code: mark for e in envoys for mark, code in envoy_marks(e) if code}
    if not envoys or len(named) != 1:
        return None
    # the doer keeps the word that names it, so it is no guess the story's focus gave
    code, mark = named.popitem()
    return Actor(text=mark.text, name=None, country=code, role="GOV")


def passive_recall_post(finder: ArgumentFinder, tok: Token, code: str) -> list[Actor]:
    """The post a passive recall brings a state's own envoy home from, where the clause
    names it: "Algeria's envoy to France was recalled", "the Dutch ambassador in Ankara
    was withdrawn", "was recalled from Nairobi" (the recalling state's own places are
    no post: "was called home to Algiers")."""
    envoys = [e for e in recalled_envoys(tok) if e.dep_ == "nsubjpass"]
    named = [p for e in envoys for p in prep_objects(e, ("to", "in", "from"))] + \
        prep_objects(tok, ("from",))
    posts: list[Actor] = []
    for p in named:
        if p.pos_ == "PROPN":
            posts += [a for a in finder.actor(p, None) if a.country and
                      a.country != code and a not in posts]
    return posts


def _own_envoy(envoy: Token, code: str) -> bool:
    # "its ambassador", "our envoy", "the ambassador", "the Philippine ambassador" for the
    # Philippines: no modifier names another country than the source's
    return not any(named not in (None, code) for _, named in envoy_marks(envoy))


def own_envoy_host(finder: ArgumentFinder, trig: Trigger, event_type: str,
                   sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """``targets``, with the source's own country read as the host state of the envoy
    it recalls: the story's other party (``counterpart``) when the recipient is the
    recalling state itself or its envoy, and no other country is named."""
    if event_type != "SANCTION" or len(sources) != 1 or not sources[0].country:
        return targets
    code = sources[0].country
    envoys = recalled_envoys(trig.token)
    if not envoys or not all(_own_envoy(e, code) for e in envoys):
        return targets
    if any(t.country != code for t in targets):
        # "recalled its ambassador from Jakarta": the post is named, and a later recall
        # that names none ("recalled the ambassador for consultations") is from it
        posts = {t.country for t in targets if t.country}
        if len(targets) == 1 and len(posts) == 1:
            finder.envoy_posts[code] = posts.pop()
        return targets
    host = finder.envoy_posts.get(code) or counterpart(
        sources[0], finder.resolver.focus, finder.resolver.pair)
    if host is None or host == code:
        # no host told: the recall is aimed at none rather than at the recalling state
        # itself ("Brazil's ambassador was recalled, Indonesian officials said")
        return [t for t in targets if t.country != code]
    return [party(host)]


def _phrase_words(head: Token) -> list[Token]:
    """The words of a noun phrase without the clauses that hang on it ("activists who
    had met the British ambassador": the activists)."""
    return [head] + [w for c in head.children if c.dep_ not in ("relcl", "acl")
                     for w in _phrase_words(c)]


def expelled_envoy_host(finder: ArgumentFinder, trig: Trigger, event_type: str,
                        sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """``targets``, with an expelled envoy the resolver gave the expelling state's own
    country ("declared Ambassador Pablo Soto persona non grata", "expelled the
    ambassador") read as the other party's: a state expels only foreign envoys."""
    if event_type != "SANCTION" or trig.sense.mode != "expel" or len(sources) != 1 or \
            not sources[0].country:
        return targets
    code = sources[0].country
    # the envoy must be what is expelled (the verb's object or the clause it declares
    # "persona non grata", or the nominal trigger's own head), not any diplomat the
    # clause mentions ("expelled Russian activists who
    # had met the British ambassador")
    expelled = [trig.token] + [w for c in trig.token.children
                               if c.dep_ in ("dobj", "obj", "ccomp", "oprd")
                               for w in _phrase_words(c)]
    if not targets or any(t.country != code for t in targets) or not any(
            t.lemma_.lower() in DIPLOMATS for t in expelled):
        return targets
    host = counterpart(sources[0], finder.resolver.focus, finder.resolver.pair)
    return targets if host is None or host == code else [party(host)]
