"""Casualty totals: people counted in parts joined by "and" also count as one total.

Made-up agency sentences; the guards share the shape (two counts and "and") but the
counts are no parts of one number.
"""

from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "total"), [
    ("The ambush killed a French soldier and two Malian contractors near Gao.", 3),
    ("Clashes killed a police officer and eight militants in Balochistan on Monday.", 9),
    ("Police arrested three journalists and two activists in Minsk on Sunday.", 5),
    ("The blast killed four soldiers, two policemen and a civilian in Quetta.", 7),
    ("Officials said six soldiers and 11 gunmen were killed in Zamfara.", 17),
])
def test_parts_joined_by_and_add_up(text: str, total: float) -> None:
    assert total in _values(text)


@pytest.mark.parametrize(("text", "values"), [
    # guards: separate counts, other units, vague parts, a subset, a new clause
    ("The quake killed 12 people and injured 40 others in Nepal.", [12, 40]),
    ("Troops killed 14 gunmen and lost eight soldiers in the clash in Borno.", [14, 8]),
    ("The strike killed two children and wounded five adults in Idlib.", [2, 5]),
    ("Rebels freed two soldiers and 40 tonnes of seized grain in Kivu.", [2, 40]),
    ("Israel killed 20 people and fired 300 rockets at targets in Gaza.", [20, 300]),
    ("Israel freed 90 prisoners and Hamas released three hostages on Sunday.", [90, 3]),
    ("Security forces detained hundreds and one man was killed in Havana.", [100, 1]),
    ("The ministry said 51 people were killed, including 40 children, and 79 wounded.",
     [51, 40, 79]),
    ("Police arrested scores of people and two protesters were killed in Dakar.", [20, 2]),
])
def test_counts_that_are_no_parts_of_one(text: str, values: list[float]) -> None:
    assert _values(text) == values
