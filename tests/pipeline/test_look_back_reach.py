"""A look back in the past perfect reaches for the story's earlier day only when the last
few sentences named it ("said Chinese personnel had rammed the boats" just after
"Monday's confrontation"); a day named further back belongs to an earlier part of the
story, and the look back stays on the narrative's day, unless it says "already"."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_type

PUB = "2025-03-14"  # a Friday



def test_a_day_named_long_before_is_not_reached_for(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels shelled the border town of Aldo on Monday. Government troops "
                    "entered the town on Wednesday. Residents said the shops stayed closed. "
                    "Most families remained indoors. Officials said soldiers had arrested "
                    "20 rebels.", published=PUB)
    assert dates_by_type(out, "COERCE") == {"2025-03-12"}


def test_a_day_named_just_before_is_reached_for(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels shelled the border town of Aldo on Monday. Government troops "
                    "entered the town on Wednesday. Officials said soldiers had arrested "
                    "20 rebels.", published=PUB)
    assert dates_by_type(out, "COERCE") == {"2025-03-10"}
