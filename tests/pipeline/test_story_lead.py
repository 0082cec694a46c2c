"""News names a story's parties in its headline and lead: a foreign country first named
in the closing paragraphs (reactions, pledges, comment) is no second party, however
often it is named there, and the acts of the story's own country that name no
recipient stay domestic. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from pipeline.annotate import annotate_batch, to_doc
from pipeline.ids import content_hash
from pipeline.story_parties import focus_countries
from schemas import CleanArticle

TITLE = "Peruvian cabinet resigns as protests over fuel prices grow"
LEAD = ("Peru's cabinet resigned on Tuesday after a week of protests over fuel prices. "
        "Peruvian police fired tear gas at thousands of marchers in Lima. "
        "Prime Minister Ana Torres said the government had failed the country. "
        "The Senate rejected a proposal to cut fuel taxes. ")
TAIL = ("Germany said it was following events closely. "
        "Germany's foreign ministry urged restraint. "
        "Berlin pledged 5 million euros to food banks. "
        "A German envoy will visit next month.")


def _parties(nlp: Any, title: str, body: str) -> tuple[str | None, Any]:
    full = f"{title}\n\n{body}"
    clean = CleanArticle(article_id="ar_test", title=title, text=full, url=None,
                         canonical_url=None, source=None, published="2024-03-01",
                         language="en", content_hash=content_hash(full),
                         word_count=len(full.split()))
    ann = annotate_batch([clean], nlp)[0]
    return focus_countries(to_doc(ann, nlp.vocab), ann.title_sentences, 2024)


def test_a_country_first_named_after_the_lead_is_no_party(nlp: Any) -> None:
    focus, pair = _parties(nlp, TITLE, LEAD + TAIL)
    assert focus == "PER"
    assert pair is None


def test_a_country_named_in_the_lead_is_a_party(nlp: Any) -> None:
    lead = LEAD.replace("after a week of protests over fuel prices",
                        "after Germany cut its fuel aid")
    _, pair = _parties(nlp, TITLE, lead + TAIL)
    assert pair is not None and set(pair) == {"PER", "DEU"}


def test_unaimed_domestic_acts_stay_domestic(code_text: Any) -> None:
    out = code_text(LEAD + TAIL, title=TITLE, published="2024-03-01")
    rejected = [e for e in out.events if e.type == "REJECT"]
    assert rejected and rejected[0].source is not None and rejected[0].target is not None
    assert rejected[0].source.country == "PER"
    assert rejected[0].target.country == "PER"
