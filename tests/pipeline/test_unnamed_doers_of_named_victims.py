"""In a story about one country (no two-country pair), violence on that country's people
whose doer the story names by no country is the country's own: "Abe was shot dead",
"rioting killed at least 15 people", "an armoured vehicle ran over and killed a driver"
(not soldiers or police killed: someone else's attack on them).
The victims are named, so the reading is coded, but it had no source (gold codes the
country on both sides). A doer the clause names, a two-party story, victims of another
country and sentences that tell no violence keep their readings
(``pipeline.agentless_doers``)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in, typed_pairs

Coder = Callable[..., ExtractedArticle]


def assaults(out: ExtractedArticle, words: str) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and words in e.evidence.sentence}


def test_a_politician_shot_dead_at_home_falls_to_his_own_country(code_text: Coder) -> None:
    out = code_text("Former Japanese prime minister Shinzo Abe was shot dead on Friday "
                    "while delivering a campaign speech in Nara.",
                    title="Japan mourns former leader")
    assert assaults(out, "shot dead") == {("JPN", "JPN")}


def test_children_killed_in_a_knife_attack_fall_to_their_own_country(
        code_text: Coder) -> None:
    out = code_text("Britain's prime minister chaired an emergency meeting on Monday. A "
                    "knife attack at a children's dance class in Southport killed three "
                    "girls on July 29.", title="Riots spread across England")
    assert assaults(out, "knife attack") == {("GBR", "GBR")}


def test_a_driver_run_over_in_unrest_falls_to_his_own_country(code_text: Coder) -> None:
    out = code_text("A police armoured vehicle ran over and killed Affan Kurniawan, a "
                    "motorcycle taxi driver, during clashes in central Jakarta on Thursday "
                    "night.", title="Indonesia protests spread")
    assert assaults(out, "ran over") == {("IDN", "IDN")}


def test_guard_police_killed_by_unnamed_gunmen_are_no_act_of_their_own_state(
        code_text: Coder) -> None:
    # soldiers or police killed: someone else's attack on them, not their state's
    out = code_text("Two Congolese police guards were killed in a shootout in Kinshasa "
                    "on Sunday, a government spokesman said.",
                    title="Gunfight in Congo's capital")
    assert ("COD", "COD") not in assaults(out, "police guards")


def test_guard_a_named_foreign_attacker_keeps_its_country(code_text: Coder) -> None:
    out = code_text("Russian missiles killed 12 people in Kyiv on Monday, Ukrainian "
                    "officials said.", title="Missiles hit Kyiv")
    assert assaults(out, "Russian missiles") == {("RUS", "UKR")}


def test_guard_a_bomber_from_abroad_keeps_his_country(code_text: Coder) -> None:
    out = code_text("A suicide bomber from Afghanistan killed 20 Pakistani soldiers in "
                    "Peshawar, Pakistan's army said.", title="Bombing in Peshawar")
    assert assaults(out, "suicide bomber") == {("AFG", "PAK")}


def test_guard_a_tourist_killed_abroad_is_no_act_of_his_own_country(
        code_text: Coder) -> None:
    out = code_text("A British tourist was stabbed to death in Bangkok on Saturday, Thai "
                    "police said.", title="Tourist killed in Thailand")
    assert ("GBR", "GBR") not in assaults(out, "stabbed")


def test_guard_a_two_party_story_keeps_the_other_party(code_text: Coder) -> None:
    out = code_text("Armenia and Azerbaijan exchanged fire across the border on Monday. "
                    "Three Armenian soldiers were killed, Armenia's defence ministry said.",
                    title="Armenia and Azerbaijan clash")
    assert ("ARM", "ARM") not in assaults(out, "Three Armenian soldiers")


def test_guard_sentences_that_tell_no_violence(code_text: Coder) -> None:
    for text in ("Floods killed 30 people in northern Kenya this week, the Kenyan Red "
                 "Cross said.",
                 "No one was killed in the blast in Lagos, Nigerian police said.",
                 "Who killed the Mexican journalist in Tijuana last week?",
                 "The Brazilian striker killed off Argentina's hopes with a late goal in "
                 "Sao Paulo."):
        out = code_text(text, title="News in brief")
        assert typed_pairs(out, "ASSAULT") == set(), text


def test_guard_a_speaker_s_own_forces_stay_the_doers(code_text: Coder) -> None:
    out = code_text("Nigeria's army said its troops killed 30 militants in Borno state "
                    "on Tuesday.", title="Nigerian army raid")
    assert pairs_in(out, "killed 30 militants") <= {("NGA", "NGA")}
    assert pairs_in(out, "killed 30 militants")


def test_guard_the_country_s_officers_killed_abroad(code_text: Coder) -> None:
    out = code_text("Sweden raised its terror alert on Tuesday. Two Swedish officers were "
                    "killed in a shootout in Brussels on Monday night, Swedish officials "
                    "said.", title="Sweden mourns officers killed abroad")
    assert ("SWE", "SWE") not in assaults(out, "shootout")
