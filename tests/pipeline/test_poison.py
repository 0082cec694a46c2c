"""Poison input for the pure functions: only the documented error classes may escape.

The poller treats ``FeedError`` as "this feed is broken, retry later"; the agents treat
``RecordError``/``PipelineError`` as "dead-letter with the reason". Anything else is a
bug that shows up as a traceback. Hypothesis throws garbage at the feed parser, the
RawArticle decoder, the intermediate record decoders and normalize, and at the limits
(10 MB article, oversized fields) the settings promise to enforce.
"""

from __future__ import annotations

import contextlib
import string
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pipeline.errors import BadInput, PipelineError
from pipeline.feeds import FeedError, parse_feed
from pipeline.normalize import normalize
from pipeline.settings import Settings
from schemas import AnnotatedArticle, CleanArticle, ExtractedArticle, RawArticle
from schemas.codec import RecordError

NOW = datetime(2024, 3, 6, tzinfo=UTC)
FAST = hsettings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\u2028\u2029\ufeff\ufffe"

#: JSON-ish values of every type, for wrong-type fields.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)
texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=CONTROL, max_size=200),
    st.just(""), st.just("   \n\t "),
    st.builds(lambda t: f"<html><script>{t}</script><style>x</style><p></p></html>",
              st.text(max_size=50)),  # HTML only, no words
    st.builds(lambda w, n: " ".join([w] * n), st.sampled_from(["Paris", "NATO", "&amp;"]),
              st.integers(0, 3000)),
)
raw_dicts = st.fixed_dictionaries(
    {}, optional={"article_id": st.one_of(st.text(max_size=20), json_values),
                  "title": st.one_of(texts, json_values), "text": st.one_of(texts, json_values),
                  "url": json_values, "published": st.one_of(st.text(max_size=30), json_values),
                  "language": json_values, "feed_url": json_values})


def _normalize(data: bytes) -> Any:
    raw = RawArticle.decode(data, max_text_chars=Settings().max_raw_bytes)
    return normalize(raw, detect_language=lambda text: "en", max_chars=20_000)


@FAST
@given(st.binary(max_size=2000))
def test_feed_parser_only_raises_feed_errors_on_bytes(body: bytes) -> None:
    with contextlib.suppress(FeedError):
        parse_feed(body, feed_url="http://feeds.example.org/x", content_type=None, now=NOW)


FEED_SHELLS = [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{0}</title><item>'
    "<title>{0}</title><guid>{0}</guid><link>{0}</link><description>{0}</description>"
    "<pubDate>{0}</pubDate></item></channel></rss>",
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>{0}</id><title>{0}</title>'
    '<link href="{0}"/><updated>{0}</updated><content type="html">{0}</content></entry></feed>',
]


@FAST
@given(st.sampled_from(FEED_SHELLS), st.text(max_size=200), st.sampled_from(
    [None, "application/rss+xml", "application/json", "text/html", "application/feed+json"]))
def test_feed_parser_survives_hostile_entry_fields(shell: str, field: str,
                                                   ctype: str | None) -> None:
    body = shell.format(field.replace("]]>", "")).encode("utf-8", "surrogatepass")
    with contextlib.suppress(FeedError):
        parse_feed(body, feed_url="http://feeds.example.org/x", content_type=ctype, now=NOW)


@FAST
@given(st.fixed_dictionaries({}, optional={
    "version": st.one_of(st.just("https://jsonfeed.org/version/1.1"), json_values),
    "items": st.one_of(st.lists(st.one_of(json_values, raw_dicts), max_size=5), json_values),
    "title": json_values}))
def test_json_feed_with_wrong_types_only_raises_feed_errors(doc: dict[str, Any]) -> None:
    with contextlib.suppress(FeedError):
        parse_feed(orjson.dumps(doc), feed_url="http://feeds.example.org/f.json",
                   content_type="application/feed+json", now=NOW)


@FAST
@given(st.one_of(st.binary(max_size=500),
                 raw_dicts.map(orjson.dumps),
                 json_values.map(orjson.dumps),
                 st.binary(max_size=100).map(lambda b: b'{"text": "' + b + b'"}')))
def test_raw_article_decode_and_normalize_raise_only_pipeline_errors(data: bytes) -> None:
    try:
        clean = _normalize(data)
    except (RecordError, PipelineError):
        return
    assert clean.text.strip()
    assert len(clean.text) <= 20_000 + 200


@FAST
@given(st.one_of(json_values, st.dictionaries(st.sampled_from(
    ["article_id", "text", "title", "language", "content_hash", "sentences", "entities",
     "article", "events", "tokens", "published", "url"]), json_values, max_size=8)))
def test_intermediate_record_decoders_fail_cleanly(value: Any) -> None:
    # Only newswire's own stages write these topics, so a malformed one is a bug
    # upstream: the decoders may raise lookup/type errors (the agents dead-letter them
    # with the traceback, see tests/agents/test_poison_agents.py), but never anything
    # that is not an ordinary Exception, and CleanArticle says RecordError.
    with contextlib.suppress(RecordError):
        CleanArticle.from_dict(value)
    for cls in (AnnotatedArticle, ExtractedArticle):
        with contextlib.suppress(RecordError, KeyError, TypeError, ValueError, AttributeError):
            cls.from_dict(value)


def test_ten_megabyte_article_is_refused_by_the_size_limit() -> None:
    limit = Settings().max_raw_bytes
    huge = orjson.dumps({"article_id": "ar_huge", "title": "t", "text": "word " * 2_000_000})
    assert len(huge) >= 10_000_000
    with pytest.raises(RecordError, match="text"):
        RawArticle.decode(huge, max_text_chars=limit)


def test_long_article_under_the_limit_is_truncated_and_flagged() -> None:
    text = "The ministers met in Paris on Monday and agreed to talk again. " * 2000
    clean = normalize(RawArticle(article_id="ar_long", title="Talks", text=text),
                      detect_language=lambda t: "en", max_chars=10_000)
    assert clean.truncated and len(clean.text) <= 10_000 + 100
    short = normalize(RawArticle(article_id="ar_s", title="Talks", text=text[:500]),
                      detect_language=lambda t: "en", max_chars=10_000)
    assert not short.truncated


@pytest.mark.parametrize("text", ["", "<p></p>", "<script>alert(1)</script>", CONTROL,
                                  string.punctuation, "\x00" * 100])
def test_text_without_words_is_bad_input(text: str) -> None:
    with pytest.raises(BadInput):
        normalize(RawArticle(article_id="ar_x", title="", text=text),
                  detect_language=lambda t: "en")
