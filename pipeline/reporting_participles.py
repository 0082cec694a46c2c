"""The reporting verb whose subject does a speech act hung on the clause it reports.

"The ministry said that foreign troops shelled the border, calling it a provocation and
demanding an inquiry": the parser hangs the participle ("calling") on the reported verb
("shelled"), so the reported clause's subject ("troops") became the one who calls and
demands. A verdict or demand of the speaker's own (calling, accusing, condemning, urging,
demanding: ``reporter_verdicts`` in ``data/word_classes.toml``)
after a comma at the end of a reported clause is the reporter's second act, whoever the
reported clause names, when the participles open with a verdict on the act reported
(``reporter_labels``: "calling it a provocation", "condemning the shelling"). A demand or
appeal alone is as often the reported doer's own ("police said protesters marched on
parliament, demanding the president's resignation"; "officials said the rebels seized the
town, calling on residents to join them"), and so are a physical act ("..., killing five")
and a request for oneself ("said soldiers had deserted, asking for asylum").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import appeal_call
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def reporting_head(tok: Token) -> Token | None:
    """The reporting verb ("said") a participle hung on its reported clause belongs to,
    through its conjuncts ("calling it X and demanding Y"), or None."""
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head != first:
        first = first.head
    if first.dep_ != "advcl" or first.tag_ != "VBG":
        return None
    reported = first.head
    while reported.dep_ == "conj" and reported.head != reported:
        reported = reported.head  # "said troops shot him and set ..., calling it"
    if reported.dep_ != "ccomp" or reported.head.pos_ != "VERB":
        return None
    return reported.head


def reporter_speaks(tok: Token) -> Token | None:
    """The reporting verb whose subject does ``tok``, a speech act hung on the clause
    the verb reports ("the ministry said X shelled Y, calling it ..."), or None."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in word_class("reporter_verdicts"):
        return None
    main = reporting_head(tok)
    if main is None or main.lemma_.lower() not in word_class("reporting"):
        return None
    if not any(c.text == "," for c in tok.doc[main.i:tok.i]):
        return None
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head != first:
        first = first.head
    if first.lemma_.lower() not in word_class("reporter_labels") or appeal_call(first):
        return None  # "..., demanding the president's resignation": the marchers demand
    return main
