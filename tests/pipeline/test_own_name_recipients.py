"""A state is not the recipient of its own act by its own bare name: "denied that
Moscow had any role", "froze U.S. assets held by X" are aimed at the story's other
party or the person named, not at the acting state. Its people ("Americans") and a
non-state actor facing its own capital are no such self-reference."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Georgia accused Russia of meddling in its election. Russia rejected the "
         "accusation from Georgia. Georgia's president again criticised Russia on "
         "Thursday. ")


def test_denial_naming_the_own_capital_is_aimed_at_the_other_party(code_text: Any) -> None:
    out = code_text(STORY + "Kremlin spokesman Dmitry Peskov denied on Friday that "
                    "Moscow had played any role in the vote.")
    got = {(e.type, e.source and e.source.country, e.target and e.target.country)
           for e in out.events if "Peskov" in e.evidence.sentence}
    assert ("REJECT", "RUS", "GEO") in got
    assert ("REJECT", "RUS", "RUS") not in got


def test_own_people_stay_the_recipient(code_text: Any) -> None:
    got = triples(code_text("Algerian President Abdelaziz Bouteflika asked Algerians "
                            "to stay calm on Monday."))
    assert ("REQUEST", "DZA", "DZA") in got
