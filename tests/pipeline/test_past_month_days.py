"""A month and day months after publication is last year's when the act it dates is told
as past, even if a "will" or "would" comes earlier in the sentence: the future marker
belongs to another clause ("will demand compensation for the dam that Russian forces blew
up on September 6")."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import resolve_date

PUB = date(2024, 5, 10)


@pytest.mark.parametrize(("sentence", "trigger", "iso"), [
    ("Ukraine will demand compensation for the dam that Russian forces blew up on "
     "September 6.", "blew", "2023-09-06"),
    ("The striker, who will miss the final, was arrested by police on August 20 in Leeds.",
     "arrested", "2023-08-20"),
    ("Police will question the men who attacked a mosque in Southport on August 7.",
     "attacked", "2023-08-07"),
    ("Prosecutors will charge the officers who detained protesters in Tbilisi on "
     "November 28.", "detained", "2023-11-28"),
    ("Kim, who would go on to meet Trump twice, first met Moon Jae-in on September 19.",
     "met Moon", "2023-09-19"),
    ("The minister, who would resign months later, met Chinese officials in Beijing on "
     "October 12.", "met Chinese", "2023-10-12"),
])
def test_a_past_act_after_a_future_clause_is_last_year_s(sentence: str, trigger: str,
                                                         iso: str) -> None:
    found = resolve_date(sentence, published=PUB, near=sentence.index(trigger))
    assert found is not None and found.date == iso
