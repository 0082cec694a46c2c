"""The PLOVER senses of the frames of wire news in ``pipeline.wire_constructions``."""

from __future__ import annotations

from pipeline.trigger_lexicon import Sense

EXPULSION = Sense("SANCTION", "expel", "deadline to leave")
DEPORTATION = Sense("COERCE", "deport", "migrants ordered out")
FORCES_ORDERED = Sense("MOBILIZE", "troops", "order forces")
TOLD_TO = Sense("REQUEST", "change", "tell to")
RECALL = Sense("SANCTION", "withdraw", "recall envoy")
CALLED_OFF = Sense("REJECT", "meet", "call off meeting")
RIOT = Sense("PROTEST", "riot", "crowd damage")
LABOUR_STRIKE = Sense("PROTEST", "strike", "labour strike")
AID_ARRIVAL = Sense("AID", None, "aid arrival")
PERSONA_NON_GRATA = Sense("SANCTION", "expel", "persona non grata")
LEFT_BODY = Sense("REJECT", None, "leave body")
