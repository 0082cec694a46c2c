"""Who had a violent act done, told by another party, is that party's accusation of the
instigator (PLOVER ACCUSE, source the teller, target the one who gave the order): "a court
ruled that the killing was ordered by X", "prosecutors said he shot the man on the orders
of X", "a report said the prince approved the operation that killed him". The ordered act
is what is alleged, no event of the sentence; an order told with no teller, by the
instigator's own country or by a party of no known country, or an authority's own order,
stays the act it orders."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "A French court ruled that the shooting was ordered by Iranian state authorities.",
    "French prosecutors said the gunman had shot the exile on the orders of Iranian "
    "authorities.",
    "French court says Iran ordered Paris cafe killing",
])
def test_told_instigation_accuses_the_instigator(code_text: Any, text: str) -> None:
    coded = triples(code_text(text))
    assert ("ACCUSE", "FRA", "IRN") in coded
    assert not {t for t in coded if t[0] in ("ASSAULT", "REQUEST")}


def test_the_approved_operation_is_no_act_of_the_sentence(code_text: Any) -> None:
    coded = triples(code_text("Dutch prosecutors said Iran's interior minister approved "
                              "the operation that killed the exile."))
    assert ("ACCUSE", "NLD", "IRN") in coded
    assert not {t for t in coded if t[0] == "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Iran's president ordered missile strikes on Iraq.",
    "Iran's president said he had ordered the strikes on Iraq.",
])
def test_own_orders_are_no_accusation(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "ACCUSE"}


def test_an_act_conjoined_to_the_ordered_one_stays_an_event(code_text: Any) -> None:
    coded = triples(code_text("Canada on Monday released a report finding that Iran's "
                              "interior minister approved the operation that killed the "
                              "exile, and imposed sanctions on Iranian officials."))
    assert ("ACCUSE", "CAN", "IRN") in coded
    assert any(t[0] == "SANCTION" for t in coded)


@pytest.mark.parametrize(("text", "act"), [
    # the teller's own country orders: no accusation, the attack stays
    ("U.S. officials said President Biden authorized the strike that killed the Iranian "
     "general.", ("ASSAULT", "USA", "IRN")),
    ("The ministry said Russian troops shelled Kharkiv on the orders of Putin.",
     ("ASSAULT", "RUS", None)),
    # a teller of no known country accuses no one
    ("Witnesses said Syrian soldiers fired on protesters on the orders of their "
     "commander.", ("ASSAULT", "SYR", None)),
])
def test_an_order_told_by_its_own_side_keeps_the_act(code_text: Any, text: str,
                                                     act: tuple[str, str, str | None]
                                                     ) -> None:
    coded = triples(code_text(text))
    assert not {t for t in coded if t[0] == "ACCUSE"}
    assert any(t[:2] == act[:2] and act[2] in (None, t[2]) for t in coded)
