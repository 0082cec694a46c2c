"""Senses of the statement patterns (``pipeline.trigger_statements``), named in one place:
the event is the statement itself, so extract takes its source from the speaker."""

from __future__ import annotations

from pipeline.trigger_lexicon import Sense

#: Stated disapproval: an evaluation ("was unacceptable") or a label ("called it an act of
#: war") of another party's act (PLOVER ACCUSE).
EVALUATION = Sense("ACCUSE", "disapprove", "evaluation")
LABEL = Sense("ACCUSE", "disapprove", "label")
#: "the authorities should respect the will of the people": a demand by its modal.
DEMAND_MODAL = Sense("REQUEST", "change", "modal demand")
#: "would respond to any attack": a threat by its form.
RETALIATION = Sense("THREATEN", None, "retaliation")
#: "made its participation conditional on X": a precondition is a demand (PLOVER REQUEST).
CONDITION = Sense("REQUEST", "change", "precondition")
#: Conversations held by telephone are phone consultations ("told X by telephone").
PHONE = Sense("CONSULT", "phone", "by telephone")
#: Another's claim labelled false or absurd is denied (PLOVER REJECT), not disapproved.
DISMISSAL = Sense("REJECT", None, "dismissal")
#: An approving label: "called the release a constructive step" (PLOVER SUPPORT, praise).
PRAISE_LABEL = Sense("SUPPORT", None, "approving label")
#: "held Kyiv responsible for the attack": the subject blames the party it names.
HELD_RESPONSIBLE = Sense("ACCUSE", "disapprove", "hold responsible")
#: "our sovereignty is not up for negotiation": a thing put beyond bargaining refuses the
#: other side's demands on it (PLOVER REJECT).
BEYOND_BARGAINING = Sense("REJECT", None, "beyond bargaining")
