""""Hit back" said of a government answering a measure or a remark is a reply, no act of
force: "Bogota hit back, ordering tariffs" (the tariffs are the event), "hitting back
at the new export curbs", "hit back at the minister". Striking a place back stays an
attack."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Bogota quickly hit back, ordering tariffs on American goods.", "hit"),
    ("Beijing banned the exports, hitting back at the new American curbs.", "hitting"),
    ("The ministry hit back at John Bolton, calling his comments absurd.", "hit"),
    ("Seoul hit back at the remarks on Tuesday.", "hit"),
])
def test_hitting_back_at_a_measure_or_remark_is_no_assault(nlp: Any, text: str,
                                                             word: str) -> None:
    assert _types(nlp, text).get(word) != "ASSAULT"


@pytest.mark.parametrize("text", [
    "The army hit back at rebel positions near the border.",
    "Drones hit two oil facilities on Saturday.",
])
def test_hitting_a_place_is_an_assault(nlp: Any, text: str) -> None:
    assert "ASSAULT" in _types(nlp, text).values()
