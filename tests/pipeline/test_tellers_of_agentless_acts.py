"""Rights groups and aid agencies that tell of an arrest, a cut or an attack with no
agent only report it: they are never its source. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_rights_groups_report_detentions_by_the_state(code_text: Any) -> None:
    out = triples(code_text("Senegal election delay.\n\nSenegal's president postponed the "
                            "vote. Rights groups said more than 200 people had been "
                            "detained since Sunday."))
    assert ("COERCE", "SEN", "SEN") in out
    assert not any(src == "NGO" for _, src, _ in out)


def test_aid_agencies_report_a_cut_they_did_not_make(code_text: Any) -> None:
    out = triples(code_text("Fighting in Goma.\n\nRebels entered Goma on Monday. Aid "
                            "agencies said water and electricity had been cut in much of "
                            "the city."))
    assert not any(src == "NGO" for _, src, _ in out)
