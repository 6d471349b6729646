"""Renditions are made in the task queue when a page is published, in every format and size its
templates show, so no visitor's request makes one."""

import re
from pathlib import Path

import pytest
from PIL import features
from wagtail.images import get_image_model

from core import renditions
from tests import factories

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PICTURE_TAG = re.compile(r"{%\s*picture\s+\S+\s+(?P<specs>[^%]*?)(?:\s+\w+=|\s*%})")


def template_patterns():
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for match in PICTURE_TAG.finditer(path.read_text()):
            found.append((path.relative_to(TEMPLATES), match["specs"].strip()))
    return found


def test_templates_show_images_only_in_the_renditions_made_on_publishing():
    found = template_patterns()
    assert len(found) >= 5
    unknown = [(path, pattern) for path, pattern in found if pattern not in renditions.PATTERNS]
    assert unknown == []


def test_pillow_here_writes_avif_and_webp():
    assert features.check("avif") and features.check("webp")


def rendition_specs(image):
    model = get_image_model().get_rendition_model()
    return set(model.objects.filter(image=image).values_list("filter_spec", flat=True))


@pytest.fixture
def story(case_study_index, member):
    picture = factories.ImageFactory(title="Solar roofs")
    diagram = factories.ImageFactory(title="How the co-op works")
    page = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        listing_image=picture,
        body=[("image", {"image": diagram, "alt_text": "A diagram", "caption": ""})],
        live=False,
    )
    return page, picture, diagram


def test_publishing_makes_every_rendition_the_page_and_its_cards_show(
    story, case_study_index, client, django_capture_on_commit_callbacks
):
    page, picture, diagram = story
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert rendition_specs(picture) == set(renditions.FIELD_SPECS["listing_image"])
    assert rendition_specs(diagram) == set(renditions.BODY_SPECS)
    made = {image: rendition_specs(image) for image in (picture, diagram)}
    for url in (page.url, case_study_index.url):
        html = client.get(url).content.decode()
        assert "image/avif" in html and "image/webp" in html
    # Serving the page and its listing made nothing new.
    assert {image: rendition_specs(image) for image in (picture, diagram)} == made


def test_making_a_pages_renditions_renews_the_content_generation(
    story, django_capture_on_commit_callbacks
):
    """Cards kept before the renditions existed hold none: they are made again with them."""
    from core.page_cache import generation

    page, _, _ = story
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    before = generation.current()
    renditions.make_page_renditions.call(page.pk)
    assert generation.current() != before


def test_a_page_without_images_renews_nothing(home_page):
    from core.page_cache import generation

    page = factories.StandardPageFactory(parent=home_page)
    before = generation.current()
    renditions.make_page_renditions.call(page.pk)
    assert generation.current() == before
