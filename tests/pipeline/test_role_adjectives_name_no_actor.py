"""A role word used as an adjective of a thing ("military aid", "a military
intervention", "the last major expulsion") names no actor: the act is whoever's the
clause says (the speaker promising the aid, the country ordering the expulsion), not a
role word given the story's focus country. Nationality adjectives still name theirs.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

RUSSIA = ("Russia launched drones at Ukraine on Monday. Russia said it had taken two "
          "villages in Ukraine. Ukraine accused Russia of shelling Kharkiv. Russia denied "
          "it. ")


def test_military_aid_is_the_promisers(code_text: Any) -> None:
    out = code_text(RUSSIA + "Washington said it would resume military aid to Kyiv.")
    aid = [e for e in out.events if e.trigger == "aid"]
    assert aid and all(e.source is not None and e.source.country == "USA" for e in aid)


def test_a_major_expulsion_is_no_officers(code_text: Any) -> None:
    out = code_text("Moldova expelled a Russian diplomat on Monday. Russia condemned "
                    "Moldova. Moldova accused Russia of meddling. The last major expulsion "
                    "came in 2017, when Moldova ordered five Russian diplomats to leave.")
    assert not any(e.source is not None and e.source.text == "major" for e in out.events)


def test_a_nationality_adjective_still_names_its_country(code_text: Any) -> None:
    out = code_text(RUSSIA + "Russian strikes killed five people in Kharkiv on Tuesday.")
    assert any(e.type == "ASSAULT" and e.source is not None and e.source.country == "RUS"
               and "Tuesday" in e.evidence.sentence for e in out.events)
