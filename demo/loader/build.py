"""Builds the whole demo site from the data files in demo/content.

The frame of the site (index and standard pages, home page, navigation, a funding round) and the
generated pictures and PDFs are demo-only steps; everything else goes through the importers comms
use, each record in its own savepoint, with `keep_existing` so that a second run changes nothing
and keeps every edit made since. A record an importer skips stops the build: the demo content
must import whole.
"""

from django.core.management.base import CommandError
from wagtail.models import Site

from casestudies.importers import CaseStudyImporter
from core.importing import SKIPPED, ProgressBar, run_import
from labs.importers import PolicyLabImporter
from members.importers import MemberImporter, PartnerOrganisationImporter
from toolkits.importers import ToolkitImporter

from . import content
from .generated import Library, attach_final_report, draw_document, final_reports, library_documents
from .news_events import NewsAndEvents
from .site import SiteFrame
from .tally import Tally


def imports(indexes):
    """(kind of item, data file, importer) in the order they are imported: each record names only
    what the files before it made. Each importer is made when its turn comes, as it reads the
    names the ones before it added."""
    yield (
        "partner organisations",
        "partner_organisations.json",
        PartnerOrganisationImporter(keep_existing=True),
    )
    yield "member profiles", "members.json", MemberImporter(indexes["members"], keep_existing=True)
    yield "policy labs", "labs.json", PolicyLabImporter(indexes["labs"], keep_existing=True)
    yield (
        "case studies",
        "case_studies.json",
        CaseStudyImporter(indexes["case_studies"], keep_existing=True),
    )
    yield "toolkits", "toolkits.json", ToolkitImporter(indexes["toolkits"], keep_existing=True)


class DemoSiteBuilder:
    """`progress(label, total)` gives an object whose `advance()` is called once per item (a
    ProgressBar, or one that does nothing); `tally` counts what happened."""

    def __init__(self, tally=None, progress=None, site=None, folder=None):
        self.site = site or Site.objects.filter(is_default_site=True).first()
        if self.site is None:
            raise CommandError("There is no default site: run `manage.py migrate` first.")
        self.tally = tally or Tally()
        self.progress = progress or (lambda label, total: ProgressBar(None, total, enabled=False))
        self.folder = folder
        self.frame = SiteFrame(self.site, content.document("site.json", folder))
        self.library = Library()

    def build(self):
        self.build_frame()
        self.build_library()
        for kind, file_name, importer in imports(self.frame.indexes):
            self.import_file(kind, file_name, importer)
        self.build_final_reports()
        self.step("home page", [None], lambda _item: self.frame.home_page(), title)
        self.step(
            "navigation and footer", [None], lambda _item: self.frame.navigation_and_footer(), title
        )
        self.step("funding rounds", [None], lambda _item: self.frame.funding_round(), title)
        self.build_news_and_events()
        return self.tally

    def step(self, kind, items, make, label):
        """Run `make(item)` -> (action, object) for each item under a progress bar."""
        bar = self.progress(kind, len(items))
        for item in items:
            action, made = make(item)
            self.tally.add(kind, action, label(made))
            bar.advance()

    def build_frame(self):
        self.step("index pages", self.frame.data["index_pages"], self.frame.index_page, title)
        pages = content.records("standard_pages.json", self.folder)
        self.step("standard pages", pages, lambda item: self.frame.standard_page(*item), title)
        self.step("contact page", [None], lambda _item: self.frame.contact_page(), title)

    def build_news_and_events(self):
        if not content.exists("news_events.json", self.folder):
            return  # a content folder without news and events
        data = content.document("news_events.json", self.folder)
        steps = NewsAndEvents(self.frame.home, data)
        self.step("index pages", data["index_pages"], steps.index_page, title)
        self.step("news items", data["news"], steps.news_item, title)
        self.step("events", data["events"], steps.event, title)

    def build_library(self):
        images = [item for _number, item in content.records("images.json", self.folder)]
        self.step("images", images, self.library.image, title)
        self.documents = content.records("documents.json", self.folder)
        self.step(
            "documents",
            library_documents(self.documents),
            lambda item: self.library.document(
                self.library.collection(item["collection"]), item["title"], draw_document(item)
            ),
            title,
        )

    def build_final_reports(self):
        self.step(
            "documents",
            final_reports(self.documents),
            lambda item: attach_final_report(self.library, item),
            lambda lab: f"final report of {lab.title}",
        )

    def import_file(self, kind, file_name, importer):
        records = content.records(file_name, self.folder)
        lines = run_import(records, importer, progress=self.progress(kind, len(records)))
        skipped = [line for line in lines if line.outcome.action == SKIPPED]
        if skipped:
            reasons = "; ".join(f"record {line.position}: {line.outcome.label}" for line in skipped)
            raise CommandError(f"{file_name}: {len(skipped)} skipped ({reasons}).")
        for line in lines:
            outcome = line.outcome
            self.tally.add(kind, outcome.action, outcome.label, outcome.warnings)


def title(item):
    return getattr(item, "title", None) or str(item)
