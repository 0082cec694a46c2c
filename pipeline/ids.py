"""Deterministic ids: the same input and pipeline version always give the same id."""

from __future__ import annotations

import hashlib


def _digest(*parts: str, n: int = 16) -> str:
    h = hashlib.blake2b(digest_size=n)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")  # unit separator so ("ab","c") != ("a","bc")
    return h.hexdigest()


def article_id_for(*, canonical_url: str | None, guid: str | None, content: str) -> str:
    """Canonical URL hash; fallback GUID, then content hash (Miniflux's order)."""
    if canonical_url:
        return "ar_" + _digest("url", canonical_url)
    if guid:
        return "ar_" + _digest("guid", guid)
    return "ar_" + _digest("content", content)


def content_hash(text: str) -> str:
    """Hash of whitespace-normalised, case-folded text: exact-duplicate detection."""
    return _digest("text", " ".join(text.casefold().split()), n=20)


def event_id_for(article_id: str, sentence_index: int, event_type: str, trigger_start: int,
                 version: str) -> str:
    return "ev_" + _digest(article_id, str(sentence_index), event_type, str(trigger_start),
                           version)


def story_id_for(key: str) -> str:
    return "st_" + _digest("story", key)
