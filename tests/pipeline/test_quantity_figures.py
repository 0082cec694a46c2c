"""Figures as the eval guide counts them: the value a sentence states, read exactly.

Made-up agency sentences; the guards share a rule's surface shape but must keep their
old reading.
"""

from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("The court fined the carmaker 16.6 billion won for rigging emissions tests.", 16.6e9),
    ("Ottawa imposed duties on 16.4 billion Canadian dollars of US goods.", 16_400_000_000),
    ("The World Bank approved a $32.7m grant for flood relief in Sindh.", 32_700_000),
    ("Tokyo pledged 1.15 trillion yen to the fund.", 1_150_000_000_000),
])
def test_a_scaled_decimal_is_the_stated_figure(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(("text", "value"), [
    # guards: no scale word, the decimal stays as written
    ("The river rose 16.6 metres overnight in the flooded province.", 16.6),
    ("The central bank cut rates by 0.25 percentage points on Tuesday.", 0.25),
    ("Inflation reached 8.2 per cent in March, the statistics office said.", 8.2),
    ("The striker ran 10.3 km during the final, the club said.", 10.3),
    ("The quake measured 6.4 on the Richter scale near the coast.", 6.4),
    ("Turnout was 64.6% in the runoff, the election commission said.", 64.6),
    ("The suspect was 1.8 m tall, according to police in Lyon.", 1.8),
    ("The opposition won 33.3 percent of the seats in Kenya's assembly.", 33.3),
])
def test_an_unscaled_decimal_stays_as_written(text: str, value: float) -> None:
    assert _values(text) == [value]
