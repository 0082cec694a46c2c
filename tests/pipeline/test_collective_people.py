"""A group of people is the people it is of ("a group of demonstrators"), not an armed
group of the story's other party. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Peru declares emergency after border clashes with Bolivia\n\n"
         "Peru declared a state of emergency in Puno on Monday after clashes near the "
         "Bolivian border. Bolivia said it was monitoring the situation. ")


def test_a_group_of_demonstrators_is_the_demonstrators(code_text: Any) -> None:
    out = code_text(STORY + "President Dina Boluarte met a group of demonstrators in Lima "
                    "on Tuesday.")
    assert pairs_in(out, "group of demonstrators") == {("PER", "PER")}, \
        pairs_in(out, "group of demonstrators")
