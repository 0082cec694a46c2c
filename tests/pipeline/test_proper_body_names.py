"""A body the lexicon lists under a proper name that is also a common word ("Amnesty",
"Memorial", "Commonwealth") is that body only when the text writes it as a name: "an
amnesty for the prisoners" is an act of clemency, no recipient; "Amnesty" accusing a
state is the rights group still. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.actor_lexicon import lookup
from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("word", ["amnesty", "memorial", "commonwealth", "quartet"])
def test_a_lower_case_word_is_no_listed_body(word: str) -> None:
    assert lookup(word) is None
    assert lookup(word.title()) is not None


def test_a_lower_case_listed_body_word_stays_a_body() -> None:
    # words the list itself writes in lower case are common nouns on purpose
    entry = lookup("charity")
    assert entry is not None and entry.role == "NGO"


def test_an_amnesty_demanded_is_no_rights_group(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The opposition leader demanded an amnesty for the jailed protesters "
                    "on Monday.", title="Peru jails protest leaders")
    got = triples(out)
    assert got and not any(t == "NGO" for _, _, t in got), out.events


@pytest.mark.parametrize("text", [
    "Amnesty accused Peru of torturing protesters on Monday.",
    "Amnesty International accused Peru of torturing protesters on Monday.",
])
def test_the_rights_group_by_its_name_stays_ngo(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert ("ACCUSE", "NGO", "PER") in triples(code_text(text)), text
