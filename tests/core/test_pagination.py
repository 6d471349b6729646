"""A listing's pagination links a bounded number of pages, whatever the page count."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string

from core.listing import PAGE_SIZE, pagination


def links_of(page_count, number, querystring=""):
    paginator = Paginator(range(page_count * PAGE_SIZE), PAGE_SIZE)
    return pagination(paginator.get_page(number), querystring)


def test_links_are_bounded_with_gaps_between():
    found = links_of(834, 400)
    numbers = [link.number for link in found.links]
    assert numbers == [1, None, 398, 399, 400, 401, 402, None, 834]
    assert [link.number for link in found.links if link.current] == [400]
    assert found.previous_url == "?page=399" and found.next_url == "?page=401"


def test_few_pages_are_all_linked():
    found = links_of(3, 1, "theme=housing")
    assert [link.url for link in found.links] == [
        "?theme=housing&page=1",
        "?theme=housing&page=2",
        "?theme=housing&page=3",
    ]
    assert found.previous_url == ""


def test_one_page_has_no_pagination():
    assert links_of(1, 1).links == []
    html = render_to_string("components/_pagination.html", {"pagination": links_of(1, 1)})
    assert "<nav" not in html


def test_rendered_pagination_does_not_grow_with_the_page_count():
    html = render_to_string("components/_pagination.html", {"pagination": links_of(834, 400)})
    assert html.count("<li>") == 11  # previous, 9 numbers and gaps, next
    assert len(re.findall(r'aria-current="page"', html)) == 1
    assert '<span class="visually-hidden">Page </span>400</a>' in html
    assert "Page 400 of 834" in html
    assert html.count('class="pagination__gap"') == 2
