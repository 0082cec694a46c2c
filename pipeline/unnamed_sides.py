"""Triggers whose other side is a party the sentence does not name (``pipeline.extract``
leaves such a target out rather than take the speaker's own state for it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.statement_senses import BEYOND_BARGAINING
from pipeline.wanted_changes import WANTED, thing_wanted_done

if TYPE_CHECKING:
    from pipeline.triggers import Trigger


def unnamed_other_side(trig: Trigger) -> bool:
    """Whether the trigger's other side is a party its sentence does not name, never the
    speaker's own state: a thing wanted done ("Russia wanted the sanctions lifted": by
    whoever imposed them), a thing put beyond bargaining ("the country's integrity is not
    negotiable": to whoever asks)."""
    if trig.sense == BEYOND_BARGAINING:
        return True
    return trig.sense == WANTED and thing_wanted_done(trig.token)
