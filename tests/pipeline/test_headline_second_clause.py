"""A headline's second verb phrase after a comma shares the first one's subject: "Peru
backs down, agrees to resume talks" is two acts of Peru, even where the parser hangs the
first clause under the second verb or reads the second verb as a noun modifier. Titles
are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

BODY = "The report gave no further details."


@pytest.mark.parametrize(("title", "event"), [
    ("Peru backs down, agrees to resume talks with Chile", ("AGREE", "PER", "CHL")),
    ("Peru backs down, agrees to resume talks with Chile", ("CONCEDE", "PER", "CHL")),
    ("Peruvian president declares curfew in Lima, orders troops onto streets",
     ("MOBILIZE", "PER", "PER")),
    ("Peruvian president declares curfew in Lima, orders troops onto streets",
     ("COERCE", "PER", "PER")),
])
def test_the_second_verb_phrase_is_an_act_of_the_headline_subject(
        code_text: Callable[..., ExtractedArticle], title: str,
        event: tuple[str, str, str]) -> None:
    assert event in triples(code_text(BODY, title=title))


def test_a_second_clause_with_its_own_subject_keeps_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY, title="Peru recalls envoy, Chile expels Peruvian diplomats"))
    assert ("SANCTION", "CHL", "PER") in got
