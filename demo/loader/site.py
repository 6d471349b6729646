"""A demo-only step: the frame of a new site that no import makes. The four section index pages,
the contact page and the standard pages (found by their slugs under the home page), the home
page's introduction and featured stories, the navigation and footer, and a funding round open
for bids. Text is Markdown, read by the importers' own Markdown and body readers; nothing that
exists is changed, so comms' edits survive another run."""

from datetime import timedelta
from decimal import Decimal

from django.core.management.base import CommandError
from django.utils import timezone

from applications.models import FundingRound
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from contact.models import ContactPage
from core.import_pages import add_new_page
from core.import_streams import body_blocks, checked_stream
from core.importing import CREATED, UNCHANGED, RecordError, markdown_to_rich_text
from core.models import SiteChrome
from home.models import FeaturedCaseStudy, HomePage, StandardPage
from labs.choices import LabKind
from labs.models import PolicyLabIndexPage
from members.models import MemberIndexPage
from toolkits.models import ToolkitIndexPage

INDEX_MODELS = {
    "members": MemberIndexPage,
    "case_studies": CaseStudyIndexPage,
    "toolkits": ToolkitIndexPage,
    "labs": PolicyLabIndexPage,
}
FEATURED_COUNT = 4


class SiteFrame:
    def __init__(self, site, data):
        self.site = site
        self.data = data
        self.home = HomePage.objects.filter(pk=site.root_page_id).first()
        if self.home is None:
            raise CommandError("The default site's root page is not the hub's home page.")
        self.children = {page.slug: page for page in self.home.get_children().specific()}
        self.indexes = {}

    def _child(self, slug, model):
        page = self.children.get(slug)
        if page is not None and not isinstance(page, model):
            raise CommandError(
                f"The page {page.url_path!r} should be a {model._meta.verbose_name} but is a "
                f"{page._meta.verbose_name}. Move or rename it, then run the command again."
            )
        return page

    def _add(self, page):
        add_new_page(self.home, page, as_draft=False)
        self.children[page.slug] = page
        return page

    def index_page(self, item):
        """(action, page) for an entry of index_pages; the page is kept for the imports."""
        model = INDEX_MODELS[item["type"]]
        page = self._child(item["slug"], model)
        action = UNCHANGED
        if page is None:
            action = CREATED
            page = self._add(
                model(
                    title=item["title"],
                    slug=item["slug"],
                    introduction=markdown_to_rich_text(item["introduction"]),
                )
            )
        self.indexes[item["type"]] = page
        return action, page

    def standard_page(self, number, record):
        """(action, page) for a record of standard_pages.json."""
        page = self._child(record["slug"], StandardPage)
        if page is not None:
            return UNCHANGED, page
        try:
            raw = checked_stream(StandardPage, "body", body_blocks(record["body"]))
        except RecordError as error:
            raise CommandError(f"Standard page {number} ({record['title']!r}): {error}") from error
        page = StandardPage(
            title=record["title"],
            slug=record["slug"],
            introduction=record["introduction"],
            body=raw,
        )
        return CREATED, self._add(page)

    def contact_page(self):
        """(action, page): the contact form's page, found by its slug under the home page."""
        record = self.data["contact_page"]
        page = self._child(record["slug"], ContactPage)
        if page is not None:
            return UNCHANGED, page
        page = ContactPage(
            title=record["title"],
            slug=record["slug"],
            introduction=markdown_to_rich_text(record["introduction"]),
            confirmation=markdown_to_rich_text(record["confirmation"]),
        )
        return CREATED, self._add(page)

    def home_page(self):
        """(action, home page): the introduction and featured stories, when it has none."""
        home = HomePage.objects.get(pk=self.home.pk)
        changed = False
        if not (home.introduction or "").strip():
            home.introduction = markdown_to_rich_text(self.data["home_introduction"])
            changed = True
        if not home.featured_case_studies.exists():
            home.featured_case_studies = [
                FeaturedCaseStudy(case_study=page, sort_order=order)
                for order, page in enumerate(self.featured_case_studies())
            ]
            changed = bool(home.featured_case_studies) or changed
        if changed:
            home.save_revision().publish()
        return (CREATED if changed else UNCHANGED), home

    def featured_case_studies(self):
        """The stories site.json names, then others with a picture, FEATURED_COUNT in all."""
        stories = list(CaseStudyPage.objects.live().order_by("path"))
        by_title = {page.title: page for page in stories}
        chosen = [
            by_title[title] for title in self.data["featured_case_studies"] if title in by_title
        ]
        chosen += [page for page in stories if page.listing_image_id and page not in chosen]
        return chosen[:FEATURED_COUNT]

    def navigation_and_footer(self):
        """(action, settings): each of the navigation, footer text and contact email that is
        empty is filled in."""
        chrome = SiteChrome.for_site(self.site)
        changed = []
        for name in ("primary_navigation", "footer_navigation"):
            if not len(getattr(chrome, name)):
                setattr(chrome, name, self.links(name))
                changed.append(name)
        if not chrome.footer_text:
            chrome.footer_text = markdown_to_rich_text(self.data["footer_text"])
            changed.append("footer_text")
        if not chrome.contact_email:
            chrome.contact_email = self.data["contact_email"]
            changed.append("contact_email")
        if changed:
            chrome.save(update_fields=changed)
        return (CREATED if changed else UNCHANGED), chrome

    def links(self, name):
        blocks = []
        for item in self.data[name]:
            if "page" in item:
                page = self.children.get(item["page"])
                if page is None:
                    raise CommandError(f"{name}: no page under the home page is {item['page']!r}.")
                target = {"page": page.pk, "url": ""}
            else:
                target = {"page": None, "url": item["url"]}
            blocks.append(("link", {"label": item["label"], **target}))
        try:
            return checked_stream(SiteChrome, name, blocks)
        except RecordError as error:
            raise CommandError(f"{name}: {error}") from error

    def funding_round(self):
        """(action, round): a round open for twelve weeks from today, made once."""
        data = self.data["funding_round"]
        found = FundingRound.objects.filter(slug=data["slug"]).first()
        if found is not None:
            return UNCHANGED, found
        # Midnight where the network is (TIME_ZONE), so the round closes at the end of a day.
        opens = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        kinds = {label: value for value, label in LabKind.choices}
        created = FundingRound.objects.create(
            title=data["title"],
            slug=data["slug"],
            kind=kinds[data["kind"]],
            minimum_amount=Decimal(data["minimum_amount"]),
            maximum_amount=Decimal(data["maximum_amount"]),
            minimum_partner_members=data["minimum_partner_members"],
            guidance=markdown_to_rich_text(data["guidance"]),
            opens_at=opens,
            closes_at=opens + timedelta(weeks=data["open_for_weeks"]),
        )
        return CREATED, created
