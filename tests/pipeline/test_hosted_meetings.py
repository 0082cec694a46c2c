"""The host of a summit or a meeting consults its guests (PLOVER CONSULT), whom the
sentence need not name: one host is enough, as for a summit named as the act. A host of
anything else (a dinner, a tournament), a meeting only hoped for or asked about, and a
meeting convened of a state's own officials are no such consultation. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "kind"), [
    ("In Cairo, Sisi hosted a peace summit on Saturday attended by Arab and European "
     "leaders.", ("CONSULT", "EGY", None)),
    ("Congolese President Felix Tshisekedi hosted the meeting and urged the three countries "
     "to keep negotiating.", ("CONSULT", "COD", None)),
    ("Saudi Crown Prince Mohammed bin Salman hosted an Arab-Islamic summit in Riyadh on "
     "Monday.", ("CONSULT", "SAU", None)),
])
def test_the_host_of_a_meeting_consults(code_text: Any, text: str,
                                        kind: tuple[str, str, None]) -> None:
    assert kind in triples(code_text(text)), triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Germany hosted the World Cup in 2006.",
    "Apple hosted its annual developers conference in California.",
    "The club hosted a conference on youth football in Madrid.",
    "The Kenyan president hosted a meeting of his own cabinet on Monday.",
    "The British prime minister hosted a meeting of senior police officers in London.",
    "Did Egypt host the summit?",
    "Turkey hopes to host a meeting of the two presidents in Istanbul.",
    "South Korean President Yoon Suk Yeol convened an emergency security meeting on "
    "Friday.",
])
def test_other_hosting_is_no_consultation(code_text: Any, text: str) -> None:
    assert not any(t[0] == "CONSULT" for t in triples(code_text(text))), \
        triples(code_text(text))
