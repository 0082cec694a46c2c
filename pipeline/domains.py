"""Article domain screen: sport, entertainment and consumer-tech stories are not coded.

A feed carries matches, films and gadgets beside politics, and the coder reads their
words as events ("Arsenal attack", "a striker injured", "nominated for best film").
Sentence rules cannot tell those apart; the article's words can. An article is off-topic
when one off-topic domain's cue words (``pipeline/data/domains.toml``, our own lists) are
dense in it and the cue words of public affairs are scarce (under 1 per 100 words and
fewer than 3 in all), so a sport story with a real political event in it (a federation
banning a country, fans attacked and arrests, a boycott of the games) keeps its events
when it names that event in words the public-affairs list holds. The thresholds were
chosen on the corpora of ``bench/domain_screen.py`` (README, "Extraction quality").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "domains.toml"

#: Thresholds (bench/domain_screen.py): at 2.5 and 1.0 no gold, dev, BBC politics, CASE
#: or Reuters 2017 article is screened and 60-69 % of BBC sport, entertainment and tech
#: are; 2.0 screens a BBC politics story, 3.0 leaves sport at 45 %.
#: off-topic cue words per 100 words at or above which a domain is the article's
MIN_DOMAIN_DENSITY = 2.5
#: public-affairs cue words per 100 words at or above which an article stays coded
MAX_PUBLIC_DENSITY = 1.0
#: fewer words than this say too little about a domain (a headline, a one-line summary)
MIN_WORDS = 40
#: public-affairs cues at or above which an article stays coded whatever its length, so a
#: long match or gadget story with one political paragraph is not screened by density
#: alone (bench/domain_screen.py: 3 costs BBC tech 66 -> 58 %, entertainment 57 -> 53 %,
#: sport 59 -> 58 % screened; 2 would cost tech 18 points)
MIN_PUBLIC_CUES = 3

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class DomainCues:
    """Cue counts of one article: per off-topic domain, of public affairs, and its words."""

    words: int
    domains: dict[str, int]
    public: int

    @property
    def top(self) -> tuple[str | None, int]:
        """The off-topic domain with most cues and their count."""
        if not self.domains:
            return None, 0
        name = max(self.domains, key=lambda d: self.domains[d])
        return name, self.domains[name]

    def density(self, count: int) -> float:
        return 100.0 * count / self.words if self.words else 0.0


#: a list's cues: single words, and two-word phrases as word pairs
Cues = tuple[frozenset[str], frozenset[tuple[str, str]]]


def _cues(entries: list[str]) -> Cues:
    split = [tuple(entry.split()) for entry in entries]
    if any(len(words) > 2 for words in split):
        raise ValueError(f"{DATA.name}: a cue is one word or two")
    return (frozenset(words[0] for words in split if len(words) == 1),
            frozenset((words[0], words[1]) for words in split if len(words) == 2))


@cache
def _lists() -> tuple[dict[str, Cues], Cues]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    domains = {name: _cues(words) for name, words in raw["off_topic"].items()}
    return domains, _cues(raw["public_affairs"]["cues"])


def _count(words: list[str], cues: Cues) -> int:
    """Occurrences of the cues in the words, each counted once: a phrase's words are not
    counted again as cues of their own ("world cup" is one cue, not two)."""
    singles, pairs = cues
    n, i = 0, 0
    while i < len(words):
        if (words[i], words[i + 1] if i + 1 < len(words) else "") in pairs:
            n, i = n + 1, i + 2
        else:
            n, i = n + (words[i] in singles), i + 1
    return n


def domain_cues(text: str) -> DomainCues:
    """The cue counts of an article's text (title and body)."""
    words = _WORD.findall(text.lower())
    domains, public = _lists()
    return DomainCues(words=len(words),
                      domains={name: _count(words, cues) for name, cues in domains.items()},
                      public=_count(words, public))


def sport_cues(text: str) -> int:
    """How many cue words of sport a text (a sentence) holds: "a meeting with Germany in
    the quarter-finals" is a match, not talks."""
    return _count(_WORD.findall(text.lower()), _lists()[0]["sport"])


def off_topic(text: str) -> str | None:
    """The off-topic domain ("sport", "entertainment", "tech") the article belongs to, or
    None when it is to be coded."""
    cues = domain_cues(text)
    name, count = cues.top
    if cues.words < MIN_WORDS or name is None or cues.public >= MIN_PUBLIC_CUES:
        return None
    if cues.density(count) >= MIN_DOMAIN_DENSITY and \
            cues.density(cues.public) < MAX_PUBLIC_DENSITY:
        return name
    return None
