"""A verdict or demand after a comma at the end of a reported clause ("the ministry said
foreign guards fired across the border, calling it a provocation and demanding an
inquiry") is the reporter's act aimed at the reported party, even though the parser hangs
the participle on the reported verb; a physical act or a request for oneself after the
comma stays with the reported clause's subject."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs

TITLE = "Poland protests over shots fired across Belarus border"


def test_a_label_after_the_reported_clause_is_the_reporter_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Polish foreign ministry said on Monday that Belarusian guards had "
                    "fired shots across the border, calling it a grave provocation.",
                    title=TITLE)
    assert typed_pairs(out, "ACCUSE") == {("POL", "BLR")}


def test_a_demand_joined_to_the_label_is_the_reporter_s_too(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Polish foreign ministry said on Monday that Belarusian guards fired "
                    "shots across the border and set a watchtower on fire, calling it a grave "
                    "provocation and demanding that Minsk punish those responsible.",
                    title=TITLE)
    assert typed_pairs(out, "ACCUSE") == {("POL", "BLR")}
    assert typed_pairs(out, "REQUEST") == {("POL", "BLR")}


def test_an_accusation_after_a_reported_crossing_is_the_reporter_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Kenyan government said Somali troops had crossed the frontier, "
                    "accusing Mogadishu of breaking the truce.",
                    title="Kenya says Somali troops crossed frontier")
    assert typed_pairs(out, "ACCUSE") == {("KEN", "SOM")}


def test_guard_a_physical_act_after_the_comma_stays_with_the_reported_subject(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "killing" is the gunmen's act, not the ministry's
    out = code_text("The Kenyan interior ministry said Somali gunmen attacked a police post "
                    "near the border, killing five officers.",
                    title="Gunmen attack Kenyan police post")
    assert ("KEN", "SOM") not in typed_pairs(out, "ASSAULT")


def test_guard_asking_for_asylum_stays_with_the_deserters(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the deserters ask; the reporting authority does not ask itself
    out = code_text("Colombian border officials said about 40 Venezuelan soldiers had "
                    "deserted and crossed into Colombia, asking for protection.",
                    title="Venezuelan soldiers desert to Colombia")
    assert ("COL", "COL") not in typed_pairs(out, "REQUEST")
    assert not any(src == "COL" for src, _ in typed_pairs(out, "REQUEST"))


def test_guard_marchers_demands_stay_with_the_marchers(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a demand alone after a reported march is the marchers', not the police's
    out = code_text("Kenyan police said thousands of protesters marched on parliament, "
                    "demanding the president's resignation.",
                    title="Protesters march on Kenyan parliament")
    assert all(e.source is not None and e.source.role == "CVL"
               for e in out.events if e.type == "REQUEST")


def test_guard_an_appeal_after_a_reported_seizure_is_the_seizers(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the rebels who seized the town call on its residents, not the officials
    out = code_text("Malian officials said the rebels seized Kidal, calling on residents "
                    "to join them.", title="Rebels seize Malian town")
    assert all(e.source is not None and e.source.role == "REB"
               for e in out.events if e.type == "REQUEST")
