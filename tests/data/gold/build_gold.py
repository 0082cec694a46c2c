"""Builds tests/data/gold/*.json from the public-domain 2004 Wikinews stories.

Annotated by hand per eval/README.md (PLOVER guide), independently of the dev set.
Run: python tests/data/gold/build_gold.py CORPUS_JSONL (corpus/wikinews_2004_sources)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).parent


def ev(types, src, tgt, evidence, *, optional=False, modality=None, date=None, location=None,
       quantity=None, note=None):
    return {"type": types if isinstance(types, list) else [types], "source": src, "target": tgt,
            "evidence": evidence, "quantity": quantity, "date": date, "location": location,
            "modality": modality, "optional": optional, "note": note}


GOLD = {
    "wikinews-2004-051": ("drc-rwanda-border", None, [
        ev("MOBILIZE", "COD", "RWA", "Republic of Congo prepares to confront Rwanda",
           modality=["future", "asserted"]),
        ev("MOBILIZE", "COD", "RWA", "may be preparing to have its troops face those of Rwanda",
           optional=True, note="hedged"),
        ev("MOBILIZE", "RWA", "COD", "allegedly been sighted by United Nations personnel",
           optional=True, note="alleged incursion"),
        ev("CONSULT", "IGO", None, "The United Nations is attempting to mediate the conflict"),
        ev("ACCUSE", "COD", "RWA", "accusing Rwanda of being predatory", modality=["asserted"]),
        ev("REJECT", "RWA", "COD", "Rwandan president refusing to back down"),
        ev("THREATEN", "RWA", "COD", "the threat of pursuing Rwandan rebels", optional=True),
    ]),
    "wikinews-2004-000": ("china-brazil-lunch", None, [
        ev("CONSULT", "CHN", "BRA", "President of China lunches with Brazilian President"),
        ev("CONSULT", "CHN", "BRA", "had lunch today with the President of Brazil",
           date="2004-11-13", location="BRA", modality=["asserted"]),
        ev("AGREE", "BRA", "CHN", "a new political economy agreement between Brazil and China"),
        ev("SUPPORT", "BRA", "CHN", "Brazil has recognized mainland China's market economy"),
        ev("AGREE", "CHN", "BRA", "China has promised to buy more Brazilian products",
           modality=["proposed", "future", "asserted"]),
    ]),
    "wikinews-2004-055": ("mst-rondonia-attack", None, [
        ev("ASSAULT", "BRA", "BRA", "MST attack in Rondonia kills one man",
           quantity={"value": 1, "unit": "person"}),
        ev("ASSAULT", "BRA", "BRA", "accused of beating to death Paulo Brizola Nunes"),
        ev("ACCUSE", None, "BRA", "are accused of beating to death", optional=True),
        ev("ASSAULT", "BRA", "BRA", "when they were allegedly attacked"),
        ev("ASSAULT", "BRA", "BRA", "pummelled with axes and sticks"),
        ev("ASSAULT", "BRA", "BRA", "did not survive the assault", optional=True),
        ev("AID", "BRA", "BRA", "MST receives financial help from the Brazilian government",
           optional=True, note="background"),
        ev(["PROTEST", "ACCUSE"], "BRA", "BRA", "some Brazilians have protested MST's use",
           optional=True),
        ev(["COERCE", "ASSAULT"], "BRA", "BRA", "armed occupation of mostly privately-held",
           optional=True),
    ]),
    "wikinews-2004-098": ("pinochet-house-arrest", None, [
        ev("COERCE", "CHL", "CHL", "Pinochet arrested after Supreme Court ruling"),
        ev("COERCE", "CHL", "CHL", "was officially placed under house arrest",
           modality=["asserted"]),
        ev(["ACCUSE", "SANCTION"], "CHL", "CHL", "Supreme Court upheld his indictment"),
        ev("COERCE", "CHL", "CHL", "the arrest order was delivered", optional=True),
        ev("ACCUSE", "CHL", "CHL", "listed 2,095 deaths and 1,102 disappearances",
           optional=True),
        ev("ASSAULT", "CHL", "CHL", "a campaign of assassination and terrorization",
           optional=True, note="background"),
        ev(["ASSAULT", "COERCE"], "CHL", "CHL", "a military coup overthrew", optional=True,
           note="background, 1973"),
    ]),
    "wikinews-2004-069": ("cuba-us-billboards", None, [
        ev("ACCUSE", "CUB", "USA", "Cuba erects billboards depicting Abu Ghraib prisoners"),
        ev("ACCUSE", "CUB", "USA", "has erected a number of billboards outside the U.S."),
        ev("ACCUSE", None, None, "The Cuban display was erected in response", optional=True),
        ev("COERCE", "CUB", "CUB", "Cuban dissidents jailed last year by Cuban government",
           quantity={"value": 75, "unit": "dissident"}),
        ev("ACCUSE", "CUB", "USA", "Cuba made a complaint over the sign"),
        ev("THREATEN", "CUB", "USA", "has threatened to take action"),
        ev("REJECT", "USA", "CUB", "is standing firm by the decision"),
        ev("ACCUSE", "USA", "CUB", "draw attention to Cuba's human rights offences",
           optional=True),
    ]),
    "wikinews-2004-015": ("brazil-south-korea-visit", None, [
        ev("CONSULT", "BRA", "KOR", "Brazilian President meets President of South Korea"),
        ev("CONSULT", "BRA", "KOR", "met with the President of the Republic of Korea",
           location="BRA", modality=["asserted"]),
        ev("CONSULT", "BRA", "KOR", "there was a dinner with Brazilian and South Korean",
           optional=True),
        ev("SUPPORT", "BRA", "KOR", "South Korea is a strategic partner in Asia", optional=True),
        ev("SUPPORT", "BRA", "KOR", "Brazil supports Korea in their effort to join"),
        ev("CONSULT", "BRA", "KOR", "discussed energy and natural resources cooperation"),
        ev(["SUPPORT", "AGREE"], "BRA", "KOR", "They signed the Broad Relationship of Cooperation"),
    ]),
    "wikinews-2004-025": ("chinese-submarine-japan", 5, [
        ev("MOBILIZE", "CHN", "JPN", "Chinese submarine enters Japanese waters"),
        ev("MOBILIZE", "CHN", "JPN", "submarine entered Japanese territorial waters"),
        ev("MOBILIZE", "CHN", "JPN", "The intrusion occurred on 10 November", optional=True),
        ev("MOBILIZE", "JPN", "CHN", "was tracked by helicopter", optional=True),
        ev("ACCUSE", "JPN", "CHN", "considered the intrusion an act of provocation"),
        ev("MOBILIZE", "JPN", "CHN", "Self-Defense Forces to go on alert"),
        ev("CONSULT", "CHN", "JPN", "met with the Japanese ambassador to China",
           date="2004-11-17", location="CHN"),
        ev("CONCEDE", "CHN", "JPN", "offered an apology for the incident"),
        ev("ACCUSE", "JPN", "CHN", "Defence Agency is studying whether", optional=True),
    ]),
    "wikinews-2004-047": ("bush-visits-canada", None, [
        ev("CONSULT", "USA", "CAN", "US president Bush visits Canada"),
        ev("CONSULT", "USA", "CAN", "made his first official state visit to Canada"),
        ev("ASSAULT", "USA", "IRQ", "its invasion of Iraq in 2003", optional=True),
        ev("CONSULT", "USA", "CAN", "Topics discussed included", optional=True),
        ev("CONSULT", "USA", "CAN", "They also discussed trade issues"),
        ev(["PROTEST", "ASSAULT"], "CAN", None, "Protesters clashed with riot police in Ottawa",
           location="CAN"),
        ev("PROTEST", "CAN", None, "a demonstration on the 29th against the deportation",
           optional=True),
        ev("PROTEST", "CAN", "USA", "15,000 people marched against Bush in Ottawa",
           quantity={"value": 15000, "unit": "person"}, location="CAN"),
        ev("CONSULT", "USA", "CAN", "news conference with Prime Minister Paul Martin",
           optional=True),
        ev("SUPPORT", "USA", "CAN", "he was pleased with the welcome", optional=True),
        ev("SUPPORT", "USA", "CAN", "I want to thank the Canadian people", optional=True),
        ev("CONSULT", "USA", "CAN", "The official 26-hour visit will take the American",
           modality=["future", "asserted"]),
        ev("AID", "CAN", "USA", "more than 200 flights were diverted", optional=True),
        ev("AID", "CAN", "USA", "Thousands of Americans were sheltered", optional=True),
        ev("SANCTION", "USA", None, "the U.S. closed its airspace", optional=True),
    ]),
}


def main(corpus: Path) -> None:
    rows = {json.loads(line)["id"]: json.loads(line) for line in corpus.open(encoding="utf-8")}
    for story_id, (slug, keep_paragraphs, events) in GOLD.items():
        r = rows[story_id]
        text = r["text"].replace("&ndash;", "–").replace("&mdash;", "—")
        if keep_paragraphs:
            text = "\n\n".join(text.split("\n\n")[:keep_paragraphs])
        low = text.lower() + " " + r["title"].lower()
        for e in events:  # every snippet must be verbatim in the article
            assert " ".join(e["evidence"].lower().split()) in " ".join(low.split()), e["evidence"]
        doc = {"id": slug, "article": {"title": r["title"], "text": text,
                                       "published": r["published"], "url": r.get("url"),
                                       "source": "wikinews.org"},
               "license": "public domain (Wikinews 2004)", "events": events}
        (OUT / f"{slug}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
