"""Formatting helpers for the public templates. Querysets are built in selectors, not here."""

from datetime import time, timedelta
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.dateformat import format as format_date

from core import chrome, privacy
from core.sites import address

register = template.Library()


@register.filter
def pounds(amount):
    """£19,760 for whole pounds, £19,760.50 otherwise; empty for no amount."""
    if amount in (None, ""):
        return ""
    try:
        amount = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if amount == amount.to_integral_value():
        return f"£{amount:,.0f}"
    return f"£{amount:,.2f}"


@register.filter
def closing_time(moment):
    """When something closes, as a phrase: 'on 14 March 2025 at 17:00'.

    A deadline at midnight is the end of the day before, so '15 March at 00:00' reads as
    'at midnight at the end of 14 March 2025', which nobody mistakes for a day later.
    """
    if not moment:
        return ""
    local = timezone.localtime(moment)
    if local.time() == time(0, 0):
        return f"at midnight at the end of {format_date(local - timedelta(days=1), 'j F Y')}"
    return f"on {format_date(local, 'j F Y')} at {format_date(local, 'H:i')}"


@register.filter
def opening_time(moment):
    """When something opens, as a phrase: 'on 15 March 2025' from midnight, else with the time."""
    if not moment:
        return ""
    local = timezone.localtime(moment)
    if local.time() == time(0, 0):
        return f"on {format_date(local, 'j F Y')}"
    return f"on {format_date(local, 'j F Y')} at {format_date(local, 'H:i')}"


@register.filter
def document_details(document):
    """The file type and size people need before downloading, such as 'PDF, 1.2 MB'."""
    if not document:
        return ""
    parts = []
    extension = document.file_extension
    if extension:
        parts.append(extension.upper())
    if document.file_size:
        parts.append(filesizeformat(document.file_size))
    return ", ".join(parts)


@register.filter
def is_private_document(document):
    """True when the document sits in a private collection (members only, say)."""
    return privacy.is_private_document(document)


@register.simple_tag
def count_of(number, singular, plural):
    """'1 case study' or '12 case studies'."""
    return f"{number} {singular if number == 1 else plural}"


@register.simple_tag
def filter_url(base_url, name, value):
    """An index page's address filtered by one value, such as /case-studies/?theme=housing."""
    if not base_url:
        return ""
    return f"{base_url}?{urlencode({name: value})}"


@register.simple_tag
def page_ancestors(page):
    """The page's ancestors below the tree root, kept until the content changes."""
    if page is None or not getattr(page, "pk", None):
        return []
    return chrome.ancestors(page)


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """A page's address, worked out with what this request has already read (Wagtail's site
    root paths, the site serving it: `core.sites`), where `{{ page.url }}` reads them from the
    shared cache for every page. The request is the context's own, so it reaches includes made
    with `only`."""
    if getattr(page, "relative_url", None) is None:
        return getattr(page, "url", "") or ""
    request = getattr(context, "request", None) or context.get("request")
    if request is None:
        return page.url or ""
    return address(page, request) or ""


@register.simple_tag
def parent_url(page):
    """The address of the page's parent, usually the index its filters belong to."""
    ancestors = page_ancestors(page)
    return ancestors[-1].url if ancestors else ""


@register.inclusion_tag("components/_breadcrumbs.html")
def breadcrumbs(page):
    return {"ancestors": page_ancestors(page), "page": page}


@register.simple_tag
def card_meta(item):
    """The short facts a card shows under its title: what the page says of itself."""
    card_facts = getattr(item, "card_facts", None)
    return card_facts() if card_facts else []


def _link(label, url, request):
    path = getattr(request, "path", "")
    return {
        "label": label,
        "url": url,
        "current": bool(url) and path == url,
        "in_section": bool(url) and url != "/" and path.startswith(url),
    }


def _chrome_links(context, part):
    request = context.get("request")
    site_chrome = chrome.site_chrome(request) if request is not None else None
    if not site_chrome:
        return []
    return [_link(label, url, request) for label, url in site_chrome[part]]


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The header links: those comms edit under Settings, else the home page's menu pages."""
    return _chrome_links(context, "primary")


@register.simple_tag(takes_context=True)
def footer_navigation(context):
    return _chrome_links(context, "footer")


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer's note and the network's contact address: {footer_text, contact_email}."""
    request = context.get("request")
    return (chrome.site_chrome(request) if request is not None else None) or {}


@register.filter
def page_kind(page):
    """A page's type in words, such as 'Case study'."""
    meta = getattr(page, "_meta", None)
    return str(meta.verbose_name).capitalize() if meta else ""


@register.filter
def display_url(url):
    """A web address as people read it: without the scheme, 'www.' or a trailing slash."""
    if not url:
        return ""
    text = url.split("://", 1)[-1]
    if text.startswith("www."):
        text = text[4:]
    return text.rstrip("/")
