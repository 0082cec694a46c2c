"""Names that look like other names. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_the_un_of_a_persons_name_is_no_united_nations(code_text: Any) -> None:
    # "the wife of leader Kim Jong Un": the "Un" is part of a North Korean's name
    out = code_text("Ri Sol Ju, the wife of leader Kim Jong Un, condemned South Korea on "
                    "Monday.", published="2020-06-17")
    sources = {s for ty, s, _ in triples(out) if ty == "ACCUSE"}
    assert sources == {"PRK"}

