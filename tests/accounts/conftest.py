import pytest
from wagtail.models import PageViewRestriction


@pytest.fixture
def make_members_only(members_group, comms_group):
    """Make a page members-only as comms do in the admin: privacy for Members and Comms team."""

    def make(page):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([members_group, comms_group])
        return restriction

    return make
