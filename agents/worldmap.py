"""The live page's world map: Natural Earth country outlines rendered server-side to SVG.

The outlines come from ``agents/live/countries-110m.json`` (Natural Earth 1:110m, public
domain, as packaged in TopoJSON by the npm package ``world-atlas``). We decode TopoJSON
here (quantized, delta-encoded arcs) and project plate carrée onto a 960×480 view box,
so the browser needs no map library, no tiles and no network.
"""

from __future__ import annotations

import functools
import itertools
import json
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 960, 480
Point = tuple[float, float]


def project(lon: float, lat: float) -> Point:
    """Plate carrée into the view box (the page's script uses the same formula)."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Absolute (lon, lat) points of every arc (undo quantization and delta encoding)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    ring: list[Point] = []
    for i in indexes:
        # A negative index ~i means arc i walked backwards.
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        # Consecutive arcs share their joint point: drop the repeat.
        ring.extend(points[1:] if ring else points)
    return ring


def polygons(geometry: dict[str, Any], arcs: list[list[Point]]) -> list[list[list[Point]]]:
    if geometry["type"] == "Polygon":
        return [[_ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[_ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    return []


def unwrap(ring: list[Point]) -> list[list[Point]]:
    """A ring crossing the antimeridian (Fiji, Chukotka), drawn without a stripe.

    Longitudes are made continuous (179 → 181 instead of 179 → −179); the part past ±180
    then falls outside the view box, so a copy shifted by 360° draws it on the other
    edge. Rings that go round the globe (Antarctica) are left as they are.
    """
    out, shift = [ring[0]], 0.0
    for (lon0, _), (lon, lat) in itertools.pairwise(ring):
        if lon - lon0 > 180:
            shift -= 360
        elif lon0 - lon > 180:
            shift += 360
        out.append((lon + shift, lat))
    if shift:  # wound round the pole: the ±180 seam is its own edge
        return [ring]
    lons = [lon for lon, _ in out]
    copies = [out]
    if max(lons) > 180:
        copies.append([(lon - 360, lat) for lon, lat in out])
    if min(lons) < -180:
        copies.append([(lon + 360, lat) for lon, lat in out])
    return copies


def _path(polys: list[list[list[Point]]]) -> str:
    parts = []
    for poly in polys:
        for ring in poly:
            for copy in unwrap(ring):
                xy = [project(lon, lat) for lon, lat in copy]
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def _area(ring: list[Point]) -> float:
    return abs(sum(x0 * y1 - x1 * y0
                   for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _alpha3(numeric: str | None) -> str | None:
    import pycountry

    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return country.alpha_3 if country else None


@functools.cache
def world() -> tuple[str, dict[str, list[float]]]:
    """(SVG ``<path>`` elements, alpha-3 → [lat, lon] of the largest ring's box centre).

    The centres place events whose location is known only to the country level.
    """
    data = resources.files("agents").joinpath("live/countries-110m.json").read_text("utf-8")
    topology = json.loads(data)
    arcs = decode_arcs(topology)
    paths, centres = [], {}
    for geom in topology["objects"]["countries"]["geometries"]:
        polys = polygons(geom, arcs)
        if not polys:
            continue
        code = _alpha3(geom.get("id"))
        name = (geom.get("properties") or {}).get("name", "")
        attr = f' data-country="{code}"' if code else ""
        paths.append(f'<path class="land"{attr}><title>{_escape(name)}</title></path>'
                     .replace("<path", f'<path d="{_path(polys)}"', 1))
        if code:
            outer = unwrap(max((p[0] for p in polys), key=_area))[0]
            lons, lats = [p[0] for p in outer], [p[1] for p in outer]
            lon = (min(lons) + max(lons)) / 2
            centres[code] = [round((min(lats) + max(lats)) / 2, 3),
                             round((lon + 180) % 360 - 180, 3)]
    return "\n".join(paths), centres


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
