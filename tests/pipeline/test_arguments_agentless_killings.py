"""Agentless killings in a two-party story: soldiers killed fell to the other party, but
people killed are that party's doing only if the story has it attacking."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru accuses Chile"
STORY = ("Peru condemned Chile. Peru said Chile had violated Peruvian waters. Chile rejected "
         "the criticism from Peru. ")


def test_people_killed_in_riots_are_no_attack_by_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "At least 30 people were killed in riots in Lima on "
                            "Sunday, Peruvian officials said.", title=TITLE))
    assert ("ASSAULT", "CHL", "PER") not in got


def test_soldiers_killed_fell_to_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Twelve Peruvian soldiers were killed near the border "
                            "on Monday, the Peruvian army said.", title=TITLE))
    assert ("ASSAULT", "CHL", "PER") in got


def test_people_killed_after_the_other_party_attacked(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Chilean jets bombed a Peruvian town on Sunday. At least 30 "
                    "people were killed, Peruvian officials said.", title=TITLE)
    killed = [e for e in out.events if e.type == "ASSAULT" and "were killed" in
              e.evidence.sentence]
    assert [(e.source and e.source.country, e.target and e.target.country)
            for e in killed] == [("CHL", "PER")]
