"""Headline passives: headline-ese drops "was" and "were", so a participle after a noun
in the headline ("asylum granted to his family", "suspect charged with murder") is the
headline's passive verb and reports its news. In body text the same reduced relative
only describes the noun ("citizens held in Russia"), and so does a participle on the
headline verb's own object ("frees sailors held overnight"). Sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _title_types(out: ExtractedArticle, title: str) -> set[str]:
    return {e.type for e in out.events if e.evidence.start < len(title)}


def test_a_headline_participle_after_its_noun_is_the_headline_verb(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Chile recalls envoy after asylum granted to Bolivian minister's family"
    out = code_text("Chile recalled its ambassador on Tuesday.", title=title)
    assert "AID" in _title_types(out, title)


def test_a_headline_charge_told_as_a_participle_is_coded(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = ("Polish mayor in hospital after being stabbed; suspect charged with "
             "attempted murder")
    out = code_text("The mayor of Gdansk was stabbed on Sunday.", title=title)
    assert "ACCUSE" in _title_types(out, title)


def test_a_participle_on_the_headline_verbs_object_describes_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Iran frees ten US sailors held overnight in the Gulf"
    out = code_text("The sailors left on Wednesday morning.", title=title)
    assert "COERCE" not in _title_types(out, title)
