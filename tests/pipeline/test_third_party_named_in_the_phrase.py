"""In a two-party story, an act of one party whose recipient the parser did not attach
goes to the other party by default; but when the act's own phrase names a third
country as the object of a verb or preposition ("halted imports from Taiwan", "send
troops to help Russia"), that country is the recipient. A country named only as the
place where it happens ("in Shanghai") is not. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

STORY = ("China imposed sanctions on the United States on Friday. The United States "
         "condemned China. China accused the United States of provocation. The United "
         "States warned China of consequences. ")


def _targets(out: Any, event_type: str, source: str) -> set[str | None]:
    return {e.target.country if e.target else None for e in out.events
            if e.type == event_type and e.source is not None
            and e.source.country == source}


def test_the_country_an_act_names_is_its_recipient(code_text: Any) -> None:
    out = code_text(STORY + "On Wednesday it halted imports of citrus fruit and some fish "
                    "from Taiwan and suspended exports of sand to the island.")
    assert "TWN" in _targets(out, "SANCTION", "USA")


def test_the_country_helped_by_a_deployment_is_its_recipient(code_text: Any) -> None:
    out = code_text("South Korea summoned North Korea's envoy. North Korea denied South "
                    "Korea's charges. South Korea warned North Korea. Seoul said North "
                    "Korea was preparing to send 10,000 troops to help Russia.")
    assert _targets(out, "MOBILIZE", "PRK") == {"RUS"}


def test_a_country_named_as_the_place_is_no_recipient(code_text: Any) -> None:
    out = code_text(STORY + "On Wednesday it halted imports of fruit in Shanghai.")
    assert _targets(out, "SANCTION", "USA") == {"CHN"}
