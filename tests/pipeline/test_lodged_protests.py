""""Bhutan lodged a formal protest the next day": a protest a state lodges, files or
delivers is its diplomatic complaint, aimed (in a two-party story) at the other state;
it is no unrest, which a state's condemnation would aim at its own public."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in

STORY = ("Bhutan accused China on Monday of building a road on the disputed Doklam "
         "plateau. Chinese troops had moved bulldozers onto the plateau last week, Bhutan "
         "said. China rejected the accusation and said the land was Chinese territory. ")
TITLE = "Bhutan accuses China over road near disputed plateau"


def test_a_lodged_protest_is_aimed_at_the_other_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Bhutan lodged a formal protest the next day.", title=TITLE)
    assert pairs_in(out, "lodged a formal protest") == {("BTN", "CHN")}


def test_guard_condemned_street_protests_stay_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a state condemning protests in its streets condemns its own public
    out = code_text(STORY + "The Bhutanese government condemned the violent protests "
                    "on Wednesday.", title=TITLE)
    assert ("BTN", "CHN") not in pairs_in(out, "condemned the violent protests")
