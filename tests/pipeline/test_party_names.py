"""Political parties and sub-national governments news names without their country take
that country, as the annotators code them ("BJP leaders" IND, "the Kuomintang" TWN, "the
Kurdistan Regional Government" IRQ); names that are also common words or other bodies'
acronyms are not parties. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("BJP leaders accused Pakistan of sheltering militants on Monday.", ("IND", "PAK")),
    ("The Kuomintang urged China to resume talks on Monday.", ("TWN", "CHN")),
    ("ZANU-PF officials accused Britain of meddling on Monday.", ("ZWE", "GBR")),
    ("The Kurdistan Regional Government signed an oil deal with Turkey on Monday.",
     ("IRQ", "TUR")),
    ("The Pakistani Taliban attacked Afghan border guards on Monday.", ("PAK", "AFG")),
], ids=["indian-party", "taiwanese-party", "zimbabwean-party", "regional-government",
        "named-with-its-country"])
def test_a_party_is_its_country(code_text: Callable[..., ExtractedArticle],
                                text: str, want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events


def test_press_trust_of_india_is_no_party(code_text: Callable[..., ExtractedArticle]) -> None:
    # "PTI" is also India's news agency: it reports, it is no party to the event
    out = code_text("PTI reported that Chinese troops attacked Indian soldiers on Monday.")
    assert ("CHN", "IND") in pairs(out), out.events
    assert not any(a is not None and a.role == "POL" for e in out.events
                   for a in (e.source, e.target)), out.events


@pytest.mark.parametrize(("text", "not_code"), [
    ("BNP Paribas agreed to pay a fine to the United States on Monday.", "BGD"),
    ("The California Highway Patrol (CHP) arrested two Mexican nationals on Monday.", "TUR"),
    ("Morocco's Justice and Development Party accused Algeria of meddling on Monday.",
     "TUR"),
], ids=["bank", "highway-patrol", "namesake-party"])
def test_names_shared_with_other_bodies_are_no_party(
        code_text: Callable[..., ExtractedArticle], text: str, not_code: str) -> None:
    out = code_text(text)
    assert not any(a is not None and a.country == not_code for e in out.events
                   for a in (e.source, e.target)), out.events
