"""Near-duplicate articles: MinHash signatures over word shingles, an LSH index with a window.

The same wire story republished by several outlets differs by a headline, a few edited
words and boilerplate ("Reporting by …", "Read more"), so exact content hashes miss it.
A MinHash signature estimates the Jaccard similarity of two articles' word 4-shingles;
an LSH index finds candidates in sub-linear time. Paraphrases of the same event by
different outlets share almost no 4-shingles (Jaccard < 0.1), so the threshold (0.5)
separates "the same text, lightly edited" from "the same event, other words".

Pure: no Faust, no clock. The agent keeps each original's signature in a changelog-backed
table (``encode_entry``/``decode_entry``) and rebuilds this index from it after recovery.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Words per shingle: 4 keeps short articles comparable and paraphrases apart.
SHINGLE_WORDS = 4
NUM_PERM = 128
#: Estimated Jaccard similarity at or above which an article is a near-duplicate.
THRESHOLD = 0.5
# Fixed seed: signatures must be identical in every worker process and after restarts.
_SEED = 20240301
# Named explicitly: stored signatures are only comparable within one permutation scheme.
_SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def body_of(text: str, title: str | None) -> str:
    """The clean text without its headline (republishers rewrite headlines freely)."""
    if title and text.startswith(title):
        return text[len(title):].lstrip()
    return text


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Case-folded word k-shingles; texts shorter than k words give one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of a text's shingles."""
    m = _minhash()
    m.update_batch(list(shingles(text)))
    return np.asarray(m.hashvalues, dtype=np.uint32)


@cache
def _permutations() -> object:
    # Drawing the permutations is most of a MinHash's construction cost: do it once.
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash(sig: np.ndarray | None = None) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=sig,
                   permutations=_permutations())


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True, slots=True)
class Entry:
    """One original article in the index: its signature, time and table partition."""

    article_id: str
    sig: np.ndarray
    ts: float  # seconds since the epoch (the message timestamp: replays see the same)
    partition: int


def encode_entry(entry: Entry) -> dict[str, object]:
    """Table value (JSON-able): the signature as base64 of its little-endian bytes."""
    return {"sig": base64.b64encode(entry.sig.astype("<u4").tobytes()).decode("ascii"),
            "ts": entry.ts, "p": entry.partition}


def decode_entry(article_id: str, value: dict[str, object]) -> Entry:
    raw = base64.b64decode(str(value["sig"]))
    ts = value["ts"]
    part = value["p"]
    assert isinstance(ts, int | float) and isinstance(part, int)
    return Entry(article_id, np.frombuffer(raw, dtype="<u4").astype(np.uint32), float(ts),
                 part)


class NearDupIndex:
    """Originals seen within the window; ``find`` returns the one a text duplicates."""

    def __init__(self, window_seconds: float, threshold: float = THRESHOLD) -> None:
        self.window = window_seconds
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._entries: dict[str, Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def add(self, entry: Entry) -> bool:
        """Set-if-absent: a replayed article keeps its first entry. True if added."""
        if entry.article_id in self._entries:
            return False
        self._entries[entry.article_id] = entry
        self._lsh.insert(entry.article_id, _minhash(entry.sig))
        return True

    def remove(self, article_id: str) -> None:
        if self._entries.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def find(self, sig: np.ndarray, ts: float, *, exclude: str | None = None
             ) -> tuple[str, float] | None:
        """The earliest original within the window that ``sig`` near-duplicates.

        Returns (article_id, estimated similarity) or None. Earliest, not most similar,
        so every republication of one wire story points at the same original.
        """
        query = _minhash(sig)
        best: tuple[float, str, float] | None = None
        for cand in self._lsh.query(query):
            if cand == exclude:
                continue
            entry = self._entries[cand]
            if abs(entry.ts - ts) > self.window:
                continue
            sim = similarity(sig, entry.sig)
            if sim < self.threshold:
                continue  # LSH candidates are approximate; confirm with the estimate
            key = (entry.ts, cand, sim)
            if best is None or key[:2] < best[:2]:
                best = key
        return None if best is None else (best[1], best[2])

    def expired(self, partition: int, now: float) -> list[str]:
        """Ids in ``partition`` older than the window at ``now`` (caller deletes them)."""
        cutoff = now - self.window
        return sorted(a for a, e in self._entries.items()
                      if e.partition == partition and e.ts < cutoff)
