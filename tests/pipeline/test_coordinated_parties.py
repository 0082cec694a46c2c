"""Coordinated countries are one actor each: "flights to and from Kenya and Uganda",
"officials in Mali and Niger", a place list the parser tags as one name ("the
Dominican Republic and Uruguay") or with a country "in apposition" to another; and two
parties recalling "their" envoys each act towards the other, not one on itself."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_objects_after_to_and_from_are_each_recipient(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Ethiopia said on Friday it would suspend all commercial flights to and from Kenya "
        "and Somalia until further notice.",
        title="Ethiopia suspends flights")
    got = {(e.source and e.source.country, e.target and e.target.country)
           for e in out.events if e.type == "SANCTION" and "Kenya" in e.evidence.sentence}
    assert got == {("ETH", "KEN"), ("ETH", "SOM")}


def test_every_country_of_a_list_is_a_recipient(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the parser takes "Peru" for an apposition of "Chile" and tags "the Dominican
    # Republic and Uruguay" as one place
    got = triples(code_text(
        "Nicaragua said on Monday it was withdrawing its diplomatic staff from Chile, "
        "Peru, the Dominican Republic and Uruguay.",
        title="Nicaragua withdraws diplomats"))
    assert {("SANCTION", "NIC", c) for c in ("CHL", "PER", "DOM", "URY")} <= got


def test_officials_in_two_countries_are_two_actors(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "The juntas in Guinea and Gabon condemned the sanctions imposed on Niger on "
        "Tuesday.",
        title="Sanctions on Niger condemned"))
    sources = {s for t, s, _ in got if t == "ACCUSE"}
    assert {"GIN", "GAB"} <= sources


def test_two_parties_recalling_their_envoys_act_on_each_other(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Algeria and Morocco recalled their ambassadors on Monday as a dispute over "
        "fishing rights deepened. Morocco accused Algeria of arming separatists.",
        title="Algeria and Morocco recall ambassadors"))
    recalls = {(s, t) for ty, s, t in got if ty == "SANCTION"}
    assert ("DZA", "MAR") in recalls and ("MAR", "DZA") in recalls
    assert not {("DZA", "DZA"), ("MAR", "MAR")} & recalls
