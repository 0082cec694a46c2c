"""A second act conjoined in what was agreed is content too; an agentless passive of harm
that names neither doer nor act is a casualty toll, not an event."""

from __future__ import annotations

from typing import Any


def test_a_conjoined_act_in_an_agreement_is_its_content(code_text: Any) -> None:
    out = code_text("Armenia and Azerbaijan agreed to free 30 prisoners and return the "
                    "remains of fallen soldiers.")
    assert "RETREAT" not in {e.type for e in out.events}
    assert "AGREE" in {e.type for e in out.events}


def test_a_bare_toll_is_no_assault(code_text: Any) -> None:
    out = code_text("A Georgian rights group said dozens had been injured.")
    assert "ASSAULT" not in {e.type for e in out.events}


def test_harm_with_its_cause_is_an_assault(code_text: Any) -> None:
    out = code_text("Ten Georgian protesters were injured by Georgian police in Tbilisi.")
    assert "ASSAULT" in {e.type for e in out.events}
    out = code_text("Five Ukrainian civilians were wounded in Russian shelling of Kharkiv.")
    assert "ASSAULT" in {e.type for e in out.events}


def test_a_sides_counted_wounded_are_an_assault(code_text: Any) -> None:
    out = code_text("Seven Venezuelan soldiers were wounded.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.country == "VEN"
               for e in out.events)
    out = code_text("Officials said 285 people were injured on both sides of the frontier.")
    assert "ASSAULT" not in {e.type for e in out.events}
