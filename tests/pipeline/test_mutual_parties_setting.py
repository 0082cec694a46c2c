"""Two parties named together as the subject of a meeting, a deal or cooperation act
with each other. A party named only in the setting of the act ("on the sidelines of a
summit with Brazil", "at the invitation of Kenya's president", "talks with Brazil" the
two agreed to seek) is not the one they met or agreed with; only a direct object or a
"with" phrase of the verb itself names another recipient. Sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = "Chile and Peru ended a border row. Chile thanked Peru. "


def _pairs(got: set[tuple[str, str | None, str | None]], kind: str) -> set[frozenset]:
    return {frozenset((s, t)) for k, s, t in got if k == kind}


def test_a_meeting_on_the_sidelines_of_a_summit_is_the_two_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The foreign ministers of Chile and Peru met in Lima "
                            "on Monday on the sidelines of a regional meeting with Brazil."))
    assert frozenset(("CHL", "PER")) in _pairs(got, "CONSULT"), got
    assert not any(k == "CONSULT" and "BRA" in (s, t) for k, s, t in got), got


def test_a_meeting_at_a_hosts_invitation_is_the_two_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chilean President Gabriel Boric and Peruvian President "
                            "Dina Boluarte met in Nairobi in May at the invitation of "
                            "Kenya's president."))
    assert frozenset(("CHL", "PER")) in _pairs(got, "CONSULT"), got


def test_a_direct_object_still_names_whom_they_met(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile and Peru met Brazil's foreign minister in Lima."))
    assert any(k == "CONSULT" and t == "BRA" for k, s, t in got), got


GIFTS = [
    ("Germany and France offered to send air defence systems to Ukraine on Monday.",
     {("AGREE", "DEU", "UKR"), ("AGREE", "FRA", "UKR")}),
    ("Donors met in Cairo on Monday.\nWashington and Brussels pledged $2 billion to "
     "rebuild Gaza.", {("AGREE", "USA", "PSE"), ("AGREE", "IGO", "PSE")}),
    ("Japan and South Korea pledged $500 million to help Ukraine rebuild its power grid.",
     {("AGREE", "JPN", "UKR"), ("AGREE", "KOR", "UKR")}),
    ("The United States and Japan pledged to defend the Philippines.",
     {("AGREE", "USA", "PHL"), ("AGREE", "JPN", "PHL")}),
]


def test_two_parties_giving_together_give_to_the_third(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # offering, pledging or sending is one-sided: the recipient is named in the gift's
    # own clause, and the two givers are not each other's partners
    for text, want in GIFTS:
        got = triples(code_text(text, title="Aid pledged"))
        assert want <= got, (text, got)
        assert not any(k == "AGREE" and {s, t} <= {w[1] for w in want} for k, s, t in got), \
            (text, got)


def test_two_parties_agreeing_with_each_other_are_still_each_others(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Iran and Saudi Arabia agreed on Friday to restore diplomatic "
                            "relations in a deal brokered by China.",
                            title="Iran, Saudi Arabia restore ties"))
    assert frozenset(("IRN", "SAU")) in _pairs(got, "AGREE"), got
    got = triples(code_text(STORY + "Chile and Peru promised on Monday to hold talks on the "
                            "sidelines of a summit with Brazil."))
    assert not any(k == "AGREE" and "BRA" in (s, t) for k, s, t in got), got


def test_no_gift_is_read_into_firms_questions_or_denials(
        code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ["Toyota and Honda pledged to supply batteries to carmakers in China.",
                 "Should Germany and France offer to send tanks to Ukraine?",
                 "Germany and France did not offer to send troops to Ukraine, officials said."]:
        got = triples(code_text(text, title="Aid"))
        assert not any(k == "AGREE" for k, _, _ in got), (text, got)


def test_a_gift_to_a_described_party_or_a_promise_not_to_act_names_no_recipient(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "the new government" may be anyone's, and a promise not to harm one side's
    # civilians is no gift to them: neither is read as where a gift goes
    got = triples(code_text("Doha backed the ousted president, while Chile, Peru and Bolivia "
                            "pledged millions of dollars to the new government that followed."))
    assert not any(k == "AGREE" and t == "QAT" for k, _, t in got), got
    got = triples(code_text("China and Myanmar held talks in Kunming. She said both sides had "
                            "promised not to harm residents on the Chinese side of the "
                            "border.", title="Myanmar"))
    assert ("AGREE", "CHN", "CHN") not in got, got
