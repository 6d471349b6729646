"""A demo-only step: the news and events indexes and their items (demo/content/news_events.json).

No import covers news or events yet, so this step builds them with the importers' own readers:
Markdown through `markdown_to_rich_text` and `body_blocks`, members through the one name matcher
(members.names), themes and principles through the importers' vocabulary. The network's documents
date none of them, so dates are counted from the day of loading: there is always something new
and something next. What exists (by slug) is left as it is, so comms' edits survive a second run.
"""

from datetime import timedelta

from django.core.management.base import CommandError
from django.utils import timezone

from core.import_lookups import Vocabulary
from core.import_pages import add_new_page
from core.import_streams import body_blocks, checked_stream
from core.importing import CREATED, UNCHANGED, RecordError, markdown_to_rich_text
from hubevents.models import EventIndexPage, EventPage
from members.names import MemberNames
from news.models import NewsIndexPage, NewsPage

INDEX_MODELS = {"news": NewsIndexPage, "events": EventIndexPage}


class NewsAndEvents:
    def __init__(self, home, data):
        self.home = home
        self.data = data
        self.indexes = {}
        self.names = MemberNames()
        self.vocabulary = Vocabulary()

    def index_page(self, item):
        model = INDEX_MODELS[item["type"]]
        page = model.objects.child_of(self.home).filter(slug=item["slug"]).first()
        action = UNCHANGED
        if page is None:
            action = CREATED
            page = model(
                title=item["title"],
                slug=item["slug"],
                introduction=markdown_to_rich_text(item["introduction"]),
            )
            add_new_page(self.home, page, as_draft=False)
        self.indexes[item["type"]] = page
        return action, page

    def news_item(self, record):
        page = NewsPage(
            title=record["title"],
            slug=record["slug"],
            date=timezone.localdate() - timedelta(days=record["days_ago"]),
            summary=record["summary"],
            body=self._body(NewsPage, record, record["body"]),
        )
        return self._add("news", page, record)

    def event(self, record):
        hour, minute = record["start"]
        day = timezone.localtime() + timedelta(days=record["in_days"])
        starts = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
        page = EventPage(
            title=record["title"],
            slug=record["slug"],
            starts_at=starts,
            ends_at=starts + timedelta(hours=record["hours"]),
            attendance=record["attendance"],
            venue=record["venue"],
            booking_url=record["booking_url"],
            summary=record["summary"],
            body=self._body(EventPage, record, self.data["demo_note"]),
        )
        return self._add("events", page, record)

    def _body(self, model, record, markdown):
        try:
            return checked_stream(model, "body", body_blocks(markdown))
        except RecordError as error:
            raise CommandError(f"{record['title']!r}: {error}") from error

    def _add(self, kind, page, record):
        index = self.indexes[kind]
        existing = page._meta.model.objects.child_of(index).filter(slug=record["slug"]).first()
        if existing is not None:
            return UNCHANGED, existing
        page.lead_member = self._member(record["lead"], record) if record["lead"] else None
        add_new_page(index, page, as_draft=True)
        page.involved_members.set([self._member(name, record) for name in record["members"]])
        try:
            page.themes.set(self.vocabulary.themes_value(record) or [])
            page.principles.set(self.vocabulary.principles_value(record) or [])
        except RecordError as error:
            raise CommandError(f"{record['title']!r}: {error}") from error
        page.save_revision().publish()
        return CREATED, page

    def _member(self, name, record):
        member = self.names.find(name)
        if member is None:
            raise CommandError(f"{record['title']!r}: no member profile is called {name!r}.")
        return member
