"""Article files for ``ingest`` and ``extract``: ``.txt``, ``.json`` and ``.jsonl`` → RawArticle.

``.txt``: line 1 title, line 2 standfirst, a line ``-``, then the body. ``.json``: one
object with at least ``title`` and ``text`` (optional ``published``, ``url``, ``source``,
``id``, ``language``); an eval gold file (``{"article": {...}}``) is read as its article.
``.jsonl``: one such object per line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from pipeline.errors import BadInput
from pipeline.ids import article_id_for
from pipeline.urls import canonical_url
from schemas import RawArticle
from schemas.codec import RecordError, loads


def parse_article_file(name: str, content: str) -> list[RawArticle]:
    """The articles in one file's content; BadInput names the file and line."""
    return list(_parse(name, content))


def _parse(name: str, content: str) -> Iterator[RawArticle]:
    lower = name.lower()
    if lower.endswith(".jsonl"):
        for n, line in enumerate(content.splitlines(), 1):
            if line.strip():
                yield _from_json_text(line, f"{name}:{n}")
    elif lower.endswith(".json"):
        yield _from_json_text(content, name)
    else:
        yield from_txt(content, name)


def from_txt(content: str, name: str = "<text>") -> RawArticle:
    lines = content.replace("\r\n", "\n").split("\n")
    if "-" in (line.strip() for line in lines[:4]):
        sep = [line.strip() for line in lines].index("-")
        title = lines[0].strip()
        standfirst = " ".join(x.strip() for x in lines[1:sep] if x.strip())
        body = "\n".join(lines[sep + 1:]).strip()
        text = f"{standfirst}\n{body}" if standfirst else body
    else:
        title, text = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not text:
        raise BadInput(f"{name}: no article text after the title")
    return RawArticle(article_id=article_id_for(canonical_url=None, guid=None,
                                                content=title + "\n" + text),
                      title=title, text=text)


def from_mapping(obj: Mapping[str, Any], where: str = "<json>") -> RawArticle:
    if "article" in obj and isinstance(obj["article"], Mapping):  # an eval gold file
        obj = obj["article"]
    try:
        text, title = obj["text"], obj.get("title") or ""
    except KeyError:
        raise BadInput(f"{where}: article has no 'text' field") from None
    if not isinstance(text, str) or not text.strip():
        raise BadInput(f"{where}: 'text' must be a non-empty string")
    if not isinstance(title, str):
        raise BadInput(f"{where}: 'title' must be a string")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    given_id = obj.get("article_id") or obj.get("id")
    source = obj.get("source") if isinstance(obj.get("source"), str) else None
    if source is None and url:
        source = (urlsplit(url).hostname or "").removeprefix("www.") or None
    published = obj.get("published")
    article_id = article_id_for(canonical_url=canonical_url(url) if url else None,
                                guid=str(given_id) if given_id else None,
                                content=title + "\n" + text)
    return RawArticle(article_id=article_id, title=title, text=text, url=url,
                      published=published if isinstance(published, str) else None,
                      source=source,
                      language=obj.get("language") if isinstance(obj.get("language"), str)
                      else None,
                      guid=str(given_id) if given_id else None)


def _from_json_text(text: str, where: str) -> RawArticle:
    try:
        obj = loads(text)
    except RecordError as exc:
        raise BadInput(f"{where}: {exc}") from None
    if not isinstance(obj, Mapping):
        raise BadInput(f"{where}: expected a JSON object")
    return from_mapping(obj, where)
