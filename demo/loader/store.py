"""Find-or-create helpers. Each finds an existing item by a stable key (a page's slug under its
parent, a collection's name, a document's title in its collection) and
creates it only when it is missing. Existing items are returned untouched."""

import hashlib

from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.models import Collection


class Store:
    def __init__(self, tally):
        self.tally = tally
        self._collections = {}

    # Pages

    def children_by_slug(self, parent):
        return {page.slug: page for page in parent.get_children().specific()}

    def ensure_page(self, kind, parent, existing, slug, model, make, before_publish=None):
        """The child of `parent` with `slug`, made by `make()` and published if missing.

        `existing` is the parent's children by slug (see `children_by_slug`), kept up to date.
        `before_publish(page)` can fill in what needs the saved page, such as its collection.
        """
        page = existing.get(slug)
        if page is not None:
            if not isinstance(page, model):
                raise CommandError(
                    f"The page {page.url_path!r} should be a {model._meta.verbose_name} but is a "
                    f"{page._meta.verbose_name}. Move or rename it, then run the command again."
                )
            self.tally.present(kind)
            return page, False
        page = make()
        page.slug = slug
        parent.add_child(instance=page)
        if before_publish is not None:
            before_publish(page)
        # add_child has already validated the page; publishing validates it again.
        page.save_revision(clean=False).publish()
        existing[slug] = page
        self.tally.created(kind)
        return page, True

    # Collections, images and documents

    def collection(self, name):
        if name not in self._collections:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=name).first()
            created = found is None
            if created:
                found = root.add_child(name=name)
            self.tally.record("collections", created)
            self._collections[name] = found
        return self._collections[name]

    def document(self, collection, title, filename, make_bytes):
        document_model = get_document_model()
        document = document_model.objects.filter(collection=collection, title=title).first()
        if document is not None:
            self.tally.present("documents")
            return document
        data = make_bytes()
        document = document_model(
            title=title,
            collection=collection,
            file=ContentFile(data, name=filename),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        document.save()
        self.tally.created("documents")
        return document
