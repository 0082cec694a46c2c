"""Headline repair: a headline verb the small model reads as a noun is re-parsed.

"Boluarte lifts curfew" comes out of en_core_web_sm as one noun phrase ("lifts" a
plural noun), so no verbal trigger fires on the headline. The annotate stage parses the
title again with "will" + the base form and keeps that reading on the title's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.annotate import annotate_batch, to_doc
from schemas import CleanArticle, ExtractedArticle
from tests.pipeline.coding import triples


def _article(title: str, body: str) -> CleanArticle:
    text = f"{title}\n\n{body}"
    return CleanArticle("ar_h", title, text, None, None, None, "2024-06-26", "en", "h",
                        len(text.split()))


def _title_events(out: ExtractedArticle, title: str) -> list[Any]:
    return [e for e in out.events if e.evidence.start < len(title)]


def test_headline_verb_read_as_a_noun_gets_the_verb_reading(nlp: Any) -> None:
    title = "Peru's Boluarte lifts curfew after week of unrest"
    art = _article(title, "The curfew in Lima had been in force since Friday.")
    (ann,) = annotate_batch([art], nlp)
    plain = nlp(art.text)
    assert plain[3].pos_ != "VERB"  # the model's own reading, which the repair fixes
    t = ann.tokens
    # words and offsets are the article's own: nothing inserted, nothing moved
    assert t.words == [w.text for w in plain]
    assert t.idx == [w.idx for w in plain]
    assert (t.words[3], t.pos[3], t.tags[3], t.lemmas[3]) == ("lifts", "VERB", "VBZ", "lift")
    assert t.deps[2] == "nsubj" and t.heads[2] == 3  # Boluarte lifts
    assert t.deps[4] == "dobj" and t.heads[4] == 3  # lifts curfew
    doc = to_doc(ann, nlp.vocab)
    assert doc.text == art.text
    assert [s.start for s in doc.sents] == [s.token_start for s in ann.sentences]
    assert ann.title_sentences == 1


def test_repaired_headline_event_is_asserted_and_dated_from_the_lead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Ghana's Mahama lifts ban on rallies"
    out = code_text("Mahama lifted the ban on Tuesday, his office said.", title=title)
    lifted = [e for e in _title_events(out, title) if e.type == "RETREAT"]
    assert lifted, "the headline's own event"
    # the inserted "will" is gone: no future reading; the date is the lead's Tuesday
    assert lifted[0].modality == "asserted"
    assert lifted[0].date == "2024-06-25"


@pytest.mark.parametrize(("title", "expected"), [
    ("Chad orders Sudanese envoy out within 48 hours", ("SANCTION", "TCD", "SDN")),
    # a base form after a plural subject: "police storm", not "a police storm"
    ("Belgian police storm school after hostage standoff", ("ASSAULT", "BEL", "BEL")),
])
def test_headline_event_is_coded(code_text: Callable[..., ExtractedArticle], title: str,
                                 expected: tuple[str, str, str]) -> None:
    out = code_text("Officials gave no further details on Monday.", title=title)
    assert expected in triples(type("O", (), {"events": _title_events(out, title)}))


@pytest.mark.parametrize("title", [
    "Peace talks resume in Doha",  # "talks" is the subject; "resume" misread is left
    "Welfare cuts: what the new budget means",  # "cuts" ends a noun phrase
    "Year in review: Sino-Japanese ties",  # a place pair before a noun
    "Rebels fled after 11 days of street protests",  # "street" is a preposition's object
])
def test_noun_phrases_keep_the_model_reading(nlp: Any, title: str) -> None:
    art = _article(title, "Officials gave no further details on Monday.")
    (ann,) = annotate_batch([art], nlp)
    plain = nlp(art.text)
    assert ann.tokens.deps == [w.dep_ for w in plain]
    assert ann.tokens.pos == [w.pos_ for w in plain]


def test_repaired_headline_verb_may_turn_a_clause_beside_it_into_a_conjunct(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "... as the war widens" is an adverbial clause in one reading and a conjunct in the
    # other: either way it stays a clause, so the repair of "fire" stands
    title = "Rebel forces fire rockets at Eritrean capital as Ethiopia conflict widens"
    out = code_text("Officials gave no further details on Monday.", title=title)
    assert any(e.type == "ASSAULT" for e in _title_events(out, title))


def test_common_noun_named_for_a_group_can_be_the_headline_subject(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "convoy" is no actor noun, but "Red Cross" names who sends it: "crosses" is the verb
    title = "First Red Cross aid convoy crosses into Gaza from Egypt"
    out = code_text("Officials gave no further details on Monday.", title=title)
    assert any(e.type == "AID" for e in _title_events(out, title))


@pytest.mark.parametrize(("title", "expected"), [
    # the model reads "signs" as a plural noun and "deal" as its present-tense verb
    ("Kenya signs deal with Ethiopia on border trade", "AGREE"),
    ("Chile halts trade with Bolivia over border dispute", "SANCTION"),
])
def test_a_name_then_an_s_form_then_a_noun_is_subject_verb_object(
        code_text: Callable[..., ExtractedArticle], title: str, expected: str) -> None:
    out = code_text("Officials gave no further details on Monday.", title=title)
    assert expected in {e.type for e in _title_events(out, title)}


@pytest.mark.parametrize("title", [
    "Drone attacks knock out half of the oil output",  # a common noun before the -s form
    "Border clashes kill 12 soldiers",
])
def test_a_plural_noun_subject_before_its_verb_keeps_the_model_reading(
        nlp: Any, title: str) -> None:
    art = _article(title, "Officials gave no further details on Monday.")
    (ann,) = annotate_batch([art], nlp)
    plain = nlp(art.text)
    assert ann.tokens.deps == [w.dep_ for w in plain]
