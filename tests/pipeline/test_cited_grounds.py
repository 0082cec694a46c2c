"""Grounds cited for a hostile act: "citing" a charge ("hostile actions", "his impolite
attitude", "what it called repeated provocations") accuses the party the act is done to
(PLOVER ACCUSE beside the act, ``pipeline.cited_grounds``); grounds of prudence blame no
one."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def told_in(out: ExtractedArticle, words: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events told in the sentence containing ``words``."""
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if words in e.evidence.sentence}

ROW = ("Relations between Ghana and Togo have soured since the spring. Ghana's foreign "
       "ministry summoned Togo's ambassador last month. ")


def test_an_expulsion_citing_a_charge_accuses_the_expelled_envoys_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = told_in(code_text(
        ROW + "Ghana declared the Togolese ambassador persona non grata on Friday, citing "
        "his hostile attitude.", title="Ghana expels Togolese envoy"), "citing")
    assert ("SANCTION", "GHA", "TGO") in got
    assert ("ACCUSE", "GHA", "TGO") in got


def test_an_order_citing_a_labelled_charge_accuses_the_party_ordered(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = told_in(code_text(
        ROW + "Ghana ordered Togo to cut its embassy staff by ten, citing what it called "
        "repeated provocations.", title="Ghana cuts Togolese embassy staff"), "citing")
    assert ("ACCUSE", "GHA", "TGO") in got


def test_guard_grounds_of_prudence_blame_no_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: suspending flights "citing security concerns" is no accusation
    got = told_in(code_text(
        ROW + "Ghana suspended flights to Togo on Wednesday, citing security concerns.",
        title="Ghana suspends flights to Togo"), "citing")
    assert ("ACCUSE", "GHA", "TGO") not in got


def test_guard_a_cited_threat_is_no_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a deployment "citing the threat from" a party is a move, not an accusation
    got = told_in(code_text(
        ROW + "Ghana sent 500 more troops to the border on Monday, citing the threat from "
        "Togo.", title="Ghana reinforces border"), "citing")
    assert ("ACCUSE", "GHA", "TGO") not in got


def test_guard_a_reported_attack_citing_evidence_is_the_reporters_evidence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "citing" after a clause that the army reports of another doer gives the
    # army's evidence, not grounds of the attackers: no accusation of the army's side
    got = told_in(code_text(
        ROW + "The Ghanaian army said Togolese gunmen attacked its border post, citing "
        "hostile actions seen on drone footage.", title="Border post attacked"), "citing")
    assert ("ACCUSE", "TGO", "GHA") not in got



def test_guard_a_cited_statement_from_ones_own_side_is_no_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a plain statement, campaign or case cited as grounds blames no one unless a
    # word of blame goes with it
    got = told_in(code_text(
        ROW + "Ghana suspended flights to Togo on Wednesday, citing a statement from its "
        "aviation authority.", title="Ghana suspends flights to Togo"), "citing")
    assert ("ACCUSE", "GHA", "TGO") not in got


def test_a_cited_statement_with_a_word_of_blame_is_a_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = told_in(code_text(
        ROW + "Ghana expelled two Togolese diplomats on Wednesday, citing their hostile "
        "statements.", title="Ghana expels Togolese diplomats"), "citing")
    assert ("ACCUSE", "GHA", "TGO") in got
