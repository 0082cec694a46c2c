"""An adjective on the object that names no country says what kind of thing it is
("military cooperation agreements", "civilian flights"), not who receives the act: the
party named further inside the object ("with Britain") does. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any


def test_a_kind_adjective_is_no_recipient(code_text: Any) -> None:
    out = code_text("Mali's military rulers postponed elections on Monday. "
                    "The junta also scrapped military cooperation agreements with Britain.",
                    title="Mali junta postpones elections")
    scrapped = [e for e in out.events if e.type == "SANCTION"]
    assert scrapped and scrapped[0].target is not None
    assert scrapped[0].target.country == "GBR"


def test_a_demonym_adjective_still_names_the_recipient(code_text: Any) -> None:
    out = code_text("The junta expelled the French ambassador on Monday.",
                    title="Mali junta expels envoy")
    expelled = [e for e in out.events if "French" in e.evidence.sentence
                and e.source is not None and e.target is not None]
    assert expelled and expelled[0].target.country == "FRA"
