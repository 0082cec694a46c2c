"""A strike that lasts, that someone called, or that a story of a stoppage tells bare is
workers' stopping work (PLOVER PROTEST), not an air strike: "a three-day strike called by
the unions", "The strike is the largest since 2019", "as Santa Cruz strikes", "strikes
have hit refineries" (the stoppage's reach, no attack). A story that names an armed
strike or a weapon keeps its bare strikes armed, and a strike verb with an object or a
doer that fights ("rebels struck again", "struck a deal") is read as before. Sentences
are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types


def _types_of(out: ExtractedArticle, words: str) -> set[str]:
    """The types coded in the sentence that holds ``words``."""
    return {e.type for e in out.events if words in e.evidence.sentence}


@pytest.mark.parametrize(("text", "words"), [
    # a strike that lasts, or one someone called
    ("Protests spread in Harare on Monday, the first day of a three-day strike called by "
     "the Zimbabwe Congress of Trade Unions.", "three-day strike"),
    ("Workers in Chile began an indefinite strike at the El Teniente mine.",
     "indefinite strike"),
    ("Camacho led a 36-day strike in Santa Cruz, Bolivia, this year.", "36-day strike"),
    # a bare strike in a story of a stoppage
    ("Colombian unions launched a national strike on April 28. The strike is the largest "
     "since a wave of demonstrations in late 2019.", "The strike is the largest"),
    ("France's unions have led eight days of nationwide strikes since January. Strikes "
     "have already hit refineries and rail services in Paris.", "Strikes have already hit"),
])
def test_a_stoppage_is_a_protest_not_an_attack(
        code_text: Callable[..., ExtractedArticle], text: str, words: str) -> None:
    got = _types_of(code_text(text), words)
    assert "PROTEST" in got and "ASSAULT" not in got, got


def test_a_headline_place_that_strikes_in_a_story_of_a_stoppage_protests(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("A Bolivian judge on Friday ordered the governor held, prompting a "
                    "general strike in Santa Cruz, Bolivia.",
                    title="Bolivian judge jails governor Camacho as Santa Cruz strikes")
    got = _types_of(out, "as Santa Cruz strikes")
    assert "PROTEST" in got and "ASSAULT" not in got, got


@pytest.mark.parametrize(("text", "words"), [
    # the story names an armed strike or a weapon
    ("Israel launched strikes on Gaza after a general strike in the West Bank. "
     "The strikes killed 12 Palestinians.", "The strikes killed"),
    ("Unions called a 24-hour strike in Yemen. A Saudi missile hit Sanaa airport. "
     "Strikes hit Houthi targets in Hodeidah overnight.", "Strikes hit Houthi"),
    # a doer that fights, an object, a strike aimed at something
    ("Dockers called a general strike on Monday. Rebels struck again overnight, killing "
     "five Malian soldiers.", "Rebels struck again"),
    ("Greek farmers began a week-long strike. Turkish jets struck Kurdish positions in "
     "Iraq on Tuesday.", "Turkish jets struck"),
    ("Workers in Chile began an indefinite strike at the mine. Chilean police struck "
     "protesters with batons.", "police struck protesters"),
    ("Nigerian unions called a general strike. The Nigerian army said a three-day "
     "strike on the camp had killed 20 fighters.", "strike on the camp"),
])
def test_an_armed_strike_in_a_story_of_a_stoppage_stays_an_attack(
        code_text: Callable[..., ExtractedArticle], text: str, words: str) -> None:
    got = _types_of(code_text(text), words)
    assert "ASSAULT" in got and "PROTEST" not in got, got


@pytest.mark.parametrize(("text", "words"), [
    ("Unions called a general strike in Mali. The quake struck at dawn near Bamako.",
     "The quake struck"),
    ("Unions threatened a general strike in Peru. The Peruvian government struck a deal "
     "with the unions on Tuesday.", "struck a deal"),
    ("Teachers went on a nationwide strike in Kenya. The Kenyan Supreme Court struck down "
     "the law on Monday.", "struck down"),
    ("Unions in France called a general strike. Analysts asked whether Russia would "
     "strike Ukraine again.", "strike Ukraine again"),
])
def test_other_senses_of_strike_in_a_story_of_a_stoppage_are_no_protest(
        code_text: Callable[..., ExtractedArticle], text: str, words: str) -> None:
    assert "PROTEST" not in _types_of(code_text(text), words)



def _struck(out: ExtractedArticle, words: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of the attacks coded in the sentence of ``words``."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "ASSAULT" and words in e.evidence.sentence}


def _stoppages(out: ExtractedArticle, words: str) -> list[str]:
    """The stoppages this module codes ("labour strike") in the sentence of ``words``."""
    return [e.trigger for e in out.events
            if e.trigger == "labour strike" and words in e.evidence.sentence]


@pytest.mark.parametrize(("text", "words", "pair"), [
    # a strike a state does, however long, and one that kills
    ("Israel carried out a day-long strike in Jenin, the Palestinian health ministry "
     "said, killing nine people.", "day-long strike", ("ISR", "PSE")),
    # a bare strike in a story of a stoppage that warplanes carry out or that hits
    # targets
    ("Palestinian factions called a general strike in the West Bank. Israeli warplanes "
     "carried out the strike late on Sunday, killing a Hamas commander in Gaza City.",
     "warplanes carried out the strike", ("ISR", "PSE")),
    ("Unions called a 24-hour strike in Yemen. Strikes hit Houthi targets in Hodeidah "
     "overnight, the Saudi-led coalition said.", "Strikes hit Houthi", ("SAU", "YEM")),
])
def test_a_strike_dealt_by_a_state_or_its_arms_is_an_attack_not_a_stoppage(
        code_text: Callable[..., ExtractedArticle], text: str, words: str,
        pair: tuple[str, str]) -> None:
    out = code_text(text)
    assert not _stoppages(out, words)
    assert pair in _struck(out, words), _struck(out, words)


def test_a_state_striking_where_no_stoppage_is_attacks(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Palestinians held a general strike in the West Bank on Monday.",
                    title="West Bank holds general strike as Israel strikes")
    assert not _stoppages(out, "as Israel strikes")
    assert ("ISR", "PSE") in _struck(out, "as Israel strikes")


@pytest.mark.parametrize(("text", "words"), [
    # the lexicon names the strike armed, however long it lasts
    ("A 10-hour drone strike by Russian forces left much of Odesa without power on "
     "Friday.", "drone strike"),
    # only possible; or called off
    ("Teachers in Nigeria may begin an indefinite strike next week if the government "
     "does not pay arrears, the union warned.", "indefinite strike"),
    ("The strike called off by the unions would have halted rail traffic.",
     "called off"),
    # a state that strikes is not the place of the story's stoppage
    ("Unions in Russia began an indefinite strike at the car plant. Russia strikes, "
     "Ukraine burns.", "Russia strikes"),
    # armed aircraft in the story
    ("Unions in India called a nationwide strike. Pakistan said the strike was in "
     "self-defence, after Indian aircraft hit targets in Balakot.", "self-defence"),
])
def test_no_stoppage_is_read_into_an_armed_possible_or_cancelled_strike(
        code_text: Callable[..., ExtractedArticle], text: str, words: str) -> None:
    assert not _stoppages(code_text(text), words)


def test_what_a_lasting_strike_shuts_is_no_coercion(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Argentina was hit by a 36-hour strike that grounded flights and "
                    "shut banks.")
    assert "PROTEST" in event_types(out)
    assert "COERCE" not in event_types(out)
