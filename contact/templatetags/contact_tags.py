from django import template

from core.models import SiteChrome
from core.sites import address, site_for

from ..models import ContactPage

register = template.Library()


def contact_page_url(request):
    """The address of the site's live, public contact page, or "" when it has none."""
    site = site_for(request)
    if site is None:
        return ""
    page = ContactPage.objects.live().public().descendant_of(site.root_page).first()
    return address(page, request) if page else ""


@register.inclusion_tag("components/_comms_team.html", takes_context=True)
def comms_team(context):
    """'the network's comms team', linked to the contact form, else to the contact email."""
    request = context.get("request")
    if request is None:
        return {"url": ""}
    url = contact_page_url(request)
    if not url:
        email = SiteChrome.for_request(request).contact_email
        url = f"mailto:{email}" if email else ""
    return {"url": url}
