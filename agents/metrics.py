"""Prometheus counters and histograms shared by every stage (names per Prometheus style)."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from prometheus_client import REGISTRY, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

RECORDS = Counter("newswire_records_total",
                  "Records handled per stage and outcome (in, out, deadletter, duplicate, "
                  "filtered)", ["stage", "outcome"])
EVENTS = Counter("newswire_events_total", "Events written to the events topic", ["type"])
SCREENED = Counter("newswire_screened_events_total", "Events not written because their "
                   "article was off-topic (pipeline/domains.py)", ["domain"])
FILTERED = Counter("newswire_filtered_events_total", "Events not written because the learned "
                   "drop filter judged them wrong (pipeline/drop_filter.py)", ["reason"])
STAGE_SECONDS = Histogram("newswire_stage_seconds", "Processing time per record or batch",
                          ["stage"], buckets=(.001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5,
                                              5, 10))
END_TO_END_SECONDS = Histogram("newswire_end_to_end_seconds",
                               "Raw article fetched → events written",
                               buckets=(.1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300))
CONSUMER_LAG = Gauge("newswire_consumer_lag_messages",
                     "Messages not yet processed (highwater − committed offset) per stage "
                     "input topic-partition of this worker", ["topic", "partition"])
STORIES = Gauge("newswire_stories", "Distinct stories seen by this process's live feed "
                "(story ids on newswire.stories and newswire.events)")
READY = Gauge("newswire_ready", "1 when /readyz answers ready")


class PollerCollector(Collector):
    """Exports the counters of every poller running in this process.

    The poller keeps plain integer attributes (``polled``, ``failed``, ``not_modified``);
    reading them at scrape time keeps Prometheus out of the poller's own code.
    """

    def __init__(self) -> None:
        self._pollers: weakref.WeakSet[Any] = weakref.WeakSet()

    def track(self, poller: Any) -> None:
        self._pollers.add(poller)

    def collect(self) -> Iterator[CounterMetricFamily]:
        for attr, doc in (("polled", "Feed fetches attempted"),
                          ("failed", "Feed fetches that failed (network, HTTP, parse)"),
                          ("not_modified", "Feed fetches answered 304 / unchanged")):
            family = CounterMetricFamily(f"newswire_feeds_{attr}", doc)
            family.add_metric([], sum(getattr(p, attr, 0) for p in list(self._pollers)))
            yield family


POLLERS = PollerCollector()
REGISTRY.register(POLLERS)
