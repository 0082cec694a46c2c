"""A state that recalls its own envoy acts on the state the envoy is posted to, not on
itself: "recalled the Kenyan ambassador" for Kenya, "France's ambassador in Algiers",
"ambassador Jane Doe would be recalled", "we will withdraw our ambassador". With no
post named, the host is the post an earlier recall by the same state named, else the
story's other party. An envoy a state expels is never its own ("declared Ambassador X
persona non grata"). Guards: several recalling states, another state's envoy, an
expulsion of no envoy."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _recalls(got: set) -> set:
    return {(s, t) for ty, s, t in got if ty == "SANCTION"}


ROW = ("Kenya and Tanzania are locked in a row over a disputed lake island. Tanzania "
       "said Kenya had sent police to the island, and Kenya accused Tanzania of "
       "blocking its fishermen. ")


def test_recalling_the_states_own_named_envoy_is_aimed_at_the_host(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _recalls(triples(code_text(
        ROW + "Foreign Minister Monica Juma recalled the Kenyan ambassador and two "
        "consuls, saying Kenya would keep a smaller presence.")))
    assert ("KEN", "TZA") in got and ("KEN", "KEN") not in got, got


def test_an_envoy_recalled_in_a_passive_by_his_title(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _recalls(triples(code_text(
        ROW + "President William Ruto said the seizure was unacceptable and that "
        "ambassador Peter Kamau would be recalled for consultations.")))
    assert ("KEN", "TZA") in got and ("KEN", "KEN") not in got, got


def test_a_later_recall_naming_no_post_is_from_the_post_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a one-country story (no pair): the earlier "to Ghana" names the host
    got = _recalls(triples(code_text(
        "Nigeria withdrew its ambassador to Ghana on Tuesday after traders were "
        "attacked in Accra. \"We have decided to withdraw our ambassador "
        "definitively,\" the foreign minister said. On Sunday the minister recalled the "
        "ambassador to Abuja for consultations.")))
    assert got == {("NGA", "GHA")}, got


def test_the_states_own_envoy_named_with_its_post(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _recalls(triples(code_text(
        "Chile said Peru had broken a fishing accord. President Gabriel Boric decided "
        "to recall Chile's ambassador in Lima, Pedro Soto, for consultations.")))
    assert ("CHL", "PER") in got and ("CHL", "CHL") not in got, got


def test_guard_two_states_recalling_their_envoys_face_each_other(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _recalls(triples(code_text(
        ROW + "Kenya and Tanzania recalled their ambassadors on Thursday.")))
    assert ("KEN", "KEN") not in got and ("TZA", "TZA") not in got, got


def test_guard_another_states_envoy_keeps_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # expelling the other state's envoy is aimed at that state, as before
    got = _recalls(triples(code_text(
        ROW + "Kenya expelled the Tanzanian ambassador on Friday.")))
    assert ("KEN", "TZA") in got, got


def test_an_expelled_envoy_named_by_his_title_is_the_other_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a state expels only foreign envoys: not Peru's own ambassador
    got = _recalls(triples(code_text(
        "LIMA - Peru expelled Chile's ambassador on Tuesday. Peru said Chile had "
        "interfered in its affairs. Chile said the step was unjustified. Foreign "
        "Minister Ana Gervasi declared Ambassador Pablo Soto persona non grata.",
        title="Peru expels Chile's ambassador in row over asylum")))
    assert got == {("PER", "CHL")}, got


def test_guard_an_expulsion_of_no_envoy_keeps_its_reading(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # no envoy expelled: the expulsion rule leaves the deportation alone
    got = triples(code_text(ROW + "Kenya expelled 40 Tanzanian fishermen on Friday."))
    assert ("KEN", "KEN") not in {(s, t) for _, s, t in got}, got


def test_a_diplomat_mentioned_beside_the_expelled_is_not_the_expelled(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (review) the activists are expelled, the ambassador they met is not
    out = code_text("Britain and Russia traded accusations on Monday. Russia expelled "
                    "Russian activists who had met the British ambassador in Moscow.")
    assert not any(e.type == "SANCTION" and e.target is not None and
                   e.target.country == "GBR" for e in out.events), out.events
