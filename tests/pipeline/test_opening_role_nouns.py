"""A role word opening a sentence ("Protesters attacked ...") is capitalised like a name,
and the tagger sometimes takes it for one; it still names the people of its role, with
the country a role word gets (not "an unknown name: no country")."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def test_protesters_opening_a_sentence_are_an_actor(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Protesters attacked several foreign embassies in Kinshasa on Tuesday, angered "
        "by what they see as international silence over the rebel offensive.",
        title="Protesters attack embassies in Kinshasa as rebels tighten grip on Goma")
    assert any(e.source is not None and e.source.text == "Protesters" and
               e.source.country == "COD" and "Tuesday" in e.evidence.sentence
               for e in out.events)


def test_a_weapon_word_opening_a_sentence_is_no_actor(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Drone strikes claimed by the Houthis set ablaze two Saudi oil plants on "
        "Saturday. Saudi Arabia blamed Iran.", title="Drones hit Saudi oil plants")
    assert not any(e.source is not None and e.source.text.lower() == "drone"
                   for e in out.events)
