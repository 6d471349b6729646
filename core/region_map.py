"""A schematic map of the UK's nations and English regions, drawn as SVG paths by the hub.

The outlines are rough polygons in longitude and latitude, traced by hand from the regions'
well-known shapes: good enough to find your region, not to measure anything. Neighbouring
regions share the same border points, so the pieces meet without gaps. Keys are the slugs of
the regions seeded in `core/migrations/0002_seed_taxonomy.py`; England is not drawn (its
regions are).
"""

import functools
import math
from dataclasses import dataclass

# An equirectangular projection scaled for the middle of the UK: close enough for a schematic.
MIDDLE_LATITUDE = 54.5
SCALE = 60
WEST, NORTH = -8.3, 59.4
VIEWBOX = "0 0 356 574"

# Borders shared by two regions, each from one meeting point of three regions to another.
SCOTLAND_NORTH_WEST = [(-3.07, 54.99), (-2.78, 55.13)]
SCOTLAND_NORTH_EAST = [(-2.78, 55.13), (-2.5, 55.3), (-2.2, 55.45), (-2.03, 55.81)]
NORTH_WEST_NORTH_EAST = [(-2.78, 55.13), (-2.55, 54.95), (-2.35, 54.75), (-2.17, 54.45)]
NORTH_EAST_YORKSHIRE = [(-2.17, 54.45), (-1.9, 54.5), (-1.5, 54.47), (-1.2, 54.55), (-0.79, 54.56)]
NORTH_WEST_YORKSHIRE = [
    (-2.17, 54.45),
    (-2.35, 54.25),
    (-2.4, 54.05),
    (-2.2, 53.85),
    (-2.05, 53.65),
    (-1.85, 53.5),
]
YORKSHIRE_EAST_MIDLANDS = [
    (-1.85, 53.5),
    (-1.3, 53.35),
    (-1.0, 53.45),
    (-0.75, 53.55),
    (-0.5, 53.45),
    (0.1, 53.5),
]
NORTH_WEST_EAST_MIDLANDS = [(-1.85, 53.5), (-2.03, 53.35), (-1.98, 53.2)]
NORTH_WEST_WEST_MIDLANDS = [(-1.98, 53.2), (-2.25, 53.05), (-2.45, 53.0), (-2.72, 52.98)]
NORTH_WEST_WALES = [(-2.72, 52.98), (-2.9, 53.1), (-3.0, 53.24)]
EAST_MIDLANDS_WEST_MIDLANDS = [
    (-1.98, 53.2),
    (-1.85, 52.9),
    (-1.6, 52.7),
    (-1.2, 52.35),
    (-1.3, 52.1),
]
EAST_MIDLANDS_SOUTH_EAST = [(-1.3, 52.1), (-1.0, 52.05), (-0.8, 52.15), (-0.65, 52.12)]
EAST_MIDLANDS_EAST = [(-0.65, 52.12), (-0.45, 52.35), (-0.5, 52.6), (0.0, 52.65), (0.2, 52.82)]
WEST_MIDLANDS_SOUTH_EAST = [(-1.3, 52.1), (-1.65, 52.0)]
WEST_MIDLANDS_SOUTH_WEST = [
    (-1.65, 52.0),
    (-1.9, 52.1),
    (-2.3, 52.0),
    (-2.5, 52.05),
    (-2.65, 51.85),
]
WEST_MIDLANDS_WALES = [
    (-2.65, 51.85),
    (-3.0, 51.95),
    (-3.12, 52.07),
    (-3.05, 52.34),
    (-3.15, 52.65),
    (-3.05, 52.93),
    (-2.72, 52.98),
]
SOUTH_WEST_WALES = [(-2.65, 51.62), (-2.7, 51.75), (-2.65, 51.85)]
SOUTH_WEST_SOUTH_EAST = [
    (-1.75, 50.73),
    (-1.8, 51.0),
    (-1.6, 51.2),
    (-1.6, 51.55),
    (-1.68, 51.75),
    (-1.65, 52.0),
]
SOUTH_EAST_EAST = [(-0.65, 52.12), (-0.7, 51.95), (-0.55, 51.75), (-0.48, 51.62)]
LONDON_EAST = [(-0.48, 51.62), (-0.2, 51.68), (0.05, 51.67), (0.2, 51.62), (0.32, 51.49)]
LONDON_SOUTH_EAST = [
    (0.32, 51.49),
    (0.15, 51.4),
    (0.05, 51.29),
    (-0.15, 51.29),
    (-0.33, 51.35),
    (-0.51, 51.47),
    (-0.48, 51.62),
]


def backwards(border):
    return list(reversed(border))


def ring(*parts):
    """One outline from borders and coasts given in order, dropping the repeated joins."""
    points = []
    for part in parts:
        for point in part:
            if not points or points[-1] != point:
                points.append(point)
    if points[0] == points[-1]:
        points.pop()
    return points


OUTLINES = {
    "scotland": [
        ring(
            [(-3.07, 54.99), (-3.6, 54.97), (-3.9, 54.8), (-4.4, 54.85), (-4.4, 54.7)],
            [(-4.86, 54.63), (-4.95, 54.85), (-5.15, 54.85), (-5.0, 55.05), (-4.65, 55.45)],
            [(-4.85, 55.75), (-4.85, 55.95), (-5.3, 55.85), (-5.45, 55.5), (-5.75, 55.3)],
            [(-5.8, 55.45), (-5.6, 55.75), (-5.65, 56.0), (-5.55, 56.25), (-5.5, 56.45)],
            [(-5.9, 56.6), (-6.2, 56.72), (-5.85, 56.8), (-5.8, 57.0), (-5.65, 57.25)],
            [(-5.72, 57.3), (-5.85, 57.45), (-5.75, 57.65), (-5.45, 57.85), (-5.2, 57.95)],
            [(-5.3, 58.15), (-5.1, 58.3), (-5.0, 58.62), (-4.6, 58.55), (-4.0, 58.58)],
            [(-3.37, 58.67), (-3.03, 58.64), (-3.1, 58.45), (-3.45, 58.2), (-3.8, 58.0)],
            [(-3.77, 57.87), (-4.0, 57.6), (-4.22, 57.48), (-3.9, 57.6), (-3.3, 57.72)],
            [(-2.8, 57.7), (-2.0, 57.69), (-1.78, 57.5), (-2.08, 57.15), (-2.2, 56.96)],
            [(-2.45, 56.7), (-2.58, 56.56), (-2.85, 56.47), (-2.8, 56.42), (-2.58, 56.28)],
            [(-3.0, 56.2), (-3.5, 56.04), (-3.0, 55.95), (-2.7, 56.06), (-2.5, 56.0)],
            backwards(SCOTLAND_NORTH_EAST),
            backwards(SCOTLAND_NORTH_WEST),
        ),
        # Skye, Mull, Islay, Lewis and Harris, the Uists, Orkney.
        [(-5.7, 57.25), (-6.0, 57.15), (-6.3, 57.3), (-6.75, 57.45), (-6.35, 57.7), (-6.1, 57.6)],
        [(-5.7, 56.45), (-6.0, 56.35), (-6.35, 56.32), (-6.2, 56.55), (-5.95, 56.6)],
        [(-6.1, 55.65), (-6.5, 55.7), (-6.4, 55.9), (-6.05, 55.85)],
        [(-6.26, 58.52), (-6.9, 58.15), (-7.1, 57.85), (-6.7, 57.75), (-6.3, 58.0), (-6.15, 58.25)],
        [(-7.2, 57.7), (-7.55, 57.6), (-7.45, 57.05), (-7.25, 57.05), (-7.2, 57.4)],
        [(-3.35, 59.15), (-2.8, 59.1), (-2.7, 58.9), (-3.2, 58.8), (-3.4, 58.95)],
        # Shetland, moved south-east into the North Sea (as maps of the UK usually show it).
        [(1.3, 58.45), (1.45, 58.75), (1.55, 59.1), (1.3, 59.25), (1.1, 59.05), (1.25, 58.8)],
    ],
    "northern-ireland": [
        [
            (-5.9, 54.62),
            (-5.45, 54.5),
            (-5.55, 54.3),
            (-5.66, 54.22),
            (-5.9, 54.2),
            (-6.2, 54.05),
            (-6.3, 54.1),
            (-6.65, 54.05),
            (-7.0, 54.2),
            (-7.3, 54.12),
            (-7.6, 54.15),
            (-8.0, 54.35),
            (-8.15, 54.45),
            (-7.9, 54.6),
            (-7.55, 54.75),
            (-7.45, 55.0),
            (-7.25, 55.07),
            (-6.95, 55.2),
            (-6.5, 55.25),
            (-6.05, 55.2),
            (-5.8, 54.95),
            (-5.7, 54.75),
        ]
    ],
    "wales": [
        ring(
            SOUTH_WEST_WALES,
            WEST_MIDLANDS_WALES,
            NORTH_WEST_WALES,
            [(-3.3, 53.35), (-3.83, 53.32), (-4.05, 53.24), (-4.35, 53.1), (-4.4, 53.0)],
            [(-4.75, 52.79), (-4.5, 52.78), (-4.12, 52.9), (-4.05, 52.72), (-4.08, 52.41)],
            [(-4.3, 52.22), (-4.66, 52.12), (-5.1, 52.0), (-5.3, 51.88), (-5.15, 51.72)],
            [(-5.05, 51.68), (-4.7, 51.64), (-4.3, 51.68), (-4.3, 51.56), (-3.95, 51.6)],
            [(-3.7, 51.48), (-3.17, 51.44), (-2.98, 51.53)],
        ),
        # Anglesey.
        [(-4.2, 53.2), (-4.45, 53.15), (-4.6, 53.27), (-4.55, 53.4), (-4.3, 53.42), (-4.05, 53.3)],
    ],
    "north-east": [
        ring(
            [(-0.79, 54.56), (-1.15, 54.63), (-1.2, 54.7), (-1.38, 54.9), (-1.45, 55.05)],
            [(-1.55, 55.3), (-1.63, 55.58), (-1.8, 55.65)],
            backwards(SCOTLAND_NORTH_EAST),
            NORTH_WEST_NORTH_EAST,
            NORTH_EAST_YORKSHIRE,
        )
    ],
    "north-west": [
        ring(
            SCOTLAND_NORTH_WEST,
            NORTH_WEST_NORTH_EAST,
            NORTH_WEST_YORKSHIRE,
            NORTH_WEST_EAST_MIDLANDS,
            NORTH_WEST_WEST_MIDLANDS,
            NORTH_WEST_WALES,
            [(-3.2, 53.38), (-3.0, 53.45), (-3.05, 53.65), (-2.95, 53.75), (-3.05, 53.9)],
            [(-2.85, 54.08), (-2.9, 54.2), (-3.15, 54.1), (-3.25, 54.15), (-3.4, 54.3)],
            [(-3.63, 54.5), (-3.45, 54.75), (-3.4, 54.9), (-3.2, 54.95)],
        )
    ],
    "yorkshire-and-the-humber": [
        ring(
            [(0.1, 53.5), (-0.05, 53.58), (-0.5, 53.7), (-0.3, 53.74), (0.0, 53.66)],
            [(0.12, 53.6), (-0.16, 53.91), (-0.19, 54.08), (-0.08, 54.12), (-0.28, 54.21)],
            [(-0.4, 54.28), (-0.61, 54.49)],
            backwards(NORTH_EAST_YORKSHIRE),
            NORTH_WEST_YORKSHIRE,
            YORKSHIRE_EAST_MIDLANDS,
        )
    ],
    "east-midlands": [
        ring(
            [(0.2, 52.82), (0.35, 52.95), (0.34, 53.14), (0.26, 53.34)],
            backwards(YORKSHIRE_EAST_MIDLANDS),
            NORTH_WEST_EAST_MIDLANDS,
            EAST_MIDLANDS_WEST_MIDLANDS,
            EAST_MIDLANDS_SOUTH_EAST,
            EAST_MIDLANDS_EAST,
        )
    ],
    "west-midlands": [
        ring(
            backwards(EAST_MIDLANDS_WEST_MIDLANDS),
            backwards(NORTH_WEST_WEST_MIDLANDS),
            backwards(WEST_MIDLANDS_WALES),
            backwards(WEST_MIDLANDS_SOUTH_WEST),
            backwards(WEST_MIDLANDS_SOUTH_EAST),
        )
    ],
    "east-of-england": [
        ring(
            [(0.32, 51.49), (0.5, 51.52), (0.72, 51.53), (0.95, 51.6), (0.9, 51.72)],
            [(1.15, 51.79), (1.28, 51.95), (1.58, 52.08), (1.65, 52.3), (1.76, 52.48)],
            [(1.73, 52.62), (1.6, 52.8), (1.3, 52.93), (0.9, 52.96), (0.5, 52.95), (0.4, 52.8)],
            backwards(EAST_MIDLANDS_EAST),
            SOUTH_EAST_EAST,
            LONDON_EAST,
        )
    ],
    "london": [ring(LONDON_EAST, LONDON_SOUTH_EAST)],
    "south-east": [
        ring(
            [(-1.75, 50.73), (-1.3, 50.78), (-1.1, 50.78), (-0.79, 50.73), (-0.3, 50.82)],
            [(0.25, 50.74), (0.6, 50.85), (0.97, 50.91), (1.0, 51.0), (1.38, 51.13)],
            [(1.45, 51.38), (1.0, 51.36), (0.75, 51.44), (0.55, 51.45)],
            LONDON_SOUTH_EAST,
            backwards(SOUTH_EAST_EAST),
            backwards(EAST_MIDLANDS_SOUTH_EAST),
            WEST_MIDLANDS_SOUTH_EAST,
            backwards(SOUTH_WEST_SOUTH_EAST),
        ),
        # The Isle of Wight.
        [(-1.58, 50.66), (-1.3, 50.77), (-1.08, 50.68), (-1.3, 50.58)],
    ],
    "south-west": [
        ring(
            [(-2.65, 51.62), (-2.72, 51.5), (-2.98, 51.35), (-3.47, 51.2), (-4.12, 51.21)],
            [(-4.53, 51.02), (-4.55, 50.83), (-4.94, 50.55), (-5.08, 50.42), (-5.48, 50.21)],
            [(-5.7, 50.05), (-5.2, 49.96), (-5.05, 50.15), (-4.7, 50.33), (-4.15, 50.35)],
            [(-3.64, 50.22), (-3.5, 50.45), (-3.4, 50.62), (-3.0, 50.7), (-2.45, 50.57)],
            [(-2.0, 50.6), (-1.95, 50.7)],
            SOUTH_WEST_SOUTH_EAST,
            WEST_MIDLANDS_SOUTH_WEST,
            backwards(SOUTH_WEST_WALES),
        )
    ],
}

# Where each region's member count is printed: inside it, clear of its neighbours.
LABEL_POINTS = {
    "scotland": (-4.2, 57.0),
    "northern-ireland": (-6.7, 54.6),
    "wales": (-3.7, 52.3),
    "north-east": (-1.95, 55.0),
    "north-west": (-2.95, 54.55),
    "yorkshire-and-the-humber": (-1.3, 54.0),
    "east-midlands": (-0.85, 52.95),
    "west-midlands": (-2.3, 52.5),
    "east-of-england": (0.6, 52.35),
    "london": (-0.1, 51.49),
    "south-east": (-0.7, 51.1),
    "south-west": (-3.4, 50.85),
}


@dataclass(frozen=True)
class RegionShape:
    path: str
    label_x: float
    label_y: float
    area: float  # in square SVG units: smaller regions are drawn last, over their neighbours


def polygon_area(points):
    """The area a polygon encloses (the shoelace formula)."""
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def project(longitude, latitude):
    """A point's place on the map, in the SVG's own units."""
    x = (longitude - WEST) * math.cos(math.radians(MIDDLE_LATITUDE)) * SCALE
    y = (NORTH - latitude) * SCALE
    return round(x, 1), round(y, 1)


def svg_path(polygons):
    """SVG path data drawing each polygon as a closed shape."""
    shapes = []
    for polygon in polygons:
        points = [project(*point) for point in polygon]
        moves = " ".join(f"{x:g},{y:g}" for x, y in points[1:])
        shapes.append(f"M{points[0][0]:g},{points[0][1]:g} L{moves} Z")
    return " ".join(shapes)


@functools.cache
def region_shapes():
    """{region slug: RegionShape} for every region the map draws."""
    shapes = {}
    for slug, polygons in OUTLINES.items():
        label_x, label_y = project(*LABEL_POINTS[slug])
        area = sum(polygon_area([project(*point) for point in polygon]) for polygon in polygons)
        shapes[slug] = RegionShape(svg_path(polygons), label_x, label_y, area)
    return shapes
