"""A person the story gives no country, held by the focus state of a two-party dispute,
is the other party's national (the focus country was only a guess); an official
dismissed, or someone arrested in the state's own capital, stays its own. Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Japan holds trawler captain\n\n"
         "Japan said on Monday that a Chinese trawler had rammed its boats. China "
         "protested to Japan. Japan rejected the protest from China. Japan said it "
         "would not bow to China. ")


def test_a_guessed_detainee_is_the_other_partys(code_text: Any) -> None:
    out = code_text(STORY + "The Japanese coast guard arrested Zhan Qixiong on Sunday.")
    assert ("COERCE", "JPN", "CHN") in triples(out), triples(out)


def test_someone_arrested_in_the_capital_stays_domestic(code_text: Any) -> None:
    out = code_text(STORY + "Kenji Sato was arrested by the police in Tokyo on Sunday.")
    assert ("COERCE", "JPN", "CHN") not in triples(out), triples(out)
