"""Headline repair of coordinated subjects and verbs, and of a second clause the model
misreads (pipeline/headline_parse.py).

Headlines list parties with a comma ("Ghana, Togo close border") or a hyphenated name
("Kenya and Timor-Leste sign accord"), chain a second verb with a comma ("police arrest
leader, raid offices"), and the small model reads the plural or -s verbs as nouns. The
repair's variant ("will" + base form) parses them as verbs with their subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.annotate import annotate_batch
from schemas import CleanArticle, ExtractedArticle

_BODY = "Officials gave no further details on Monday."


def _article(title: str) -> CleanArticle:
    text = f"{title}\n\n{_BODY}"
    return CleanArticle("ar_h", title, text, None, None, None, "2024-06-26", "en", "h",
                        len(text.split()))


def _title_triples(out: ExtractedArticle, title: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country) for e in out.events
            if e.evidence.start < len(title)}


def _verb_with_subject(nlp: Any, title: str, word: str) -> tuple[str, str]:
    (ann,) = annotate_batch([_article(title)], nlp)
    t = ann.tokens
    i = t.words.index(word)
    subjects = [t.words[k] for k in range(len(t.words))
                if t.heads[k] == i and t.deps[k] == "nsubj" and k != i]
    return t.pos[i], ",".join(subjects)  # the subjects of ``word``


@pytest.mark.parametrize(("title", "word"), [
    # a title that opens with two names and a comma: the plural verb follows them
    ("Ghana, Togo close border after clashes", "close"),
    # a hyphenated name is one name of the coordination
    ("Kenya and Timor-Leste sign trade accord at UN", "sign"),
])
def test_coordinated_names_are_the_plural_verbs_subject(nlp: Any, title: str,
                                                        word: str) -> None:
    pos, subject = _verb_with_subject(nlp, title, word)
    assert pos == "VERB" and subject in ("Ghana", "Togo", "Kenya")


def test_a_second_verb_after_a_comma_is_a_conjunct(nlp: Any) -> None:
    # "raid" after a comma, in the plural form of "arrest" before it
    title = "Bolivian police arrest union leader, raid party offices"
    (ann,) = annotate_batch([_article(title)], nlp)
    t = ann.tokens
    i = t.words.index("raid")
    assert (t.pos[i], t.deps[i], t.words[t.heads[i]]) == ("VERB", "conj", "arrest")


@pytest.mark.parametrize(("title", "expected"), [
    ("Chad and Niger sign trade accord, reopen border", ("RETREAT", "TCD", "NER")),
    ("Bolivian police arrest union leader, shoot protesters", ("ASSAULT", "BOL", "BOL")),
])
def test_a_second_verb_after_a_comma_is_coded(code_text: Callable[..., ExtractedArticle],
                                              title: str, expected: tuple[str, str, str]
                                              ) -> None:
    out = code_text(_BODY, title=title)
    assert expected in _title_triples(out, title)


def test_a_second_verb_the_variant_cannot_place_leaves_the_first_repaired(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "detain protesters, will free ..." does not parse as one clause: "detain" is
    # repaired alone (a guard: the title keeps the reading it had before commas counted)
    title = "Kenyan police detain protesters, free opposition leader"
    out = code_text(_BODY, title=title)
    assert ("COERCE", "KEN", "KEN") in _title_triples(out, title)


def test_a_hyphenated_country_in_a_repaired_title_is_one_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the repaired title's entities get the body's name repairs: "Timor-Leste" is whole
    title = "Kenya and Timor-Leste sign trade accord at UN"
    out = code_text(_BODY, title=title)
    assert ("AGREE", "KEN", "TLS") in _title_triples(out, title)


def test_an_s_form_then_a_noun_modifying_its_object_is_subject_verb_object(
        nlp: Any) -> None:
    # "fuel" read as the verb of "scraps": in the repair it modifies the object "decree"
    title = "Ecuador's Lasso scraps fuel decree after talks with unions"
    assert _verb_with_subject(nlp, title, "scraps") == ("VERB", "Lasso")


def test_a_verb_misread_as_an_auxiliary_may_become_a_clause(nlp: Any) -> None:
    # "demands" read as an auxiliary of "halt" in the model's reading, a clause of its own
    # in the repaired one: the repair of "bombs" stands
    title = "NATO-led coalition bombs rebels in Mali as Algeria demands halt"
    assert _verb_with_subject(nlp, title, "bombs") == ("VERB", "coalition")


def test_a_second_verb_needs_the_form_of_the_first(nlp: Any) -> None:
    # "probe" after a comma follows no plural verb ("says" is 3rd person): not repaired
    title = "Senate says it will act, probe into contracts widens"
    (ann,) = annotate_batch([_article(title)], nlp)
    plain = nlp(f"{title}\n\n{_BODY}")
    assert ann.tokens.deps == [w.dep_ for w in plain]


def test_a_verb_in_a_nouns_place_is_no_verb_the_repair_loses(nlp: Any) -> None:
    # the model's reading in some articles (spelled out here): "fires" a plural noun,
    # "missile" the verb, and "warning" a verb as the object of "prompting"; the repaired
    # reading has "warning" a noun, which loses no verb
    from spacy.tokens import Doc

    from pipeline.headline_parse import accept, candidates, variant

    words = ["Kenya", "fires", "missile", "over", "Somalia", ",", "prompting", "shelter",
             "warning"]
    doc = Doc(nlp.vocab, words=words,
              tags=["NNP", "NNS", "VBP", "IN", "NNP", ",", "VBG", "NN", "VBG"],
              pos=["PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "VERB"],
              deps=["compound", "nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "amod",
                    "dobj"],
              heads=[1, 2, 2, 2, 3, 2, 2, 8, 6],
              lemmas=["Kenya", "fire", "missile", "over", "Somalia", ",", "prompt", "shelter",
                      "warn"],
              ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    cands = candidates(doc, len(doc))
    assert cands == [(1, "fire", True)]
    repaired = accept(doc, len(doc), cands, nlp(variant(doc, len(doc), cands)))
    assert repaired is not None
    assert (repaired.pos[1], repaired.deps[2], repaired.pos[8]) == ("VERB", "dobj", "NOUN")
