"""One settings object: every field names its env var; values from env, TOML file, defaults.

Precedence: ``NEWSWIRE_*`` environment variable > TOML file (``NEWSWIRE_CONFIG`` or
``--config``) > default. The loader takes the environment as an argument so this module
stays pure; ``agents.config.load_settings()`` passes ``os.environ``.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

ENV_PREFIX = "NEWSWIRE_"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the variable."""


def setting(default: Any, doc: str, *, secret: bool = False) -> Any:
    return field(default=default, metadata={"doc": doc, "secret": secret})


@dataclass(frozen=True)
class Settings:
    # Broker and topics
    broker: str = setting("embedded", "Kafka bootstrap URL (`kafka://host:9092`, several "
                          "comma-separated) or `embedded` to start a Tansu broker in-process")
    topic_prefix: str = setting("newswire", "prefix of every topic name (`<prefix>.articles.raw`)")
    partitions: int = setting(4, "partitions for topics newswire creates")
    replication_factor: int = setting(1, "replication factor for topics newswire creates")
    app_id: str = setting("newswire", "Kafka consumer group / Faust app id")
    processing_guarantee: str = setting("at_least_once", "`at_least_once`, or `exactly_once` "
                                        "(real Apache Kafka only; Tansu has no transactions)")
    broker_session_timeout: float = setting(6.0, "consumer group session timeout, seconds")
    broker_heartbeat_interval: float = setting(1.0, "consumer heartbeat interval, seconds")
    commit_interval: float = setting(1.0, "seconds between offset commits")
    # Security for real Kafka
    security_protocol: str = setting("PLAINTEXT", "`PLAINTEXT`, `SSL`, `SASL_PLAINTEXT` or "
                                     "`SASL_SSL`")
    sasl_mechanism: str = setting("PLAIN", "`PLAIN`, `SCRAM-SHA-256` or `SCRAM-SHA-512`")
    sasl_username: str = setting("", "SASL user name")
    sasl_password: str = setting("", "SASL password (never logged)", secret=True)
    ssl_cafile: str = setting("", "CA bundle for TLS to the broker")
    # Feeds and polling
    feeds_file: str = setting("", "feed list for `newswire poll`: plain text (one URL a "
                              "line), TOML or OPML")
    poll_interval: float = setting(300.0, "seconds between polls of one feed")
    poll_max_backoff: float = setting(3600.0, "longest wait after repeated failures, seconds")
    http_connect_timeout: float = setting(5.0, "HTTP connect timeout, seconds")
    http_read_timeout: float = setting(8.0, "HTTP read timeout (between two reads), seconds")
    http_total_timeout: float = setting(9.0, "deadline for one whole request, body included: "
                                        "a server that drips bytes cannot hold a poll longer")
    http_max_body_bytes: int = setting(10 * 1024 * 1024, "largest feed body accepted "
                                       "(counted after decompression)")
    http_max_redirects: int = setting(5, "redirects followed per request")
    user_agent: str = setting("newswire/0.1 (+https://github.com/newswire/newswire)",
                              "User-Agent sent to feeds (say who you are)")
    allow_private_addresses: bool = setting(False, "allow feeds on loopback/private "
                                            "addresses (the demo turns this on for its "
                                            "local feed server)")
    # Full text: fetching article pages for summary-only feed entries
    fetch_pages: bool = setting(True, "fetch the article page when a feed entry carries "
                                "only a summary (off: always code the feed's text)")
    fetch_full_text_words: int = setting(250, "feed text with at least this many words is "
                                         "taken as the full body (no page fetch)")
    fetch_min_page_words: int = setting(60, "an extracted page body shorter than this "
                                        "(or than the summary) falls back to the summary")
    contact_url: str = setting("https://github.com/newswire/newswire", "contact URL in the "
                               "User-Agent sent with page fetches (who to ask about us)")
    fetch_per_host: int = setting(2, "page requests in flight per host")
    fetch_host_delay: float = setting(1.0, "minimum seconds between requests to one host "
                                      "(robots.txt Crawl-delay raises it)")
    fetch_max_wait: float = setting(20.0, "longest an article waits for its host's turn or "
                                    "a Retry-After, seconds; longer: summary fallback")
    fetch_robots_ttl: float = setting(3600.0, "seconds a host's robots.txt is cached")
    fetch_max_page_bytes: int = setting(5 * 1024 * 1024, "largest article page accepted "
                                        "(counted after decompression)")
    fetch_batch_size: int = setting(16, "articles the fetch agent takes at once (fetched "
                                    "concurrently, committed together)")
    fetch_batch_timeout: float = setting(0.05, "seconds to wait to fill a fetch batch (Faust "
                                         "checks on this tick: at low rates an article "
                                         "waits up to this long)")
    fetch_cache_entries: int = setting(512, "pages remembered for conditional requests "
                                       "(ETag / Last-Modified)")
    fetch_allow_loopback: bool = setting(False, "allow article pages on loopback addresses "
                                         "(tests and `newswire eval-pages`; private "
                                         "networks stay blocked)")
    # NLP
    model: str = setting("en_core_web_sm", "spaCy pipeline to load (installed package name)")
    languages: str = setting("en", "comma-separated languages to code; others are `filtered`")
    nlp_batch_size: int = setting(16, "articles per `nlp.pipe` batch")
    nlp_batch_timeout: float = setting(0.05, "seconds to wait to fill an NLP batch (a "
                                       "burst fills it at once; at low rates every article "
                                       "waits this long)")
    nlp_processes: int = setting(1, "child processes that run the parse and event coding "
                                 "beside the worker's event loop, each with its own model "
                                 "(~160 MB); 0 runs them in threads of the worker process "
                                 "(less memory; spaCy then shares the GIL with Kafka work)")
    # Limits
    max_article_chars: int = setting(200_000, "longer clean texts are truncated "
                                     "(flagged `truncated`)")
    max_raw_bytes: int = setting(4 * 1024 * 1024, "larger raw messages are dead-lettered")
    max_entities: int = setting(2_000, "entities kept per article")
    max_events_per_article: int = setting(200, "events kept per article")
    learned_detector: bool = setting(False, "add the events a learned model reads in "
                                     "sentences whose trigger the rules dropped "
                                     "(`pipeline/event_detector.py`; README, \"Extraction "
                                     "quality\"); off: no clear gain over the rules "
                                     "yet")
    screen_off_topic: bool = setting(True, "emit no events for sport, entertainment and "
                                     "consumer-tech stories (`pipeline/domains.py`): the "
                                     "article is `filtered` with reason `off_topic: …` and "
                                     "the events held back counted; README, \"Extraction "
                                     "quality\"")
    event_filter: bool = setting(True, "drop the events a learned model judges wrong "
                                 "(`pipeline/drop_filter.py`; README, \"Extraction "
                                 "quality\"); the dropped are counted")
    dedup_window_hours: float = setting(72.0, "how long a content hash counts as seen")
    story_window_hours: float = setting(72.0, "a story with no new report for this long is "
                                        "closed (its state expires; later reports start a new one)")
    stories: bool = setting(True, "run the story agents (clustering into "
                            "`newswire.stories`); off: no Story records (`newswire bench` "
                            "measures the stage's cost this way)")
    # Web / demo
    web_port: int = setting(6066, "port of the worker's web server: `/metrics`, `/healthz`, "
                            "`/readyz` and the live page `/` (0 = off)")
    web_host: str = setting("127.0.0.1", "address the worker's web server binds (`0.0.0.0` "
                            "to let Prometheus scrape it from another host)")
    ready_stall_seconds: float = setting(120.0, "`/readyz` fails when a partition with lag "
                                         "has not advanced for this long, seconds")
    log_level: str = setting("info", "`debug`, `info`, `warning`, `error`")

    def __post_init__(self) -> None:
        choices = {
            "processing_guarantee": {"at_least_once", "exactly_once"},
            "security_protocol": {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"},
            "sasl_mechanism": {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"},
            "log_level": {"debug", "info", "warning", "error"},
        }
        for name, allowed in choices.items():
            value = getattr(self, name)
            if value not in allowed and str(value).lower() not in allowed and \
                    str(value).upper() not in allowed:
                raise SettingsError(f"{self.env_var(name)}={value!r}: expected one of "
                                    f"{', '.join(sorted(allowed))}")
        for name in ("partitions", "replication_factor", "nlp_batch_size"):
            if getattr(self, name) < 1:
                raise SettingsError(f"{self.env_var(name)} must be at least 1")
        if self.nlp_processes < 0:
            raise SettingsError(f"{self.env_var('nlp_processes')} must be 0 or more")

    # ---------------------------------------------------------------- loading
    @classmethod
    def env_var(cls, name: str) -> str:
        return ENV_PREFIX + name.upper()

    @classmethod
    def load(cls, environ: Mapping[str, str], config_file: str | Path | None = None
             ) -> Settings:
        """Build settings from a TOML file (optional) and environment variables."""
        values: dict[str, Any] = {}
        path = config_file or environ.get(ENV_PREFIX + "CONFIG")
        if path:
            try:
                raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except OSError as exc:
                raise SettingsError(f"cannot read config file {path}: {exc}") from None
            except tomllib.TOMLDecodeError as exc:
                raise SettingsError(f"config file {path} is not valid TOML: {exc}") from None
            section = raw.get("newswire", raw)
            known = {f.name for f in dataclasses.fields(cls)}
            unknown = sorted(set(section) - known - {"feeds"})
            if unknown:
                raise SettingsError(f"unknown setting(s) in {path}: {', '.join(unknown)}")
            values.update({k: v for k, v in section.items() if k in known})
        hints = get_type_hints(cls)
        for f in dataclasses.fields(cls):
            var = cls.env_var(f.name)
            if var in environ:
                values[f.name] = environ[var]
        return cls(**{k: _coerce(k, v, hints[k]) for k, v in values.items()})

    def with_overrides(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    # ---------------------------------------------------------------- derived
    def topic(self, suffix: str) -> str:
        return f"{self.topic_prefix}.{suffix}"

    @property
    def kafka_bootstrap(self) -> str:
        """``host:port,…`` without the ``kafka://`` scheme, for non-Faust clients."""
        return ",".join(part.removeprefix("kafka://").strip() for part in self.broker.split(","))

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())

    def redacted(self) -> dict[str, Any]:
        """For logs and `newswire config`: secrets replaced by ***."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            out[f.name] = "***" if f.metadata.get("secret") and v else v
        return out

    def __repr__(self) -> str:  # never print secrets by accident
        return f"Settings({self.redacted()!r})"


def _coerce(name: str, value: Any, kind: Any) -> Any:
    var = Settings.env_var(name)
    try:
        if kind is bool or kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if kind is int or kind == "int":
            return int(value)
        if kind is float or kind == "float":
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{var}={value!r} is not a valid {getattr(kind, '__name__', kind)}"
                            ) from None


def settings_table() -> list[tuple[str, str, str]]:
    """(env var, default, description) rows, used to generate/check the README table."""
    rows = []
    for f in dataclasses.fields(Settings):
        rows.append((Settings.env_var(f.name), repr(f.default), f.metadata["doc"]))
    return rows
