"""A reward offered for a fugitive's capture or for information is a bounty, no proposal
to any party (no PLOVER AGREE); offers to act, mediate or deal stay AGREE."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Colombia's president offered a reward of 3 billion pesos for information leading to "
    "the capture of Marquez.",
    "The government of Kenya has offered a reward of 20 million shillings for the Somali "
    "commander.",
    "Ecuador's president offered a $100,000 reward for the Colombian rebel's capture.",
    "The FBI offered a 50,000-dollar reward for information on the kidnapping in Mexico.",
])
def test_a_reward_offered_is_no_agreement(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "AGREE" not in event_types(code_text(text))


# Guards (pass before and after): offers to act or to deal.

@pytest.mark.parametrize("text", [
    "Russia offered to exchange prisoners with Ukraine.",
    "Japan offered to invest in port facilities in Indonesia.",
    "Qatar offered to mediate between Israel and Hamas.",
    "Turkey offered Sweden a deal on the extradition of suspects.",
    "Britain offered Hong Kong residents a path to citizenship.",
    "Mexico and Uruguay offered to help broker talks in Venezuela.",
    "Kenya offered to lead a multinational police mission to Haiti.",
    "Egypt offered Hamas and Israel a new ceasefire proposal.",
])
def test_guard_offers_to_act_stay_agree(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "AGREE" in event_types(code_text(text))


# A reward offered to a party for its own act is an inducement (PLOVER AGREE: offering),
# no bounty: a dative recipient or a "to" party keeps the AGREE.

@pytest.mark.parametrize(("text", "target"), [
    ("The United States offered Pakistan a reward of $50 million for its help in the hunt.",
     "PAK"),
    ("Qatar offered Hamas a reward for releasing the hostages.", "PSE"),
    ("The EU offered Serbia a reward of faster membership talks if it recognises Kosovo.",
     "SRB"),
    ("Washington offered Sudan's army a reward of sanctions relief for a ceasefire.", "SDN"),
    ("Colombia offered the ELN a reward of amnesty if its fighters demobilise.", "COL"),
    ("The government offered rewards to rebels who hand in their weapons in Mozambique.",
     "MOZ"),
    ("The United States offered a reward to Taliban commanders who broke with the group.",
     "AFG"),
])
def test_a_reward_offered_to_a_party_stays_agree(
        code_text: Callable[..., ExtractedArticle], text: str, target: str) -> None:
    assert any(kind == "AGREE" and tgt == target
               for kind, _, tgt in triples(code_text(text)))
