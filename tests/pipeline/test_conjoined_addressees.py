""""The UN refugee agency said it was gravely concerned by the deportation and reminded
Zambia of its duty": a statement that names no recipient, joined by "and" to a verb
addressed to a state, is about that state, not about the story's other party."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in, triples

STORY = ("Zimbabwean police arrested opposition leader Tendai Moyo on Thursday after "
         "Zambia turned him back at the border. Moyo had fled Zimbabwe after the army shot "
         "dead six protesters in Harare. Zimbabwe's government accused the opposition of "
         "inciting the violence. ")
TITLE = "Zimbabwe police arrest opposition leader after he is sent back from Zambia"


def test_a_stated_concern_joined_to_a_reminder_is_about_the_state_reminded(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The UN refugee agency said it was gravely concerned by the "
                    "deportation and reminded Zambia of its duty to protect asylum "
                    "seekers.", title=TITLE)
    assert ("ACCUSE", "IGO", "ZMB") in triples(out)
    assert ("ACCUSE", "IGO", "ZWE") not in triples(out)


def test_guard_a_condemned_act_keeps_its_author(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "condemned the arrest and urged Zambia": the arrest's author is blamed
    out = code_text(STORY + "Amnesty International condemned the arrest and urged Zambia "
                    "to stop sending refugees home.", title=TITLE)
    assert ("ACCUSE", "NGO", "ZWE") in triples(out)
    assert pairs_in(out, "condemned the arrest") >= {(None, "ZMB")}


def test_guard_a_welcome_set_against_an_appeal_keeps_its_own_recipient(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "welcomed X but urged Y": the welcome stays with whoever did X
    out = code_text("Iran frees British aid worker after six years. Iran released a "
                    "British aid worker on Wednesday after six years in jail. Amnesty "
                    "International welcomed the release but urged Britain to press for "
                    "the others.", title="Iran frees British aid worker")
    assert ("SUPPORT", "NGO", "IRN") in triples(out)


def test_guard_a_welcomed_truce_is_not_the_party_urged(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the truce is Israel's and Hamas's doing; the United States is only urged
    out = code_text("Israel and Hamas agreed a ceasefire on Monday. Egypt welcomed the truce "
                    "and urged the United States to guarantee it.",
                    title="Israel and Hamas agree ceasefire")
    assert ("SUPPORT", "EGY", "USA") not in triples(out)
