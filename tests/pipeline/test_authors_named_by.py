""""Beijing said the ruling by the tribunal was null and void", "China welcomed the
decision by Palau": an authored thing (a ruling, a decision) whose phrase names its author
with "by" is aimed at that author (``authored_acts._named_author``), also when the parser
hangs "by" on the active verb and when the verdict is "null and void" said of it
(``void_verdicts.voided_things``); a bare "the tribunal" after "an international
tribunal" is that world body (``actor_bodies.international_mention``), not the focus
country's court."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in

RULING = ("An international tribunal ruled on Tuesday that China has no historic rights in "
          "the South China Sea. ")


def test_a_ruling_voided_is_aimed_at_its_author(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(RULING + "Beijing rejected the ruling by the tribunal. Beijing said "
                    "the ruling by the tribunal was null and void.")
    assert pairs_in(out, "null and void") == {("CHN", None)}
    assert not any(e.source and e.target and e.source.country == e.target.country
                   for e in out.events if "null and void" in e.evidence.sentence)


def test_a_ruling_rejected_is_aimed_at_its_author(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(RULING + "Beijing rejected the ruling by the tribunal. Beijing said "
                    "the ruling by the tribunal was null and void.")
    assert {(e.source and e.source.country, e.target and e.target.role)
            for e in out.events if "rejected the ruling" in e.evidence.sentence} == \
        {("CHN", "IGO")}


def test_guard_a_decision_welcomed_is_aimed_at_the_state_named_by(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the author named inside the noun's own phrase (read before this rule too)
    out = code_text("Palau cut diplomatic ties with Taiwan on Monday. China welcomed the "
                    "decision by Palau.", title="Palau cuts ties with Taiwan")
    assert pairs_in(out, "welcomed the decision") == {("CHN", "PLW")}
