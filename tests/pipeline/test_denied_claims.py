"""A claim told about another party and answered with a denial after a comma is the
speaker's allegation against the party who denies it (PLOVER ACCUSE), beside the denial
(REJECT): "officials said Taliban fighters had been firing from the hospital, a claim MSF
rejected", "voiced fears that Beijing could use the port, a charge China denies"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle


def _claims(article: ExtractedArticle) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in article.events if e.trigger == "denied claim"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Indian officials have long voiced fears that Beijing could use the port for military "
     "purposes, a charge China denies.", ("IND", "CHN")),
    ("Kiev said about 50 tanks had crossed into Ukraine from Russia overnight, a claim the "
     "Kremlin denied.", ("UKR", "RUS")),
    ("Kenya said Somali troops had shelled the border town, an account Mogadishu rejected.",
     ("KEN", "SOM")),
    ("Chile said its fishing boats had been rammed by Peruvian patrol vessels, which Lima "
     "denied.", ("CHL", "PER")),
])
def test_a_claim_answered_with_a_denial_accuses(
        code_text: Callable[..., ExtractedArticle], text: str, pair: tuple[str, str]) -> None:
    assert pair in _claims(code_text(text))


# Guards: a claim of one's own deed or state, one not made, asked or negated, a denial
# that answers no summed-up claim, and figures.

@pytest.mark.parametrize("text", [
    "New Delhi said its pilots had downed a Pakistani jet, which Islamabad denied.",
    "The army in Belgrade said it had shot down several Western planes, a claim NATO denied.",
    "Apple said its phones were safe, a claim regulators in France rejected.",
    "We said we had done nothing wrong, a claim the court in Lima rejected.",
    "Kenya did not say Somali troops had sent the ships, a charge Mogadishu denies.",
    "Did Kenya say Somali troops had shelled the town, a charge Mogadishu denies?",
    "Kenya said Somali troops had shelled the town, and Mogadishu denied sending troops.",
    "Kenya said Somali troops had shelled the town; Mogadishu rejected the call for talks.",
    "The ministry in Cairo said the economy grew by 3 percent, a figure economists disputed.",
])
def test_guard_no_charge_against_the_denier(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert _claims(code_text(text)) == set()


def test_guard_the_denial_answers_the_nearest_claim(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = code_text("Ukraine said the talks would resume, and Russia said Ukrainian drones "
                    "had hit a depot in Belgorod, a claim Kyiv denied.")
    assert all(src != "UKR" for src, _ in _claims(got))


# Review guards: a denied claim of talks, of an agreement, of calm or of health alleges no
# hostile act; only a claim of one (or one summed up as a charge) accuses.

@pytest.mark.parametrize("text", [
    "Trump said he had spoken to Xi Jinping by phone, a claim Beijing denied.",
    "The White House said Saudi Arabia had agreed to raise oil output, a claim Riyadh "
    "denied.",
    "Moscow said the ceasefire was holding across the front, a claim Kyiv disputed.",
    "Pakistan said India had agreed to resume talks, a claim New Delhi rejected.",
    "The Kremlin said Putin was in good health, a claim his critics dismissed.",
    "Beijing said the talks with Washington had been constructive, an account US officials "
    "disputed.",
    "Turkey said Sweden had met all its conditions for joining NATO, a claim Stockholm "
    "rejected as premature.",
    "The company said the oil leak off Nigeria had been contained, a claim environmental "
    "groups disputed.",
])
def test_a_denied_claim_of_no_hostile_act_accuses_no_one(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert _claims(code_text(text)) == set()
