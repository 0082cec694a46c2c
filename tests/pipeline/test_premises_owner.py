""""Police raided the Tunis bureau of a Qatar-based broadcaster": premises belong to the
body the "of" phrase names, so a raid on them is aimed at that body's country, not at
the place the premises stand in."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_raid_on_a_foreign_broadcaster_s_bureau_targets_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Egypt's president dissolved the cabinet on Sunday. Police raided the Cairo "
        "bureau of Qatar-based broadcaster Al Jazeera on Monday.",
        title="Egypt's president dissolves cabinet"))
    assert ("COERCE", "EGY", "QAT") in got
    assert ("COERCE", "EGY", "EGY") not in got
