"""An official or opponent arrested or detained with no agent named is held by his own
state, though the story also names a neighbour or a foreign party; not a foreigner, nor
someone held at a place the sentence names, nor an envoy, nor someone deported; and not
a charge, conviction or sentence, which a court abroad may bring. Sentences are made up
for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in, triples

#: A story that pairs Kenya with Uganda.
KENYA = ("Kenya and Uganda signed a trade pact. Kenyan officials praised the deal. Kenya "
         "said Kenya would open the border. ")
#: A story that pairs the United States with Honduras.
HONDURAS = ("The United States asked Honduras to hand over drug suspects. Washington "
            "praised Tegucigalpa's cooperation. The United States has sought extraditions. ")
#: A story that pairs the United States with Russia.
RUSSIA = ("The United States accused Russia of hostage diplomacy. Washington said Moscow "
          "was holding Americans as bargaining chips. ")


def test_an_opposition_leader_detained_is_held_by_his_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(KENYA + "Ugandan opposition leader Kizza Besigye was detained on "
                    "Friday.")
    assert pairs_in(out, "was detained") == {("UGA", "UGA")}, triples(out)


def test_a_former_police_chief_arrested_is_held_by_his_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(HONDURAS + "Juan Perez, a former Honduran police chief, was arrested "
                    "on Tuesday at the request of the United States.")
    assert pairs_in(out, "was arrested") == {("HND", "HND")}, triples(out)


def test_guard_an_official_arrested_at_a_named_place_abroad_is_held_there(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(HONDURAS + "Former Honduran president Juan Perez was arrested in "
                    "Miami on Tuesday.")
    assert pairs_in(out, "was arrested") == {("USA", "HND")}, triples(out)


def test_guard_a_journalist_detained_abroad_is_held_by_the_host(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(RUSSIA + "American journalist John Smith was detained in Moscow on "
                    "Tuesday.")
    assert pairs_in(out, "was detained") == {("RUS", "USA")}, triples(out)


def test_guard_a_lawmaker_detained_by_foreign_forces_is_held_by_them(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ivan Petrov, a Ukrainian lawmaker, was detained by Russian forces on "
                    "Tuesday. Ukraine condemned the detention. Russia rejected the criticism.")
    assert pairs_in(out, "was detained") == {("RUS", "UKR")}, triples(out)


def test_guard_an_envoy_told_to_leave_is_expelled_by_the_host(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Pakistan downgraded ties with India over Kashmir. Islamabad said New "
                    "Delhi had acted illegally. Foreign Minister Ali Khan said Indian High "
                    "Commissioner Ajay Bisaria had been asked to leave.")
    assert ("SANCTION", "PAK", "IND") in triples(out), triples(out)


def test_guard_a_questioned_arrest_is_no_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Was Nasheed arrested? India asked the Maldives. The Maldives refused "
                    "to answer India.")
    assert "COERCE" not in {t for t, _, _ in triples(out)}, triples(out)


def test_guard_an_arrest_denied_is_no_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Opposition leader Nelson Chamisa was not arrested on Friday, police "
                    "said. South Africa had urged Zimbabwe to respect rights.")
    assert "COERCE" not in {t for t, _, _ in triples(out)}, triples(out)


def test_guard_a_player_charged_by_a_sport_body_is_no_state_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Striker Juan Perez was charged by the football federation with "
                    "misconduct. Argentina and Brazil meet on Sunday.")
    assert "ACCUSE" not in {t for t, _, _ in triples(out)}, triples(out)


def test_guard_a_soldier_captured_is_no_official_held_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the rule reads officials and opponents only: a soldier's captor is the story's
    out = code_text("Russia and Ukraine traded blame for the fighting. Ukrainian soldier "
                    "Ivan Petrov was captured by Russian troops on Tuesday.")
    assert ("COERCE", "UKR", "UKR") not in triples(out), triples(out)


def test_guard_an_official_deported_is_removed_by_the_host(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Pakistan and Afghanistan traded accusations over refugees. Islamabad "
                    "said Kabul harboured militants. Former Afghan minister Ahmad Wali was "
                    "deported from Pakistan on Monday.")
    assert ("COERCE", "AFG", "AFG") not in triples(out), triples(out)


def test_guard_an_opponent_detained_at_an_airport_abroad_is_held_by_the_host(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Malaysia and Cambodia discussed trade. Kuala Lumpur said it would not "
                    "interfere. Cambodian opposition figure Mu Sochua was detained upon "
                    "arrival at Kuala Lumpur airport.")
    assert ("COERCE", "KHM", "KHM") not in triples(out), triples(out)


def test_guard_a_former_president_convicted_in_a_story_on_foreign_prosecutors(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The US Justice Department said on Friday that it would seek a life "
                    "term. Prosecutors in New York said the case was strong. The United "
                    "States says the cartels must be stopped. Former Honduran president Juan "
                    "Orlando Hernandez was convicted on Friday.")
    assert ("SANCTION", "HND", "HND") not in triples(out), triples(out)


def test_guard_a_minister_sentenced_in_absentia_is_sentenced_abroad(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Russia said on Monday it would punish those responsible. The Kremlin "
                    "said Russian courts would act. Moscow accused Kyiv of terrorism. Former "
                    "Ukrainian defence minister Oleksii Reznikov was sentenced in absentia "
                    "to 10 years.")
    assert ("SANCTION", "UKR", "UKR") not in triples(out), triples(out)


def test_guard_a_foreign_official_indicted_in_a_spying_story(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States said on Friday it would not tolerate foreign "
                    "interference. Washington accused Beijing of spying. Former Chinese "
                    "official Sun Wen, an aide to New York's governor, was indicted on "
                    "Tuesday.")
    assert ("ACCUSE", "CHN", "CHN") not in triples(out), triples(out)


def test_guard_an_officer_charged_in_absentia_is_charged_abroad(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Britain said on Monday it would hold Russia to account. London accused "
                    "Moscow of the Salisbury attack. Russian officer Denis Sergeev, a GRU "
                    "general, "
                    "was charged in absentia with attempted murder.")
    assert ("ACCUSE", "RUS", "RUS") not in triples(out), triples(out)


def test_an_adviser_who_speaks_does_not_make_the_held_leader_an_envoy(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a post word outside the held person's own phrase says nothing of who holds him
    out = code_text("India and the Maldives discussed security. New Delhi urged Male to "
                    "respect democracy. Former Maldivian president Mohamed Nasheed was "
                    "arrested on Sunday, his former advisor told reporters.")
    assert pairs_in(out, "was arrested") == {("MDV", "MDV")}, triples(out)


def test_an_election_commissioner_who_speaks_is_no_post_abroad(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("India and the Maldives discussed security. New Delhi urged Male to "
                    "respect democracy. Former Maldivian president Mohamed Nasheed was "
                    "arrested on Sunday, the election commissioner said.")
    assert pairs_in(out, "was arrested") == {("MDV", "MDV")}, triples(out)


def test_guard_a_journalist_detained_is_no_official_held_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the rule reads officials, opponents and party figures only (HOME_HELD_ROLES)
    out = code_text(KENYA + "Ugandan journalist John Okello was detained on Friday.")
    assert ("COERCE", "UGA", "UGA") not in triples(out), triples(out)


def test_guard_a_pronoun_held_may_be_held_abroad(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "he" may stand for a foreigner the story took abroad: no home arrest is read
    out = code_text(KENYA + "Ugandan opposition leader Kizza Besigye flew to Nairobi on "
                    "Thursday. He was detained on Friday.")
    assert ("COERCE", "UGA", "UGA") not in triples(out), triples(out)
