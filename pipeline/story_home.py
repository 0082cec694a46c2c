"""The story's home side: the country its headline has act ("Moldova orders Russia to cut
embassy staff", "German court says Russia ordered killing"). A titled official the text
gives no nationality ("First Vice Foreign Minister X", "Parliament speaker X", "Presiding
judge X") is the home side's: news names the nationality of foreigners, and the side it
leaves unnamed is the one whose act the story reports. The focus country (the most
named party) is often the foreign one in such stories: it is named at every turn as
the object of the home side's acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.story_parties import headline_head, mention_codes
from pipeline.syntax import subject, title_span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def headline_doer(doc: Doc, title_sentences: int) -> str | None:
    """The country (alpha-3) named in the subject of the headline's first news item,
    if the article has a headline and its subject names one."""
    title = title_span(doc, title_sentences)
    if not title.end:
        return None
    subj, _ = subject(headline_head(next(iter(doc.sents))))
    if subj is None:
        return None
    return next((code for i, code in mention_codes(doc)
                 if subj.left_edge.i <= i <= subj.i and code not in BODIES), None)
