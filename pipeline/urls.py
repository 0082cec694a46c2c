"""Canonical article URLs: one spelling per page, so ids and duplicate checks agree.

The poller hashes the canonical URL into ``article_id`` and the normalize stage compares
canonical URLs across feeds, so the rules here must be deterministic and stable: changing
them changes article ids (bump the pipeline version when you do).
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

#: Query parameters that only say how the reader arrived (campaign/click tracking).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "wt_mc", "wt.mc_id", "wt_zmc", "ocid", "cmpid", "cmp", "icid",
    "_ga", "_gl", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
    "ito", "at_medium", "at_campaign", "rss", "ref_src", "smid", "sr_share", "spm",
    "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "__twitter_impression",
})
#: Prefixes of tracking parameter families (utm_source, utm_medium, pk_campaign …).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_custom", "itm_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left unescaped in a path: RFC 3986 unreserved + sub-delims + ':' '@' '/' '%'.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL, or None when it is not one.

    Lower-cases scheme and host, drops userinfo, the fragment, default ports and
    tracking parameters, sorts the remaining query parameters (stable for equal names),
    and strips a trailing slash from any path except the root ``/``.
    """
    if not url:
        return None
    text = url.strip()
    # Feeds sometimes give protocol-relative links ("//host/path"); assume https.
    if text.startswith("//"):
        text = "https:" + text
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError on a non-numeric / out-of-range port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if not host:
        return None
    # IDNA so "Bücher.de" and "xn--bcher-kva.de" give the same URL; an unencodable
    # label is kept as written rather than dropping the whole URL.
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    if ":" in host:  # IPv6 literal: urlsplit removed the brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"

    # Re-quote the path so "%7E" and "~", or a raw space and "%20", spell the same page.
    path = quote(unquote(parts.path), safe=_PATH_SAFE) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"

    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
              if not _is_tracking(k)]
    params.sort(key=lambda kv: kv[0])  # stable: repeated names keep their order
    query = urlencode(params, quote_via=quote, safe="/:@!$'()*+,;-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without a leading ``www.`` (the ``source`` of an article)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host.removeprefix("www.") or None
