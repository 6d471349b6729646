"""The demo site's news and events (demo/data/news_events.py), built under the home page with
the same find-or-create steps as the rest: a second run adds nothing and keeps editors' changes.
Dates are set from the day of loading, so there is always something new and something next."""

from datetime import timedelta

from django.utils import timezone

from demo.data import news_events as data_module
from hubevents.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage

from .streams import stream_data

INDEX_MODELS = {"news": NewsIndexPage, "events": EventIndexPage}


def build_news_and_events(builder):
    """Add the news and events indexes and their items; `builder` is the DemoSiteBuilder that
    has built the members."""
    indexes = {}
    for key, data in data_module.INDEX_PAGES.items():
        model = INDEX_MODELS[key]
        indexes[key], _ = builder.store.ensure_page(
            "index pages",
            builder.home,
            builder.store.children_by_slug(builder.home),
            data["slug"],
            model,
            lambda model=model, data=data: model(
                title=data["title"], introduction=data["introduction"]
            ),
        )
    build_items(builder, indexes["news"], "news items", NewsPage, data_module.NEWS, new_news)
    build_items(builder, indexes["events"], "events", EventPage, data_module.EVENTS, new_event)


def build_items(builder, index, kind, model, items, make):
    existing = builder.store.children_by_slug(index)
    for data in items:
        builder.store.ensure_page(
            kind, index, existing, data["slug"], model, lambda data=data: make(builder, data)
        )


def involve_members(builder, page, data, where):
    page.lead_member = builder.member(data["lead"], where) if data["lead"] else None
    page.involved_members.set([builder.member(name, where) for name in data["members"]])
    themes, principles = builder.vocabulary(data, where)
    page.themes.set(themes)
    page.principles.set(principles)
    return page


def new_news(builder, data):
    where = f"News {data['title']!r}"
    page = NewsPage(
        title=data["title"],
        date=timezone.localdate() - timedelta(days=data["days_ago"]),
        summary=data["summary"],
        body=stream_data(NewsPage, "body", [("paragraph", data["body"])], where),
    )
    return involve_members(builder, page, data, where)


def new_event(builder, data):
    where = f"Event {data['title']!r}"
    hour, minute = data["start"]
    day = timezone.localtime() + timedelta(days=data["in_days"])
    starts = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    page = EventPage(
        title=data["title"],
        starts_at=starts,
        ends_at=starts + timedelta(hours=data["hours"]),
        attendance=data["attendance"],
        venue=data["venue"],
        booking_url=data["booking_url"],
        summary=data["summary"],
        body=stream_data(EventPage, "body", [("paragraph", data_module.DEMO_NOTE)], where),
    )
    return involve_members(builder, page, data, where)
