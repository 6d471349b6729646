"""The schematic map draws every region members are placed in, with each count inside it."""

import re

import pytest

from core.models import Region
from core.region_map import LABEL_POINTS, OUTLINES, VIEWBOX, project, region_shapes
from demo.loader import content


def inside(point, polygon):
    """Whether the point lies inside the polygon (ray casting)."""
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


@pytest.mark.django_db
def test_every_seeded_region_but_england_is_drawn():
    seeded = set(Region.objects.values_list("slug", flat=True))
    assert set(OUTLINES) == seeded - {"england"}
    assert set(LABEL_POINTS) == set(OUTLINES)


def test_every_region_the_demo_members_are_in_is_drawn():
    members = [record for _number, record in content.records("members.json")]
    used = {member["region"] for member in members if member.get("region")}
    assert used <= set(OUTLINES)


@pytest.mark.parametrize("slug", sorted(OUTLINES))
def test_each_count_is_printed_inside_its_region(slug):
    assert any(inside(LABEL_POINTS[slug], polygon) for polygon in OUTLINES[slug])


@pytest.mark.parametrize("slug", sorted(OUTLINES))
def test_each_region_fits_the_drawing(slug):
    _, _, width, height = (float(number) for number in VIEWBOX.split())
    for polygon in OUTLINES[slug]:
        for point in polygon:
            x, y = project(*point)
            assert 0 <= x <= width and 0 <= y <= height, (slug, point)


def test_paths_are_closed_shapes_one_per_polygon():
    for slug, shape in region_shapes().items():
        assert len(re.findall(r"M[\d.]+,[\d.]+ L", shape.path)) == len(OUTLINES[slug])
        assert shape.path.count(" Z") == len(OUTLINES[slug])
