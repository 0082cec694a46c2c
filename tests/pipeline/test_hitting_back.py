""""Hit back" is retaliation told by its own words: a government answering a measure or a
remark ("Bogota hit back, ordering tariffs": the tariffs are the event; "hitting back at
the new export curbs", "hit back at the minister") makes no attack of its own. Striking a
place back, or a missile that hits a base, stays an attack. Sentences are made up."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Bogota quickly hit back, ordering tariffs on American goods.", "hit"),
    ("Beijing banned the exports, hitting back at the new American curbs.", "hitting"),
    ("The ministry hit back at John Bolton, calling his comments absurd.", "hit"),
    ("Seoul hit back at the remarks on Tuesday.", "hit"),
    ("Quito hit back, ordering its trade minister to raise tariffs.", "hit"),
    ("The palace hit back, calling her remarks rude.", "hit"),
])
def test_hitting_back_at_a_measure_or_remark_is_no_assault(nlp: Any, text: str,
                                                             word: str) -> None:
    assert readings(nlp, text).get(word) != "ASSAULT"


@pytest.mark.parametrize(("text", "word"), [
    ("The army hit back at rebel positions near the border.", "hit"),
    ("Drones hit two oil facilities on Saturday.", "hit"),
    ("Two missiles hit the air base on Sunday.", "hit"),
])
def test_hitting_a_place_is_an_assault(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"
