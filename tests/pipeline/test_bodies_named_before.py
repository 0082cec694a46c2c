""""The agency", "the mission", "the office" with nothing but their article are the
international body the story named before. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_the_agency_is_the_body_named_before(code_text: Any) -> None:
    out = code_text("Venezuela suspends UN office.\n\nThe United Nations human rights "
                    "office criticised the arrest of a lawyer in Venezuela. Venezuela "
                    "suspended the office on Thursday, accusing the agency of siding with "
                    "coup plotters.")
    assert ("ACCUSE", "VEN", "IGO") in triples(out)


def test_the_mission_is_the_body_named_before(code_text: Any) -> None:
    out = code_text("Mali and the UN.\n\nMali's junta asked MINUSMA to leave the country. "
                    "The junta accused the mission of failing to protect civilians.")
    assert ("ACCUSE", "MLI", "IGO") in triples(out)


def test_the_office_is_the_body_named_before(code_text: Any) -> None:
    out = code_text("Venezuela and the UN.\n\nThe United Nations human rights office "
                    "opened in Caracas in 2019. Venezuela arrested a lawyer on Friday. "
                    "The office called for her immediate release.")
    assert ("REQUEST", "IGO", "VEN") in triples(out)
