"""An order that a person be held is the detention itself: "a judge ordered him held for
30 days" codes COERCE (arrest) on the order, done by whoever gave it, whether the parser
hangs "held" on the order or on its object; the participle is not coded a second time.
A name held by an order is a person even where the tagger takes it for an organisation,
and "ordered Mayor X jailed" is the jailing though the parser reads "jailed" as a past
tense. Things held (talks, positions, a city), participles that only describe the object
of a "to" order, and an order that a thing be suspended stay as they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "A magistrate ordered him held for ten days.",
    "The tribunal ordered the activist held in custody pending trial.",
    "A judge on Friday ordered her held in pre-trial detention for nine months.",
    # names the tagger does not read as persons
    "A court in the capital ordered Kurti held in custody on Monday.",
    "A court in the capital ordered Pashinyan held in custody on Monday.",
    # "jailed" parsed as a past tense with the person as its subject
    "A court in Ankara ordered Mayor Kemal Uysal jailed pending trial.",
])
def test_ordering_a_person_held_detains(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("ordered") == "COERCE"


def test_the_detention_is_coded_once(code_text: Callable[..., Any]) -> None:
    out = code_text("A Kenyan judge ordered the activist held for ten days.")
    assert [e.type for e in out.events].count("COERCE") == 1


@pytest.mark.parametrize(("text", "word"), [
    ("The minister ordered the talks held in Geneva.", "ordered"),
    ("Officials said the protesters held out for hours.", "held"),
    ("The commander ordered the troops stationed in the town to withdraw.", "ordered"),
    # guards: a place held by force, a vote suspended by a court
    ("The general ordered the city held at all costs.", "ordered"),
    ("The top court had ordered it suspended.", "ordered"),
])
def test_no_detention_where_no_one_is_held(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "COERCE"
