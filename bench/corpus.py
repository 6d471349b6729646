"""A synthetic hub for the benchmarks: 10,000 pages and 1,000 documents for search
(PAGE_MIX), and a site shaped like the real network's for the page benchmark (PAGE_BENCH_MIX:
about 70 members, 10,000 case studies, 500 toolkits, 300 labs, news, events and 1,000 documents).

Text comes from the demo content's own sentences and titles (demo/content), recombined with a fixed
seed, so benchmark queries hit the way real queries would. Pages are written with bulk inserts
(the page tree paths computed here, as treebeard would) and documents with bulk_create,
and the hub's search index is built with `rebuild_search_index`.
"""

import html
import random
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from core.models import Principle, Region, Theme
from home.models import StandardPage
from hubevents.choices import Attendance
from hubevents.models import EventIndexPage, EventPage
from labs.models import PolicyLabIndexPage, PolicyLabPage
from members.choices import MemberType, OrganisationKind
from members.models import MemberIndexPage, MemberPage
from news.models import NewsIndexPage, NewsPage
from toolkits.models import ToolkitIndexPage, ToolkitPage

SEED = 20261122
BATCH = 250
# How the 10,000 pages divide between the searched page types.
PAGE_MIX = {"case_study": 7000, "member": 1000, "toolkit": 800, "lab": 600, "page": 600}
DOCUMENTS = 1000
# The page benchmark's site: the network's own size in members, many more stories than today.
PAGE_BENCH_MIX = {
    "member": 70,
    "case_study": 10000,
    "toolkit": 500,
    "lab": 300,
    "page": 20,
    "news": 300,
    "event": 200,
}
# Kinds whose count stays the same at every scale (the network does not grow with its stories).
FIXED_KINDS = ("member",)
MEMBER_KINDS = ["Council", "Co-operative", "Labour & Co-op Group", "Community Trust"]
TAG_RE = re.compile(r"<[^>]+>")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Vocabulary:
    sentences: list
    titles: list
    places: list
    words: list


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("listing_image", "logo"):  # image titles, not text
                yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def build_vocabulary():
    """Sentences, titles, place names and words from the demo content's data files."""
    from core.importing import markdown_blocks
    from demo.loader import content

    def data(name):
        return [record for _number, record in content.records(name)]

    stories, members = data("case_studies.json"), data("members.json")
    titles = {story["title"] for story in stories}
    texts = [
        *_strings([stories, members, data("labs.json"), data("toolkits.json")]),
        *_strings(data("partner_organisations.json")),
        *(content.text(item["source"]) for item in data("documents.json")),
    ]
    sentences, places = set(), set()
    for markdown in texts:
        # Each text is Markdown: its headings and paragraphs, without their tags.
        for kind, value in markdown_blocks(markdown):
            text = value["text"] if kind == "heading" else html.unescape(TAG_RE.sub(" ", value))
            for sentence in SENTENCE_RE.split(" ".join(text.split())):
                if 40 <= len(sentence) <= 400:
                    sentences.add(sentence)
    suffixes = re.compile(
        r"\s+(Metropolitan\s+)?(Borough|District|City|Town|Community)?\s*Council$|"
        r"\s+Labour.*$"
    )
    for member in members:
        place = suffixes.sub("", member["name"]).strip()
        if place and len(place) > 2:
            places.add(place)
    words = sorted({w.lower() for s in sentences for w in re.findall(r"[A-Za-z][a-z]{4,}", s)})
    return Vocabulary(sorted(sentences), sorted(titles), sorted(places), words)


def _paragraphs(rng, vocabulary, count, per_paragraph=4):
    return [" ".join(rng.sample(vocabulary.sentences, per_paragraph)) for _ in range(count)]


def _title(rng, vocabulary):
    words = rng.choice(vocabulary.titles).split()
    extra = rng.sample(vocabulary.words, 2)
    return " ".join(words[: rng.randint(2, 6)] + extra).capitalize()[:250]


def scaled_mix(mix, scale, fixed=FIXED_KINDS):
    """The mix with every count but the fixed kinds' multiplied by `scale` (at least 1)."""
    return {
        kind: count if kind in fixed else max(1, round(count * scale))
        for kind, count in mix.items()
    }


class TreeWriter:
    """Bulk-inserts specific pages under one parent, with the paths treebeard would give."""

    def __init__(self, parent):
        self.parent = parent
        self.locale = parent.locale
        self.now = timezone.now()
        self.next_step = parent.numchild + 1

    def insert(self, pages):
        model = type(pages[0])
        content_type = ContentType.objects.get_for_model(model)
        bases = []
        for page in pages:
            page.depth = self.parent.depth + 1
            page.path = Page._get_path(self.parent.path, page.depth, self.next_step)
            self.next_step += 1
            words = re.sub(r"[^a-z0-9]+", "-", page.title.lower()).strip("-")[:60]
            page.slug = f"{words}-{page.path[-8:].lower()}"
            page.url_path = f"{self.parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = self.now
            page.locale = self.locale
            page.translation_key = uuid.uuid4()
            base = Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
            base.pk = None
            bases.append(base)
        for start in range(0, len(bases), BATCH):
            Page.objects.bulk_create(bases[start : start + BATCH])
        for page, base in zip(pages, bases, strict=True):
            page.page_ptr_id = page.id = base.pk
        fields = model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            # The specific model's own table only: Page rows exist already.
            model._base_manager._insert(pages[start : start + BATCH], fields=fields)
        Page.objects.filter(pk=self.parent.pk).update(numchild=self.next_step - 1)
        return pages


def _add_index(home, model, title, slug):
    existing = model.objects.child_of(home).filter(slug=slug).first()
    if existing:
        return existing
    return home.add_child(instance=model(title=title, slug=slug))


def _set_m2m(model, field_name, pairs):
    through = model._meta.get_field(field_name).remote_field.through
    m2m = model._meta.get_field(field_name)
    source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    rows = [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs]
    through.objects.bulk_create(rows, batch_size=1000)


def _taxonomy(rng, pages, model, themes, principles):
    theme_pairs, principle_pairs = [], []
    for page in pages:
        for theme in rng.sample(themes, rng.randint(1, 3)):
            theme_pairs.append((page.pk, theme))
        for principle in rng.sample(principles, rng.randint(1, 3)):
            principle_pairs.append((page.pk, principle))
    _set_m2m(model, "themes", theme_pairs)
    _set_m2m(model, "principles", principle_pairs)


@transaction.atomic
def build_corpus(mix=None, documents=DOCUMENTS, seed=SEED):
    """Write the synthetic pages and documents. Returns {kind: count}."""
    mix = mix or PAGE_MIX
    rng = random.Random(seed)
    vocabulary = build_vocabulary()
    home = Site.objects.get(is_default_site=True).root_page.specific
    themes = list(Theme.objects.values_list("pk", flat=True))
    principles = list(Principle.objects.values_list("pk", flat=True))
    regions = list(Region.objects.values_list("pk", flat=True))
    years = list(range(2014, 2026))

    member_index = _add_index(home, MemberIndexPage, "Members", "members")
    study_index = _add_index(home, CaseStudyIndexPage, "Case studies", "case-studies")
    toolkit_index = _add_index(home, ToolkitIndexPage, "Toolkits", "toolkits")
    lab_index = _add_index(home, PolicyLabIndexPage, "Policy labs", "policy-labs")

    places = vocabulary.places or ["Riverside", "Northfield", "Eastbrook"]
    members = TreeWriter(member_index).insert(
        [
            MemberPage(
                title=f"{rng.choice(places)} {rng.choice(MEMBER_KINDS)} {n}",
                member_type=rng.choice(list(MemberType)),
                organisation_kind=rng.choice(list(OrganisationKind)),
                region_id=rng.choice(regions),
                year_joined=rng.choice(years),
                introduction="".join(f"<p>{p}</p>" for p in _paragraphs(rng, vocabulary, 2)),
            )
            for n in range(mix["member"])
        ]
    )
    member_ids = [m.pk for m in members]

    def body(paragraphs):
        return [("paragraph", RichText(f"<p>{p}</p>")) for p in paragraphs]

    studies = TreeWriter(study_index).insert(
        [
            CaseStudyPage(
                title=_title(rng, vocabulary),
                summary=" ".join(rng.sample(vocabulary.sentences, 2))[:500],
                lead_member_id=rng.choice(member_ids),
                year=rng.choice(years),
                body=body(_paragraphs(rng, vocabulary, rng.randint(4, 8))),
            )
            for _ in range(mix["case_study"])
        ]
    )
    _taxonomy(rng, studies, CaseStudyPage, themes, principles)
    _set_m2m(
        CaseStudyPage,
        "partner_members",
        [(s.pk, m) for s in studies for m in rng.sample(member_ids, rng.randint(0, 2))],
    )

    labs = TreeWriter(lab_index).insert(
        [
            PolicyLabPage(
                title=_title(rng, vocabulary),
                summary=" ".join(rng.sample(vocabulary.sentences, 2))[:500],
                lead_member_id=rng.choice(member_ids),
                round_year=rng.choice(years),
                aims_and_outcomes="".join(f"<p>{p}</p>" for p in _paragraphs(rng, vocabulary, 3)),
                cooperative_difference=f"<p>{_paragraphs(rng, vocabulary, 1)[0]}</p>",
            )
            for _ in range(mix["lab"])
        ]
    )
    _taxonomy(rng, labs, PolicyLabPage, themes, principles)

    toolkits = TreeWriter(toolkit_index).insert(
        [
            ToolkitPage(
                title=_title(rng, vocabulary),
                summary=" ".join(rng.sample(vocabulary.sentences, 2))[:500],
                audience="Council officers, councillors and community partners",
                introduction=f"<p>{_paragraphs(rng, vocabulary, 1)[0]}</p>",
                body=body(_paragraphs(rng, vocabulary, rng.randint(3, 6))),
            )
            for _ in range(mix["toolkit"])
        ]
    )
    _taxonomy(rng, toolkits, ToolkitPage, themes, principles)

    TreeWriter(Page.objects.get(pk=home.pk)).insert(
        [
            StandardPage(
                title=_title(rng, vocabulary),
                introduction=f"<p>{_paragraphs(rng, vocabulary, 1)[0]}</p>",
                body=body(_paragraphs(rng, vocabulary, rng.randint(2, 5))),
            )
            for _ in range(mix["page"])
        ]
    )
    _news_and_events(rng, vocabulary, home, mix, member_ids, themes, principles, body)

    document_model = get_document_model()
    now = timezone.now()
    document_rows = []
    for n in range(documents):
        pages = _paragraphs(rng, vocabulary, rng.randint(2, 12), per_paragraph=8)
        text = "\n\n".join(pages)
        offsets, position = [], 0
        for page_text in pages:
            offsets.append(position)
            position += len(page_text) + 2
        document_rows.append(
            document_model(
                title=f"{_title(rng, vocabulary)}: report",
                file=f"documents/bench-report-{n}.pdf",
                created_at=now,
                file_hash=f"{n:040x}",
                extracted_text=text,
                page_offsets=offsets,
                page_count=len(pages),
                extraction_status="done",
                extracted_at=now,
                extracted_file_hash=f"{n:040x}",
                collection_id=_root_collection_id(),
            )
        )
    document_model.objects.bulk_create(document_rows, batch_size=BATCH)
    return {**mix, "document": documents}


def _news_and_events(rng, vocabulary, home, mix, member_ids, themes, principles, body):
    """News items over the last years and events around today (the PAGE_BENCH_MIX kinds)."""
    today = timezone.localdate()
    if mix.get("news"):
        news_index = _add_index(home, NewsIndexPage, "News", "news")
        news = TreeWriter(news_index).insert(
            [
                NewsPage(
                    title=_title(rng, vocabulary),
                    summary=" ".join(rng.sample(vocabulary.sentences, 2))[:500],
                    date=today - timedelta(days=rng.randint(0, 1500)),
                    lead_member_id=rng.choice(member_ids),
                    body=body(_paragraphs(rng, vocabulary, rng.randint(2, 5))),
                )
                for _ in range(mix["news"])
            ]
        )
        _taxonomy(rng, news, NewsPage, themes, principles)
    if mix.get("event"):
        event_index = _add_index(home, EventIndexPage, "Events", "events")
        now = timezone.now()
        events = TreeWriter(event_index).insert(
            [
                EventPage(
                    title=_title(rng, vocabulary),
                    summary=" ".join(rng.sample(vocabulary.sentences, 2))[:500],
                    starts_at=now + timedelta(days=rng.randint(-700, 200)),
                    attendance=rng.choice(list(Attendance)),
                    venue=f"{rng.choice(vocabulary.places or ['Town'])} Town Hall",
                    lead_member_id=rng.choice(member_ids),
                    body=body(_paragraphs(rng, vocabulary, rng.randint(1, 3))),
                )
                for _ in range(mix["event"])
            ]
        )
        _taxonomy(rng, events, EventPage, themes, principles)


def _root_collection_id():
    from wagtail.models import Collection

    return Collection.get_first_root_node().pk


def index_corpus():
    """Build the hub's search index (`rebuild_search_index`: the rows were bulk-inserted, so no
    publish signal indexed them). On PostgreSQL, then vacuum and analyse, as autovacuum soon
    would on a live site: until then GIN keeps new entries in a pending list every search reads."""
    call_command("rebuild_search_index", verbosity=1)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def corpus_counts():
    from core.search_facts import searchable_page_models as page_models

    counts = {model.search_type: model.objects.live().count() for model in page_models()}
    counts["document"] = get_document_model().objects.count()
    return counts
