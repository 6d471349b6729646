"""The standard pages' demo text, as the importers' body reader gives it to the pages."""

import re

from core.import_streams import body_blocks
from demo.loader import content

BY_SLUG = {record["slug"]: record for _number, record in content.records("standard_pages.json")}


def body_html(slug):
    blocks = body_blocks(BY_SLUG[slug]["body"])
    return " ".join(value for kind, value in blocks if kind == "paragraph")


def cookie_names_in_statement():
    """The cookies the cookie statement lists by name."""
    return set(re.findall(r"<li><b>([a-z_]+)</b>", body_html("cookies")))
