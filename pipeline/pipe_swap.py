"""Swap one of the model's components for a faster stand-in built from it.

``pipeline.attribute_table`` and ``pipeline.lemma_cache`` each replace a spaCy component
with one that gives the same token attributes in less time; both are built from the
component they replace (its patterns, its lemmatizer) and take its place in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


def swap_pipe(nlp: Language, name: str, factory: str,
              make: Callable[[Language, str, str], Any]) -> Language:
    """Put the component ``make`` builds from ``nlp``'s pipe ``name`` (registered as
    spaCy factory ``factory``, config ``{"source": name}``) right after it, then remove
    ``name``. The caller checks that ``name`` is there and is the kind ``make`` reads."""
    from spacy.language import Language as _Language

    if factory not in _Language.factories:
        _Language.factory(factory, func=make)
    nlp.add_pipe(factory, after=name, config={"source": name})
    nlp.remove_pipe(name)
    return nlp
