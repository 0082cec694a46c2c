"""A verdict quoted word for word after a labelling verb's object ("called the raid "a
stain on the region"", "described the fines as "a relic of another century"") is the speaker's
disapproval, whether or not its words are in the lexicon; a quoted verdict with a word of
praise in it, a label without quotation marks, and a name given in quotes are not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ('The foreign minister called the raid "a stain on the whole region".', "called"),
    ('The ministry described the fines as "a relic of another century" on Friday.',
     "described"),
    ('The embassy called the decision "deeply troubling" and asked for talks.', "called"),
])
def test_quoted_verdict_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    ('The president called the accord "a great day for the region".', "called"),
    ("The foreign minister called the raid a stain on the whole region.", "called"),
    ('The minister called the swap "a sign of hope for the families".', "called"),
    ('The new road, to be called the "Unity Highway", opens in May.', "called"),
    # a meeting's or an accord's verdict, words of approval, a name, a purpose
    ('Blinken described his meeting with Chinese Foreign Minister Wang Yi as "very '
     'productive".', "described"),
    ('Lavrov called the talks "frank and useful".', "called"),
    ('The president called the accord "a win for everyone".', "called"),
    ('The minister described relations as "rock solid".', "described"),
    ('Officials called the Indian operation "Operation Sindoor".', "called"),
    ('Biden called Netanyahu "to discuss the hostages".', "called"),
])
def test_no_quoted_verdict_no_accusation(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "ACCUSE"


def test_quoted_verdict_on_a_meeting_leaves_the_meeting(code_text: Any) -> None:
    out = code_text('Blinken described his meeting with Chinese Foreign Minister Wang Yi as '
                    '"very productive".')
    assert not any(e.type == "ACCUSE" for e in out.events)
    assert any(e.type == "CONSULT" for e in out.events)
