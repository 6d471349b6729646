"""Every page type of the demo site in a real browser, at a desktop's and a phone's width and at
400% zoom: no WCAG 2.2 A/AA violation axe-core finds, no horizontal scrolling, the front-end
budget (own CSS and JS under 50 KB compressed, nothing from another site, pictures below the
first screen lazy with their size set, no layout shift), and a screenshot of each.

The demo content is built once for this module, and the tour is walked once: each test checks
one thing over what the walk saw, so a failure names the rule and the pages that break it. The
walk runs on SQLite only (`make test` runs the suite on SQLite before PostgreSQL): the pages'
markup does not depend on the database, and building the demo site on PostgreSQL is slow.
"""

import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client

from tests import factories

from .accessibility import axe_violations, describe_violations
from .tabs import BASE_URL, open_tab
from .tour import add_pictures, arrive, demo_tour

# The tests read what the walk saw; the mark has the test database made for it.
pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# 400% zoom of a 1280 × 1024 screen (WCAG 1.4.10 Reflow): 320 CSS pixels wide.
ZOOMED = {"width": 320, "height": 256}
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}
BUDGET_BYTES = 50 * 1024
LAYOUT_SHIFT_LIMIT = 0.01

# Adds up the page's layout shifts from its first paint, as Chromium reports them (Cumulative
# Layout Shift without session windows: a stricter sum).
MEASURE_LAYOUT_SHIFT = """
window.__layoutShift = 0;
window.__layoutShifted = [];
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__layoutShift += entry.value;
        for (const source of entry.sources || []) {
            const node = source.node;
            if (node && node.nodeType === 1) window.__layoutShifted.push(
                node.tagName.toLowerCase() + (node.className ? "." + node.className : "")
            );
        }
    }
}).observe({type: "layout-shift", buffered: true});
"""

# What the page loaded and shows, read once it has loaded.
PAGE_FACTS = """() => {
    const firstScreen = window.innerHeight;
    return {
        scrollWidth: document.scrollingElement.scrollWidth,
        innerWidth: window.innerWidth,
        stylesheets: [...document.querySelectorAll("link[rel=stylesheet]")].map(l => l.href),
        scripts: [...document.querySelectorAll("script[src]")].map(s => s.src),
        blocking: [...document.querySelectorAll(
            "head link[rel=stylesheet], head script[src]:not([defer]):not([async])"
        )].map(e => e.href || e.src),
        images: [...document.images].map(img => ({
            src: img.currentSrc || img.src,
            belowFirstScreen: img.getBoundingClientRect().top + window.scrollY >= firstScreen,
            loading: img.getAttribute("loading"),
            width: img.getAttribute("width"),
            height: img.getAttribute("height"),
        })),
        layoutShift: window.__layoutShift,
        layoutShifted: window.__layoutShifted,
    };
}"""


@dataclass
class Visit:
    stop: object
    width: str
    url: str
    facts: dict
    violations: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    policy_violations: list = field(default_factory=list)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    # What the browser is shown does not depend on the database, and building the demo site
    # takes minutes on PostgreSQL: the walk runs where the suite runs first, on SQLite.
    if connection.vendor != "sqlite":
        pytest.skip("The walk over every page type runs on SQLite only")
    with django_db_blocker.unblock(), transaction.atomic():
        for store in caches.all():
            store.clear()
        call_command("load_demo_content", stdout=io.StringIO())
        add_pictures(factories.ImageFactory)
        yield demo_tour()
        transaction.set_rollback(True)
    for store in caches.all():
        store.clear()


@pytest.fixture(scope="module")
def walk(browser, demo_site, django_db_blocker, artifacts_dir):
    """Every stop at each width, with axe-core's findings and a screenshot; then at 400% zoom."""
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(exist_ok=True)
    visits = []
    with django_db_blocker.unblock():
        client = Client()
        for width, viewport in [*WIDTHS.items(), ("zoomed", ZOOMED)]:
            context, tab, policy = open_tab(browser, client, viewport=viewport)
            tab.add_init_script(MEASURE_LAYOUT_SHIFT)
            requests = []
            tab.on("request", lambda request, seen=requests: seen.append(request.url))
            for stop in demo_site:
                requests.clear()
                policy.clear()
                arrive(tab, stop)
                visit = Visit(stop, width, tab.url, tab.evaluate(PAGE_FACTS))
                if width in WIDTHS:
                    visit.violations = axe_violations(tab)
                    tab.screenshot(path=screenshots / f"{stop.name}-{width}.png", full_page=True)
                visit.requests = list(requests)
                visit.policy_violations = list(policy)
                visits.append(visit)
            context.close()
    return visits


def test_axe_finds_what_breaks_a_wcag_rule(browser):
    """The check the tour relies on: a picture without a text alternative and pale text on
    white are reported."""
    context = browser.new_context()
    tab = context.new_page()
    tab.route(
        f"{BASE_URL}/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body='<!DOCTYPE html><html lang="en"><title>Broken</title><main><h1>Broken</h1>'
            '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">'
            '<p style="color: #ccc">Pale</p></main></html>',
        ),
    )
    tab.goto(f"{BASE_URL}/")
    found = {violation["id"] for violation in axe_violations(tab)}
    context.close()
    assert {"image-alt", "color-contrast"} <= found, found


def visits_at(walk, width):
    return [visit for visit in walk if visit.width == width]


@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_page_type_breaks_a_wcag_rule(walk, width):
    found = [
        f"{visit.stop.name} ({visit.url}):\n{describe_violations(visit.violations)}"
        for visit in visits_at(walk, width)
        if visit.violations
    ]
    assert not found, "\n\n".join(found)


def test_every_page_type_reflows_at_400_percent_zoom(walk):
    too_wide = [
        f"{visit.stop.name}: {visit.facts['scrollWidth']}px wide in {visit.facts['innerWidth']}px"
        for visit in visits_at(walk, "zoomed")
        if visit.facts["scrollWidth"] > visit.facts["innerWidth"]
    ]
    assert not too_wide, too_wide


def test_every_page_type_keeps_to_the_content_security_policy(walk):
    broken = {visit.stop.name: visit.policy_violations for visit in walk if visit.policy_violations}
    assert not broken, broken


def test_nothing_is_loaded_from_another_site_nor_blocks_rendering_from_one(walk):
    for visit in walk:
        offsite = [url for url in visit.requests if not url.startswith((BASE_URL, "data:"))]
        assert not offsite, (visit.stop.name, offsite)
        blocking = [url for url in visit.facts["blocking"] if not url.startswith(BASE_URL)]
        assert not blocking, (visit.stop.name, blocking)


def compressed_size(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not one of the hub's static files"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is not found"
    return len(gzip.compress(Path(found).read_bytes(), compresslevel=9))


def test_each_page_s_own_css_and_js_is_under_50_kb_compressed(walk):
    for visit in visits_at(walk, "desktop"):
        files = set(visit.facts["stylesheets"]) | set(visit.facts["scripts"])
        total = sum(compressed_size(url) for url in files)
        assert 0 < total < BUDGET_BYTES, (visit.stop.name, total, sorted(files))


def test_pictures_below_the_first_screen_are_lazy_and_every_picture_has_its_size(walk):
    for visit in visits_at(walk, "desktop") + visits_at(walk, "phone"):
        for image in visit.facts["images"]:
            assert image["width"] and image["height"], (visit.stop.name, visit.width, image)
            if image["belowFirstScreen"]:
                assert image["loading"] == "lazy", (visit.stop.name, visit.width, image)


def test_the_walk_saw_pictures_below_the_first_screen(walk):
    """The rule above is not met by having no pictures: the demo's listings have some."""
    images = [image for visit in visits_at(walk, "phone") for image in visit.facts["images"]]
    assert any(image["belowFirstScreen"] for image in images)


def test_no_page_type_shifts_its_layout(walk):
    shifted = {
        f"{visit.stop.name} ({visit.width})": (
            round(visit.facts["layoutShift"], 4),
            visit.facts["layoutShifted"],
        )
        for visit in walk
        if visit.width in WIDTHS
        and visit.stop.measure_layout_shift
        and visit.facts["layoutShift"] >= LAYOUT_SHIFT_LIMIT
    }
    assert not shifted, shifted


def test_a_screenshot_of_each_page_type_at_each_width(walk, artifacts_dir):
    for visit in walk:
        if visit.width in WIDTHS:
            shot = artifacts_dir / "screenshots" / f"{visit.stop.name}-{visit.width}.png"
            assert shot.stat().st_size > 1000, shot
