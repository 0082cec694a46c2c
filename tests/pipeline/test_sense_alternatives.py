"""The other type a sense takes where its clause's parties or its promise decide it
(``trigger_lexicon.Alternative``): declared beside the sense, settled by the clause
reading once it has the parties, which it then reads again for that type with the
modality. Sentences are made up."""

from __future__ import annotations

from typing import Any

from pipeline.annotate import annotate_batch, to_doc
from pipeline.arguments import ArgumentFinder
from pipeline.envoys_told_to_leave import DEMANDED_DEPARTURE
from pipeline.event_filters import Reading
from pipeline.ids import content_hash
from pipeline.promised_resignations import PROMISED_RESIGNATION
from pipeline.syntax import segments
from pipeline.trigger_barring import HOME_BAN
from pipeline.trigger_permissions import PROMISED_PERMISSION
from pipeline.trigger_readings import ALTERNATIVES, code_clause
from pipeline.triggers import find_triggers
from schemas import Actor, CleanArticle
from tests.pipeline.coding import typed_pairs


def _state(code: str) -> Actor:
    return Actor(text=code, name=None, country=code, role="GOV")


def _trigger(nlp: Any, text: str, word: str) -> Any:
    return next(t for s in nlp(text).sents for t in find_triggers(s) if t.token.text == word)


def test_each_alternative_turns_its_senses_type() -> None:
    assert [(a.of, a.to) for a in ALTERNATIVES] == [
        ("AGREE", "CONCEDE"), ("CONCEDE", "AGREE"), ("SANCTION", "COERCE"),
        ("SANCTION", "REQUEST")]
    assert ALTERNATIVES == (PROMISED_RESIGNATION, PROMISED_PERMISSION, HOME_BAN,
                            DEMANDED_DEPARTURE)


def test_a_permission_is_promised_only_to_another_state(nlp: Any) -> None:
    trig = _trigger(nlp, "Norway will allow Swedish trawlers to fish in its waters.",
                    "allow")
    assert PROMISED_PERMISSION.holds(trig, [_state("NOR")], [_state("SWE")])
    assert not PROMISED_PERMISSION.holds(trig, [_state("NOR")], [_state("NOR")])


def test_a_ban_is_at_home_only_on_ones_own_people(nlp: Any) -> None:
    trig = _trigger(nlp, "Ghana banned a Ghanaian separatist movement on Monday.", "banned")
    assert HOME_BAN.holds(trig, [_state("GHA")], [_state("GHA")])
    assert not HOME_BAN.holds(trig, [_state("GHA")], [_state("TGO")])


def test_the_promised_permission_is_coded_with_its_pair(code_text: Any) -> None:
    out = code_text("Norway will allow Swedish trawlers to fish in its waters.")
    assert ("NOR", "SWE") in typed_pairs(out, "AGREE"), out.events
    assert not typed_pairs(out, "CONCEDE"), out.events


def test_the_acts_done_record_the_final_type(nlp: Any) -> None:
    # later readings take a doer from the acts done ("concerned by the arrests": the
    # story's main doer of COERCE), so a ban at home is recorded as the COERCE it is
    text = "Iran's interior ministry banned an Iranian student association on Tuesday."
    clean = CleanArticle(article_id="ar_test", title="", text=text, url=None,
                         canonical_url=None, source=None, published="2024-06-26",
                         language="en", content_hash=content_hash(text),
                         word_count=len(text.split()))
    annotated = annotate_batch([clean], nlp)[0]
    finder = ArgumentFinder(annotated, to_doc(annotated, nlp.vocab))
    finder.segment = sent = segments(finder.doc)[0]
    trig = next(t for t in find_triggers(sent) if t.token.text == "banned")
    assert trig.sense.type == "SANCTION"
    coded = code_clause(finder, trig, Reading("SANCTION", negated=False, refusal=False), None)
    assert coded is not None and coded[0] == "COERCE"
    assert [(t, a.country) for t, a, _ in finder.done] == [("COERCE", "IRN")]
