"""Actor resolution: names, demonyms, capitals, IGOs, titles, later mentions, pronouns."""

from __future__ import annotations

from typing import Any

from pipeline.actor_lexicon import country_code, lookup


def test_lexicon_lookups() -> None:
    assert country_code("Russian") == "RUS"
    assert country_code("Kyiv") == "UKR" and country_code("Kiev") == "UKR"
    assert country_code("the United States") == "USA"
    assert lookup("ECOWAS").role == "IGO"
    assert lookup("Hamas").country == "PSE"


def _pairs(code_text: Any, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else e.source and e.source.role,
             e.target.country if e.target else None) for e in code_text(text).events}


def test_titled_person_and_later_mention(code_text: Any) -> None:
    out = code_text("Russian presidential aide Vladimir Medinsky met reporters in Istanbul. "
                    "Medinsky accused Ukraine of delaying the exchange.")
    acc = [e for e in out.events if e.type == "ACCUSE"]
    assert acc and acc[0].source.country == "RUS" and acc[0].target.country == "UKR"
    assert acc[0].source.person == "Vladimir Medinsky"


def test_passive_with_by_agent(code_text: Any) -> None:
    out = code_text("Three diplomats were expelled by France on Monday.")
    ev = [e for e in out.events if e.type == "SANCTION"]
    assert ev and ev[0].source.country == "FRA"


def test_igo_source_and_capital_target(code_text: Any) -> None:
    out = code_text("The European Union condemned Moscow for the attack.")
    ev = [e for e in out.events if e.type == "ACCUSE"]
    assert ev and ev[0].source.role == "IGO" and ev[0].source.country is None
    assert ev[0].target.country == "RUS"


def test_pronoun_from_previous_sentence(code_text: Any) -> None:
    out = code_text("Pakistan closed its airspace on Thursday. It also expelled two Indian "
                    "diplomats.")
    ev = [e for e in out.events if e.type == "SANCTION" and "expelled" in e.evidence.sentence]
    assert ev and ev[0].source.country == "PAK"
