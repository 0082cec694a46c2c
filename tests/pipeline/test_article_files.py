"""Article files for ingest/extract: .txt, .json, .jsonl."""

from __future__ import annotations

import pytest

from pipeline.article_files import parse_article_file
from pipeline.errors import BadInput

TXT = "Leaders meet\nA short standfirst.\n-\nCaption line\nThe leaders met on Monday.\n"


def test_txt_layout_title_standfirst_separator_body() -> None:
    (article,) = parse_article_file("a.txt", TXT)
    assert article.title == "Leaders meet"
    assert article.text.startswith("A short standfirst.\nCaption line")
    assert article.published is None
    assert article.article_id.startswith("ar_")


def test_txt_id_is_stable_across_reads() -> None:
    assert parse_article_file("a.txt", TXT)[0].article_id == \
        parse_article_file("copy.txt", TXT)[0].article_id


def test_json_uses_url_for_id_and_host_for_source() -> None:
    (a,) = parse_article_file("a.json", '{"title": "T", "text": "Body text here.", '
                              '"url": "https://www.example.org/x?utm_source=rss#top", '
                              '"published": "2025-07-23"}')
    (b,) = parse_article_file("b.json", '{"title": "T2", "text": "Other text.", '
                              '"url": "https://www.example.org/x"}')
    assert a.source == "example.org"
    assert a.published == "2025-07-23"
    assert a.article_id == b.article_id  # same canonical URL → same article


def test_gold_file_is_read_as_its_article() -> None:
    (a,) = parse_article_file("g.json", '{"id": "g", "article": {"title": "T", '
                              '"text": "Body."}, "events": []}')
    assert a.title == "T" and a.text == "Body."


def test_jsonl_reads_every_line_and_names_bad_ones() -> None:
    good = parse_article_file("a.jsonl", '{"title":"a","text":"x y z"}\n\n'
                              '{"title":"b","text":"p q r"}\n')
    assert [a.title for a in good] == ["a", "b"]
    with pytest.raises(BadInput, match=r"a\.jsonl:2"):
        parse_article_file("a.jsonl", '{"title":"a","text":"x"}\n{"title": 3}\n')


def test_txt_without_body_is_bad_input() -> None:
    with pytest.raises(BadInput, match="no article text"):
        parse_article_file("empty.txt", "Only a title\n")
