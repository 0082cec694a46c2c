"""A host state saying a foreign mission's members "must leave" expels them (PLOVER
SANCTION), as "ordered the ambassador to leave" does; so does ordering a mission's staff
named by a compound ("embassy employees") to leave. "should leave" said by anyone, and a
state's own envoys told to leave, expel no one."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


def test_ambassador_must_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya's foreign ministry said the Somali ambassador must leave "
                        "Nairobi by Friday.")
    assert ("SANCTION", "KEN", "SOM") in triples(article)
    assert "REQUEST" not in _types(article)


def test_envoy_must_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The foreign minister told reporters that the EU envoy must leave "
                        "the country within two days.")
    assert "SANCTION" in _types(article)
    assert "REQUEST" not in _types(article)


def test_embassy_employees_ordered_out(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Algeria ordered 12 French embassy employees to leave the country "
                        "within 48 hours.")
    assert ("SANCTION", "DZA", "FRA") in triples(article)


# Guards (pass before and after).

def test_guard_should_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The opposition leader said the Russian ambassador should leave "
                        "the country.")
    assert "SANCTION" not in _types(article)


def test_guard_own_envoys(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Our diplomats must leave Kyiv for their own safety, the German foreign "
                 "minister said.",
                 "The State Department said non-essential embassy staff must leave Haiti "
                 "because of the violence."):
        assert "SANCTION" not in _types(code_text(text)), text


def test_guard_other_people_leaving(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("The coach said the players must leave the pitch before the ceremony.",
                 "The ministry said all foreign tourists must leave the island before the "
                 "storm.",
                 "The company ordered 200 factory employees to leave the plant after the "
                 "fire."):
        assert "SANCTION" not in _types(code_text(text)), text
