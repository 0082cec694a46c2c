"""The host of a summit or a meeting consults its guests (PLOVER CONSULT), whom the
sentence need not name: one host is enough, as for a summit named as the act. A host of
anything else (a dinner, a tournament), a meeting only hoped for or asked about, a
meeting convened of a state's own officials, a news conference, a meeting of the host's
own (its national conference, a shareholder, town hall or fan meeting), a conference
on a subject, and a host only described in a relative clause are no such consultation.
Sentences are made up for these tests."""

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
    "Turkey's foreign minister hosted a news conference in Ankara on Tuesday.",
    "The Israeli military hosted a press conference to show footage of the tunnel.",
    "South Africa's ANC hosted its national conference in Johannesburg.",
    "The company hosted its annual shareholder meeting in Omaha on Saturday.",
    "The Japanese prime minister hosted a town hall meeting in Osaka.",
    "The French club hosted a fan meeting in Lyon.",
    "The Vatican hosted a conference on artificial intelligence.",
    "Hungary, which hosts the summit, said it would veto aid to Ukraine.",
])
def test_other_hosting_is_no_consultation(code_text: Any, text: str) -> None:
    assert not any(t[0] == "CONSULT" for t in triples(code_text(text))), \
        triples(code_text(text))
