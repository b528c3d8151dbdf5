"""Geopoints, geotraces and geoshapes as ODK writes them, and the XForms geo functions.

A geopoint is "latitude longitude [altitude [accuracy]]"; a geotrace or geoshape is geopoints
separated by ";" (a geoshape ends where it starts). `area` and `distance` follow ODK's
definitions (JavaRosa and ODK Web Forms): a sphere of the Earth's equatorial radius, altitude
ignored, results in square metres and metres rounded to two decimals.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Point", "area", "distance", "geofence", "parse_point", "parse_trace"]

EARTH_RADIUS_M = 6_378_100.0
_TRAILING_SEPARATORS = re.compile(r"(\s*;)+\s*$")
_SEPARATOR = re.compile(r"\s*;\s*")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def parse_point(text: str) -> Point | None:
    """"11.5564 104.9282 12 5" -> Point(11.5564, 104.9282); None for anything else."""
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return None
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    if any(not math.isfinite(n) for n in numbers):
        return None
    latitude, longitude = numbers[0], numbers[1]
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return Point(latitude, longitude)


def parse_trace(text: str) -> list[Point] | None:
    """The points of a geotrace or geoshape (at least two, every one valid), else None."""
    cleaned = _TRAILING_SEPARATORS.sub("", text.strip())
    points = [parse_point(p) for p in _SEPARATOR.split(cleaned)] if cleaned else []
    if len(points) < 2 or any(p is None for p in points):
        return None
    return [p for p in points if p is not None]


def _points(values: Sequence[str]) -> list[Point] | None:
    """One value: a trace or shape; several: one geopoint each (a node-set of geopoints)."""
    if not values:
        return None
    if len(values) == 1:
        return parse_trace(values[0])
    points = [parse_point(v) for v in values]
    if len(points) < 2 or any(p is None for p in points):
        return None
    return [p for p in points if p is not None]


def _rounded(value: float) -> float:
    return abs(math.floor(value * 100 + 0.5) / 100) if value else 0.0


def area(values: Sequence[str]) -> float:
    """The area in m² enclosed by the points (closed if they do not end where they start);
    0 for fewer than two points or a value that is not geo."""
    points = _points(values)
    if not points:
        return 0.0
    if points[0] != points[-1]:
        points = [*points, points[0]]
    total = 0.0
    for start, end in itertools.pairwise(points):
        total += math.radians(end.longitude - start.longitude) * (
            2 + math.sin(math.radians(end.latitude)) + math.sin(math.radians(start.latitude)))
    return _rounded(total * EARTH_RADIUS_M * EARTH_RADIUS_M / 2)


def _segment(start: Point, end: Point) -> float:
    phi0, phi1 = math.radians(start.latitude), math.radians(end.latitude)
    cosine = (math.sin(phi0) * math.sin(phi1) + math.cos(phi0) * math.cos(phi1)
              * math.cos(math.radians(start.longitude - end.longitude)))
    return math.acos(max(-1.0, min(1.0, cosine))) * EARTH_RADIUS_M


def distance(values: Sequence[str]) -> float:
    """The length in metres along the points, in order; NaN when they are not geo."""
    points = _points(values)
    if not points:
        return math.nan
    return _rounded(sum(_segment(a, b) for a, b in itertools.pairwise(points)))


def geofence(point: str, shape: str) -> bool:
    """Whether a geopoint lies inside a closed geoshape (even-odd rule)."""
    inside = False
    where = parse_point(point)
    fence = parse_trace(shape)
    if where is None or fence is None or fence[0] != fence[-1]:
        return False
    x, y = where.longitude, where.latitude
    for p1, p2 in itertools.pairwise(fence):
        if (p2.latitude > y) != (p1.latitude > y) and x < (
                (p1.longitude - p2.longitude) * (y - p2.latitude)
                / (p1.latitude - p2.latitude) + p2.longitude):
            inside = not inside
    return inside
