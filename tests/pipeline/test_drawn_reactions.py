"""A reaction an act draws from others ("drawing condemnation from Tokyo", "sparking fury
from Moscow") is the reacting party's event, aimed at whoever did the act."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_condemnation_drawn_from_several_capitals_blames_the_doer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Iran tested a long-range missile on Sunday, drawing "
                            "condemnation from Paris, Berlin and London."))
    assert {("ACCUSE", "FRA", "IRN"), ("ACCUSE", "DEU", "IRN"),
            ("ACCUSE", "GBR", "IRN")} <= got


def test_protests_drawn_from_a_capital_are_its_disapproval_not_a_street_protest(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Canada sent a frigate through the strait, drawing angry "
                            "protests from Beijing."))
    assert ("ACCUSE", "CHN", "CAN") in got
    assert not any(t == "PROTEST" for t, _, _ in got)


def test_fury_drawn_from_a_state_is_an_accusation(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Poland expelled three diplomats on Monday, sparking fury "
                            "from Russia."))
    assert ("ACCUSE", "RUS", "POL") in got


def test_each_conjoined_reaction_keeps_its_own_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Seoul said it would end a defence pact with Tokyo, drawing a "
                            "sharp protest from Japan and disappointment from Washington."))
    assert {("ACCUSE", "JPN", "KOR"), ("ACCUSE", "USA", "KOR")} <= got


def test_protests_drawn_in_a_city_stay_a_protest(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # no party to react: the crowd in the street protests
    got = triples(code_text("The killings prompted angry protests in Nairobi."))
    assert not any(t == "ACCUSE" for t, _, _ in got)


def test_the_main_clause_draws_the_reaction_not_the_clause_of_time(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the participle closes the sentence: the strike is condemned, not the signing
    got = triples(code_text("Syrian jets bombed the town of Idlib on Friday, a day after "
                            "Ankara and Moscow signed a truce, drawing condemnation from "
                            "France."))
    assert ("ACCUSE", "FRA", "SYR") in got


def test_every_party_of_the_from_list_reacts(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (the parser ends the "from" list at its first comma)
    got = triples(code_text("Belarus forced a passenger jet to land in Minsk, drawing "
                            "condemnation from its neighbours, the European Union and "
                            "Poland."))
    assert {("ACCUSE", "IGO", "BLR"), ("ACCUSE", "POL", "BLR")} <= got


def test_an_act_named_by_no_doer_is_the_story_state_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "The Thai government imposed a state of emergency in Bangkok on Thursday. "
        "The decree drew criticism from human rights groups.",
        title="Thailand declares emergency"))
    assert ("ACCUSE", "NGO", "THA") in got


def test_protests_drawn_from_citizens_stay_their_street_protest(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The Kenyan government raised fuel taxes on Monday, drawing "
                            "angry protests from Kenyan students."))
    assert ("PROTEST", "KEN", "KEN") in got
    assert ("ACCUSE", "KEN", "KEN") not in got
