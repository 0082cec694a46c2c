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


def test_readiness_for_an_act_with_no_other_party_is_no_offer(code_text: Any) -> None:
    # a host readying for a meeting, a country ready to receive aid, a bystander ready
    # for a truce: readiness is an offer only to another party named with the act
    for text in (
            "Finland is ready for a summit of NATO leaders in Helsinki next month, the "
            "Finnish government said.",
            "Egypt is ready for a meeting of Arab foreign ministers in Cairo next week.",
            "Saudi Arabia is ready for a meeting of OPEC ministers in Riyadh on Sunday.",
            "Japan is ready for a visit of the Chinese foreign minister next month, Tokyo "
            "said.",
            "The US embassy in Kyiv is open to visits on weekdays.",
            "Cuba said it was ready for aid after Hurricane Melissa devastated the east of "
            "the island.",
            "Venezuela is open to humanitarian aid after the floods, Maduro said.",
            "Poland is ready for a ceasefire in Ukraine, Polish officials said, with plans "
            "for border crossings."):
        assert not any(t[0] == "AGREE" for t in triples(code_text(text))), text
    got = triples(code_text(
        "Ethiopia says it is ready for an agreement on the Nile dam with Egypt and Sudan."))
    assert ("AGREE", "ETH", "ETH") not in got


def test_a_meeting_in_a_sport_fixture_is_no_offer(code_text: Any) -> None:
    for text in (
            "Spain is ready for a meeting with Germany in the quarter-finals, coach Luis "
            "de la Fuente said.",
            "Brazil is ready for a meeting with Argentina in the Copa America semi-final."):
        assert not any(t[0] == "AGREE" for t in triples(code_text(text))), text


def test_readiness_guessed_at_or_asked_of_another_is_no_offer(code_text: Any) -> None:
    # the stance is the subject's own only when the subject states it: a belief, a doubt
    # or a hope about it, or a demand that it be taken, is no offer by anyone
    for text in (
            "I don't think Russia is ready for talks with Ukraine, Zelensky said.",
            "Zelensky said he did not believe Russia was ready for a ceasefire with "
            "Ukraine.",
            "Nobody believes Russia is open to talks with Ukraine, Macron said.",
            "Washington doubts that Moscow is ready for talks with Kyiv.",
            "Analysts believe Moscow is open to negotiations with Kyiv.",
            "Trump hopes Iran is ready for talks with the United States.",
            "Many in Kyiv expect Russia to be open to talks with Ukraine by the autumn.",
            "The United States wants Ukraine to be ready for talks with Russia.",
            "Blinken urged Israel to be open to talks with the Palestinian Authority.",
            "The EU called on Serbia to be ready for dialogue with Kosovo.",
            "Israel must be open to a ceasefire in Gaza, Biden said."):
        assert not any(t[0] == "AGREE" for t in triples(code_text(text))), text


def test_no_longer_or_hardly_ready_for_talks_is_no_offer(code_text: Any) -> None:
    for text, refusal in (
            ("Moscow is no longer open to dialogue with Kyiv, Peskov said.",
             ("REJECT", "RUS", "UKR")),
            ("Iran is no longer ready for talks with the United States, Araghchi said.",
             ("REJECT", "IRN", "USA")),
            ("Moscow is no longer ready to hold talks with Kyiv, Peskov said.",
             ("REJECT", "RUS", "UKR"))):
        got = triples(code_text(text))
        assert refusal in got and not any(t[0] == "AGREE" for t in got), text
    got = triples(code_text(
        "Ukraine is hardly open to talks with Russia after the strike, Zelensky's adviser "
        "said."))
    assert not any(t[0] == "AGREE" for t in got)
