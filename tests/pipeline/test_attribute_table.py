"""The attribute table gives every token exactly what spaCy's AttributeRuler gives it.

pipeline/attribute_table.py replaces the model's attribute_ruler for speed; the lemmatizer
and the coder read the POS, MORPH and LEMMA it sets, so any divergence changes coding.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.attribute_table import AttributeTable
from tests.pipeline.coding import parsed_before

SENTENCES = [
    "Rebels said they had seized the town, and the army didn't deny it.\n\nHe'd left.",
    "I ain't gonna sign it, y'all, but let's talk: we gotta c'mon, there's time.",
    "There were protests in Lagos; police fired tear gas at them and arrested her.",
    "Something happened that nobody saw: it was done by themselves, wasn't it?",
    "Did she have to go?  Yes, she did, and he has been there since 2019 .",
    "The minister, whose ministry does little, gets what he wants; they got nothing.",
]


def _token_view(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]



def _same_as_ruler(nlp: Any, table: AttributeTable, ruler: Any, text: str) -> None:
    doc = parsed_before(nlp, text, "attribute_table")
    assert _token_view(table(doc.copy())) == _token_view(ruler(doc.copy()))


def test_the_models_ruler_is_replaced_by_a_table_of_its_own_patterns(nlp: Any) -> None:
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("attribute_table") == names.index("parser") + 1  # where the ruler was
    table = nlp.get_pipe("attribute_table")
    assert type(table.source).__name__ == "AttributeRuler"
    assert len(table.source.patterns) > 100  # the model's, not an empty ruler


@pytest.mark.parametrize("text", SENTENCES)
def test_the_table_sets_what_the_models_ruler_sets(nlp: Any, text: str) -> None:
    table = nlp.get_pipe("attribute_table")
    _same_as_ruler(nlp, table, table.source, text)


def test_patterns_the_fast_path_cannot_read_still_apply(nlp: Any) -> None:
    """Operators, other attributes, negative indices and overriding rules: a model with
    such patterns gets the ruler's result too."""
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns([
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"MORPH": "NounType=Prop"}},
        {"patterns": [[{"LOWER": "the"}, {"TAG": "JJ", "OP": "*"}, {"TAG": "NN"}]],
         "attrs": {"LEMMA": "thing"}, "index": -1},
        {"patterns": [[{"LENGTH": {">": 8}}]], "attrs": {"MORPH": "Long=Yes"}},
        {"patterns": [[{"LOWER": {"REGEX": "^se"}}, {"IS_PUNCT": False}]],
         "attrs": {"POS": "X"}, "index": 1},
        {"patterns": [[{"TAG": "NNP", "DEP": {"NOT_IN": ["compound"]}}]],
         "attrs": {"POS": "PROPN", "LEMMA": "name"}},
    ])
    table = AttributeTable(ruler, lambda: Matcher(nlp.vocab))
    for text in ("The old red house near Nairobi seized the ministerial building.",
                 "Kenyan President William Ruto sent several envoys to Addis Ababa."):
        _same_as_ruler(nlp, table, ruler, text)
