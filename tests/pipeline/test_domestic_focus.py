"""The focus country (where role words with no country of their own belong) of a story
about one country's politics, whose foreign party only receives or reacts and is named
as a country more often. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import story_parties

TITLE = "Peru frees 40 jailed activists, sends them to Chile"
BODY = ("Peru released 40 jailed activists on Monday and sent them to Chile. "
        "Chile said it would give the group temporary visas. "
        "Chilean officials met the group at the airport in Santiago. "
        "President Dina Boluarte said the releases were a gesture of goodwill. "
        "Boluarte added that the protests had ended. "
        "Boluarte thanked the church for its help. "
        "Riot police detained dozens of students in the capital last year.")



def test_leaders_and_headline_doer_choose_the_focus(nlp: Any) -> None:
    # Chile is named five times (twice in the headline), Peru four: Peru's president
    # and the headline's doer make it Peru's story
    focus, pair = story_parties(nlp, TITLE, BODY, year=2023)
    assert focus == "PER"
    assert pair is not None and set(pair) == {"PER", "CHL"}


def test_country_mentions_still_decide_without_leaders(nlp: Any) -> None:
    body = BODY.replace("President Dina Boluarte", "The minister").replace(
        "Boluarte added", "She added").replace(
        "Boluarte thanked", "She thanked")
    focus, _ = story_parties(nlp, "Chile takes in 40 activists from Peru", body, year=2023)
    assert focus == "CHL"


def test_domestic_police_belong_to_the_focus(code_text: Any) -> None:
    out = code_text(BODY, title=TITLE, published="2023-03-01")
    detained = [e for e in out.events if e.type == "COERCE"]
    assert detained and detained[0].source is not None
    assert detained[0].source.country == "PER"
