"""Import toolkits from a JSON array (see import_toolkits).

A record is matched to an existing toolkit by its title; a match is updated through a new
revision (published if the toolkit is live), and fields a record leaves out keep their current
value. The lab a toolkit came from, its related case studies and its downloadable resources are
named by title and must already be in the hub.
"""

from casestudies.models import CaseStudyPage
from core.import_lookups import Vocabulary, document_value, image_value
from core.import_pages import PageChanges, PagesByTitle, page_to_change, save_imported_page
from core.import_streams import body_blocks, checked_stream
from core.importing import (
    UNCHANGED,
    CachingImporter,
    Outcome,
    RecordError,
    list_value,
    markdown_to_rich_text,
    text_value,
)
from core.names import name_key
from labs.models import PolicyLabPage

from .models import ToolkitPage, ToolkitResource

FIELDS = {
    "title",
    "slug",
    "summary",
    "audience",
    "introduction",
    "steps",
    "body",
    "themes",
    "principles",
    "originating_lab",
    "related_case_studies",
    "resources",
    "listing_image",
}
RESOURCE_FIELDS = ("document", "description")


class ToolkitImporter(CachingImporter):
    """Imports toolkits; with `keep_existing`, a toolkit that already exists is left as it is."""

    caches = ("toolkits",)

    def __init__(self, index_page, as_draft=False, keep_existing=False):
        self.index_page = index_page
        self.as_draft = as_draft
        self.keep_existing = keep_existing
        self.vocabulary = Vocabulary()
        self.toolkits = PagesByTitle(ToolkitPage.objects.child_of(index_page).specific())

    def clean(self, record):
        values = {
            "title": text_value(record, "title", required=True, max_length=255),
            "slug": text_value(record, "slug", max_length=255),
            "summary": text_value(record, "summary"),
            "audience": text_value(record, "audience", max_length=255),
            "introduction": markdown_to_rich_text(text_value(record, "introduction")),
            "themes": self.vocabulary.themes_value(record),
            "principles": self.vocabulary.principles_value(record),
            "originating_lab": self._by_title(PolicyLabPage, record, "originating_lab", "lab"),
            "listing_image": image_value(record, "listing_image"),
            "steps": None,
            "body": None,
            "related_case_studies": None,
            "resources": self._resources(record),
        }
        if record.get("steps") not in (None, "", []):
            values["steps"] = self._steps(record["steps"])
            values["raw_steps"] = checked_stream(ToolkitPage, "steps", values["steps"])
        if record.get("body") not in (None, "", []):
            values["body"] = body_blocks(record["body"])
            values["raw_body"] = checked_stream(ToolkitPage, "body", values["body"])
        if record.get("related_case_studies") not in (None, "", []):
            values["related_case_studies"] = [
                self._story(title) for title in list_value(record, "related_case_studies", ";")
            ]
        return values

    def _steps(self, steps):
        if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
            raise RecordError("steps must be a list of objects with a title and guidance")
        blocks = []
        for number, step in enumerate(steps, start=1):
            title = text_value(step, "title", max_length=160)
            guidance = markdown_to_rich_text(text_value(step, "guidance"))
            if not title or not guidance:
                raise RecordError(f"step {number} needs a title and guidance")
            blocks.append(("step", {"title": title, "guidance": guidance, "resources": []}))
        return blocks

    def _resources(self, record):
        resources = record.get("resources")
        if resources in (None, "", []):
            return None
        if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
            raise RecordError("resources must be a list of objects with a document and description")
        rows = []
        for number, resource in enumerate(resources, start=1):
            unknown = sorted(set(resource) - set(RESOURCE_FIELDS))
            if unknown:
                raise RecordError(f"resource {number} has an unknown field {unknown[0]!r}")
            document = document_value(resource, "document")
            if document is None:
                raise RecordError(f"resource {number} names no document")
            description = text_value(resource, "description", max_length=255)
            rows.append({"document": document, "description": description})
        return rows

    def _by_title(self, model, record, key, noun):
        title = text_value(record, key, max_length=255)
        if not title:
            return None
        found = [page for page in model.objects.all() if name_key(page.title) == name_key(title)]
        if len(found) != 1:
            problem = "no" if not found else "more than one"
            raise RecordError(f"{key}: {problem} {noun} is called {title!r}")
        return found[0]

    def _story(self, title):
        found = list(CaseStudyPage.objects.filter(title=title)[:2])
        if len(found) != 1:
            problem = "no" if not found else "more than one"
            raise RecordError(f"related_case_studies: {problem} case study is called {title!r}")
        return found[0]

    def import_record(self, record):
        values = self.clean(record)
        warnings = [f"ignored unknown field {key!r}" for key in record if key not in FIELDS]
        label = values["title"]
        existing = self.toolkits.find(values["title"], values["slug"])
        if existing is not None and self.keep_existing:
            return Outcome(UNCHANGED, label, [], warnings, item=existing)
        page = page_to_change(
            existing,
            ToolkitPage,
            self.index_page,
            values,
            ("summary", "audience", "steps"),
            "toolkit",
        )

        changes = PageChanges(page)
        for name in (
            "summary",
            "audience",
            "introduction",
            "originating_lab",
            "listing_image",
        ):
            changes.field(name, values[name])
        changes.stream("steps", values["steps"], values.get("raw_steps"))
        changes.stream("body", values["body"], values.get("raw_body"))
        changes.many("themes", values["themes"])
        changes.many("principles", values["principles"])
        changes.many("related_case_studies", values["related_case_studies"])
        changes.children("resources", values["resources"], ToolkitResource, RESOURCE_FIELDS)

        outcome = save_imported_page(
            changes, existing, self.index_page, label, warnings, self.as_draft
        )
        if existing is None:
            self.toolkits.add(page)
        return outcome
