"""Every page type of the demo site, as a visitor reaches it: the stops the accessibility,
layout and front-end budget tests walk through at each screen width.

A stop is an address and, for some, what the visitor does there before the page is checked:
send a form empty (to see its errors) or choose the first facet or region offered.
"""

from dataclasses import dataclass

from django.urls import reverse

from applications.models import FundingRound
from casestudies.models import CaseStudyPage
from contact.models import ContactPage
from home.models import StandardPage
from hubevents.models import EventPage
from labs.models import PolicyLabPage
from members.models import MemberIndexPage, MemberPage
from news.models import NewsPage
from toolkits.models import ToolkitPage

SUBMIT_EMPTY = "submit-empty"
FIRST_FACET = "first-facet"
FIRST_REGION = "first-region"


@dataclass(frozen=True)
class Stop:
    name: str  # a file name for its screenshots
    path: str
    then: str = ""
    # Forms sent with errors move focus (and scroll) on purpose: not a layout shift.
    measure_layout_shift: bool = True


def richest(pages, *must_have):
    """The first live page (in tree order) that has each of `must_have` set, else the first."""
    live = pages.live().public().order_by("path")
    chosen = live
    for field in must_have:
        chosen = chosen.exclude(**{field: None})
    return chosen.first() or live.first()


def add_pictures(make_image, count=8):
    """The demo content has no pictures (comms upload real ones): give the first stories a
    listing image and the first members a logo, as comms would, so pictures are checked too."""
    stories = CaseStudyPage.objects.order_by("path").values_list("pk", flat=True)[:count]
    for number, pk in enumerate(stories):
        CaseStudyPage.objects.filter(pk=pk).update(
            listing_image=make_image(title=f"Story photo {number}", description="Residents at work")
        )
    members = MemberPage.objects.order_by("path").values_list("pk", flat=True)[:count]
    for number, pk in enumerate(members):
        MemberPage.objects.filter(pk=pk).update(
            logo=make_image(title=f"Logo {number}", description=f"Member logo {number}")
        )


def demo_tour():
    """The stops over the site `load_demo_content` builds."""
    members = MemberIndexPage.objects.live().get()
    funding_round = FundingRound.objects.order_by("pk").first()
    contact = ContactPage.objects.live().get()
    return [
        Stop("home", "/"),
        Stop("case-study-index", CaseStudyPage.objects.live().first().get_parent().url),
        Stop("toolkit-index", ToolkitPage.objects.live().first().get_parent().url),
        Stop("lab-index", PolicyLabPage.objects.live().first().get_parent().url),
        Stop("member-index", members.url),
        Stop("member-index-by-region", members.url, then=FIRST_REGION),
        Stop("news-index", NewsPage.objects.live().first().get_parent().url),
        Stop("event-index", EventPage.objects.live().first().get_parent().url),
        Stop("case-study", richest(CaseStudyPage.objects, "listing_image", "lead_member").url),
        Stop("toolkit", richest(ToolkitPage.objects, "originating_lab").url),
        Stop("lab", richest(PolicyLabPage.objects, "final_report", "lead_member").url),
        Stop("member", richest(MemberPage.objects, "logo", "region").url),
        Stop("news", NewsPage.objects.live().order_by("path").first().url),
        Stop("event", EventPage.objects.live().order_by("path").first().url),
        Stop("standard-page", StandardPage.objects.live().get(slug="about").url),
        Stop("search-with-facet", "/search/?q=housing", then=FIRST_FACET),
        Stop("search-no-results", "/search/?q=zqxjvw"),
        Stop("funding-rounds", reverse("apply:rounds")),
        Stop("application-form", funding_round.get_absolute_url()),
        Stop(
            "application-form-errors",
            funding_round.get_absolute_url(),
            then=SUBMIT_EMPTY,
            measure_layout_shift=False,
        ),
        Stop("contact-form-errors", contact.url, then=SUBMIT_EMPTY, measure_layout_shift=False),
        Stop("sign-in", reverse("accounts:login")),
        Stop("password-reset", reverse("accounts:password_reset")),
        Stop("not-found", "/no-such-page/"),
    ]


def arrive(tab, stop):
    """Open the stop's page in `tab` and do what the visitor does there."""
    tab.goto(stop.path)
    if stop.then == SUBMIT_EMPTY:
        with tab.expect_navigation():
            tab.locator("main form button[type=submit]").last.click()
    elif stop.then == FIRST_FACET:
        tab.goto(absolute_href(tab, ".search-facet__option"))
    elif stop.then == FIRST_REGION:
        tab.goto(absolute_href(tab, "a.region-list__item"))
    tab.wait_for_load_state("load")


def absolute_href(tab, selector):
    """The address the first link matching `selector` leads to (it may be hidden on a phone)."""
    return tab.locator(selector).first.evaluate("link => link.href")
