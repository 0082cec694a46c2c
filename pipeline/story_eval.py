"""Story quality: purity and completeness of predicted stories against gold story labels.

Both are measured over articles (the unit an editor would check), with an article a
member of every predicted story one of its events (or, for a duplicate, its original's
events) was counted in. docs/gdelt-export.md defines them for users.

- purity: for each predicted story, the share of its articles that belong to its
  majority gold story, weighted by story size. 1.0 = no story mixes two real events.
- completeness: for each gold story, the share of its clustered articles found together
  in one predicted story (the one holding most of them), weighted by story size.
  1.0 = no real event is split.
- coverage: the share of gold articles that are in any predicted story at all (an
  article with no coded event cannot be clustered: that is extraction recall).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class StoryScores:
    purity: float
    completeness: float
    coverage: float
    predicted_stories: int
    gold_stories: int


def canonical_story(record: Mapping[str, object]) -> str:
    """The story a Story record belongs to (its own id unless merged)."""
    return str(record.get("merged_into") or record["story_id"])


def memberships(events: Iterable[Mapping[str, object]],
                stories: Mapping[str, Mapping[str, object]],
                duplicates: Mapping[str, str]) -> dict[str, set[str]]:
    """Article id → canonical story ids, from Event values, the latest Story per id, and
    duplicate article → original article."""
    out: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        sid = ev.get("story_id")
        article = ev.get("article")
        if not isinstance(sid, str) or not isinstance(article, Mapping):
            continue
        record = stories.get(sid)
        out[str(article["article_id"])].add(canonical_story(record) if record else sid)
    for dup, original in duplicates.items():
        out[dup] |= out.get(original, set())
    return {a: s for a, s in out.items() if s}


def score(gold: Mapping[str, str], predicted: Mapping[str, set[str]]) -> StoryScores:
    """``gold``: article → gold story; ``predicted``: article → predicted stories."""
    members: dict[str, set[str]] = defaultdict(set)
    for article, stories in predicted.items():
        if article in gold:
            for s in stories:
                members[s].add(article)
    total = sum(len(m) for m in members.values())
    pure = sum(Counter(gold[a] for a in m).most_common(1)[0][1] for m in members.values())
    by_gold: dict[str, set[str]] = defaultdict(set)
    for article, story in gold.items():
        if predicted.get(article):
            by_gold[story].add(article)
    clustered = sum(len(m) for m in by_gold.values())
    together = sum(max(len(m & members[s]) for a in m for s in predicted[a])
                   for m in by_gold.values())
    return StoryScores(purity=pure / total if total else 0.0,
                       completeness=together / clustered if clustered else 0.0,
                       coverage=clustered / len(gold) if gold else 0.0,
                       predicted_stories=len(members), gold_stories=len(set(gold.values())))
