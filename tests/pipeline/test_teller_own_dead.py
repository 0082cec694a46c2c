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


def test_an_outsiders_report_of_the_dead_is_not_of_its_own_people(code_text: Any) -> None:
    # the U.S. is no side of this story: Sudan's dead stay Sudan's, not American victims
    out = code_text("Sudan's army fought the Rapid Support Forces in Khartoum on Monday. "
                    "Sudanese officials said the army held the bridges. Sudan's army said "
                    "the city was calm. A U.S. State Department spokesman said 30 civilians "
                    "were killed in Omdurman.", title="Sudan's army fights RSF in Khartoum")
    killed = {(e.source and e.source.country, e.target and e.target.country)
              for e in out.events if e.type == "ASSAULT" and "30 civilians" in
              e.evidence.sentence}
    assert not any(tgt == "USA" for _, tgt in killed), killed
