"""Cost of the story stages next to the whole chain, in-process (no broker).

Runs the stage chain (``run_chain``) over tests/data/stories/, then the near-duplicate
check per article and the cluster step per event (decode, table value round trip,
``Group.add_event``, Story records encoded) on its output, and prints each as a share of
the chain's time. Usage: ``.venv/bin/python bench/cluster_cost.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson

from agents.config import load_settings
from agents.resources import detect_language, load_gazetteer, load_nlp
from pipeline.chain import Resources, run_chain
from pipeline.cluster import Group, group_key
from pipeline.near_dup import Entry, NearDupIndex, body_of, signature
from schemas import Event, RawArticle, dumps

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    settings = load_settings(None)
    arts = [json.loads(line) for line in DATA.read_text().splitlines()]
    raws = [RawArticle(article_id=f"ar_{i:04x}", title=a["title"], text=a["text"], url=a["url"],
                       published=a["published"], source=a["source"], language="en")
            for i, a in enumerate(arts)]
    res = Resources(nlp=load_nlp(settings.model), gazetteer=load_gazetteer(),
                    detect_language=detect_language)
    run_chain(raws[:4], res, settings, now=datetime.now(UTC))  # warm the model

    started = time.perf_counter()
    for _ in range(repeat):
        results = run_chain(raws, res, settings, now=datetime.now(UTC))
    chain = (time.perf_counter() - started) / repeat
    events = [dumps(e) for r in results for e in r.events]

    started = time.perf_counter()
    for _ in range(repeat):
        index = NearDupIndex(settings.dedup_window_hours * 3600)
        for i, raw in enumerate(raws):
            sig = signature(body_of(raw.text, None))
            index.find(sig, float(i))
            index.add(Entry(raw.article_id, sig, float(i), 0))
    near_dup = (time.perf_counter() - started) / repeat

    started = time.perf_counter()
    for _ in range(repeat):
        table: dict[str, str] = {}
        for value in events:
            event = Event.from_dict(orjson.loads(value))
            key = group_key(event)
            group = Group.from_json(orjson.loads(table[key])) if key in table else Group(0)
            story, _ = group.add_event(event, now=1.0)
            table[key] = orjson.dumps(group.to_json()).decode()
            for record in story.story_records():
                dumps(record)
    cluster = (time.perf_counter() - started) / repeat

    print(f"articles={len(raws)} events={len(events)} chain={chain * 1000:.0f} ms  "
          f"near-dup={near_dup * 1000:.1f} ms ({near_dup / chain:.1%})  "
          f"cluster={cluster * 1000:.1f} ms ({cluster / chain:.1%})")


if __name__ == "__main__":
    main()
