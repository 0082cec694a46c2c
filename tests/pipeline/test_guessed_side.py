"""A doer whose country is only a guess (a role word such as "the junta" or "the
foreign ministry", a person the text gives no nationality) is not the country it
addresses by name: a state does not make demands of, accuse or summon itself. The doer
is the story's other side. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Niger junta gives French troops a month to leave"
STORY = ("French troops have been in Niger for a decade. France keeps 1,500 soldiers at "
         "a base in Niamey. French officials said France would study the request. "
         "Paris has rejected such demands before. "
         "Earlier this month the junta asked France to recall its ambassador.")


def test_a_junta_asking_france_is_not_france(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    asked = {(s, t) for ty, s, t in triples(out) if ty == "REQUEST"}
    assert ("NER", "FRA") in asked
    assert ("FRA", "FRA") not in asked


def test_a_ministry_summoning_an_envoy_is_the_other_country(code_text: Any) -> None:
    text = ("U.S. jets struck targets in Iraq on Friday. The United States said the "
            "strikes hit militia bases. Washington said more strikes would follow. "
            "Iraq called the strikes a violation of its sovereignty. "
            "The foreign ministry summoned the U.S. charge d'affaires on Saturday.")
    out = code_text(text, title="US strikes militias in Iraq")
    summoned = {(e.source and e.source.country, e.target and e.target.country)
                for e in out.events if "summoned" in e.evidence.sentence}
    assert ("IRQ", "USA") in summoned
    assert ("USA", "USA") not in summoned


def test_a_known_leader_keeps_his_country(code_text: Any) -> None:
    text = ("France sent troops to Mali in 2013. "
            "Emmanuel Macron asked France to remember the soldiers who died there.")
    out = code_text(text, title="France marks Mali mission")
    assert not any(ty == "REQUEST" and s == "MLI" for ty, s, _ in triples(out))
