"""The learned actor ranker: the parties around a trigger, and the model's pick among them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.actor_ranker import (
    MODEL_PATH,
    ActorRanker,
    Candidate,
    candidates,
    code_of,
    features,
    load_ranker,
)
from pipeline.annotate import annotate_batch, to_doc
from pipeline.arguments import ArgumentFinder
from pipeline.ids import content_hash
from pipeline.syntax import segments
from schemas import Actor, CleanArticle

TEXT = "Turkey shot down a Russian warplane near the Syrian border on Tuesday."


@pytest.fixture(scope="module")
def parties(nlp: Any) -> dict[str, Candidate]:
    clean = CleanArticle(article_id="ar_rank", title="", text=TEXT, url=None,
                         canonical_url=None, source=None, published="2015-11-25",
                         language="en", content_hash=content_hash(TEXT),
                         word_count=len(TEXT.split()))
    annotated = annotate_batch([clean], nlp)[0]
    doc = to_doc(annotated, nlp.vocab)
    finder = ArgumentFinder(annotated, doc)
    sent = segments(doc)[0]
    finder.segment = sent
    anchor = next(t for t in sent if t.lemma_ == "shoot")
    return {c.code: c for c in candidates(finder, sent, anchor, (None, None), None, None)}


def test_every_party_the_sentence_names_is_a_candidate(parties: dict[str, Candidate]) -> None:
    assert {"TUR", "RUS", "SYR"} <= set(parties)


def test_a_candidate_is_described_by_its_place_in_the_clause(
        parties: dict[str, Candidate]) -> None:
    assert "subject" in parties["TUR"].facts and "via:nsubj" in parties["TUR"].facts
    assert "via:dobj" in parties["RUS"].facts
    assert "via:prep:near" in parties["SYR"].facts  # ("Syrian" modifies "border")


def test_the_rules_choice_is_a_candidate_but_no_feature() -> None:
    cand = Candidate("TUR", Actor(text="Turkey", country="TUR"), {"rule:source", "subject"})
    assert "subject" in features(cand, "ASSAULT")
    assert not any("rule:" in f for f in features(cand, "ASSAULT"))


def _ranker(margin: float = 1.0) -> ActorRanker:
    return ActorRanker(weights={
        "source": {"BIAS": -2.0, "subject": 4.0},
        "target": {"BIAS": -2.0, "via:dobj": 4.0, "is:source": -3.0}}, margin=margin)


def test_the_models_own_pair_is_subject_on_object(parties: dict[str, Candidate]) -> None:
    src, tgt = _ranker().best(None, "ASSAULT", list(parties.values()), (None, None))
    assert (code_of(src), code_of(tgt)) == ("TUR", "RUS")


def test_at_margin_one_the_rules_pair_stands(parties: dict[str, Candidate]) -> None:
    ranker = _ranker(margin=1.0)
    rules = (Actor(text="Syria", country="SYR"), None)
    assert not ranker.replaces_rules
    assert ranker.choose(None, "ASSAULT", list(parties.values()), rules) == rules


def test_below_margin_one_a_clearly_better_party_replaces_the_rules(
        parties: dict[str, Candidate]) -> None:
    ranker = _ranker(margin=0.3)
    rules = (Actor(text="Syria", country="SYR"), None)
    src, tgt = ranker.choose(None, "ASSAULT", list(parties.values()), rules)
    assert ranker.replaces_rules and code_of(src) == "TUR" and code_of(tgt) == "RUS"


def test_the_model_file_round_trips() -> None:
    assert ActorRanker.from_json(_ranker().to_json()) == _ranker()


def test_without_a_model_file_there_is_no_ranker(tmp_path: Path) -> None:
    assert load_ranker(tmp_path / "missing.json") is None


def test_the_packaged_ranker_has_both_roles() -> None:
    ranker = load_ranker(MODEL_PATH)
    assert ranker is not None and set(ranker.weights) == {"source", "target"}


def test_a_target_of_the_sources_own_country_is_that_country_implied(
        parties: dict[str, Candidate]) -> None:
    # "the police fired on protesters": the same country, not the same actor
    domestic = ActorRanker(weights={"source": {"BIAS": -2.0, "subject": 4.0},
                                    "target": {"BIAS": -2.0, "is:source": 4.0}}, margin=1.0)
    src, tgt = domestic.best(None, "COERCE", list(parties.values()), (None, None))
    assert tgt is not None and tgt is not src and tgt.country == "TUR" and tgt.text == ""


def _implied_ranker(*roles: str) -> ActorRanker:
    return ActorRanker(weights=_ranker().weights, margin=1.0, implied=roles,
                       implied_margin=0.0)


def test_an_implied_role_lets_the_model_replace_a_party_the_rules_implied(
        parties: dict[str, Candidate]) -> None:
    # the rules filled in the story's other party (no phrase of the text names it)
    rules = (Actor(text="Turkey", country="TUR"), Actor(text="", country="SYR", role="UNK"))
    ranker = _implied_ranker("target")
    src, tgt = ranker.choose(None, "ASSAULT", list(parties.values()), rules)
    assert ranker.replaces_rules and src is rules[0] and code_of(tgt) == "RUS"


def test_an_implied_role_keeps_a_party_the_syntax_gave(
        parties: dict[str, Candidate]) -> None:
    rules = (Actor(text="Turkey", country="TUR"), Actor(text="Syria", country="SYR"))
    assert _implied_ranker("target").choose(
        None, "ASSAULT", list(parties.values()), rules) == rules


def test_only_the_named_roles_are_reconsidered(parties: dict[str, Candidate]) -> None:
    # an implied source stands where only the target is the model's to choose
    rules = (Actor(text="", country="SYR", role="UNK"), Actor(text="", country="SYR", role="UNK"))
    src, tgt = _implied_ranker("target").choose(None, "ASSAULT", list(parties.values()), rules)
    assert code_of(src) == "SYR" and code_of(tgt) == "RUS"
    src, _ = _implied_ranker("source").choose(None, "ASSAULT", list(parties.values()), rules)
    assert code_of(src) == "TUR"


def test_the_implied_roles_round_trip_and_default_to_none() -> None:
    ranker = _implied_ranker("target")
    assert ActorRanker.from_json(ranker.to_json()) == ranker
    assert _ranker().implied == () and not _ranker().replaces_rules


def test_a_missing_party_is_filled_only_where_asked(parties: dict[str, Candidate]) -> None:
    rules = (Actor(text="Turkey", country="TUR"), None)
    assert _implied_ranker("target").choose(
        None, "ASSAULT", list(parties.values()), rules) == rules
    filling = ActorRanker(weights=_ranker().weights, margin=1.0, implied_margin=0.5,
                          missing=("target",))
    _, tgt = filling.choose(None, "ASSAULT", list(parties.values()), rules)
    assert code_of(tgt) == "RUS"
    assert ActorRanker.from_json(filling.to_json()) == filling


def test_filling_missing_roles_keeps_every_party_the_rules_gave(
        parties: dict[str, Candidate]) -> None:
    filling = ActorRanker(weights=_ranker().weights, margin=1.0, implied_margin=0.0,
                          missing=("source", "target"))
    implied = (Actor(text="Turkey", country="TUR"), Actor(text="", country="SYR", role="UNK"))
    assert filling.replaces_rules
    assert filling.choose(None, "ASSAULT", list(parties.values()), implied) == implied
