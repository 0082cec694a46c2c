"""A statement verb the parser conjoins to the reported clause ("X said Y had done Z and
urged ...") is the speaker's own second act, not the reported subject's: its subject is
the subject of the verb of saying, whoever it addresses. An act verb conjoined there
("had stormed and looted") still belongs to the reported subject. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def _sources(out: Any, event_type: str) -> set[str | None]:
    return {src for t, src, _ in triples(out) if t == event_type}


def test_urging_a_third_country_after_a_report_is_the_speakers(code_text: Any) -> None:
    out = code_text("Kenya's foreign ministry said Somali troops had crossed the border "
                    "on Monday and urged Ethiopia to mediate.")
    assert _sources(out, "REQUEST") == {"KEN"}


def test_a_call_after_a_stated_concern_is_the_speakers(code_text: Any) -> None:
    out = code_text("UN monitors said Sudan's army was responsible for the raid and "
                    "called for its commanders to be tried.")
    assert _sources(out, "REQUEST") == {"IGO"}


def test_an_appeal_after_a_report_of_preparations_is_the_speakers(code_text: Any) -> None:
    out = code_text("Ukraine's president said North Korea was preparing to send troops "
                    "and urged Kyiv's allies to respond.")
    assert _sources(out, "REQUEST") == {"UKR"}


def test_an_appeal_after_an_infinitive_chain_is_the_speakers(code_text: Any) -> None:
    # the parser hangs "urged" on "send", inside "was preparing to send"
    out = code_text("Ukraine's president said last week that North Korea was preparing "
                    "to send 10,000 troops to help Russia and urged Kyiv's allies to "
                    "respond.")
    assert _sources(out, "REQUEST") == {"UKR"}


def test_a_conjoined_act_stays_the_reported_subjects(code_text: Any) -> None:
    out = code_text("Ethiopian officials said Eritrean soldiers had burned a school "
                    "and shelled villages near the border.")
    shelled = _sources(out, "ASSAULT")
    assert shelled == {"ERI"}
