"""``newswire tail`` follows a topic; --type/--country narrow it; --json keeps values as-is."""

from __future__ import annotations

import orjson
import pytest

from agents.broker import EmbeddedBroker
from tests.integration.conftest import newswire_env, produce, run_cli

pytestmark = pytest.mark.integration


def event(n: int, type_: str, src: str | None, tgt: str | None, where: str | None) -> dict:
    return {"event_id": f"ev_{n:04x}", "type": type_, "modality": "asserted",
            "source": {"text": src or "someone", "country": src},
            "target": {"text": tgt or "someone", "country": tgt},
            "location": {"text": where or "", "country": where} if where else None,
            "evidence": {"sentence": f"sentence {n}", "sentence_index": 0, "start": 0,
                         "end": 10},
            "quantities": []}


EVENTS = [
    event(1, "ASSAULT", "RUS", "UKR", "UKR"),
    event(2, "ASSAULT", "ISR", "PSE", "PSE"),
    event(3, "CONSULT", "RUS", "UKR", "TUR"),
    event(4, "ASSAULT", None, None, "UKR"),   # matched by place
    event(5, "PROTEST", "UKR", None, None),
]


def test_tail_filters_by_type_and_country(broker: EmbeddedBroker, prefix: str) -> None:
    topic = f"{prefix}.events"
    produce(broker, topic, [(e["event_id"].encode(), orjson.dumps(e)) for e in EVENTS])
    env = newswire_env(broker, prefix)
    done = run_cli(["tail", "--topic", topic, "--type", "ASSAULT", "--country", "UKR",
                    "--json", "--no-follow"], env, timeout=60)
    assert done.returncode == 0, done.stderr
    got = [orjson.loads(line)["event_id"] for line in done.stdout.splitlines()]
    assert sorted(got) == ["ev_0001", "ev_0004"]  # two partitions: no order between them

    human = run_cli(["tail", "--topic", topic, "--country", "PSE", "--no-follow"], env,
                    timeout=60)
    assert human.returncode == 0, human.stderr
    assert "ASSAULT" in human.stdout and "sentence 2" in human.stdout
    assert "sentence 1" not in human.stdout
