"""canonical_url: one spelling per page, tracking noise removed, stable under repetition."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.urls import canonical_url, host_of


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://WWW.Example.COM/News/Story/", "https://www.example.com/News/Story"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/a?utm_source=rss&utm_medium=feed&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?fbclid=x&gclid=y&ocid=z", "https://example.com/a"),
    ("https://www.heise.de/meldung/x-123.html?wt_mc=rss.ho.beitrag.atom",
     "https://www.heise.de/meldung/x-123.html"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/", "https://example.com/"),
    ("https://user:pw@example.com/a", "https://example.com/a"),
    ("//example.com/a", "https://example.com/a"),
    ("https://example.com/%7Euser/a%20b", "https://example.com/~user/a%20b"),
    ("https://Bücher.example/x", "https://xn--bcher-kva.example/x"),
])
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "ftp://example.com/a", "javascript:alert(1)",
                                 "mailto:a@b.c", "https://", "not a url",
                                 "https://example.com:99999/x"])
def test_not_http_urls_have_no_canonical_form(url: str | None) -> None:
    assert canonical_url(url) is None


def test_trailing_slash_and_tracking_variants_collapse_to_one_url() -> None:
    variants = ["https://example.com/world/story/", "https://EXAMPLE.com/world/story",
                "https://example.com/world/story?utm_campaign=x#top",
                "https://example.com:443/world/story/?fbclid=abc"]
    assert len({canonical_url(v) for v in variants}) == 1


def test_meaningful_query_params_are_kept() -> None:
    assert canonical_url("https://example.com/view?id=1") != canonical_url(
        "https://example.com/view?id=2")


def test_host_of_strips_www() -> None:
    assert host_of("https://www.BBC.com/urdu/x") == "bbc.com"
    assert host_of("https://news.bbc.co.uk/x") == "news.bbc.co.uk"
    assert host_of("not a url") is None


_segment = st.text(alphabet="abcXYZ019-_.~%20", min_size=0, max_size=8)


@given(scheme=st.sampled_from(["http", "https", "HTTP"]),
       host=st.sampled_from(["example.com", "WWW.Example.org", "a.b.c"]),
       path=st.lists(_segment, max_size=4),
       params=st.lists(st.tuples(st.sampled_from(["a", "b", "utm_x", "q", "fbclid"]),
                                 st.text(alphabet="xyz12", max_size=3)), max_size=4),
       fragment=st.text(alphabet="abc", max_size=3))
def test_canonical_url_is_idempotent(scheme: str, host: str, path: list[str],
                                     params: list[tuple[str, str]], fragment: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in params)
    url = f"{scheme}://{host}/{'/'.join(path)}?{query}#{fragment}"
    once = canonical_url(url)
    assert once is not None
    assert canonical_url(once) == once
    assert "utm_" not in once and "fbclid" not in once and "#" not in once
