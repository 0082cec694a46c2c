"""The Faust app: one per worker process, with every stage agent registered on it."""

from __future__ import annotations

import logging
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust

from agents.faust_fixes import resume_streams_after_seek, short_fetch_wait
from pipeline.settings import Settings
from pipeline.topics import (
    ANNOTATED,
    CLEAN,
    CODED,
    DEADLETTER,
    EVENTS,
    EXTRACTED,
    FETCHED,
    RAW,
    STORIES,
    TopicSpec,
)

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Topics:
    """Faust topic handles; values and keys are raw bytes (plain orjson, no envelope)."""

    raw: faust.TopicT
    clean: faust.TopicT
    annotated: faust.TopicT
    extracted: faust.TopicT
    events: faust.TopicT
    coded: faust.TopicT
    stories: faust.TopicT
    deadletter: faust.TopicT
    fetched: faust.TopicT  # raw articles with their text decided (feed, page or summary)


def _topic(app: faust.App, settings: Settings, spec: TopicSpec) -> faust.TopicT:
    return app.topic(settings.topic(spec.suffix), key_type=bytes, value_type=bytes,
                     key_serializer="raw", value_serializer="raw",
                     partitions=settings.partitions)


def broker_credentials(settings: Settings) -> Any:
    proto = settings.security_protocol.upper()
    if proto == "PLAINTEXT":
        return None
    ctx = ssl.create_default_context(cafile=settings.ssl_cafile or None) if "SSL" in proto \
        else None
    if proto.startswith("SASL"):
        return faust.SASLCredentials(username=settings.sasl_username,
                                     password=settings.sasl_password,
                                     mechanism=settings.sasl_mechanism, ssl_context=ctx)
    return faust.SSLCredentials(ctx)


def create_app(settings: Settings, *, register_agents: bool = True) -> tuple[faust.App, Topics]:
    if settings.broker == "embedded":
        raise ValueError("the worker needs a broker URL: set NEWSWIRE_BROKER=kafka://host:9092 "
                         "(`newswire demo` starts an embedded broker for you)")
    guarantee = settings.processing_guarantee
    short_fetch_wait()  # Tansu answers a fetch only at its max wait, see the module
    resume_streams_after_seek()  # a message-losing race in Faust's recovery, see the module
    # Faust makes a data directory even for memory tables; by default "<id>-data" in the
    # working directory, which litters the repo (tests, bench) or fails on a read-only
    # image. Nothing in it needs to survive the process.
    datadir = Path(tempfile.gettempdir()) / "newswire-faust" / settings.app_id
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        broker=settings.broker,
        broker_credentials=broker_credentials(settings),
        store="memory://",
        datadir=str(datadir),
        processing_guarantee=guarantee,
        broker_session_timeout=settings.broker_session_timeout,
        broker_heartbeat_interval=settings.broker_heartbeat_interval,
        broker_commit_interval=settings.commit_interval,
        broker_max_poll_records=100,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        consumer_max_fetch_size=max(settings.max_raw_bytes * 2, 1_048_576),
        producer_max_request_size=max(settings.max_raw_bytes * 2, 1_048_576),
        producer_acks=-1,
        # 5 ms lets one produce request carry a batch's outputs (Faust's default 0 sends
        # one request per record): less CPU per article for a few ms of latency.
        producer_linger=0.005,
        # Faust's own web stack stays off: agents/web.py serves /metrics, /healthz, /readyz
        # and the live page on settings.web_port (it would otherwise bind the same port).
        web_enabled=False,
        web_tables_enabled=False,  # table contents must not be readable over HTTP
        key_serializer="raw",
        value_serializer="raw",
        autodiscover=False,
        stream_wait_empty=True,
        logging_config=None,
    )
    topics = Topics(
        raw=_topic(app, settings, RAW), clean=_topic(app, settings, CLEAN),
        annotated=_topic(app, settings, ANNOTATED),
        extracted=_topic(app, settings, EXTRACTED), events=_topic(app, settings, EVENTS),
        coded=_topic(app, settings, CODED), stories=_topic(app, settings, STORIES),
        deadletter=_topic(app, settings, DEADLETTER),
        fetched=_topic(app, settings, FETCHED),
    )
    if register_agents:
        from agents import annotate, cluster, enrich, extract, fetch, normalize

        fetch.register(app, topics, settings)
        normalize.register(app, topics, settings)
        annotate.register(app, topics, settings)
        extract.register(app, topics, settings)
        enrich.register(app, topics, settings)
        if settings.stories:
            cluster.register(app, topics, settings)
    return app, topics
