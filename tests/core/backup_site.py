"""A populated site for the backup round trip, and a snapshot of everything it holds.

Run inside a configured Django process (`manage.py shell -c`), against a real database file or
a scratch PostgreSQL database, by tests/core/test_backup.py.
"""

import datetime
import hashlib
import json
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, Revision, Site

from accounts.roles import COMMS_TEAM, MEMBERS
from applications.choices import ApplicationStatus
from applications.models import Application
from applications.pipeline import change_status, record_submission
from tests import factories
from tests.factories import ApplicationFactory, FundingRoundFactory


def populate():
    home = Site.objects.get(is_default_site=True).root_page.specific
    members = Group.objects.get(name=MEMBERS)
    comms = Group.objects.get(name=COMMS_TEAM)
    editor = User.objects.create_user("comms", "comms@example.org", "a-long-password-1")
    editor.groups.add(comms)
    member = User.objects.create_user("member", "member@example.org", "a-long-password-2")
    member.groups.add(members)
    User.objects.create_superuser("root", "root@example.org", "a-long-password-3")
    Group.objects.create(name="Auditors")

    private = Collection.get_first_root_node().add_child(name="Members' reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members, comms])

    image = factories.ImageFactory(title="Allotment")
    image.get_rendition("fill-120x80")
    image.get_rendition("width-400")
    factories.DocumentFactory(
        title="Public report",
        file=ContentFile(b"Public findings about co-operative housing.", name="public.txt"),
    )
    factories.DocumentFactory(
        title="Members' report",
        collection=private,
        file=ContentFile(b"Members-only findings.\n" * 50, name="members.txt"),
    )

    member_index = factories.MemberIndexPageFactory(parent=home)
    rochdale = factories.MemberPageFactory(parent=member_index, title="Rochdale Borough Council")
    cases = factories.CaseStudyIndexPageFactory(parent=home)
    story = factories.CaseStudyPageFactory(
        parent=cases, title="Energy co-op", lead_member=rochdale, listing_image=image
    )
    story.save_revision(user=editor).publish()
    story.title = "Energy co-op (second draft)"
    story.save_revision(user=editor)  # a draft awaiting publication
    draft = factories.CaseStudyPageFactory(
        parent=cases, title="Unpublished story", lead_member=rochdale, live=False
    )
    draft.save_revision(user=editor)
    labs = factories.PolicyLabIndexPageFactory(parent=home)
    lab = factories.PolicyLabPageFactory(
        parent=labs, title="Democratising policy", lead_member=rochdale, live=False
    )
    lab.save_revision(user=editor)
    factories.DocumentFactory(
        title="Lab final report",
        collection=Collection.objects.get(name__icontains="Democratising"),
        file=ContentFile(b"Draft final report.", name="final.txt"),
    )

    funding_round = FundingRoundFactory(title="Policy labs 2024")
    applied = ApplicationFactory(funding_round=funding_round, lead_member=rochdale)
    record_submission(applied)
    declined = ApplicationFactory(
        funding_round=funding_round, submitted_at=timezone.now() - datetime.timedelta(days=3)
    )
    record_submission(declined)
    change_status(declined, ApplicationStatus.DECLINED, user=editor, comment="Out of scope.")


def alter():
    """Change, add and remove a bit of everything, on disk as well as in the database."""
    Page.objects.get(title="Unpublished story").delete()
    story = Page.objects.get(title="Energy co-op").specific
    story.title = "Renamed after the backup"
    story.save_revision().publish()
    get_document_model().objects.get(title="Members' report").delete()
    get_image_model().get_rendition_model().objects.all().delete()
    Application.objects.update(status=ApplicationStatus.FUNDED, contact_email="x@example.org")
    User.objects.filter(username="root").delete()
    Group.objects.filter(name="Auditors").delete()
    Collection.objects.get(name="Members' reports").get_view_restrictions().delete()
    Revision.objects.filter(object_id=str(story.pk)).first().delete()
    media = Path(settings.MEDIA_ROOT)
    (media / "stray.txt").write_text("not in the backup")
    for path in media.rglob("*"):
        if path.is_file() and path.parent.name == "images":
            path.write_bytes(b"overwritten")


def media_files():
    """Every uploaded file's checksum, named as the archive names it: images and renditions
    under `default/` (MEDIA_ROOT), documents under `documents/` (DOCUMENTS_ROOT)."""
    roots = {"default": Path(settings.MEDIA_ROOT), "documents": Path(settings.DOCUMENTS_ROOT)}
    return {
        f"{alias}/{path.relative_to(root).as_posix()}": hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for alias, root in roots.items()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


# Sessions, and the token that tells every worker to read its passage vectors again.
RENEWED_BY_RESTORE = {"sessions.Session", "semantic.PassageGeneration"}


def snapshot(output):
    """Every row of every table the hub's models keep, and every media file's checksum."""
    tables = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed or meta.label in RENEWED_BY_RESTORE:
            continue
        rows = model._default_manager.order_by("pk").values()
        tables[meta.label] = json.loads(json.dumps(list(rows), default=str, sort_keys=True))
    Path(output).write_text(
        json.dumps({"tables": tables, "media": media_files()}, sort_keys=True, indent=1)
    )
