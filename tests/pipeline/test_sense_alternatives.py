"""The other type a sense takes where its clause's parties or its promise decide it
(``trigger_lexicon.Alternative``): declared beside the sense, settled by the clause
reading once it has the parties, before it reads the event's modality. Sentences are
made up."""

from __future__ import annotations

from typing import Any

from pipeline.promised_resignations import PROMISED_RESIGNATION
from pipeline.trigger_barring import HOME_BAN
from pipeline.trigger_permissions import PROMISED_PERMISSION
from pipeline.trigger_readings import ALTERNATIVES
from pipeline.triggers import find_triggers
from schemas import Actor
from tests.pipeline.coding import typed_pairs


def _state(code: str) -> Actor:
    return Actor(text=code, name=None, country=code, role="GOV")


def _trigger(nlp: Any, text: str, word: str) -> Any:
    return next(t for s in nlp(text).sents for t in find_triggers(s) if t.token.text == word)


def test_each_alternative_turns_its_senses_type() -> None:
    assert [(a.of, a.to) for a in ALTERNATIVES] == [
        ("AGREE", "CONCEDE"), ("CONCEDE", "AGREE"), ("SANCTION", "COERCE")]
    assert ALTERNATIVES == (PROMISED_RESIGNATION, PROMISED_PERMISSION, HOME_BAN)


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
