"""A singular role noun that is no state body ("the coalition", "the party") takes up
the country an earlier mention of the same noun named ("the Saudi-led coalition"): news
names a grouping's leader once, then says "the coalition". A singular "the government"
or "the army" stays the story's own. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

TITLE = "Yemen rebels fire missiles as coalition presses offensive"
STORY = ("The Houthis in Yemen fired two missiles at the Saudi city of Jizan on Monday. "
         "The Saudi-led coalition has fought the Houthis in Yemen since 2015. "
         "Yemen's Houthis said Yemen would keep fighting. "
         "The coalition launched an offensive on the Yemeni port of Hodeidah in June.")


def test_the_coalition_is_the_one_named_before(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    offensive = {(e.source and e.source.country, e.target and e.target.country)
                 for e in out.events if e.type == "ASSAULT" and
                 "offensive on the Yemeni port" in e.evidence.sentence}
    assert ("SAU", "YEM") in offensive
    assert ("YEM", "YEM") not in offensive
