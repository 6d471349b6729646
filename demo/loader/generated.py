"""A demo-only step: the images and documents the demo content names, drawn here (tiles, title
cards and PDF reports) because the data files hold no pictures or PDFs. The records then name
them by title, as an import names what comms have uploaded to the library. Each is found by its
title in its collection and drawn only when missing."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.importing import CREATED, UNCHANGED
from labs.models import PolicyLabPage

from . import content, media

DRAWINGS = {
    "logo": lambda item: media.logo_png(item["text"]),
    "title card": lambda item: media.listing_png(item["text"], item["label"]),
}


class Library:
    """Finds or creates collections, images and documents by name and title."""

    def __init__(self):
        self._collections = {}

    def collection(self, name):
        if name not in self._collections:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=name).first()
            self._collections[name] = found or root.add_child(name=name)
        return self._collections[name]

    def image(self, item):
        """(action, image) for an entry of images.json."""
        model = get_image_model()
        collection = self.collection(item["collection"])
        image = model.objects.filter(collection=collection, title=item["title"]).first()
        if image is not None:
            return UNCHANGED, image
        try:
            data = DRAWINGS[item["drawing"]](item)
        except KeyError as error:
            raise CommandError(f"Image {item.get('title')!r}: no {error} to draw it.") from error
        image = model(
            title=item["title"],
            description=item["description"][:255],
            collection=collection,
            file=ImageFile(ContentFile(data), name=f"{slugify(item['title'])[:80]}.png"),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        image.save()
        return CREATED, image

    def document(self, collection, title, make_pdf):
        """(action, document) for the document `title` in `collection`."""
        model = get_document_model()
        document = model.objects.filter(collection=collection, title=title).first()
        if document is not None:
            return UNCHANGED, document
        data = make_pdf()
        document = model(
            title=title,
            collection=collection,
            file=ContentFile(data, name=f"{slugify(title)[:80]}.pdf"),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        document.save()
        return CREATED, document


def library_documents(items):
    """The entries of documents.json that go into a named collection before the imports."""
    return [item for _number, item in items if "collection" in item]


def final_reports(items):
    """The entries of documents.json that are a lab's final report, made once the lab exists."""
    return [item for _number, item in items if "final_report_of" in item]


def draw_document(item, subtitle=""):
    heading, sections, items = media.read_outline(content.text(item["source"]))
    if item["drawing"] == "checklist":
        return lambda: media.checklist_pdf(item["title"], heading or item["title"], items)
    if item["drawing"] == "report":
        return lambda: media.report_pdf(item["title"], subtitle, sections)
    raise CommandError(f"Document {item['title']!r}: no {item['drawing']!r} to draw it.")


def attach_final_report(library, item):
    """(action, lab) after giving the lab named in `item` its final report, drawn into the lab's
    own collection, if it has none; the lab's page is published again with it."""
    lab = PolicyLabPage.objects.filter(title=item["final_report_of"]).first()
    if lab is None:
        raise CommandError(f"{item['title']!r} is the final report of a lab there is no page for.")
    if lab.final_report_id:
        return UNCHANGED, lab
    subtitle = (
        f"{lab.get_kind_display()}, {lab.round_label} funding round. "
        f"Led by {lab.lead_member.title}."
    )
    collection = lab.collection or library.collection(lab.title)
    _action, report = library.document(collection, item["title"], draw_document(item, subtitle))
    page = lab.get_latest_revision_as_object()
    page.final_report = report
    revision = page.save_revision()
    if lab.live:
        revision.publish()
    return CREATED, lab
