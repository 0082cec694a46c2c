"""Money and scale words of a figure: "$1.5bn", "C$30 billion", "Rs 500 crore", "CHF 7.5
billion", "2 billion dollars". Read by ``pipeline.quantities``: the currency sign before a
figure or the currency word after it gives the unit; a scale word multiplies exactly.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["CURRENCY_RX", "CURRENCY_SIGNS", "CURRENCY_WORDS", "SCALE_RX", "scaled"]

SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
          "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
          # South Asian scales: "Rs 500 crore" is five billion rupees, "2 lakh" 200,000
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
CURRENCY_SIGNS = {"$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur",
                  "£": "gbp", "gbp": "gbp", "¥": "jpy",
                  # other countries' dollars; "Rs" is written in India, Pakistan, Nepal and
                  # Sri Lanka alike, so it names no one country's rupee
                  "c$": "cad", "a$": "aud", "nz$": "nzd", "hk$": "hkd", "nt$": "twd",
                  "s$": "sgd", "r$": "brl", "rs": "rupee", "rs.": "rupee", "₹": "inr",
                  "tk": "bdt", "ksh": "kes", "sh": "shilling", "₦": "ngn", "rmb": "cny"}
#: ISO codes written before a figure ("CHF 7.5 billion", "INR 500 crore"): the unit itself.
#: The three commonest are read in any case ("usd 40"), being no other word ...
CASELESS_CODES = ("USD", "EUR", "GBP")
#: ... the others only in capitals, as written. No NPR: "told NPR 40 people ..." is the radio.
CAPITAL_CODES = ("JPY", "CNY", "INR", "PKR", "BDT", "LKR", "CHF",
                 "AED", "SAR", "QAR", "EGP", "NGN", "KES", "ZAR", "UAH", "RUB", "PLN", "KRW",
                 "IDR", "MXN", "BRL", "CAD", "AUD", "HKD", "TWD")
ISO_CODES = CASELESS_CODES + CAPITAL_CODES
CURRENCY_SIGNS.update({code.lower(): code.lower() for code in ISO_CODES})
CURRENCY_WORDS = {"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur",
                  "pound": "gbp", "pounds": "gbp", "yen": "jpy", "rupees": "rupee",
                  "rupee": "rupee", "roubles": "rub", "rubles": "rub", "yuan": "cny"}

# "$1.5-billion package", "a 400-million-pound debt": the scale word hyphenated on
SCALE_RX = (r"(?:\s*(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|mn|bn|tn|m|k|b)\b"
            r"|-(?P<hscale>thousand|million|billion|trillion|crore|lakh)\b)?")
CURRENCY_RX = (r"(?P<cur>(?:US|C|A|NZ|HK|NT|S|R)?\$|€|£|¥|₹\s?|₦|(?:Rs\.?|Tk|K?Sh|RMB)\s?|"
               rf"(?:{'|'.join(CASELESS_CODES)})\s?|"
               rf"(?-i:(?:{'|'.join(CAPITAL_CODES)}))\s?)")


def scaled(number: str | float, scale: str) -> float:
    """"16.6 billion" is 16,600,000,000 exactly: the decimal product, since the binary one
    (16.6 * 1e9 = 16600000000.000002) is not the figure the text gives."""
    return float(Decimal(str(number).replace(",", "")) * SCALES[scale.lower()])
