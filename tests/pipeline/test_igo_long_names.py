""""Foreign ministers of the Group of Seven urged ...": the groups of leading economies
are international bodies under their spelled-out names too, not only as "G7"."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_ministers_of_the_group_of_seven_speak_for_the_group(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Rival forces clashed near Tripoli on Monday. Foreign ministers of the Group of "
        "Seven urged all sides to stop the fighting.", title="Fighting near Tripoli"))
    assert ("REQUEST", "IGO", "LBY") in got


def test_the_group_is_found_when_the_tagger_misses_its_name(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Rival forces clashed near Tripoli on Monday. Foreign ministers of the Group of "
        "Seven, meeting in Paris, urged all sides to stop the fighting.",
        title="Fighting near Tripoli"))
    assert ("REQUEST", "IGO", "LBY") in got
