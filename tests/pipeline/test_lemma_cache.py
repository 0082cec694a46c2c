"""The cached lemmatizer gives every token the model's lemmatizer's lemma.

pipeline/lemma_cache.py wraps the model's rule lemmatizer for speed; the coder reads
lemmas everywhere, so any divergence changes coding.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import parsed_before

SENTENCES = [
    "Rebels said they had seized the town's two bridges, and the army didn't deny it.",
    "Protesters were marching again; police fired tear gas and arrested dozens of them.",
    "The ministers' talks in Geneva broke down, the envoys said, as better offers came.",
]



def test_the_models_lemmatizer_is_the_one_cached(nlp: Any) -> None:
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index("attribute_table") < nlp.pipe_names.index("cached_lemmatizer")
    source = nlp.get_pipe("cached_lemmatizer").source
    assert type(source).__name__ == "EnglishLemmatizer"
    assert source.mode == "rule"


@pytest.mark.parametrize("text", SENTENCES)
def test_cached_lemmas_are_the_lemmatizers(nlp: Any, text: str) -> None:
    cached = nlp.get_pipe("cached_lemmatizer")
    doc = parsed_before(nlp, text, "cached_lemmatizer")
    want = [t.lemma_ for t in cached.source(doc.copy())]
    for _ in range(2):  # the second pass reads the cache
        assert [t.lemma_ for t in cached(doc.copy())] == want


def test_a_lemma_set_before_is_kept(nlp: Any) -> None:
    """The attribute step sets some lemmas ("'d" -> "would"); like the lemmatizer, the
    cache leaves them alone."""
    cached = nlp.get_pipe("cached_lemmatizer")
    doc = parsed_before(nlp, "They said the bridges were seized.", "cached_lemmatizer")
    doc[3].lemma_ = "span"
    assert cached(doc)[3].lemma_ == "span"
