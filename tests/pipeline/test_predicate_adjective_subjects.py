"""An act under a predicate adjective ("is due to visit", "is ready to hold talks")
belongs to the subject of the copula, also when the clause follows an earlier one
joined by "and"; a plan overtaken by events or a passive infinitive names no doer."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_due_to_visit_after_an_earlier_clause_keeps_its_subject(code_text: Any) -> None:
    got = triples(code_text(
        "The German chancellor praised the truce on Monday, and France's foreign "
        "minister is due to visit Kinshasa and Kigali next week."))
    assert ("CONSULT", "FRA", "COD") in got
    assert ("CONSULT", "FRA", "RWA") in got


def test_a_plan_overtaken_by_events_has_no_doer(code_text: Any) -> None:
    got = triples(code_text(
        "The governor left for Oslo on Sunday, days before he was due to step down."))
    assert not any(t[0] == "AGREE" for t in got)


def test_open_to_talks_is_an_offer_by_the_copulas_subject(code_text: Any) -> None:
    # a talks noun under a readiness adjective is an offer (PLOVER AGREE) made by the
    # subject of the copula above the adjective, to the party of its "with"
    for text, pair in (
            ("Maduro said Caracas remains open to dialogue with Washington.",
             ("VEN", "USA")),
            ("President Rodrigo Duterte has said he is open to direct talks with Beijing.",
             ("PHL", "CHN")),
            ("Mali said it was ready for talks with ECOWAS.", ("MLI", "IGO")),
            ("Bulgaria said it remained open to dialogue with North Macedonia.",
             ("BGR", "MKD"))):
        assert ("AGREE", *pair) in triples(code_text(text)), text


def test_readiness_for_an_act_in_view_or_no_talks_is_no_offer(code_text: Any) -> None:
    for text in (
            "Paris is ready for the summit, French officials said.",
            "The capital's hotels are ready for the visit of the Chinese president.",
            "The hospital is ready for the talks.",
            "Britain's ambassador said London is ready for this dialogue with Tehran.",
            "Is Russia open to talks with Ukraine?",
            "The Rafah crossing remained open to aid convoys on Tuesday, Egyptian "
            "officials said.",
            "The port of Odesa is open to trade with Turkey, Ukraine's navy said.",
            "The airport remains open to flights from Qatar, the Iraqi transport "
            "ministry said.",
            "The market is open to foreign investment, the Indian finance minister said.",
            "The museum is open to visits from Chinese tourists.",
            "Japan's football team is ready for the match with South Korea."):
        assert not any(t[0] == "AGREE" for t in triples(code_text(text))), text


def test_open_to_criticism_accepts_it(code_text: Any) -> None:
    got = triples(code_text(
        "US Vice President JD Vance visited a US base in Greenland on Friday. \"We are "
        "open to criticism, but we do not appreciate the tone,\" Danish Foreign Minister "
        "Lars Lokke Rasmussen said."))
    assert not any(t[0] == "ACCUSE" and t[1] == "DNK" for t in got)


def test_not_open_to_talks_offers_nothing(code_text: Any) -> None:
    got = triples(code_text("Kenya is not open to dialogue with the rebels, the minister said."))
    assert not any(t[0] == "AGREE" for t in got)
