"""The call to apply for funding, shown wherever people learn about policy labs."""

from django import template
from django.urls import reverse

from applications.selectors import funding_call as current_funding_call

register = template.Library()


@register.inclusion_tag("applications/_funding_call.html")
def funding_call():
    """Whether a round is open (and until when), else when the next one opens, with the link."""
    return {**current_funding_call(), "rounds_url": reverse("apply:rounds")}
