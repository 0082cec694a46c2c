"""Naval and air units sent or dispatched somewhere are forces moved (PLOVER MOBILIZE):
"sent two patrol vessels", "has sent a frigate", "dispatched a naval unit". "Dispatch"
reads its object as "send" does. A bare ship or aircraft is not enough, since those
carry aid as often as they patrol."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word"), [
    ("Norway sent two patrol vessels to the fishing grounds on Friday.", "sent"),
    ("Canada has sent a frigate to the strait.", "sent"),
    ("The coast guard said it had sent patrol vessels to the area.", "sent"),
    ("Washington is sending ten stealth fighters to the island base.", "sending"),
    ("Spain dispatched a naval unit to the gulf after the seizure.", "dispatched"),
    ("Italy responded by dispatching two gendarmerie boats to the bay.", "dispatching"),
    ("Several fighter jets had been dispatched to shadow the bombers.", "dispatched"),
])
def test_naval_and_air_units_sent_are_forces_moved(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "MOBILIZE"


def test_units_sent_by_one_state_toward_another(code_text: Any) -> None:
    out = code_text("Malta sent three patrol vessels toward Libya's coast on Monday.")
    assert ("MOBILIZE", "MLT", "LBY") in triples(out)


def test_guard_a_ship_sent_with_relief_is_still_aid(nlp: Any) -> None:
    # guard: a bare "ship" keeps the aid reading of its cargo
    assert readings(nlp, "Turkey sent ships carrying food and medicine to the port.").get(
        "sent") != "MOBILIZE"


def test_guard_a_bare_vessel_sent_with_relief_is_no_mobilisation(code_text: Any) -> None:
    # guard: a bare "vessel", like a bare "ship", carries aid as often as it patrols
    out = code_text("Turkey sent a vessel carrying humanitarian aid to Gaza.")
    assert not {t for t in triples(out) if t[0] == "MOBILIZE"}


def test_guard_dispatched_relief_teams_stay_aid(nlp: Any) -> None:
    # guard: what "dispatch" had of its own still wins over "send"'s table
    assert readings(nlp, "Japan dispatched medical teams to the quake zone.").get(
        "dispatched") == "AID"
