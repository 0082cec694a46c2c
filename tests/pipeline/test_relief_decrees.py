"""A decree signed is the act it orders: imposing sanctions is a SANCTION, lifting or
ending one takes it away, an implemented concession (PLOVER RETREAT) by the signer.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "pair"), [
    ("Trump signed an order lifting sanctions on Syria.", ("USA", "SYR")),
    ("Biden signed an executive order ending the travel ban.", ("USA", None)),
    ("Macron signed a decree lifting the embargo on arms sales to Cyprus.", ("FRA", "CYP")),
    ("Putin signed a decree scrapping the ban on Georgian wine imports.", ("RUS", "GEO")),
])
def test_a_decree_lifting_a_sanction_is_a_relief(code_text: Any, text: str,
                                                 pair: tuple[str, str | None]) -> None:
    got = triples(code_text(text))
    assert not {t for t in got if t[0] == "SANCTION"}
    assert ("RETREAT", *pair) in got


@pytest.mark.parametrize(("text", "pair"), [
    # guards: decrees that impose
    ("Trump signed an order imposing sanctions on the International Criminal Court.",
     ("USA", None)),
    ("Putin signed a decree banning imports from the EU.", ("RUS", None)),
    ("Biden signed an executive order authorising sanctions on Israeli settlers.",
     ("USA", "ISR")),
    ("Erdogan signed a decree imposing a ban on trade with Israel.", ("TUR", "ISR")),
    ("Zelensky signed a decree imposing sanctions on 50 Russian firms.", ("UKR", "RUS")),
])
def test_a_decree_imposing_a_sanction_stays_one(code_text: Any, text: str,
                                                pair: tuple[str, str | None]) -> None:
    assert ("SANCTION", *pair) in triples(code_text(text))


MIXED = "Trump signed an order lifting sanctions on Syria and imposing new sanctions on Iran."


def test_a_mixed_decree_still_imposes_on_the_second_party(code_text: Any) -> None:
    """One lifted, one imposed: the imposed sanction on Iran is still coded (guard)."""
    assert "IRN" in {t[2] for t in triples(code_text(MIXED)) if t[0] == "SANCTION"}


@pytest.mark.xfail(strict=True, reason="review finding 5: the imposing half is coded "
                   "SYR->IRN and the decree USA->SYR (the lifted party); the right pair, "
                   "USA->IRN, needs the signer as the doer of the conjoined verb")
def test_a_mixed_decree_imposes_by_the_signer_on_the_second_party(code_text: Any) -> None:
    got = triples(code_text(MIXED))
    assert ("SANCTION", "USA", "IRN") in got
    assert ("SANCTION", "USA", "SYR") not in got


@pytest.mark.parametrize(("text", "kind"), [
    # guards of the same shape, unchanged by the rule: ending a relief or a funding
    # reduces relations; a decree on a domestic emergency or curfew is read elsewhere
    ("Biden signed an order ending sanctions relief for Venezuela's oil sector.",
     "SANCTION"),
    ("Trump signed an executive order ending funding for the World Health Organization.",
     "SANCTION"),
    ("Sisi signed a decree extending the state of emergency in Sinai.", "COERCE"),
    ("The Thai king signed a decree ending the state of emergency in Bangkok.", "COERCE"),
    ("Tokayev signed a decree lifting the curfew in Almaty.", "RETREAT"),
    ("Lula signed a decree lifting the ban on gun permits for hunters in Brazil.",
     "RETREAT"),
])
def test_other_decrees_keep_their_reading(code_text: Any, text: str, kind: str) -> None:
    assert kind in {t[0] for t in triples(code_text(text))}
