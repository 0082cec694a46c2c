""""The World Food Programme handed out food to 50,000 returnees": aid from an
international body that names no recipient country goes to the country the story is
about, as an outside state's does."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_body_s_aid_with_no_named_recipient_goes_to_the_story_s_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "A strong earthquake struck central Nepal on Friday, killing 150 people. Nepal's "
        "army led the rescue effort. The United Nations released $5 million from its "
        "emergency fund.",
        title="Earthquake kills 150 in Nepal"))
    assert ("AID", "IGO", "NPL") in got
