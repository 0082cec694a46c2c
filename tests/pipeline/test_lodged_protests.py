"""A state's protest is a complaint, not a demonstration. PLOVER PROTEST is civilian
collective dissent; a protest a government files, hands or delivers to another party, one
it sends "through diplomatic channels", or one marked as a formal act ("a formal
protest") is its disapproval (ACCUSE). A summons done "in protest" is the complaint
itself, coded once on the summons. Crowds holding, staging or joining a protest still
demonstrate. Diplomatic representations or a demarche lodged or delivered are a formal
protest too; a representation that is a seat, a picture or a lawyer's submission is none,
nor representations in support of something or lodged with one's own court, council or
ministry, and a demarche that asks something is a request."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples, typed_pairs


@pytest.mark.parametrize(("text", "complaint"), [
    ("Vietnam filed a diplomatic protest with China over the oil rig.",
     ("ACCUSE", "VNM", "CHN")),
    ("The Philippines has delivered a protest to the Chinese embassy in Manila.",
     ("ACCUSE", "PHL", "CHN")),
    ("Manila has filed a diplomatic protest with Beijing after a Chinese vessel rammed a "
     "Filipino fishing boat.", ("ACCUSE", "PHL", "CHN")),
    # every verb of lodging one (word class ``protest_lodging``), not only "file" and
    # "deliver"
    ("Seoul registered a protest with Tokyo over the textbooks.", ("ACCUSE", "KOR", "JPN")),
    ("Japan submitted a protest to China over the detentions.", ("ACCUSE", "JPN", "CHN")),
])
def test_a_protest_lodged_with_a_state_is_a_complaint(code_text: Any, text: str,
                                                      complaint: tuple[str, str, str]
                                                      ) -> None:
    coded = triples(code_text(text))
    assert complaint in coded
    assert "PROTEST" not in {t[0] for t in coded}


@pytest.mark.parametrize("text", [
    "South Korea summoned the Japanese ambassador in protest on Tuesday.",
    "Italy summoned the French ambassador in protest on June 13.",
    "Greece on Friday ordered Libya's ambassador to leave the country within 72 hours in "
    "protest at a maritime deal.",
    "Japan protested the launches through diplomatic channels in Beijing.",
    "China's foreign ministry said on Sunday it expressed strong dissatisfaction and "
    "protest over the use of force against a civilian airship.",
])
def test_a_states_protest_is_no_demonstration(code_text: Any, text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Thousands held a protest outside parliament in Tbilisi on Sunday.",
    "Students in Nairobi staged a protest against the fee rise.",
    "Hundreds of farmers in Paris staged a formal protest at the agriculture ministry.",
    "Workers in Lagos burned tyres in protest at the closure of the plant.",
    "Farmers filed into the square in Warsaw for a protest against the tariffs.",
    "At least 24 people were killed in protests over the ruling in Nairobi.",
    "Residents of the village in Lithuania blocked a road in protest against plans to "
    "house migrants.",
    "Thousands protested through the streets of Belgrade on Saturday.",
    "Opposition supporters in Dhaka delivered speeches at a protest against the election "
    "result.",
])
def test_a_crowds_protest_stays_a_demonstration(code_text: Any, text: str) -> None:
    assert "PROTEST" in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Spain did not file a protest with Argentina.",
    "Is Japan going to lodge a formal protest with China?",
    "The ministry in Minsk handed out food to protesters on Sunday.",
])
def test_no_complaint_where_none_is_lodged(code_text: Any, text: str) -> None:
    assert not {"ACCUSE", "PROTEST"} & event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "A formal protest by thousands of dock workers paralysed the port of Antwerp on "
    "Tuesday.",
    "Thousands of students in Belgrade joined a silent protest, a formal protest backed by "
    "the university senate.",
    # "through" the streets or the night is no diplomatic channel
    "Thousands of workers protested through the streets of Paris against the pension "
    "reform.",
    "Farmers in India protested through the night against the new farm laws.",
])
def test_a_crowds_protest_is_no_complaint(code_text: Any, text: str) -> None:
    coded = event_types(code_text(text))
    assert "PROTEST" in coded
    assert "ACCUSE" not in coded


@pytest.mark.parametrize("text", [
    "Thousands of students in Dhaka refused to attend classes in protest at the quota "
    "system.",
    "Taxi drivers in Rome refused to work in protest against the new licensing rules.",
])
def test_refusing_to_work_in_protest_is_a_strike(code_text: Any, text: str) -> None:
    assert "PROTEST" in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("China expressed its protest to Japan over the release of water from Fukushima.",
     ("CHN", "JPN")),
    ("China conveyed its protest to Japan over the release of water from Fukushima.",
     ("CHN", "JPN")),
    # the parse hangs "against" / "over" / "to" on "channels", not on the verb
    ("China protested through diplomatic channels against Japan's decision to release "
     "the water.", ("CHN", "JPN")),
    ("Beijing protested through diplomatic channels over the remarks by the Japanese "
     "prime minister.", ("CHN", "JPN")),
    ("Japan protested through diplomatic channels to China over the missile launches.",
     ("JPN", "CHN")),
    # the noun "protest" joined to another object of "expressed": a complaint, whose
    # party the parse may hang on the first object
    ("China expressed strong dissatisfaction and protest to the United States over the "
     "arms sales.", ("CHN", "USA")),
    ("China's foreign ministry expressed strong dissatisfaction and protest to Japan over "
     "the visit.", ("CHN", "JPN")),
])
def test_a_protest_voiced_or_sent_through_channels_is_aimed_at_the_party_it_names(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert ("ACCUSE", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "China did not protest through diplomatic channels against Japan's decision.",
    "The TV network broadcast the match through its channels over the weekend.",
    "China expressed strong dissatisfaction and firm opposition to the decision by the US.",
    "The company expressed thanks and support to its staff through internal channels.",
])
def test_no_complaint_through_channels_where_none_is_lodged(code_text: Any, text: str) -> None:
    assert "ACCUSE" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Chinese Vice Foreign Minister Xie Feng lodged stern representations with the US "
     "embassy in Beijing.", ("CHN", "USA")),
    ("Pakistan's National Security Committee decided to lodge a strong demarche with the "
     "US embassy over the cable.", ("PAK", "USA")),
    ("India delivered a demarche to the Pakistani high commission on Monday.",
     ("IND", "PAK")),
    ("Beijing has lodged solemn representations with Washington over the arms sale to "
     "Taiwan.", ("CHN", "USA")),
    ("China lodged representations with Japan's foreign ministry over the visit.",
     ("CHN", "JPN")),
])
def test_representations_or_a_demarche_lodged_protest(code_text: Any, text: str,
                                                      pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Lawyers for the British company made representations to the court on Tuesday.",
    "The US firm made representations about its product that regulators praised.",
    "Women's representation in the Indian cabinet remains low.",
    "The Australian artist's representations of war hang in the museum.",
    "The Kenyan opposition won fair representation in parliament.",
    "The Japanese firm hired legal representation in London.",
    "Did China lodge representations with the US embassy?",
    "China said it would not lodge representations with Japan over the visit.",
])
def test_other_representations_accuse_no_one(code_text: Any, text: str) -> None:
    assert "ACCUSE" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Washington delivered a demarche to Nigeria asking it to extradite the suspect.",
    "The US embassy delivered a demarche to Israel asking it to allow more aid into Gaza.",
    "The US State Department delivered demarches to dozens of countries urging them to "
    "vote against the Palestinian resolution at the UN.",
    "The Irish hotel group lodged representations with the tax commissioner seeking a "
    "lower rate.",
])
def test_a_demarche_or_representations_that_ask_something_are_no_complaint(
        code_text: Any, text: str) -> None:
    # the note carries a request (REQUEST, on the asking verb), not a protest
    assert "ACCUSE" not in event_types(code_text(text)), triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Oxfam lodged representations with the British government in support of the aid bill.",
    "British farmers lodged representations with the Scottish government in favour of the "
    "new subsidy scheme.",
    "The residents lodged representations with the council in support of the new school.",
    "Indian exporters lodged representations with the commerce ministry over the new "
    "duties.",
    "British residents lodged more than 200 representations against the wind farm with "
    "Highland Council.",
    "The lawyer for the Australian citizen delivered written representations to the "
    "Chinese court.",
    "The Japanese envoy delivered representations of the emperor's goodwill to Seoul.",
])
def test_representations_for_something_or_to_one_s_own_authorities_accuse_no_one(
        code_text: Any, text: str) -> None:
    # lobbying, planning objections and legal submissions: no state's formal protest
    assert "ACCUSE" not in event_types(code_text(text)), triples(code_text(text))


def test_representations_to_no_named_party_make_no_self_complaint(code_text: Any) -> None:
    out = code_text("The Chinese foreign ministry said it had lodged representations over "
                    "the sanctions.")
    assert "ACCUSE" not in event_types(out), triples(out)
