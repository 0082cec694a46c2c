""""Recall" brings an envoy home (PLOVER SANCTION) only when what is recalled is people (an
envoy, staff, troops, a named person, a pronoun) or is called back from a post, home or for
consultations. A past recalled to mind ("practices that recalled the darkest hours", "the
findings recalled the 2018 poisoning", "recalled that the treaty had lapsed") and goods
recalled by a firm are no sanction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Ecuador's president wrote that the region would never condone practices that "
    "recalled \"the darkest hours of our America\".",
    "Congolese lawmakers criticised the joint operation with Uganda, recalling the plunder "
    "of the region's gold by foreign armies two decades ago.",
    "Venezuela's government rejected the use of the law against its citizens, saying it "
    "recalled the darkest episodes of history.",
    "The German findings recalled the 2018 poisoning of Sergei Skripal in Salisbury.",
    "Moscow recalled that the treaty with Washington had lapsed in 2019.",
    "Japan's Toyota recalled 20,000 cars sold in China over faulty brakes.",
    # a "from" that would mark an envoy's post does not make goods an envoy
    "Toyota recalled thousands of vehicles from dealers in Japan on Tuesday.",
    "The Indian drugmaker recalled two batches of the vaccine from clinics in Kenya.",
    "Samsung recalled its phones from shops in South Korea after battery fires.",
    # remembered at an occasion or with a manner of remembering (the re-read's sentence)
    "The late ambassador was fondly recalled at a memorial service in Paris.",
    "Human rights groups in Manila recalled the martial law imposed in 1972.",
    "Families of the victims urged Japan to stay cautious, recalling that past North "
    "Korean investigations produced nothing.",
])
def test_a_past_recalled_to_mind_is_no_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))


# Guards (pass before and after): envoys, staff and named envoys recalled stay recalls.

@pytest.mark.parametrize(("text", "triple"), [
    ("Russia recalled its ambassador to Washington for consultations.",
     ("SANCTION", "RUS", "USA")),
    ("Peru recalled its envoys from Mexico.", ("SANCTION", "PER", "MEX")),
    ("Lithuania recalled its top diplomat from Beijing.", ("SANCTION", "LTU", "CHN")),
    ("Qatar recalled 20 diplomats and their families from Cairo.",
     ("SANCTION", "QAT", "EGY")),
])
def test_guard_envoys_recalled_stay_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Algeria recalled Ambassador Mohamed Antar-Daoud from Paris on Saturday.",
    "Iraq said on Wednesday it was recalling its charge d'affaires from Ankara.",
    "Brazil recalled him from Jakarta after the execution.",
    "Ambassador Mohamed Antar-Daoud had been recalled to Algiers for consultations.",
])
def test_guard_named_or_titled_envoys_stay_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" in event_types(code_text(text))


# Review guards: a part of the staff recalled ("the bulk of", "the rest of", "a number of")
# is still people called back from a post.

@pytest.mark.parametrize(("text", "triple"), [
    ("Bahrain recalled the bulk of its embassy personnel from Beirut.",
     ("SANCTION", "BHR", "LBN")),
    ("Japan recalled the rest of its embassy staff from Kabul on Monday.",
     ("SANCTION", "JPN", "AFG")),
])
def test_part_of_the_staff_recalled_stays_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Britain recalled most of its embassy staff from Khartoum.",
    "France recalled part of its military mission from Bangui.",
    "Kuwait recalled a number of its diplomats from Beirut.",
    "Peru recalled the credentials of its ambassador to Mexico.",
])
def test_part_of_the_staff_recalled_is_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" in event_types(code_text(text))
