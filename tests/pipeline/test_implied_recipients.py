"""Recipients named by nobody in the clause: aid and offers by outside states. Sentences
are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_an_outside_state_aids_the_country_of_the_story(code_text: Any) -> None:
    # "Norway has sent rescue teams": the flooded country gets it, though unnamed
    out = code_text(
        "Floods in Malawi have killed 300 people and left 200,000 homeless. Malawi's "
        "president declared a state of disaster in the south on Monday. Malawian "
        "soldiers are rescuing families from rooftops. Norway has sent rescue teams "
        "and tents.",
        title="Malawi floods kill 300")
    assert ("AID", "NOR", "MWI") in triples(out)


def test_several_donors_offering_help_aim_at_the_country_not_each_other(
        code_text: Any) -> None:
    out = code_text(
        "A cyclone flattened coastal towns in Fiji on Sunday. Fiji's government said "
        "dozens of Fijian villages were cut off. Japan and India have offered "
        "assistance.",
        title="Cyclone batters Fiji")
    offers = {(s, t) for ty, s, t in triples(out) if ty in ("AID", "AGREE") and
              s in ("JPN", "IND")}
    assert ("JPN", "FJI") in offers and ("JPN", "IND") not in offers
