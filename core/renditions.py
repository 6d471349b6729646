"""The image renditions the templates show, made in the task queue when a page is published, so
that no visitor waits for one to be resized and encoded.

Each pattern is what a template's `{% picture %}` tag names (tests/core/test_renditions.py
checks that they agree): AVIF and WebP for browsers that take them, and JPEG (PNG for logos,
which may be transparent) for the rest. Which renditions an image needs follows from where the
published page uses it, as Wagtail's reference index records: a listing image appears on cards
and at the head of its page, a logo on cards and its profile, an image in a body stream in the
body, and the first two are also the picture shown when the page is shared.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published

from core.page_cache import generation

logger = logging.getLogger(__name__)

LISTING_IMAGE = "fill-{480x270,960x540} format-{avif,webp,jpeg}"
LOGO = "max-{240x120,480x240} format-{avif,webp,png}"
BODY_IMAGE = "width-{480,960,1440} format-{avif,webp,jpeg}"
# Open Graph's preferred 1.91:1 picture, which sites a page is shared on fetch (seo_tags).
SHARING_IMAGE = "fill-1200x630|format-jpeg"

PATTERNS = (LISTING_IMAGE, LOGO, BODY_IMAGE, SHARING_IMAGE)


def specs(pattern):
    """Every filter spec a pattern stands for, as the picture tag asks for them."""
    return tuple(Filter.expand_spec(pattern))


LISTING_IMAGE_SPECS = specs(LISTING_IMAGE)
LOGO_SPECS = specs(LOGO)
# Where a page's field refers to an image: the renditions it is shown in.
FIELD_SPECS = {
    "listing_image": LISTING_IMAGE_SPECS + specs(SHARING_IMAGE),
    "logo": LOGO_SPECS + specs(SHARING_IMAGE),
}
BODY_SPECS = specs(BODY_IMAGE)


def specs_by_image(page_id):
    """{image id: the specs it is shown in} for the images a live page uses."""
    image_model = get_image_model()
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page_id),
        to_content_type=ContentType.objects.get_for_model(image_model),
    ).values_list("to_object_id", "model_path")
    wanted = {}
    for image_id, model_path in references:
        if image_id.isdigit():
            needed = FIELD_SPECS.get(model_path, BODY_SPECS)
            wanted.setdefault(int(image_id), set()).update(needed)
    return wanted


@task()
def make_page_renditions(page_id):
    """Background task: every rendition the published page's images are shown in.

    Then the content generation is renewed: pages and cards kept since the page was published
    hold their images' renditions as they were when kept (fetched with the images), so without
    them each image would cost a query on every request until the next change. Renewed even
    when nothing was left to make, as a visitor's request may have made the renditions (the
    picture tag does) after its cards were kept."""
    wanted = specs_by_image(page_id)
    made = False
    for image in get_image_model().objects.filter(pk__in=wanted):
        try:
            image.get_renditions(*sorted(wanted[image.pk]))
        except SourceImageIOError:
            logger.warning("The file of image %s is missing: no renditions made.", image.pk)
        else:
            made = True
    if made:
        generation.changed()


def _page_published(sender, instance, **kwargs):
    page_id = instance.pk
    transaction.on_commit(lambda: make_page_renditions.enqueue(page_id))


def connect():
    page_published.connect(_page_published, dispatch_uid="core_page_renditions")
