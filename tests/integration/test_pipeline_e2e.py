"""The spine end to end: real Tansu, a real ``newswire worker`` process, confluent-kafka reads.

Every raw article must end on ``articles.coded`` or ``deadletter`` (the completeness
invariant), and what lands on the public topics must validate against ``schemas/``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from agents.broker import EmbeddedBroker
from schemas.validation import errors as schema_errors
from tests.integration.conftest import (
    SHARED,
    newswire_env,
    produce,
    run_cli,
    values,
)

pytestmark = pytest.mark.integration

# Written for these tests (not outlet text): three sentences with a clear event each.
GOOD_ARTICLE = {
    "title": "Kenya and Uganda sign border trade deal",
    "text": ("Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said. "
             "Kenyan police arrested 40 protesters outside the parliament on Tuesday. "
             "The two governments agreed to hold talks in Kampala next month."),
    "published": "2024-03-06",
    "url": "https://news.example.org/kenya-uganda-trade",
}


def test_ingested_article_is_coded_and_its_events_are_readable_by_another_client(
        broker: EmbeddedBroker, prefix: str, start_worker: Callable[..., object],
        reader: Callable[..., object], tmp_path: Path) -> None:
    start_worker()
    article = tmp_path / "article.json"
    article.write_bytes(orjson.dumps(GOOD_ARTICLE))
    done = run_cli(["ingest", str(article)], newswire_env(broker, prefix))
    assert done.returncode == 0, done.stderr
    article_id = done.stdout.split("\t")[0]

    r = reader([f"{prefix}.events", f"{prefix}.articles.coded", f"{prefix}.deadletter"])
    recs = r.poll_until(lambda got: any(k == article_id
                                        for k, _ in got[f"{prefix}.articles.coded"]), 90)
    coded = [v for v in values(recs[f"{prefix}.articles.coded"])
             if v["article_id"] == article_id]
    assert len(coded) == 1, recs[f"{prefix}.deadletter"]
    record = coded[0]
    assert record["status"] == "coded"
    assert record["text_source"] == "feed"  # pushed with ingest: its text is taken as given
    assert schema_errors("article_record", record) == []
    # The record is written after its events, so they are all there already.
    events = values(recs[f"{prefix}.events"])
    assert events, "the article states events; none were written"
    for ev in events:
        assert schema_errors("event", ev) == [], ev
        assert ev["article"]["article_id"] == article_id
    assert {ev["event_id"] for ev in events} == set(record["event_ids"])
    assert {k for k, _ in recs[f"{prefix}.events"]} == set(record["event_ids"])


def test_bad_messages_are_dead_lettered_and_a_good_one_after_them_is_processed(
        broker: EmbeddedBroker, prefix: str, start_worker: Callable[..., object],
        reader: Callable[..., object]) -> None:
    start_worker()
    good = {**GOOD_ARTICLE, "article_id": "ar_good"}
    produce(broker, f"{prefix}.articles.raw", [
        (b"ar_notjson", b"\xff\xfe this is not JSON"),
        (b"ar_notext", orjson.dumps({"article_id": "ar_notext", "title": "no text"})),
        # Valid for fetch (pushed: its text is taken as given), empty for normalize.
        (b"ar_markup", orjson.dumps({"article_id": "ar_markup", "title": "",
                                     "text": "<p><img src='x.png'></p>"})),
        (b"ar_good", orjson.dumps(good)),
    ])
    r = reader([f"{prefix}.articles.coded", f"{prefix}.deadletter"])
    recs = r.poll_until(lambda got: len(got[f"{prefix}.deadletter"]) >= 3 and
                        any(k == "ar_good" for k, _ in got[f"{prefix}.articles.coded"]), 90)
    dead = {d["key"]: d for d in values(recs[f"{prefix}.deadletter"])}
    assert set(dead) == {"ar_notjson", "ar_notext", "ar_markup"}
    for d in dead.values():
        assert schema_errors("dead_letter", d) == []
    # Unreadable messages stop at the first stage (fetch) …
    for key in ("ar_notjson", "ar_notext"):
        assert dead[key]["stage"] == "fetch"
        assert dead[key]["topic"] == f"{prefix}.articles.raw"
        assert dead[key]["error"] == "BadInput"
    # … a readable one without words passes fetch and is refused by normalize.
    assert dead["ar_markup"]["stage"] == "normalize"
    assert dead["ar_markup"]["topic"] == f"{prefix}.articles.fetched"
    assert "no text" in dead["ar_markup"]["message"]
    assert dead["ar_notjson"]["payload_encoding"] == "base64"
    assert base64.b64decode(dead["ar_notjson"]["payload"]) == b"\xff\xfe this is not JSON"
    assert "text" in dead["ar_notext"]["message"]
    assert [k for k, _ in recs[f"{prefix}.articles.coded"]] == ["ar_good"]


def test_polled_feed_entries_all_reach_coded_or_deadletter(
        broker: EmbeddedBroker, prefix: str, start_worker: Callable[..., object],
        reader: Callable[..., object], tmp_path: Path, feed_server: str) -> None:
    # These real entries link to real outlets and tests never leave loopback: page
    # fetching is off (the fetch stage still runs and passes the feed text on).
    start_worker(NEWSWIRE_FETCH_PAGES="false")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{feed_server}/guardian-us.rss2.xml\n{feed_server}/journal-3960.jsonfeed11.json\n")
    env = newswire_env(broker, prefix, NEWSWIRE_ALLOW_PRIVATE_ADDRESSES="true")
    done = run_cli(["poll", "--once", "--feeds", str(feeds)], env)
    assert done.returncode == 0, done.stderr

    topics = [f"{prefix}.articles.raw", f"{prefix}.articles.coded", f"{prefix}.deadletter"]
    r = reader(topics)

    def complete(got: dict[str, list[tuple[str | None, bytes]]]) -> bool:
        raw = {k for k, _ in got[topics[0]]}
        finished = {k for t in topics[1:] for k, _ in got[t]}
        return bool(raw) and raw <= finished

    recs = r.poll_until(complete, 120)
    raw_ids = {k for k, _ in recs[topics[0]]}
    assert len(raw_ids) >= 10
    assert complete(recs), f"unfinished: {raw_ids - {k for t in topics[1:] for k, _ in recs[t]}}"

    # Polling again finds nothing new: de-duplication state lives in Kafka.
    again = run_cli(["poll", "--once", "--feeds", str(feeds)], env)
    assert again.returncode == 0, again.stderr
    recs = r.poll_until(lambda got: False, 3)
    assert {k for k, _ in recs[topics[0]]} == raw_ids
    assert len(recs[topics[0]]) == len(raw_ids)


@pytest.fixture()
def feed_server() -> object:
    """Serve the real-world feed samples from ../shared/feeds/real over loopback HTTP."""
    import functools
    import http.server
    import threading

    folder = SHARED / "feeds" / "real"
    if not folder.is_dir():
        pytest.skip("../shared/feeds/real is not present")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a, **k: None  # type: ignore
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
