import pytest

from labs.access import add_lab_lead
from tests import factories


@pytest.fixture
def lab_a(lab_index, member):
    return factories.PolicyLabPageFactory(
        parent=lab_index, title="Lab A", lead_member=member, live=False
    )


@pytest.fixture
def lab_b(lab_index, member):
    return factories.PolicyLabPageFactory(parent=lab_index, title="Lab B", lead_member=member)


@pytest.fixture
def lead_a(django_user_model, lab_a):
    user = django_user_model.objects.create_user(
        "lead-a", "lead-a@example.org", "pw", first_name="Alex", last_name="Lead"
    )
    add_lab_lead(lab_a, user)
    return user
