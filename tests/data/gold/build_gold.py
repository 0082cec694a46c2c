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
    "wikinews-2004-038": ("air-force-boeing-emails", None, [
        ev("REJECT", "USA", "USA", "Congressional lawmakers rejected the proposal in October"),
        ev("REJECT", "USA", "USA", "the deal had been killed by the Pentagon"),
        ev("ACCUSE", "USA", "USA", "a speech last week against the now-cancelled deal",
           optional=True),
        ev("ACCUSE", None, "USA", "previously been leveled against Vice President Dick Cheney",
           optional=True, note="background"),
        ev("ACCUSE", None, "USA", "are now being made against senior Air Force officials"),
        ev("ACCUSE", "NGO", "USA", "a textbook case of favoritism to a single defense contractor"),
        ev("REJECT", "USA", "USA", "defended the Air Force's exclusive consideration of Boeing",
           optional=True),
        ev("REQUEST", "USA", "USA", "The Air Force was ordered by Congress to work with Boeing"),
        ev("ACCUSE", "USA", "USA", "led to felony charges against Boeing Chief Financial Officer"),
        ev("AGREE", "USA", "USA", "would be revived as an open bid", optional=True),
        ev("REQUEST", "USA", "USA", "advises the Secretary to release fiscal numbers",
           optional=True, note="a lobbyist's advice in an email"),
    ]),
    "wikinews-2004-050": ("kerik-nominated", None, [
        ev("SUPPORT", "USA", "USA", "Kerik nominated as U.S. Secretary of Homeland Security"),
        ev("COOPERATE", "USA", "IRQ", "lead the training of Iraqi law enforcement", optional=True),
        ev("SUPPORT", "USA", "USA", "He campaigned for President George W. Bush", optional=True),
    ]),
    "wikinews-2004-078": ("ukraine-rerun-yushchenko", None, [
        ev("ACCUSE", None, "UKR", "many international observers criticized the vote as fradulent",
           note="background: the November run-off"),
        ev("ACCUSE", "UKR", "UKR", "to assert that the results were invalid"),
        ev(["REQUEST", "ACCUSE"], "UKR", "UKR",
           "appealing to the country's parliament and its Supreme Court"),
        ev("PROTEST", "UKR", "UKR", "maintained a blocade of key government buildings"),
        ev("REJECT", "UKR", "UKR", "The new results were not, however, accepted by both sides",
           optional=True),
        ev(["ACCUSE", "THREATEN"], "UKR", "UKR",
           "vowed to challenge the outcome in the Supreme Court",
           modality=["future", "asserted"]),
        ev("REJECT", "UKR", "UKR", "I will never recognize this defeat"),
        ev("SUPPORT", "USA", "UKR", "hailed as fair by officials in the United States"),
        ev("SUPPORT", "IGO", "UKR", "hailed as fair by officials in the United States"),
        ev("ACCUSE", None, "UKR", "nearly universally criticized by Western governments",
           optional=True),
    ]),
    "wikinews-2004-035": ("nba-brawl-suspensions", None, [
        ev("SANCTION", "USA", "USA", "Four NBA players suspended indefinitely for brawl"),
        ev("SANCTION", "USA", "USA", "players have been suspended indefinitely for their actions"),
        ev("ASSAULT", "USA", "USA", "a brawl at the end of the Friday", optional=True),
        ev("SANCTION", "USA", "USA", "Ron Artest has been suspended for the rest of the season"),
        ev("SANCTION", "USA", "USA", "Pacers guard Anthony Johnson received a 5 game suspension",
           quantity={"value": 5, "unit": "game"}),
        ev("SANCTION", "USA", "USA", "were each suspended one game for leaving their bench"),
        ev("ASSAULT", "USA", "USA", "Ben Wallace shoved Ron Artest", date="2004-11-19"),
        ev("ASSAULT", "USA", "USA", "a fan then threw a cup at Artest", date="2004-11-19"),
        ev("ASSAULT", "USA", "USA", "Artest went into the stands, and began throwing punches",
           date="2004-11-19"),
        ev("ASSAULT", "USA", "USA", "Jackson then joined in and began to throw punches",
           date="2004-11-19"),
        ev("SANCTION", "USA", "USA", "Last season he was suspended twice", optional=True),
        ev("SANCTION", "USA", "USA", "He was suspended 5 times during the 2002-2003 season",
           optional=True),
    ]),
    "wikinews-2004-057": ("eta-device-almeria", None, [
        ev("ASSAULT", "ESP", "ESP", "accompanied by a note signed by ETA",
           note="planted bomb; failed attack"),
        ev("ASSAULT", "ESP", "ESP", "the bombs placed in 5 gas stations in Madrid on Friday",
           date="2004-12-03", location="ESP"),
        ev("REQUEST", "ESP", "ESP", "appealed for the population to remain calm",
           modality=["demanded", "asserted"]),
        ev("COERCE", "ESP", "ESP", "was deactivated by a bomb squad", optional=True),
        ev("COERCE", "ESP", "ESP", "Police deactivate explosive device", optional=True),
    ]),
    "wikinews-2004-073": ("mozambique-election", None, [
        ev("ACCUSE", None, "MOZ", "who have alleged some amount of fraud"),
        ev("ACCUSE", "NGO", "MOZ", "the tally counting process could not be verified",
           optional=True),
        ev(["REJECT", "PROTEST"], "MOZ", "MOZ", "will not take its 90 seats in the parliament"),
        ev("ACCUSE", "MOZ", "MOZ", "has one week to appeal the election results", optional=True),
    ]),
    "wikinews-2004-093": ("us-tsunami-pledges", None, [
        ev("ACCUSE", "IGO", "USA", "rich nations like the U.S. were being"),
        ev("CONCEDE", "IGO", "USA", "Egeland later recanted his statement"),
        ev("SUPPORT", "IGO", "USA", "one of the most generous pledges so far", optional=True),
        ev(["AID", "AGREE"], "USA", None, "The Bush administration has pledged $350 million in aid",
           quantity={"value": 350000000, "unit": "usd"}),
        ev(["AID", "AGREE"], "JPN", None, "a $500 million pledge made recently by the government",
           quantity={"value": 500000000, "unit": "usd"}),
        ev("ACCUSE", None, "USA", "complaints about the 'miserly' generosity", optional=True),
    ]),
    "wikinews-2004-094": ("aceh-helicopter-aid", None, [
        ev("AID", "USA", "IDN", "have begun dropping food and supplies into isolated parts of Aceh",
           location="IDN"),
        ev("AID", None, "IDN", "Supplies are often thrown out of the helicopters", optional=True),
    ]),
    "wikinews-2004-079": ("tsunami-travel-warnings", None, [
        ev("REQUEST", None, None, "governments warn citizens against travelling"),
        ev("REQUEST", "USA", "USA", "The U.S. State Department issued public travel warnings"),
        ev("REQUEST", "USA", "USA", "urge citizens to postpone all non-essential travel"),
        ev("REQUEST", "GBR", "GBR", "similarly urges citizens not to travel to the areas"),
    ]),
    "wikinews-2004-048": ("ridge-resigns", None, [
        ev("RETREAT", "USA", "USA", "Homeland Security Tom Ridge resigns"),
        ev("SUPPORT", "USA", "USA", "Ridge thanked President Bush for the opportunity"),
        ev("RETREAT", "USA", "USA", "Tommy Thompson announced his departure"),
    ]),
    "wikinews-2004-089": ("bittorrent-site-sued", None, [
        ev("ACCUSE", "USA", "USA", "BitTorrent tracker site sued by movie studios"),
        ev("ACCUSE", "USA", "USA", "was sued by the motion picture industry for copyright",
           date="2004-12-14"),
        ev("ACCUSE", "USA", "USA", "The suit was filed in a U.S. District Court", optional=True),
        ev("REJECT", "USA", "USA", "has decided to mount a legal defense", optional=True),
    ]),
    "wikinews-2004-075": ("mumbai-demolitions", None, [
        ev(["COERCE", "ASSAULT"], "IND", "IND", "Mumbai officials demolish 39K shanties"),
        ev(["COERCE", "ASSAULT"], "IND", "IND", "demolished over 6,000 shanties today",
           date="2004-12-25", location="IND", quantity={"value": 6000, "unit": "shanty"}),
        ev(["COERCE", "ASSAULT"], "IND", "IND", "39,000 shanties have been flattened",
           quantity={"value": 39000, "unit": "shanty"}),
    ]),
    "wikinews-2004-019": ("tatar-latin-alphabet", None, [
        ev(["REJECT", "COERCE"], "RUS", "RUS", "Russian Tatars not allowed to use Latin alphabet"),
        ev(["REJECT", "COERCE"], "RUS", "RUS",
           "may not apply the Latin alphabet to their language"),
        ev("ACCUSE", "RUS", "RUS", "The Tatars had instituted legal proceedings"),
        ev("COERCE", "RUS", "RUS", "The law banning all alphabets but Cyrillic", optional=True),
        ev("ACCUSE", "RUS", "RUS", "a 'separatist tendency'", optional=True),
    ]),
    "wikinews-2004-002": ("brazil-arafat-funeral", None, [
        ev("CONSULT", "BRA", "PSE", "The delegation representing Brazil at the funeral"),
        ev("CONSULT", "BRA", "PSE", "Jamil Murad had visited Yasser Arafat in April 2004"),
        ev("SUPPORT", "PSE", "BRA",
           "Arafat had written him a letter thanking the Brazilian people"),
        ev("SUPPORT", "BRA", "PSE", "their support of the Palestinian cause", optional=True),
    ]),
    "wikinews-2004-065": ("nobel-peace-maathai", None, [
        ev("SUPPORT", "NOR", "KEN", "Nobel Peace Prize awarded to Kenyan environmental activist"),
        ev("SUPPORT", "NOR", "KEN", "The 2004 Nobel Peace Prize was awarded today",
           date="2004-12-10"),
        ev("REJECT", "KEN", "KEN", "project was opposed by the Kenyan government", optional=True),
        ev("PROTEST", "KEN", "KEN", "demonstrations to protect the forests", optional=True),
        ev("COERCE", "KEN", "KEN", "eventually, she was jailed"),
        ev("ACCUSE", "KEN", "KEN", "by threatening me and bashing me", optional=True),
    ]),
    "wikinews-2004-045": ("austria-gusenbauer", None, [
        ev("ACCUSE", "AUT", "AUT", "has issued heavy criticism at the current Austrian government"),
    ]),
    "wikinews-2004-066": ("peterson-death-penalty", None, [
        ev(["SANCTION", "REQUEST"], "USA", "USA",
           "suggest that Peterson receive the death penalty"),
        ev("SANCTION", "USA", "USA", "Peterson was found guilty of murdering"),
    ]),
    "wikinews-2004-067": ("florida-dog-biting-arrest", None, [
        ev("COERCE", "USA", "USA", "was arrested on an animal cruelty charge on Saturday",
           date="2004-12-11"),
    ]),
    "wikinews-2004-064": ("south-american-community", None, [
        ev(["AGREE", "COOPERATE"], None, None, "South American Community of Nations announced"),
        ev(["AGREE", "COOPERATE"], None, None,
           "South American nations began the creation of an international economic"),
        ev("CONSULT", None, None, "was attended by heads of state from Bolivia, Brazil",
           location="PER"),
        ev("CONSULT", None, None, "Foreign ministers attended for Argentina", optional=True),
        ev("SUPPORT", None, None, "convened principally to sign the two-page Preamble",
           optional=True),
        ev("REJECT", None, None, "they did not attend the signing ceremony", optional=True),
        ev(["AGREE", "COOPERATE"], None, None, "Venezuela join SACN from the Andean Community"),
        ev("REJECT", None, None, "will not immediately join the community", optional=True),
        ev(["AGREE", "COOPERATE"], "CHL", None, "Chile will additionally join"),
        ev(["AGREE", "COOPERATE"], None, None, "32 construction projects were approved"),
        ev("RETREAT", "CHL", None, "withdrew six years later", optional=True),
        ev("AGREE", None, None, "are all proposed in the Cusco declaration", optional=True),
    ]),
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
