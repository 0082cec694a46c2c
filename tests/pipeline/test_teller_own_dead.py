"""A state's spokesman who says that people were killed, with no agent named, tells of
his own country's dead, not of a killing by his own side. The people are the teller's
own and the doer is the story's other side: the other party of a two-party story, else
the country the story names most after the teller's. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

TITLE = "U.S. jets strike militia bases in Iraq"
STORY = ("The United States struck militia bases in Iraq on Friday. U.S. officials said "
         "the U.S. strikes hit command centres. Washington said the United States would "
         "strike again. The U.S. military said U.S. jets returned safely. "
         "An Iraqi government spokesman said 16 people were killed in the strikes.")


def _killings(out: Any) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and "16 people" in e.evidence.sentence}


def test_the_spokesman_tells_of_his_own_dead(code_text: Any) -> None:
    killed = _killings(code_text(STORY, title=TITLE))
    assert ("IRQ", "USA") not in killed
    assert ("USA", "IRQ") in killed
