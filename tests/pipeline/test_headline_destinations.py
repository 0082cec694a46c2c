"""A country a headline names only as where forces are sent ("Kenya court blocks police
deployment to Haiti") is no party of its main news: it does not lower the bar for the
story's pair, so a story about one country's courts and politics stays domestic. A
country the headline names as a party ("sends ambassador to", "deploys troops against")
still lowers it. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import story_parties

# a story of Kenya's courts and politics that names Haiti twice, as the destination
BODY = ("Kenya's high court on Friday halted the government's plan to post officers to Haiti. "
        "Kenya's president said the ruling would be appealed. "
        "Kenya's interior minister called the decision a setback. "
        "Kenya's opposition had challenged the plan in court. "
        "Kenya's police chief declined to comment. "
        "The mission to Haiti was to be led by Kenya's officers. "
        "Kenya's president attacked the judges on Saturday.")


def test_a_deployments_destination_in_the_headline_makes_no_pair(nlp: Any) -> None:
    focus, pair = story_parties(nlp, "Kenya court blocks police deployment to Haiti", BODY)
    assert focus == "KEN"
    assert pair is None


def test_a_deployment_of_forces_to_a_country_makes_no_pair(nlp: Any) -> None:
    # the parser hangs "to Haiti" on "blocks": the verb's object is the deployment
    _, pair = story_parties(nlp, "Kenya court blocks deployment of police to Haiti", BODY)
    assert pair is None


def test_the_president_attacking_judges_stays_domestic(code_text: Any) -> None:
    out = code_text(BODY, title="Kenya court blocks police deployment to Haiti")
    pairs = {(e.source.country if e.source else None, e.target.country if e.target else None)
             for e in out.events if e.type == "ASSAULT" and "judges" in e.evidence.sentence}
    assert pairs == {("KEN", "KEN")}


def test_guard_an_envoy_sent_to_a_country_still_names_a_party(nlp: Any) -> None:
    # guard: "ambassador to Haiti" is no deployment; Haiti is the headline's other party
    _, pair = story_parties(nlp, "Kenya sends ambassador to Haiti", BODY)
    assert pair is not None and set(pair) == {"KEN", "HTI"}
