"""Deaths told of their victims: a counted death, or one told with its violent cause, is
an attack on the victims' country; an obituary is no event."""

from __future__ import annotations

from typing import Any


def _assaults(out: Any) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "ASSAULT"]


def test_a_counted_death_targets_the_victims_country(code_text: Any) -> None:
    out = code_text("Armenia said 40 of its soldiers had died.")
    assert any(tgt == "ARM" for _, tgt in _assaults(out))


def test_soldiers_lost_in_a_two_state_war_fell_to_the_other_side(code_text: Any) -> None:
    out = code_text("Kyrgyz officials said 12 Kyrgyz soldiers had died. Tajikistan "
                    "and Kyrgyzstan have disputed the border for decades.",
                    title="Kyrgyzstan and Tajikistan at odds over their border")
    assert ("TJK", "KGZ") in _assaults(out)


def test_a_death_told_with_its_violent_cause_is_an_attack(code_text: Any) -> None:
    out = code_text("A Kenyan policeman died of his wounds in Nairobi on Monday.")
    assert any(tgt == "KEN" for _, tgt in _assaults(out))


def test_an_obituary_is_no_attack(code_text: Any) -> None:
    out = code_text("The former Polish president died aged 90 at his home in Gdansk.")
    assert _assaults(out) == []
