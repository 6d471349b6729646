"""`{% kept %}`: a fragment of a public page drawn once for the content generation.

    {% load kept_tags %}
    {% kept "card-grid" page.pk shown_key %}...{% endkept %}

The fragment is kept in the shared cache under the content generation (`core.page_cache.
generation.cached`), named by the values after `kept` and the request's site (addresses are
written for it), so any change to what the public site shows draws it afresh in every process.
Whatever else the fragment depends on must be among those values: a listing's card grid names
the index and the items shown, with whether the viewer may open each (`core.listing.shown_key`).
A preview is drawn afresh every time.
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from core.page_cache import generation
from core.sites import site_for

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, nodelist, names):
        self.nodelist = nodelist
        self.names = names

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = site_for(request)
        values = (site.pk if site else None, *(name.resolve(context) for name in self.names))
        digest = hashlib.sha256(repr(values).encode()).hexdigest()[:32]
        drawn = generation.cached(f"fragment:{digest}", lambda: str(self.nodelist.render(context)))
        return mark_safe(drawn)


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "'kept' takes at least one value naming the fragment: {% kept \"name\" ... %}"
        )
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
