"""A country named on a frontier ("to the Niger border", "at the Belarus border") is the
neighbour across it: the doer who sends forces there or turns people back there acts on
its own side; so does a deployment whose clause, or a clause under it, names a frontier or
a crossing ("sent soldiers to help border guards patrol the frontier"). A place named
otherwise, and force across the line, are placed as before."""

from __future__ import annotations

from typing import Any


def _places(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_jets_sent_to_a_neighbours_border_stay_on_the_senders_side(code_text: Any) -> None:
    out = code_text("Thailand sends warplanes to Cambodia border after shelling")
    assert _places(out, "MOBILIZE") == {"THA"}


def test_troops_deployed_to_a_neighbours_border_stay_at_home(code_text: Any) -> None:
    out = code_text("Kenya deploys troops to the Somalia border on Monday.")
    assert _places(out, "MOBILIZE") == {"KEN"}


def test_migrants_turned_back_at_a_neighbours_border_are_turned_at_home(
        code_text: Any) -> None:
    out = code_text("Finland starts turning back asylum seekers at Russia border")
    assert _places(out, "REJECT") == {"FIN"}


def test_guard_a_town_across_the_border_still_places_the_act(code_text: Any) -> None:
    # guard: a town, not a frontier, is where the troops go
    out = code_text("Nigeria sent troops to Niamey on Friday.")
    assert _places(out, "MOBILIZE") == {"NER"}


def test_guard_shelling_across_a_neighbours_border_is_not_held_back(code_text: Any) -> None:
    # guard: force is placed by the target rules, not by this one
    out = code_text("Pakistani troops shelled villages near the Afghanistan border on Sunday.")
    assert _places(out, "ASSAULT") == {"AFG"}



def _mover_places(out: Any, mover: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events
            if e.type == "MOBILIZE" and e.source and e.source.country == mover}


def test_police_sent_to_a_crossing_stay_on_the_senders_side(code_text: Any) -> None:
    out = code_text("Bulgarian police fired tear gas at migrants at a border crossing. "
                    "Ankara sent more police to the crossing to restore calm, the governor "
                    "said.")
    assert _mover_places(out, "TUR") == {"TUR"}


def test_soldiers_sent_to_help_guard_a_frontier_stay_at_home(code_text: Any) -> None:
    out = code_text("Belarus has pushed thousands of migrants toward Latvia. Latvia has since "
                    "sent soldiers to help border guards watch the 170-kilometre frontier "
                    "with Belarus.")
    assert _mover_places(out, "LVA") == {"LVA"}


def test_a_fence_built_along_a_frontier_after_a_deployment_keeps_it_home(
        code_text: Any) -> None:
    out = code_text("Austria let thousands of migrants walk to its border with Slovenia. "
                    "Ljubljana blamed Vienna for the flows, and on Monday deployed soldiers "
                    "and started putting up a fence along the Austrian frontier.")
    assert _mover_places(out, "SVN") == {"SVN"}


def test_guard_troops_sent_to_a_named_city_go_there(code_text: Any) -> None:
    # guard: a place named as the destination still places the deployment
    out = code_text("Belarus has pushed thousands of migrants toward Latvia. Latvia has since "
                    "sent soldiers to Minsk to help patrol the frontier.")
    assert _mover_places(out, "LVA") == {"BLR"}
