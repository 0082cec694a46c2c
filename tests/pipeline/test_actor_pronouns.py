"""Personal pronouns take the nearest earlier person subject of their own sentence before
any person of earlier sentences; 'what X called Y' as an object is Y, not X. Sentences
are made up for these tests."""

from __future__ import annotations

from typing import Any


def test_he_is_the_nearer_subject_of_the_same_sentence(code_text: Any) -> None:
    out = code_text("Chile's foreign minister Maria Soto visited Lima on Monday. Argentine "
                    "President Juan Ruiz met Peru's prime minister on Tuesday, and he "
                    "accused Bolivia of smuggling.")
    acc = [e for e in out.events if e.type == "ACCUSE"]
    assert acc and acc[0].source is not None and acc[0].source.country == "ARG"


def test_what_it_called_is_the_thing_named(code_text: Any) -> None:
    out = code_text("Chile condemned what it called Bolivian aggression on Monday.")
    acc = [e for e in out.events if e.type == "ACCUSE" and e.trigger.lower() == "condemn"]
    assert acc and acc[0].target is not None and acc[0].target.country == "BOL"


def test_a_pronoun_inside_its_own_subject_does_not_loop(code_text: Any) -> None:
    # "One of its ... crew": resolving "its" must not start from the phrase holding it
    # (it did, and the article died of a RecursionError).
    out = code_text("Turkey said it had downed a Syrian drone. One of its two pilots was "
                    "seized by Kurdish fighters on the ground as he landed.")
    assert out.events  # coded, not dead-lettered
