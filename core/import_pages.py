"""Writing an import record's values to a page: setting only what changed (so an identical record
changes nothing), and saving through revisions, so every change can be compared and rolled back
in the admin."""

from .import_streams import stream_blocks
from .importing import CREATED, UNCHANGED, UPDATED, Outcome, RecordError, page_slug, title_slug
from .names import name_key


class PagesByTitle:
    """The pages an import may update, found by a record's title (compared as names are) or by
    a slug: the record's own, else the one its title gives, since a page renamed in the admin
    keeps its slug. An importer keeps one for its run (`CachingImporter.caches`)."""

    def __init__(self, pages):
        self.titles = {name_key(page.title): page for page in pages}
        self.slugs = {page.slug: page for page in pages}

    def find(self, title, slug=None):
        return self.titles.get(name_key(title)) or self.slugs.get(slug or title_slug(title))

    def add(self, page):
        self.titles[name_key(page.title)] = page
        self.slugs[page.slug] = page

    def copy(self):
        copied = PagesByTitle(())
        copied.titles, copied.slugs = dict(self.titles), dict(self.slugs)
        return copied


def page_to_change(existing, model, parent, values, required, noun):
    """The page a record's values are set on: the latest revision of `existing`, or a new
    `model` page for `parent`, titled and slugged by the record, which must give `required`."""
    if existing is not None:
        return existing.get_latest_revision_as_object()
    missing = [key for key in required if not values[key]]
    if missing:
        raise RecordError(f"a new {noun} needs {', '.join(missing)}")
    return model(title=values["title"], slug=page_slug(parent, values["slug"], values["title"]))


class PageChanges:
    """Sets a record's values on a page (new or the latest revision of an existing one) and
    remembers the names of the fields that changed. A value of None or "" keeps the page's."""

    def __init__(self, page):
        self.page = page
        self.names = []

    @property
    def is_new(self):
        return self.page.pk is None

    def field(self, name, value):
        if value in (None, ""):
            return
        if getattr(self.page, name) != value:
            setattr(self.page, name, value)
            self.names.append(name)

    def stream(self, name, blocks, raw):
        """A StreamField: `blocks` as `body_blocks` gives them, `raw` as `checked_stream`."""
        if blocks is None:
            return
        if self.is_new or stream_blocks(getattr(self.page, name)) != blocks:
            setattr(self.page, name, raw)
            self.names.append(name)

    def many(self, name, wanted):
        """A many-to-many field (a ParentalManyToManyField) to hold exactly `wanted`."""
        if wanted is None:
            return
        manager = getattr(self.page, name)
        current = set() if self.is_new else {obj.pk for obj in manager.all()}
        if current != {obj.pk for obj in wanted}:
            manager.set(wanted)
            self.names.append(name)

    def contacts(self, contacts, model):
        """The page's contacts (name, role, email and phone dicts), in order."""
        if contacts is None:
            return
        current = [contact.as_tuple() for contact in self.page.contacts.all()]
        if current != [tuple(contact.values()) for contact in contacts]:
            self.page.contacts = [model(**contact) for contact in contacts]
            self.names.append("contacts")

    def children(self, relation, rows, model, fields):
        """Ordered child rows (a toolkit's resources): dicts of `fields`."""
        if rows is None:
            return
        manager = getattr(self.page, relation)
        current = [tuple(getattr(row, name) for name in fields) for row in manager.all()]
        if current != [tuple(row[name] for name in fields) for row in rows]:
            setattr(self.page, relation, [model(**row) for row in rows])
            self.names.append(relation)

    def changed(self):
        return [name.replace("_", " ") for name in self.names]


def add_new_page(parent, page, as_draft):
    """Add a new page under `parent` and save its first revision, published unless `as_draft`."""
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision(log_action=True)
    if not as_draft:
        revision.publish()


def save_changed_page(existing, page):
    """Save an edited page as a new revision, published if the page is live (a draft stays a
    draft)."""
    revision = page.save_revision(log_action=True)
    if existing.live:
        revision.publish()


def save_imported_page(changes, existing, parent, label, warnings, as_draft):
    """Save what a record set on `changes.page`: a new page under `parent` (published unless
    `as_draft`), or a new revision of `existing` if anything changed. The record's Outcome."""
    page = changes.page
    if existing is None:
        add_new_page(parent, page, as_draft)
        label += " as a draft" if as_draft else ""
        return Outcome(CREATED, label, [], warnings, item=page)
    if not changes.names:
        return Outcome(UNCHANGED, label, [], warnings, item=existing)
    save_changed_page(existing, page)
    return Outcome(UPDATED, label, [f"changed {', '.join(changes.changed())}"], warnings, item=page)
