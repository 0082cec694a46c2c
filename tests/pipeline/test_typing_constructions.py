"""Events typed by their construction rather than one word: a light verb with a labelled
free relative ("launched what it called strikes"), preconditions ("made X conditional
on Y"), warnings by form ("would respond to any attack", "would be treated as a
declaration of war", "will take action against"), and talks by telephone."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.event_filters import screen
from pipeline.triggers import find_triggers
from tests.pipeline.coding import triples


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


def test_a_labelled_free_relative_is_the_light_verbs_object(code_text: Any) -> None:
    out = code_text("Armenia launched what it called retaliatory strikes against Azerbaijan.")
    assert ("ASSAULT", "ARM", "AZE") in triples(out)


def test_a_precondition_is_a_request(code_text: Any) -> None:
    out = code_text("Japan has made its aid to Myanmar conditional on the release of "
                    "political prisoners.")
    assert "REQUEST" in {e.type for e in out.events}


@pytest.mark.parametrize(("text", "word"), [
    ("The general said his forces would respond to any new incursion.", "respond"),
    ("Tehran will respond decisively, the spokesman said.", "respond"),
    ("Any blockade would be treated as a declaration of war, the minister said.", "treated"),
    ("Washington will take action against those who obstruct the vote.", "take"),
])
def test_warnings_by_form_are_threats(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"


@pytest.mark.parametrize("text", [
    "The ministry responded to the letter on Monday.",
    "The court will take action on the appeal next week.",
    "The minister treated the matter as urgent.",
])
def test_plain_reactions_are_no_threats(nlp: Any, text: str) -> None:
    assert "THREATEN" not in _types(nlp, text).values()


def test_a_declaration_of_war_is_no_fighting(nlp: Any) -> None:
    sent = next(nlp("Iran said any strike would be regarded as a declaration of war "
                    "against Iran.").sents)
    triggers = find_triggers(sent)
    verbal = {t.token.i: t.sense.type for t in triggers if not t.nominal}
    war = [t for t in triggers if t.token.lower_ == "war"]
    # (no trigger at all, or one the screen drops)
    assert all(screen(t, triggers, verbal, unaccused=frozenset()) is None for t in war)


def test_speaking_by_telephone_is_a_phone_consultation(code_text: Any) -> None:
    out = code_text("Erdogan told Putin by telephone that Turkey would keep the strait open.")
    assert ("CONSULT", "TUR", "RUS") in triples(out)


def test_a_phone_call_is_no_appeal(nlp: Any) -> None:
    assert _types(nlp, "Macron held a phone call with Zelensky on Monday.").get(
        "call") == "CONSULT"
