"""An envoy the text names by title and name alone ("Ambassador X", "the envoy, X") is
of the envoys the story has named by nationality ("Norway expels Sudanese ambassador"),
or of the mission his own phrase names ("a diplomat at China's consulate"), not of the
story's focus country, which for a summoned or expelled envoy is the other side. One
the story calls home is its own state's, and a brand ambassador or a climate envoy is no
state's envoy. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import pairs_in, sources_in, typed_pairs

EXPELLED = ("Norway expels Sudanese ambassador over aid remarks\n\n"
            "Norway on Tuesday expelled Sudan's ambassador over remarks about its aid "
            "workers. ")


def test_the_envoy_named_after_a_nationality_is_of_that_nationality(code_text: Any) -> None:
    out = code_text(EXPELLED + "The envoy, Omar Bashir Salih, was summoned to the ministry "
                    "in Oslo and told to leave within a week. Salih said the decision was "
                    "deeply regrettable.")
    assert sources_in(out, "Salih said") == {"SDN"}, sources_in(out, "Salih said")


def test_a_summoned_ambassador_is_the_other_side(code_text: Any) -> None:
    out = code_text("Kenya summons Ugandan envoy over fishing dispute\n\n"
                    "Kenya's foreign ministry summoned Ambassador Joseph Okello on Monday to "
                    "lodge a protest over the arrest of fishermen. Okello praised Kenya for "
                    "its restraint.")
    assert ("KEN", "UGA") in typed_pairs(out, "ACCUSE"), typed_pairs(out, "ACCUSE")
    assert typed_pairs(out, "SUPPORT") == {("UGA", "KEN")}, typed_pairs(out, "SUPPORT")


def test_a_diplomat_at_a_named_mission_is_of_its_state(code_text: Any) -> None:
    out = code_text("Canada expels diplomat over interference\n\n"
                    "Canada on Monday declared Zhou Ming, a diplomat at China's consulate in "
                    "Vancouver, persona non grata.")
    assert pairs_in(out, "Zhou Ming") == {("CAN", "CHN")}, pairs_in(out, "Zhou Ming")


def test_a_name_hung_on_the_post_is_still_the_ambassadors(code_text: Any) -> None:
    # the parser hangs the name on "Brasilia", the ambassador's post
    out = code_text("Brazil raises tariffs on beef\n\n"
                    "Brazil raised tariffs on Argentine beef on Monday. Argentina's "
                    "ambassador in Brasilia, Mario Paz, warned that the tariffs would hurt "
                    "trade. Paz praised Uruguay for keeping its market open.")
    assert typed_pairs(out, "SUPPORT") == {("ARG", "URY")}, typed_pairs(out, "SUPPORT")


def test_an_envoy_in_an_opening_capital_is_not_of_it(code_text: Any) -> None:
    out = code_text("Britain and China trade barbs over Hong Kong\n\n"
                    "Britain summoned China's ambassador on Monday. In London, Ambassador "
                    "Liu Ming accused the British government of meddling.")
    assert ("GBR", "GBR") not in typed_pairs(out, "ACCUSE"), typed_pairs(out, "ACCUSE")
    assert ("CHN", "GBR") in typed_pairs(out, "ACCUSE"), typed_pairs(out, "ACCUSE")


def test_an_envoy_called_home_is_the_recalling_states(code_text: Any) -> None:
    out = code_text("Peru recalls its ambassador in row with Mexico\n\n"
                    "Peru on Monday summoned the Mexican ambassador over remarks on "
                    "Castillo. Ambassador Carlos Rossi was called home for consultations. "
                    "Rossi criticised the Mexican government.")
    assert ("MEX", "MEX") not in typed_pairs(out, "ACCUSE"), typed_pairs(out, "ACCUSE")


def test_the_recall_of_an_ambassador_is_of_ones_own(code_text: Any) -> None:
    out = code_text("Jordan recalls envoy\n\n"
                    "Jordan summoned the Israeli ambassador on Monday. Safadi announced the "
                    "recall of Ambassador Ghassan Majali for consultations. Majali "
                    "criticised the Israeli government.")
    assert sources_in(out, "Majali criticised") == {"JOR"}, sources_in(out, "Majali criticised")


def test_envoys_of_two_countries_leave_the_name_unplaced(code_text: Any) -> None:
    out = code_text("Estonia and Russia expel each other's envoys\n\n"
                    "Russia expelled the Estonian ambassador on Monday, and Estonia expelled "
                    "Russia's ambassador in return. Ambassador Margus Laidre praised Latvia "
                    "for its support.")
    # neither envoy's country is chosen: the story's focus stands
    assert sources_in(out, "Laidre praised") == {"EST"}, sources_in(out, "Laidre praised")


def test_an_envoy_named_before_any_nationality_is_not_placed_by_it(code_text: Any) -> None:
    out = code_text("Chile lodges protest\n\n"
                    "Ambassador Jorge Silva praised Peru for its restraint on Monday. Later "
                    "Chile summoned the Argentine ambassador.")
    assert sources_in(out, "Silva praised") == {"CHL"}, sources_in(out, "Silva praised")


def test_other_titles_keep_the_focus(code_text: Any) -> None:
    out = code_text(EXPELLED + "Foreign Minister Ine Hansen praised Denmark for its support. "
                    "Police commissioner Lars Berg said two men had been detained.")
    assert sources_in(out, "Hansen praised") == {"NOR"}, sources_in(out, "Hansen praised")
    assert "SDN" not in sources_in(out, "Berg said")


def test_brand_ambassadors_and_former_envoys_are_no_states_envoys(code_text: Any) -> None:
    out = code_text(EXPELLED + "Nike brand ambassador Ali Musa praised Kenya for hosting the "
                    "race. Former ambassador Tor Lund praised Sweden for its aid.")
    assert sources_in(out, "Musa praised") != {"SDN"}, sources_in(out, "Musa praised")
    assert sources_in(out, "Lund praised") != {"SDN"}, sources_in(out, "Lund praised")


def test_a_climate_envoy_is_no_summoned_envoy(code_text: Any) -> None:
    out = code_text("US climate talks stall\n\n"
                    "The Chinese ambassador met officials in Washington on Monday. Climate "
                    "envoy Tom Walsh urged Beijing to cut emissions.")
    assert sources_in(out, "Walsh urged") != {"CHN"}, sources_in(out, "Walsh urged")


def test_a_un_envoy_stays_the_uns(code_text: Any) -> None:
    out = code_text(EXPELLED + "UN envoy Martin Greaves urged both sides to talk.")
    assert sources_in(out, "Greaves urged") == {"IGO"}, sources_in(out, "Greaves urged")


#: Envoys of no stated nationality in a story that names another state's envoy, who are
#: not that envoy: the story's own state's (placed in the other state's capital, "for" a
#: cause, "special"), a third state's, or no state's. (headline, body, words of the
#: sentence, the right (source, target)). Found by a cold review of the rule.
NOT_THE_SUMMONED = [
    ("Australia summons Chinese envoy over laser incident",
     "Australia summoned the Chinese ambassador on Monday over a laser incident involving a "
     "navy ship. Ambassador Graham Fellowes also protested to officials in Beijing, Foreign "
     "Minister Penny Wong said.", "Fellowes", ("AUS", "CHN")),
    ("China protests Japanese minister's shrine visit",
     "China summoned the Japanese ambassador in Beijing on Tuesday. Ambassador Wu Haoran also "
     "lodged a stern protest with Japan's foreign ministry in Tokyo.", "Wu Haoran",
     ("CHN", "JPN")),
    ("Russia expels Moldovan ambassador",
     "Russia expelled the Moldovan ambassador on Thursday. Separately, special envoy Dmitri "
     "Volkov met Taliban officials in Kabul to discuss trade.", "Volkov", ("RUS", "AFG")),
    ("US condemns Russian veto at UN",
     "Russia's ambassador to the UN vetoed the draft resolution on Friday. Ambassador Linda "
     "Grantham accused Moscow of shielding war criminals and said Washington would keep "
     "pushing.", "Grantham accused", ("USA", "RUS")),
    ("Ghana summons Nigerian envoy over border clash",
     "Ghana summoned the Nigerian high commissioner on Tuesday after a clash at the border. "
     "Kwame Asante, an ambassador for the Accra Hearts of Oak club, praised Nigeria's fans "
     "for their calm.", "Asante", ("GHA", "NGA")),
    ("Sweden hosts Iran nuclear talks",
     "Iran's envoy arrived in Stockholm on Monday for talks. The talks were chaired by "
     "Ambassador Erik Lindqvist, who praised Iran for its flexibility.", "Lindqvist",
     ("SWE", "IRN")),
    ("Italy summons Egyptian ambassador over student's death",
     "Italy summoned the Egyptian ambassador on Monday over the death of a student. Diplomat "
     "Marco Ferri, who worked on the case in Cairo, accused Egyptian police of a cover-up.",
     "Ferri", ("ITA", "EGY")),
    ("New Zealand protests Chinese navy drills",
     "New Zealand summoned the Chinese ambassador on Tuesday over live-fire drills in the "
     "Tasman Sea. Envoy for Pacific affairs Helen Marsh urged China to give notice of future "
     "drills.", "Marsh", ("NZL", "CHN")),
    ("Serbia summons Croatian envoy",
     "Serbia summoned the Croatian ambassador on Monday. Ambassador Ivan Petrovic will meet "
     "Croatian officials in Zagreb on Tuesday to demand an apology.", "Petrovic",
     ("SRB", "HRV")),
    ("Philippines summons Chinese envoy after water cannon attack",
     "The Philippines summoned the Chinese ambassador on Monday. After the typhoon, "
     "Ambassador Maria Santos delivered relief goods to Filipino workers in Shanghai and "
     "thanked China for its help.", "Santos", ("PHL", "CHN")),
    ("Vietnam summons Chinese ambassador",
     "Vietnam summoned the Chinese ambassador over an oil rig. Nguyen Van Hai, a diplomat who "
     "leads Vietnam's maritime talks, accused China of violating its waters.", "Nguyen",
     ("VNM", "CHN")),
]


@pytest.mark.parametrize(("title", "body", "words", "pair"), NOT_THE_SUMMONED,
                         ids=[case[2] for case in NOT_THE_SUMMONED])
def test_an_envoy_who_is_not_the_summoned_one_keeps_his_side(
        code_text: Any, title: str, body: str, words: str, pair: tuple[str, str]) -> None:
    out = code_text(body, title=title)
    assert pairs_in(out, words) == {pair}, pairs_in(out, words)


def test_an_envoy_given_hours_to_leave_is_a_summoned_one(code_text: Any) -> None:
    out = code_text("Mali's government has given France's ambassador 72 hours to leave the "
                    "country. Ambassador Paul Girard was summoned to the foreign ministry on "
                    "Monday and told of the decision. Girard praised Senegal for its "
                    "mediation.", title="Mali orders French envoy out")
    assert sources_in(out, "Girard praised") == {"FRA"}, sources_in(out, "Girard praised")


def test_an_envoy_merely_given_a_letter_names_no_summoned_side(code_text: Any) -> None:
    out = code_text("Peru on Monday gave Mexico's ambassador a letter of protest. Later "
                    "Ambassador Luis Ortega was called in to the ministry. Ortega praised "
                    "Chile for its help.", title="Peru protests to Mexico")
    assert sources_in(out, "Ortega praised") == {"PER"}, sources_in(out, "Ortega praised")
