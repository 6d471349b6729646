"""What pages tell search engines and sites they are shared on: descriptions, canonical
addresses, Open Graph and Twitter cards, schema.org JSON-LD; and robots.txt, the web app
manifest and the icons."""

import html as html_lib
import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from PIL import Image, ImageChops, ImageStat
from wagtail.models import PageViewRestriction

from core import icons
from tests import factories

ICONS = settings.BASE_DIR / "static" / "icons"


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def head(html):
    return html.split("</head>")[0]


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head(html))
    assert len(found) <= 1, name
    return html_lib.unescape(found[0]) if found else None


def structured_data(html):
    scripts = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    assert len(scripts) <= 1
    return json.loads(scripts[0]) if scripts else None


def test_a_case_study_is_an_article(graph):
    story = graph["story"]
    story.save_revision().publish()
    story.refresh_from_db()
    html = get(story.url)
    url = f"http://testserver{story.url}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "name", "description") == "Residents own the solar panels on their estate."
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title") == story.title
    assert meta(html, "property", "og:url") == url
    assert meta(html, "property", "og:site_name") == "CCIN Hub"
    image = meta(html, "property", "og:image")
    assert image.startswith("http://testserver/media/images/") and ".fill-1200x630." in image
    assert meta(html, "property", "og:image:alt") == "Alt text for Solar roofs"
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    data = structured_data(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == story.title
    assert data["url"] == url and data["image"] == image
    assert data["author"] == {"@type": "Organization", "name": "Rochdale Borough Council"}
    assert data["publisher"]["name"] == "Co-operative Councils' Innovation Network"
    assert data["datePublished"].startswith(str(story.first_published_at.year))


def test_a_member_profile_is_an_organisation(graph):
    lead = graph["lead"]
    html = get(lead.url)
    data = structured_data(html)
    assert data["@type"] == "Organization"
    assert data["name"] == "Rochdale Borough Council"
    assert data["sameAs"] == ["https://www.rochdale.gov.uk/"]
    assert data["areaServed"] == "North West"
    assert data["logo"] == meta(html, "property", "og:image")
    assert data["memberOf"]["name"] == "Co-operative Councils' Innovation Network"


def test_a_page_without_a_picture_is_shared_with_the_site_icon(graph, home_page):
    page = factories.StandardPageFactory(
        parent=home_page, title="About", introduction="Who we are."
    )
    html = get(page.url)
    assert meta(html, "name", "description") == "Who we are."
    assert meta(html, "property", "og:type") == "website"
    assert meta(html, "property", "og:image") == "http://testserver/static/icons/icon-512.png"
    assert meta(html, "name", "twitter:card") == "summary"
    assert structured_data(html) is None


def test_the_home_page_describes_the_website(home_page):
    data = structured_data(get(home_page.url))
    assert data["@type"] == "WebSite"
    assert data["url"] == f"http://testserver{home_page.url}"


def test_search_results_are_described_but_kept_out_of_search_engines(home_page):
    html = get("/search/?q=housing")
    assert meta(html, "name", "robots") == "noindex"
    assert meta(html, "name", "description").startswith("Search the Co-operative Councils'")


def test_the_promote_tab_overrides_title_and_description(graph):
    story = graph["story"]
    story.seo_title = "Solar power owned by residents"
    story.search_description = "How one estate came to own its roofs' power."
    story.save_revision().publish()
    html = get(story.url)
    assert meta(html, "property", "og:title") == "Solar power owned by residents"
    assert meta(html, "name", "description") == "How one estate came to own its roofs' power."
    assert structured_data(html)["description"] == "How one estate came to own its roofs' power."


def test_structured_data_cannot_end_its_script_element(graph):
    story = graph["story"]
    story.title = "Power </script><script>alert(1)</script> & more"
    story.save_revision().publish()
    html = get(story.url)
    assert "<script>alert(1)" not in html
    assert structured_data(html)["headline"] == story.title


def test_a_members_only_page_tells_anonymous_visitors_nothing(graph):
    story = graph["story"]
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Members")[0]])
    response = Client().get(story.url, follow=True)
    html = response.content.decode()
    assert response.redirect_chain and "/account/login/" in response.redirect_chain[-1][0]
    assert "solar panels" not in html
    assert structured_data(html) is None
    assert 'rel="canonical"' not in html


def test_robots_txt_keeps_crawlers_out_of_private_and_endless_addresses(db):
    response = Client().get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/documents/", "/search/?", "/api/search/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines


def test_every_page_names_its_icons_and_manifest(home_page):
    html = head(get(home_page.url))
    assert '<link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html


def test_the_web_app_manifest(db):
    response = Client().get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["short_name"] == "CCIN Hub" and manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512", "any"} <= sizes
    for icon in manifest["icons"]:
        assert (ICONS / icon["src"].rsplit("/", 1)[1]).exists()


def test_favicon_ico_leads_to_the_icon(db):
    response = Client().get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/icons/favicon-32.png"


def test_the_svg_favicon_is_the_drawing(db):
    assert (ICONS / "favicon.svg").read_text() == icons.svg()


@pytest.mark.parametrize("name, size", list(icons.PNG_SIZES.items()))
def test_each_png_icon_is_drawn_from_the_same_shapes(name, size):
    committed = Image.open(ICONS / name)
    assert committed.size == (size, size)
    drawn = icons.png(size)
    difference = ImageChops.difference(committed.convert("RGBA"), drawn.convert("RGBA"))
    # Run `python manage.py make_icons` after changing the drawing.
    assert max(ImageStat.Stat(difference).mean) < 2
