"""Filling in the public application form, and reading its error summary."""

import re

from django.urls import reverse


def apply_url(funding_round):
    return reverse("apply:apply", kwargs={"slug": funding_round.slug})


def post(client, funding_round, data, **extra):
    return client.post(apply_url(funding_round), data, **extra)


def summary_links(html):
    """The (anchor, text) pairs of the error summary's links."""
    box = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert box, "no error summary on the page"
    assert "There is a problem" in box.group(0)
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', box.group(0))
