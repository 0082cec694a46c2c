"""The parties "between A and B" names, when A's own phrase carries its nationality or
title ("talks between Mexican Foreign Minister Marcelo Ebrard and U.S. officials"): the
nationality word only describes A, so it is no party of its own, and B stays the other
party (before, "Mexican" and Ebrard were read as the two parties, MEX->MEX). Sentences
are made up for these tests; the guards pass either way and keep the reading as it was
where the phrase names parties of two countries or only one named person; a named person
the text gives no role or country for is no second party of the merged reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import pairs_in


def test_nationality_and_title_describe_the_first_party(code_text: Any) -> None:
    out = code_text("The deal followed talks between Mexican Foreign Minister Marcelo "
                    "Ebrard and U.S. officials.", title="Mexico US tariff deal")
    assert pairs_in(out, "talks between") == {("MEX", "USA")}


def test_both_parties_described(code_text: Any) -> None:
    out = code_text("The pact was signed during a summit between South Korean President "
                    "Moon Jae-in and North Korean leader Kim Jong Un.", title="Korea summit")
    assert pairs_in(out, "a summit between") == {("KOR", "PRK")}


def test_phone_call_between_two_presidents(code_text: Any) -> None:
    out = code_text("A phone call between French President Emmanuel Macron and Russian "
                    "President Vladimir Putin lasted two hours.",
                    title="Ukraine Russia call")
    assert pairs_in(out, "phone call") == {("FRA", "RUS")}


def test_guard_two_nationalities_on_one_noun(code_text: Any) -> None:
    out = code_text("Clashes between Indian and Chinese troops erupted in the Galwan "
                    "Valley.", title="India China border")
    assert pairs_in(out, "Clashes between") == {("IND", "CHN")}


def test_guard_possessors_of_two_countries(code_text: Any) -> None:
    out = code_text("A summit between Russia's Putin and Turkey's Erdogan is planned for "
                    "next week.", title="Turkey Russia summit")
    assert ("RUS", "TUR") in pairs_in(out, "A summit between")


def test_guard_one_country_both_sides(code_text: Any) -> None:
    # the second party unknown: the named words still count, as before
    out = code_text("A meeting between Nigerian President Bola Tinubu and opposition "
                    "leader Atiku Abubakar ended without agreement.", title="Nigeria politics")
    assert pairs_in(out, "A meeting between") == {("NGA", "NGA")}


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Talks between Zimbabwean President Emmerson Mnangagwa and opposition leader Nelson "
     "Chamisa resumed in Harare.", "Talks between", "ZWE"),
    ("Talks between Zimbabwean President Emmerson Mnangagwa and opposition leader Nelson "
     "Chamisa are unlikely.", "Talks between", "ZWE"),
    ("A meeting between Venezuelan President Nicolas Maduro and opposition leader Maria "
     "Corina Machado is unlikely.", "A meeting between", "VEN"),
])
def test_an_unknown_person_is_no_second_party(code_text: Any, text: str, words: str,
                                              code: str) -> None:
    # B a person of a guessed country: the old reading (nationality, president) stays
    assert pairs_in(code_text(text), words) == {(code, code)}


def test_guard_army_and_paramilitary(code_text: Any) -> None:
    out = code_text("Fighting between Sudan's army and the paramilitary Rapid Support "
                    "Forces spread to Darfur.", title="Sudan war")
    assert pairs_in(out, "Fighting between") == {("SDN", "SDN")}
