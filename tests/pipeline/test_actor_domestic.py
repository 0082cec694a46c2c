"""Groups named without a country word take it from an explicit modifier ("based in X",
"from X") or a party adjective on a legislator ("Republican lawmakers"); a party
adjective on anything else names no country. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any


def test_based_in_gives_the_group_its_country(code_text: Any) -> None:
    out = code_text("Ghana accused rebels based in Togo of attacking its farmers.")
    acc = [e for e in out.events if e.type == "ACCUSE"]
    assert acc and acc[0].target is not None and acc[0].target.country == "TGO"


def test_party_adjective_on_a_legislator_is_american(code_text: Any) -> None:
    out = code_text("Chile's president met with Peru's prime minister on Monday. "
                    "Democratic senators criticized the new fishing deal on Tuesday.")
    acc = [e for e in out.events if e.type == "ACCUSE"]
    assert acc and acc[0].source is not None and acc[0].source.country == "USA"


def test_party_adjective_on_a_body_names_no_country() -> None:
    from pipeline.actor_lexicon import lexicon

    lex = lexicon()
    assert lex.parties.get("Republican") == "USA"
    assert "guard" not in lex.party_heads and "party" not in lex.party_heads
