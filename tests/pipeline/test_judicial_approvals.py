"""A court or judge approving something rules on a case ("a Honduran judge approved his
extradition", "a court approved arrest warrants", "has to be approved by the
Constitutional Court"); it endorses no party (no PLOVER SUPPORT). Approvals by
governments, blocs and legislatures keep their readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types


@pytest.mark.parametrize("text", [
    "A Honduran judge approved his extradition to the United States on April 8.",
    "A court in Bangkok approved arrest warrants the same day for a Thai woman and a "
    "Cambodian man.",
    "Cienfuegos flew home after a U.S. judge approved Washington's request to drop the "
    "charges against him.",
    "The document still has to be approved by Russia's Constitutional Court.",
])
def test_a_courts_approval_is_no_endorsement(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SUPPORT" not in event_types(code_text(text))


# Guards (pass before and after): approvals by others than courts stay as they were.

@pytest.mark.parametrize(("text", "kind"), [
    ("The European Union approved the deal with Turkey on Friday.", "SUPPORT"),
    ("The Irish cabinet approved the recognition of Palestine.", "SUPPORT"),
    ("Chile's Senate approved the trade agreement with Peru.", "SUPPORT"),
    ("Kenya's parliament approved the deployment of troops to Haiti.", "MOBILIZE"),
    ("The UN Security Council approved a resolution backing the peace plan for Gaza.",
     "SUPPORT"),
    ("Critics of the court in Warsaw approved the EU's deal with Ukraine.", "SUPPORT"),
    # a royal court is the monarch's office, no court of law
    ("The Saudi royal court approved the visit of the Iranian foreign minister to Riyadh.",
     "SUPPORT"),
])
def test_guard_other_approvals_keep_their_reading(
        code_text: Callable[..., ExtractedArticle], text: str, kind: str) -> None:
    assert kind in event_types(code_text(text))
