"""Where a country is on the map: centroids computed from the shipped Natural Earth 110m shapes (TopoJSON).

A country's point is the area centroid of its largest polygon (mainland France, not French Guiana), in
longitude/latitude. Organisations get the city they sit in, so EU or UN dyads still draw an arc.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"
SEATS = {"EUR": (4.35, 50.85), "NAO": (4.42, 50.88), "UNO": (-73.97, 40.75), "AFR": (38.74, 9.03),
         "ASN": (106.83, -6.2), "ARL": (31.24, 30.04), "OPC": (16.37, 48.21), "WTO": (6.14, 46.2)}  # fmt: skip

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """TopoJSON arcs: delta-encoded quantized positions -> absolute longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[Point]], indices: list[int]) -> list[Point]:
    """One closed ring from arc indices (a negative index ~i is arc i reversed; shared ends drop once)."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[Point]) -> list[Point]:
    """Make longitudes continuous across the antimeridian (Fiji, Chukotka): no step longer than 180 degrees."""
    out = points[:1]
    for x, y in points[1:]:
        last = out[-1][0]
        x += 360 * round((last - x) / 360)
        out.append((x, y))
    return out


def area_centroid(points: list[Point]) -> tuple[float, Point]:
    """Shoelace area (absolute) and centroid of a ring in the plane of longitude and latitude."""
    points = unwrap(points)
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*points, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


@cache
def centroids() -> dict[str, Point]:
    """ISO alpha-3 -> (longitude, latitude) for every country in the shipped shapes, plus organisation seats."""
    topology = json.loads((STATIC / "countries-110m.json").read_text())
    iso = json.loads((STATIC / "iso-numeric.json").read_text())
    arcs = decode_arcs(topology)
    out: dict[str, Point] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = iso["codes"].get(geometry.get("id")) or iso["by_name"].get(geometry["properties"]["name"])
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        # the outer ring (first) of each polygon; the largest one stands for the country
        area, point = max(area_centroid(ring(arcs, polygon[0])) for polygon in polygons)
        out[code] = (round((point[0] + 180) % 360 - 180, 2), round(point[1], 2))
    return {**SEATS, **out}
