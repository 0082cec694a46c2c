"""A state's home body or voice named by no country (police or officers using force on a
crowd; lawmakers, courts, prosecutors or the opposition judging its police or its courts)
belongs to the recipient's country when its sentence does not name the country the story
gave it: not where the sentence names that country, not a person judged (a voice abroad
may judge a foreign leader), not a government. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, cast

from pipeline.home_aims import home_voice_source
from schemas import Actor, ExtractedArticle
from tests.pipeline.coding import pairs_in, triples

#: A story that pairs Germany with Spain.
GERMANY = ("Germany detained the Catalan leader Carles Puigdemont on Sunday. German police "
           "held him near the Danish border. ")


def test_guard_police_charging_protesters_near_a_home_office_are_the_protesters_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # passes without the rule: a made-up crowd takes the police's country before the
    # rule reads it (the rule's crowd gains are on real articles)
    out = code_text(GERMANY + "In Barcelona, police charged protesters who tried to reach "
                    "the offices of the Spanish government's delegation.")
    assert pairs_in(out, "police charged") == {("ESP", "ESP")}, triples(out)


def test_guard_the_opposition_accusing_his_government_keeps_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "his government" may have been given the story's other party: no source follows it
    out = code_text("China warned Australia against joining the pact. Beijing said Canberra "
                    "would regret it. Australian Prime Minister Scott Morrison said "
                    "Australia would decide. The opposition Labor Party accused his "
                    "government of a foreign policy failure.")
    assert ("ACCUSE", "CHN", "CHN") not in triples(out), triples(out)


def test_prosecutors_investigating_the_court_are_of_the_courts_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Japan protested to South Korea about the ruling. Tokyo said the verdict "
                    "violated a 1965 treaty. South Korea's Supreme Court had ordered the "
                    "firm to pay. The case lingered for years at the top court, and "
                    "prosecutors are now investigating whether the court colluded with the "
                    "former government.")
    assert pairs_in(out, "prosecutors are now investigating") == {("KOR", "KOR")}, \
        triples(out)


def test_lawmakers_complaining_about_the_police_are_of_the_polices_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States urged Macedonia to form a government. Washington "
                    "said the crisis must end. Protesters stormed the Macedonian parliament "
                    "in Skopje. Social Democrat lawmakers complained that police had "
                    "waited far too long.")
    assert ("ACCUSE", "MKD", "MKD") in triples(out), triples(out)
    assert ("ACCUSE", "USA", "MKD") not in triples(out), triples(out)


def test_guard_a_foreign_leader_criticised_keeps_the_critics_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States imposed sanctions on Russia. Washington said Moscow "
                    "must pay. Republican lawmakers criticised Vladimir Putin on Tuesday.")
    assert ("ACCUSE", "RUS", "RUS") not in triples(out), triples(out)


def test_guard_prosecutors_charging_a_foreigner_keep_their_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States and Mexico agreed to tighten border controls. "
                    "Mexican officials welcomed the accord. In Texas, prosecutors charged "
                    "Ovidio Guzman, the son of a Mexican drug lord, with trafficking.")
    assert pairs_in(out, "prosecutors charged") == {("USA", "MEX")}, triples(out)


def test_guard_a_bare_regime_criticised_stays_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States imposed sanctions on Iran. Washington said Tehran "
                    "must stop enriching uranium. Republican lawmakers criticised the "
                    "regime on Tuesday.")
    assert ("ACCUSE", "IRN", "IRN") not in triples(out), triples(out)


def test_guard_police_of_a_country_the_sentence_names_keep_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("France and Italy clashed over migration. Paris accused Rome of "
                    "irresponsibility. French police fired tear gas at protesters in Rome.")
    assert pairs_in(out, "French police") == {("FRA", "ITA")}, triples(out)


def test_guard_police_in_a_one_country_story_stay_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya and Uganda agreed to reopen the border. Ugandan police fired on "
                    "protesters in Kampala. Lawmakers complained that police had waited "
                    "too long.")
    assert pairs_in(out, "Lawmakers complained") == {("UGA", "UGA")}, triples(out)


def test_guard_a_question_about_the_opposition_is_no_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Did the opposition accuse his government? Brazil asked Argentina. "
                    "Argentina said no.")
    assert "ACCUSE" not in {t for t, _, _ in triples(out)}, triples(out)


def test_guard_fans_arrested_after_a_match_name_no_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The football federation fined the club. Police arrested fans after the "
                    "match. The court rejected the club's appeal.")
    assert ("COERCE", "GOV", "CVL") in triples(out), triples(out)


def test_guard_denied_criticism_is_no_accusation(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Lawmakers did not criticise the police, India said. Pakistan accused "
                    "India of meddling. India rejected the charge.")
    assert ("ACCUSE", "IND", "IND") not in triples(out), triples(out)


def test_guard_mps_accusing_police_in_a_named_foreign_city_keep_their_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Britain demanded answers from France over the chaos at the Champions "
                    "League final. London said Liverpool supporters had been mistreated. MPs "
                    "accused police in Paris of heavy-handed tactics.")
    assert ("ACCUSE", "FRA", "FRA") not in triples(out), triples(out)


def test_guard_senators_accusing_police_in_hong_kong_keep_their_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United States condemned China's crackdown. Washington said Beijing "
                    "had broken its promises. Republican senators accused police in Hong Kong "
                    "of brutality.")
    assert ("ACCUSE", "HKG", "HKG") not in triples(out), triples(out)


def test_guard_officers_in_a_story_of_israeli_forces_are_no_palestinian_force(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Israel and the Palestinians traded blame. Ramallah said Israeli forces "
                    "were escalating. Officers beat the men at a checkpoint near Hebron.")
    assert ("ASSAULT", "PSE", "PSE") not in triples(out), triples(out)


def test_guard_police_in_an_occupied_town_are_no_force_of_its_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Russia and Ukraine traded accusations. Kyiv said Moscow had abducted its "
                    "citizens. Police officers beat men in occupied Melitopol.")
    assert ("ASSAULT", "UKR", "UKR") not in triples(out), triples(out)


def test_police_charging_a_crowd_are_the_crowds_state(nlp: Any) -> None:
    # the rule on its own (a made-up story gives the crowd the police's country first):
    # police the story's focus made Germany's, charging Spain's protesters in a sentence
    # that names neither, are Spain's
    tok = next(t for t in nlp("In Barcelona, police charged the protesters.") if
               t.lower_ == "charged")
    trig = cast(Any, SimpleNamespace(token=tok))
    police = Actor(text="police", name=None, country="DEU", role="GOV")
    crowd = Actor(text="the protesters", name=None, country="ESP", role="CVL")
    got = home_voice_source(trig, "COERCE", [police], [crowd])
    assert [a.country for a in got] == ["ESP"]
