"""Stories on the real broker: near duplicates, clustering, counts across a worker restart,
and the GDELT export read back by an independent reader.

The articles under tests/data/stories/ were written for these tests (8 stories, 32
articles from 13 invented outlets, paraphrased, plus 5 wire republications); gold.json
gives each article's story and, for republications, the wire original.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.broker import EmbeddedBroker
from pipeline.ids import article_id_for
from pipeline.story_eval import canonical_story, memberships, score
from schemas.validation import errors as schema_errors
from tests.integration.conftest import REPO, newswire_env, produce, run_cli, values
from tests.pipeline.test_gdelt import read_gdelt_events

pytestmark = pytest.mark.integration

DATA = REPO / "tests" / "data" / "stories"
# The page fetcher would try the invented outlets' URLs: these articles carry full text.
ENV = {"NEWSWIRE_FETCH_PAGES": "false"}


def _articles() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    arts = [json.loads(line) for line in (DATA / "articles.jsonl").read_text().splitlines()]
    gold = json.loads((DATA / "gold.json").read_text())
    for a in arts:
        a["article_id"] = article_id_for(canonical_url=a["url"], guid=None, content=a["text"])
    # Arrival in publication order, as from live feeds.
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts, gold


def _raw(a: dict[str, Any]) -> tuple[bytes, bytes]:
    raw = {k: a[k] for k in ("article_id", "title", "text", "url", "published", "source")}
    raw["language"] = "en"
    return a["article_id"].encode(), orjson.dumps(raw)


def _settled(reader: Any, topics: list[str], ids: set[str], coded: str, dead: str,
             quiet: float = 4.0, timeout: float = 75.0) -> dict[str, list[Any]]:
    """Poll until every id finished (coded/deadletter) and the topics were quiet a while."""
    recs = reader.poll_until(lambda got: ids <= {k for t in (coded, dead) for k, _ in got[t]},
                             timeout)
    finished = {k for t in (coded, dead) for k, _ in recs[t]}
    assert ids <= finished, f"unfinished: {ids - finished}"
    while True:  # the cluster stage runs behind articles.coded
        before = sum(len(v) for v in recs.values())
        recs = reader.poll_until(lambda got: False, quiet)
        if sum(len(v) for v in recs.values()) == before:
            return recs


def test_stories_counts_survive_a_restart_and_export_loads_as_gdelt(
        broker: EmbeddedBroker, prefix: str, start_worker: Callable[..., Any],
        reader: Callable[..., Any], tmp_path: Path) -> None:
    arts, gold = _articles()
    by_id = {a["article_id"]: a for a in arts}
    t = {n: f"{prefix}.{n}" for n in ("events", "stories", "articles.coded", "deadletter")}
    # The split puts the Teesta story on both sides of the restart, its wire original
    # before and its republication after: both tables must come back from changelogs.
    first, second = arts[:15], arts[15:]
    assert [a["id"] for a in (first[-1], second[0])] == ["s4-wire", "s4-rep1"]

    worker = start_worker(**ENV)
    produce(broker, f"{prefix}.articles.raw", [_raw(a) for a in first])
    r = reader(list(t.values()))
    recs = _settled(r, list(t.values()), {a["article_id"] for a in first},
                    t["articles.coded"], t["deadletter"])
    stories_before = len(recs[t["stories"]])
    assert stories_before > 0, worker.output()[-3000:]

    # Hard stop in the middle: no clean commit, so the new worker replays from the last
    # committed offsets and must recover both tables from their changelogs.
    worker.proc.kill()
    worker.proc.wait(10)
    worker2 = start_worker(**ENV)
    produce(broker, f"{prefix}.articles.raw", [_raw(a) for a in second])
    recs = _settled(r, list(t.values()), {a["article_id"] for a in arts},
                    t["articles.coded"], t["deadletter"])
    assert not recs[t["deadletter"]], values(recs[t["deadletter"]])[:3]

    coded = {v["article_id"]: v for v in values(recs[t["articles.coded"]])}
    events = {v["event_id"]: v for v in values(recs[t["events"]])}
    latest: dict[str, dict[str, Any]] = {}
    for key, value in recs[t["stories"]]:
        latest[str(key)] = orjson.loads(value)
    for s in latest.values():
        assert schema_errors("story", s) == [], s

    # -- the same wire text republished: all copies but one are duplicates of that one.
    # Which copy counts as the original is the first one processed; with two partitions
    # that need not be the first published.
    dups = {aid: rec["duplicate_of"] for aid, rec in coded.items() if rec["status"] == "duplicate"}
    wire_groups: dict[str, set[str]] = defaultdict(set)
    for a in arts:
        g = gold[a["id"]]
        if g["wire_of"]:
            wire_groups[g["wire_of"]] |= {a["article_id"], by_id_of(arts, g["wire_of"])}
    assert len(dups) == sum(len(g) - 1 for g in wire_groups.values())
    for group in wire_groups.values():
        originals = group - set(dups)
        assert len(originals) == 1 and coded[next(iter(originals))]["status"] == "coded"
        assert {dups[a] for a in group - originals} == originals

    # -- every event carries a story id that has a Story record
    assert events
    for ev in events.values():
        assert ev["story_id"] in latest, ev["story_id"]

    # -- counts equal what the topics hold: nothing double counted across the restart
    members: dict[str, set[str]] = defaultdict(set)  # canonical story -> event ids
    for ev in events.values():
        members[canonical_story(latest[ev["story_id"]])].add(ev["event_id"])
    predicted = memberships(events.values(), latest, dups)
    for record in latest.values():
        canon = canonical_story(record)
        arts_in = {a for a, ss in predicted.items() if canon in ss}
        dup_in = {a for a in arts_in if a in dups}
        assert record["num_mentions"] == len(members[canon]) + len(dup_in), record
        assert record["num_articles"] == len(arts_in), record
        outlets = {(by_id[a]["source"]) for a in arts_in}
        assert record["num_sources"] == len(outlets), record

    # -- recovered after the restart: the near-dup index and a story's running counts
    assert dups[by_id_of(arts, "s4-rep1")] == by_id_of(arts, "s4-wire")
    teesta = {a["article_id"] for a in arts if gold[a["id"]]["story"] == "agree-ind-bgd"}
    before = {a["article_id"] for a in first}
    assert any(teesta & before & {a for a, ss in predicted.items() if canonical_story(r) in ss}
               and r["num_articles"] == len(teesta) for r in latest.values())

    # -- story quality against the gold structure
    gold_story = {a["article_id"]: gold[a["id"]]["story"] for a in arts}
    scores = score(gold_story, predicted)
    print(f"\nstories: purity={scores.purity:.3f} completeness={scores.completeness:.3f} "
          f"coverage={scores.coverage:.3f} predicted={scores.predicted_stories} "
          f"gold={scores.gold_stories} events={len(events)} duplicates={len(dups)}")
    assert scores.purity >= 0.9 and scores.completeness >= 0.9

    def main_story(label: str) -> dict[str, Any]:
        """The predicted story holding most of a gold story's articles."""
        ids = {a for a, g in gold_story.items() if g == label}
        counts: dict[str, int] = defaultdict(int)
        for a in ids:
            for s in predicted.get(a, ()):
                counts[s] += 1
        best = max(counts, key=lambda s: (counts[s], s))
        return latest[best]

    # -- three outlets, three wordings -> one story with three sources
    fra_deu = main_story("talks-fra-deu")
    assert fra_deu["num_sources"] == 3 and fra_deu["num_articles"] == 3
    # -- a wire story and its two republications count in its story
    strike = main_story("strike-sau-yem")
    assert strike["num_articles"] >= 5 and strike["num_sources"] >= 5
    # -- talks and a deadly clash, same day, same two countries -> two stories
    talks, clash = main_story("talks-ken-uga"), main_story("clash-ken-uga")
    assert canonical_story(talks) != canonical_story(clash)

    # -- the export reads the topic to its end, exits, and loads as GDELT
    done = run_cli(["export", "gdelt"], newswire_env(broker, prefix, **ENV), timeout=60)
    assert done.returncode == 0, done.stderr
    rows = read_gdelt_events(done.stdout)
    # every event here has a date or a publication date
    assert len(rows) == len(events), done.stderr
    by_url = defaultdict(list)
    for row in rows:
        by_url[row["SOURCEURL"]].append(row)
    strike_urls = {a["url"] for a in arts if gold[a["id"]]["story"] == "strike-sau-yem"}
    assert max(row["NumSources"] for u in strike_urls for row in by_url.get(u, [])) == \
        strike["num_sources"]
    worker2.stop()


def by_id_of(arts: list[dict[str, Any]], name: str) -> str:
    return next(a["article_id"] for a in arts if a["id"] == name)
