""""An attack blamed on X": the party an attack is laid at ("blamed on", "attributed to")
is its doer, and the victims' country its target, when the attack is the subject of a
killing or the attack the victims fell in; the one who blames is not the doer."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_strike_blamed_on_a_party_in_a_relative_clause_is_that_party_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Armenia and Azerbaijan traded accusations on Monday. A drone strike that "
        "Yerevan blamed on Baku killed three Armenian border guards near Jermuk.",
        title="Armenia vows response after deadly strike"))
    assert ("ASSAULT", "AZE", "ARM") in got
    # guard: the side that blames did not strike itself or the other side
    assert ("ASSAULT", "ARM", "AZE") not in got


def test_victims_of_an_attack_attributed_to_a_party_fell_to_that_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "India and China held border talks on Monday. India said it would postpone the "
        "next round, a day after 20 Indian policemen were killed in a bomb attack "
        "attributed to Pakistani militants in Kashmir.",
        title="India postpones border talks with China"))
    assert ("ASSAULT", "PAK", "IND") in got
    # guard: not the other party of the story, nor the teller
    assert ("ASSAULT", "CHN", "IND") not in got
    assert ("ASSAULT", "IND", "IND") not in got


def test_an_attack_claimed_by_a_party_keeps_its_claimant(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the claimant of a "claimed by" attack was the doer before this rule too
    got = triples(code_text(
        "India and China held border talks on Monday. Twenty Indian policemen were "
        "killed in a bomb attack claimed by Pakistani militants in Kashmir.",
        title="India postpones border talks with China"))
    assert ("ASSAULT", "PAK", "IND") in got


def test_killings_in_an_attack_with_no_author_still_fall_to_the_other_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: with no party the attack is laid at, a teller's soldiers killed in a
    # two-party story fell to the other party, as before
    got = triples(code_text(
        "Armenia and Azerbaijan traded accusations on Monday. Armenia said four of its "
        "soldiers were killed in an overnight attack near Jermuk.",
        title="Armenia says soldiers killed on border with Azerbaijan"))
    assert ("ASSAULT", "AZE", "ARM") in got
