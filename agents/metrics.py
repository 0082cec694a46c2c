"""Prometheus counters and histograms shared by every stage (names per Prometheus style)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

RECORDS = Counter("newswire_records_total",
                  "Records handled per stage and outcome (in, out, deadletter, duplicate, "
                  "filtered)", ["stage", "outcome"])
EVENTS = Counter("newswire_events_total", "Events written to the events topic", ["type"])
STAGE_SECONDS = Histogram("newswire_stage_seconds", "Processing time per record or batch",
                          ["stage"], buckets=(.001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5,
                                              5, 10))
END_TO_END_SECONDS = Histogram("newswire_end_to_end_seconds",
                               "Raw article fetched → events written",
                               buckets=(.1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300))
