"""A reaction to "the move", "the step" or "the incident" is aimed at whoever made that
move: the party whose act the story told last (for an incident, its last hostile act),
not the story's other party. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_condemned_move_is_the_last_actors(code_text: Any) -> None:
    out = code_text("Kenya and Somalia have argued over their sea border for years. On "
                    "Monday Britain froze the assets of two Somali ministers. Kenya "
                    "condemned the move as unjustified.",
                    title="Kenya and Somalia trade barbs over sea border",
                    published="2024-03-05")
    assert ("ACCUSE", "KEN", "GBR") in triples(out)


def test_an_incident_is_the_last_hostile_actors(code_text: Any) -> None:
    out = code_text("Finland said three Russian fighter jets entered its airspace on "
                    "Friday. Finland summoned the Russian envoy. Finnish leaders asked "
                    "NATO for urgent talks. The EU foreign policy chief called the "
                    "incident a reckless provocation.",
                    title="Finland says Russian jets violated its airspace",
                    published="2025-09-20")
    assert ("ACCUSE", "IGO", "RUS") in triples(out)


def test_dismay_at_executions_blames_the_executing_state(code_text: Any) -> None:
    out = code_text("Egypt hanged three Libyan smugglers on Saturday, Libya said. Libya "
                    "recalled its envoy from Cairo. Libya's government called the "
                    "hangings a crime. The UN chief said he was dismayed by the "
                    "executions.", title="Libya recalls envoy after Egypt hangs "
                    "three Libyans", published="2024-02-12")
    assert ("ACCUSE", "IGO", "EGY") in triples(out)


def test_concern_about_an_arrest_is_aimed_at_the_arresting_state(code_text: Any) -> None:
    out = code_text("Kenya and Uganda have quarrelled over fishing rights for years. "
                    "Ugandan police arrested a Kenyan reporter in Kampala on Friday. "
                    "Kenya recalled its envoy. The EU said it was concerned about the "
                    "arrest.", title="Kenya recalls envoy from Uganda",
                    published="2024-02-12")
    assert ("ACCUSE", "IGO", "UGA") in triples(out)
