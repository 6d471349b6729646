"""The migration from one contact (four fields on the page) to ordered contacts loses nothing:
not the live page's contact, nor the contact in a revision (a draft, a scheduled revision or
history)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from casestudies.models import CaseStudyContact, CaseStudyPage
from tests import factories

BEFORE = ("casestudies", "0004_contacts")
AFTER = ("casestudies", "0006_remove_single_contact")
OLD_CONTACT = {
    "contact_name": "Sam Officer",
    "contact_role": "Housing Lead",
    "contact_email": "sam@example.org",
    "contact_phone": "01706 000000",
}


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


# serialized_rollback: the flush after a transactional test must not lose the site and the
# taxonomy the data migrations seed, which later tests use.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_single_contacts_move_into_contacts_on_pages_and_revisions(case_study_index, member):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        contacts=[CaseStudyContact(name="Sam Officer", role="Housing Lead")],
    )
    without_contact = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    draft = story.save_revision()
    try:
        migrate(BEFORE)
        # As before the change: the contact in the page's own fields and in the revision.
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE casestudies_casestudypage SET contact_name = %s, contact_role = %s, "
                "contact_email = %s, contact_phone = %s WHERE page_ptr_id = %s",
                [*OLD_CONTACT.values(), story.pk],
            )
        content = {k: v for k, v in draft.content.items() if k != "contacts"}
        Revision.objects.filter(pk=draft.pk).update(
            content={**content, **OLD_CONTACT, "contact_name": "Sam Officer-Jones"}
        )
    finally:
        migrate(AFTER)

    assert [c.as_tuple() for c in CaseStudyPage.objects.get(pk=story.pk).contacts.all()] == [
        ("Sam Officer", "Housing Lead", "sam@example.org", "01706 000000")
    ]
    assert not CaseStudyPage.objects.get(pk=without_contact.pk).contacts.exists()
    restored = Revision.objects.get(pk=draft.pk).as_object()
    assert [c.as_tuple() for c in restored.contacts.all()] == [
        ("Sam Officer-Jones", "Housing Lead", "sam@example.org", "01706 000000")
    ]


# serialized_rollback: the flush after a transactional test must not lose the site and the
# taxonomy the data migrations seed, which later tests use.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_going_back_puts_the_first_contact_into_the_fields(case_study_index, member):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        contacts=[
            CaseStudyContact(phone="0161 000 0000"),
            CaseStudyContact(name="Second", email="second@example.org"),
        ],
    )
    try:
        migrate(BEFORE)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT contact_name, contact_email, contact_phone FROM "
                "casestudies_casestudypage WHERE page_ptr_id = %s",
                [story.pk],
            )
            assert cursor.fetchone() == ("", "", "0161 000 0000")
    finally:
        migrate(AFTER)
