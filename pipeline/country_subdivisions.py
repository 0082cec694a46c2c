"""A country's subdivisions by their lookup keys (ISO 3166-2 through pycountry): what
``Gazetteer.geocode`` asks so that a region of the hinted country ("Borno", "Chin",
"Bali") outranks a town abroad of the same name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.name_keys import normalize


@lru_cache(maxsize=256)
def subdivision_keys(alpha3: str) -> frozenset[str]:
    """The lookup keys of a country's subdivisions (ISO 3166-2, pycountry): "Borno",
    "Chin", "Bali"; a town abroad of the same name (its main name or an alternate
    spelling) must not outrank them when the event is about that country. Every level
    counts: each lies in the country."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return frozenset()
    subs = pycountry.subdivisions.get(country_code=country.alpha_2) or []
    # "Tatarstan, Respublika", "Chin (Chin State)": the region's own name
    return frozenset(normalize(re.sub(r"\s*\(.*\)$", "", sub.name).split(",")[0])
                     for sub in subs)
