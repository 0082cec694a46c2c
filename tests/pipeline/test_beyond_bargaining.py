"""A party that puts a thing beyond bargaining refuses the other side's demands on it
(PLOVER REJECT, the speaker's stance): "our language is not up for negotiation", "the unity
of the country is not negotiable", "there is no bargaining when it comes to our
sovereignty" (``pipeline.trigger_statements.beyond_bargaining``). A fact about talks, a
thing open to bargaining, a party's own demands and a question refuse nothing. Sentences
are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


@pytest.mark.parametrize(("text", "source"), [
    ('Skopje\'s prime minister said: "Our identity and our language are not up for '
     'negotiation."', "MKD"),
    ("Cameroon's government spokesman has repeatedly said that the unity of the country is "
     "not negotiable.", "CMR"),
    ('"There is no bargaining when it comes to our sovereignty," Indonesia\'s president '
     "told fishermen.", "IDN"),
    ("China's foreign ministry said Taiwan's status was non-negotiable.", "CHN"),
    ("India's foreign minister said there could be no compromise on the border with China.",
     "IND"),
])
def test_a_thing_put_beyond_bargaining_is_a_refusal(
        code_text: Callable[..., ExtractedArticle], text: str, source: str) -> None:
    assert source in {s for s, _ in typed_pairs(code_text(text), "REJECT")}


def test_the_refusal_is_asserted_not_denied(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the negation is the refusal itself, as in "would not negotiate"
    out = code_text("Chile's foreign minister said Chile's sovereignty was not up for "
                    "negotiation.")
    assert {e.modality for e in out.events if e.type == "REJECT"} == {"asserted"}


@pytest.mark.parametrize("text", [
    # facts about talks, not stances
    "Russia and Ukraine held talks in Istanbul. There were no negotiations on Friday, "
    "Russian officials said.",
    "The Kremlin said there were no talks on the agenda with Ukraine.",
    "The Kremlin said there are no negotiations on the table with Ukraine.",
    # open to bargaining, or said by no party
    "Serbia's president said Kosovo's status was up for negotiation at the talks in "
    "Brussels.",
    "The union said wages were negotiable, and Germany's labour minister welcomed talks.",
    "Analysts said that Crimea's status was not up for negotiation in Moscow's view.",
    # business and sport
    "Apple said the price of the new iPhone was not negotiable.",
    "Germany's coach said the starting line-up was not negotiable before the match against "
    "France.",
    # a party's own demands are insisted on, not a refusal
    '"These terms are not negotiable," the US president said, warning Libya\'s leader to '
    "comply.",
    "Russia's foreign minister said Moscow's conditions for a ceasefire were not up for "
    "negotiation.",
    # a question
    "Is Ukraine's sovereignty up for negotiation?",
])
def test_no_refusal_without_a_stance(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not typed_pairs(code_text(text), "REJECT")


@pytest.mark.parametrize(("text", "source"), [
    ("Serbian President Aleksandar Vucic said on Friday that Kosovo's status is not up for "
     "negotiation.", "SRB"),
    ("The Greek prime minister said the country's territorial integrity is not negotiable.",
     "GRC"),
    ("Turkey's foreign minister said there can be no compromise on Cyprus.", "TUR"),
    ("There is no negotiation with terrorists, the Israeli prime minister said.", "ISR"),
    ("Chinese officials said there is no compromise on Taiwan, rejecting the American "
     "proposal.", "CHN"),
    ("Hamas said the release of hostages is not up for negotiation until Israel withdraws.",
     "PSE"),
])
def test_the_refused_side_is_never_the_speakers_own_state(
        code_text: Callable[..., ExtractedArticle], text: str, source: str) -> None:
    # the other side goes unnamed here: no target, never the speaker refusing itself
    pairs = typed_pairs(code_text(text), "REJECT")
    assert (source, None) in pairs  # "rejecting the American proposal" may add its own
    assert all(s != t for s, t in pairs)


def test_the_party_bargaining_is_refused_with_is_the_one_refused(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The French president said NATO membership for Ukraine is not up for "
                    "negotiation with Russia.")
    assert typed_pairs(out, "REJECT") == {("FRA", "RUS")}


@pytest.mark.parametrize("text", [
    # one's own prices, fees, measures and rules are insisted on, not a refusal
    "Real Madrid said Mbappe's release clause is not up for negotiation.",
    "Russian gas giant Gazprom said its prices for China are not negotiable.",
    "Kenyan police said the curfew is not negotiable.",
    "Britain's finance minister said there is no compromise on fiscal rules.",
])
def test_ones_own_measures_are_insisted_on_not_refusals(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not typed_pairs(code_text(text), "REJECT")
