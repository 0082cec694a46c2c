"""Having a violent act done, told by another party, accuses the instigator (PLOVER
ACCUSE; reported_instigation): "directed", "sponsored" and "commissioned" an attack say it
as "ordered" does. "directed attacks at civilians" aims the attacks (the doer's own act)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_directed_attacks(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Australia's intelligence agency concluded that Tehran had "
                        "directed two arson attacks in Sydney.")
    assert ("ACCUSE", "AUS", "IRN") in triples(article)


def test_sponsored_attack(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya said the attack on the base was sponsored by Somalia.")
    assert ("ACCUSE", "KEN", "SOM") in triples(article)


def test_commissioned_bombing(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Pakistan said the bombing in Quetta had been commissioned by "
                        "Indian intelligence.")
    assert ("ACCUSE", "PAK", "IND") in triples(article)


# Guards (pass before and after).

def test_guard_attacks_aimed(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Ukraine said Russian forces directed attacks at civilians in "
                        "Kharkiv.")
    assert ("ASSAULT", "RUS", "UKR") in triples(article)
    article = code_text("Armenia said Azerbaijani troops directed their attacks against "
                        "villages in Syunik.")
    assert ("ASSAULT", "AZE", "ARM") in triples(article)


def test_guard_own_or_harmless(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("France said it had directed the air strikes on the militant "
                        "camp in Mali.")
    assert ("ASSAULT", "FRA", "MLI") in triples(article)
    for text in ("The US said Iran sponsored the resolution at the UN Human Rights "
                 "Council.",
                 "Britain said the report on the bombing was commissioned by the Foreign "
                 "Office.",
                 "The general directed the operation in central Yerevan, police said."):
        assert "ACCUSE" not in {t for t, _, _ in triples(code_text(text))}, text
