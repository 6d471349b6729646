"""What a page tells search engines and sites it is shared on: description, canonical address,
Open Graph and Twitter card tags, and its schema.org description (JSON-LD).

Every fact comes from the page's own methods (`sharing_title`, `sharing_description`,
`sharing_image`, `sharing_type`, `structured_data`), so this tag knows no page type. It only
describes the page being served, which the visitor may already see.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import mark_safe

from core.models import BasePage
from core.renditions import SHARING_IMAGE
from core.sites import site_for
from core.structured_data import SITE_NAME

register = template.Library()

# Open Graph's preferred 1.91:1 picture, which Twitter's large card uses too.
SHARING_IMAGE_SPEC = SHARING_IMAGE
FALLBACK_IMAGE = "icons/icon-512.png"
FALLBACK_IMAGE_SIZE = 512
# Characters that could end the script element or start markup, written as JSON escapes.
SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def absolute(url, request):
    """An address with the site's scheme and host (from its Site record, set from BASE_URL)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    site = site_for(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    return f"{root}{url}"


def sharing_picture(page, request):
    image = page.sharing_image()
    if image is None:
        return {
            "url": absolute(static(FALLBACK_IMAGE), request),
            "width": FALLBACK_IMAGE_SIZE,
            "height": FALLBACK_IMAGE_SIZE,
            "alt": SITE_NAME,
            "large": False,
        }
    rendition = image.get_rendition(SHARING_IMAGE_SPEC)
    return {
        "url": absolute(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
        "large": True,
    }


def json_ld(data):
    """The data as JSON that is safe inside a <script> element."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(SCRIPT_SAFE))  # noqa: S308


@register.inclusion_tag("components/_page_meta.html", takes_context=True)
def page_meta(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, BasePage):
        return {"page_meta": None, "request": request}
    page_url = page.get_full_url(request)
    picture = sharing_picture(page, request)
    data = page.structured_data(page_url, picture["url"] if picture["large"] else None)
    return {
        "request": request,
        "page_meta": {
            "site_name": SITE_NAME,
            "title": page.sharing_title(),
            "description": page.sharing_description(),
            "url": page_url,
            "type": page.sharing_type,
            "image": picture,
            "twitter_card": "summary_large_image" if picture["large"] else "summary",
            "structured_data": json_ld(data) if data else "",
        },
    }
