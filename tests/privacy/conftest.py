import pytest
from wagtail.models import PageViewRestriction

from labs.access import add_lab_lead
from tests import factories


@pytest.fixture
def live_lab(lab_index, member):
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Community energy lab", lead_member=member
    )
    lab.refresh_from_db()
    return lab


@pytest.fixture
def lead(django_user_model, live_lab):
    user = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    add_lab_lead(live_lab, user)
    return user


@pytest.fixture
def restrict_page():
    """Put a page under a group restriction, as comms do with the padlock in the admin."""

    def restrict(page, *groups, kind=PageViewRestriction.GROUPS, password=""):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=kind, password=password
        )
        restriction.groups.set(groups)
        return restriction

    return restrict
