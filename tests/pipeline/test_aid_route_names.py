""""New Zealand flew tents to Papua New Guinea", "flew food aid into South Sudan": the
country an aid vehicle goes to is read from the whole place name before its head word
alone ("Guinea", "Sudan" are other countries; ``pipeline.aid_routes``)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_aid_flown_to_papua_new_guinea_goes_there(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("New Zealand flew tents and medical aid to Papua New Guinea after the "
                    "floods.")
    assert typed_pairs(out, "AID") == {("NZL", "PNG")}


def test_aid_flown_into_south_sudan_goes_there(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya flew food aid into South Sudan on Monday.")
    assert typed_pairs(out, "AID") == {("KEN", "SSD")}


def test_guard_aid_to_a_place_in_a_country_goes_to_that_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a place phrase whose entity is a region still gives its country
    out = code_text("Aid trucks entered rebel-held northwest Syria on Friday.")
    assert ("SYR" in {t for _, t in typed_pairs(out, "AID")})
