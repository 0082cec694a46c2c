"""A release of persons is an implemented concession (PLOVER RETREAT); a release of
records is publication, no event. A count or a measure is what it counts: "released
thousands of documents" publishes documents, "released hundreds of prisoners" frees
prisoners. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry released thousands of documents on the 1963 assassination.", "released"),
    ("The FBI released thousands of pages of files on Monday.", "released"),
    ("Kenya's health ministry released data showing a rise in cholera cases.", "released"),
    ("Brazil's foreign ministry released dozens of cables from its embassy in Caracas.",
     "released"),
    ("The court released 300 pages of evidence in the case against the former Peruvian "
     "president.", "released"),
    ("Wikileaks released thousands of emails from the Democratic Party.", "released"),
    # (a guard: no release before the change either)
    ("The Home Office released figures showing a fall in asylum claims.", "released"),
])
def test_released_records_free_nobody(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None


@pytest.mark.parametrize(("text", "word"), [
    # guards: persons released, counted or not
    ("Russia released two Americans in a prisoner swap on Thursday.", "released"),
    ("Israel released 90 Palestinian prisoners under the deal.", "released"),
    ("Hamas released dozens of hostages on Sunday.", "released"),
    ("Myanmar's junta released thousands of prisoners in an amnesty.", "released"),
    ("Iran released the authors of the report after a week in custody.", "released"),
    ("Belarus released 14 political prisoners, Lithuania said.", "released"),
])
def test_released_persons_stay_a_release(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "RETREAT"


@pytest.mark.parametrize(("text", "word"), [
    # review: a record word that is a person's name ("the journalist Page") frees a person
    ("Azerbaijan released the journalist Page and two colleagues.", "released"),
    ("Iran released the British engineer Paper after two years.", "released"),
    ("Russia released the American student Cable in a swap.", "released"),
])
def test_a_named_person_released_is_a_release(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "RETREAT"


@pytest.mark.parametrize("title", [
    # guards: a title-cased headline's record words are still records
    "Iran Releases Data On Executions",
    "Pentagon Releases Documents On Strike",
])
def test_title_cased_records_free_nobody(code_text: Any, title: str) -> None:
    got = triples(code_text("The statement came on Monday.", title=title))
    assert "RETREAT" not in {t[0] for t in got}
