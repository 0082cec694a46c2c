"""A meeting told as not held ("Macron did not speak by phone with Putin", "has never met
him") is no event: no consultation, and no refusal either. A meeting that will not be held
("would not meet", "could not meet", "is not going to talk"), one a party does not hold as
a rule ("doesn't talk to Assad"), one not held and never to be ("has not met him and will
not do so"), one called off, or one others hold that a party did not attend, send a
delegation or travel to, is a refusal (PLOVER REJECT)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Macron did not speak by phone with Putin.",
    "Macron has never met Putin.",
    "Macron has not spoken to Putin since 2022.",
    "Putin did not visit Turkey last year.",
])
def test_a_meeting_not_held_is_no_event(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Macron will not speak with Putin.",
    "Macron said he would not meet Putin.",
    "France said it would never negotiate with Russia.",
    "Macron could not meet Putin, his office said.",
    "Macron is not going to talk to Putin.",
    "Macron refused to meet Putin.",
    # staying away from a meeting others hold refuses it, whatever the tense
    "Macron did not attend the summit in Moscow.",
])
def test_guard_a_meeting_that_will_not_be_held_is_a_refusal(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert ("REJECT", "FRA", "RUS") in triples(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    # guard: other negated cooperation stays a refusal, a held call a consultation
    ("Russia did not sign the deal with Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Macron spoke by phone with Putin.", ("CONSULT", "FRA", "RUS")),
])
def test_guard_other_acts_keep_their_reading(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    # guard: a policy of not meeting (present tense) refuses
    ("Erdogan doesn't talk to Assad, his aide said.", ("REJECT", "TUR", "SYR")),
    ("Zelensky said he does not meet with war criminals.", ("REJECT", "UKR", None)),
    # guard: not held, and a refusal to hold it joined on
    ("Iran has not negotiated with the US and never will, Khamenei said.",
     ("REJECT", "IRN", "USA")),
    ("Trump has not met with Maduro and will not do so, the White House said.",
     ("REJECT", "USA", "VEN")),
    # guard: staying away from talks others hold, or snubbing a visitor
    ("Hamas did not send a delegation to the Cairo talks on Friday.",
     ("REJECT", "PSE", "EGY")),
    ("The Iranian delegation did not travel to Oman for the talks on Friday.",
     ("REJECT", "IRN", "OMN")),
    ("Putin did not receive the Ukrainian envoy on Friday.", ("REJECT", "RUS", "UKR")),
    # guard: a visit called off
    ("Maduro did not host Petro in Caracas on Friday, cancelling the visit at the last "
     "minute.", ("REJECT", "VEN", "COL")),
])
def test_guard_refusals_told_in_the_negative(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str | None, str]) -> None:
    assert triple in triples(code_text(text))
