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
    assert pairs_in(out, "killed 30 militants") == {("NGA", "NGA")}


def test_guard_the_country_s_officers_killed_abroad(code_text: Coder) -> None:
    out = code_text("Sweden raised its terror alert on Tuesday. Two Swedish officers were "
                    "killed in a shootout in Brussels on Monday night, Swedish officials "
                    "said.", title="Sweden mourns officers killed abroad")
    assert ("SWE", "SWE") not in assaults(out, "shootout")


def test_guard_a_weapon_from_afar_is_no_act_of_the_victims_own_country(
        code_text: Coder) -> None:
    # a strike, shell or gunfire from afar in a one-country story is most often the
    # enemy's, and sometimes the sentence says so: the doer stays unnamed, not the
    # victims' own state
    for text, words, own in (
            ("Gunfire from across the border killed two Indian villagers in Kashmir on "
             "Tuesday.", "Gunfire", "IND"),
            ("Cross-border shelling killed five Lebanese civilians in the south, "
             "Lebanon's health ministry said.", "shelling", "LBN"),
            ("Ukrainian officials said a missile strike killed 12 people in Kharkiv "
             "overnight.", "missile strike", "UKR"),
            ("An airstrike killed 20 Palestinians in Gaza City on Tuesday, the Gaza "
             "health ministry said.", "airstrike", "PSE"),
            ("A car bomb killed Russian blogger Vladlen Tatarsky in a St Petersburg "
             "cafe, Russian investigators said.", "car bomb", "RUS")):
        out = code_text(text, title="News in brief")
        assert assaults(out, words) == {(None, own)}, text


def test_guard_a_general_killed_is_no_act_of_his_own_state(code_text: Coder) -> None:
    # a named officer of the forces is someone else's target, as soldiers are
    for text in ("Russian Lieutenant General Igor Kirillov was killed by a bomb hidden "
                 "in a scooter outside his Moscow apartment.",
                 "Russian Lieutenant General Igor Kirillov was shot dead outside his "
                 "Moscow apartment."):
        out = code_text(text, title="General killed in Moscow")
        assert assaults(out, "Kirillov") == {(None, "RUS")}, text


def test_guard_accidents_and_unknown_doers_are_no_state_s_violence(
        code_text: Coder) -> None:
    for text, words, own in (
            ("A stampede at a temple killed 12 Indian pilgrims in Uttar Pradesh on "
             "Tuesday.", "stampede", "IND"),
            ("A car crash killed five Kenyan students on the Nairobi-Mombasa highway "
             "on Friday.", "car crash", "KEN"),
            ("Unknown assailants may have killed the Pakistani journalist, his family "
             "said.", "Unknown assailants", "PAK")):
        out = code_text(text, title="News in brief")
        assert assaults(out, words) == {(None, own)}, text


def test_rioting_and_a_knife_attacker_stay_the_country_s_own(code_text: Coder) -> None:
    # the unrest and close-range violence the reading is for keep it
    out = code_text("Rioting killed at least 15 Kenyan protesters in Nairobi on Tuesday.",
                    title="Kenya protests")
    assert assaults(out, "Rioting") == {("KEN", "KEN")}
    out = code_text("French officials said a knife attacker killed a French teacher "
                    "outside his school in Arras.", title="Teacher killed in France")
    assert assaults(out, "knife attacker") == {("FRA", "FRA")}
