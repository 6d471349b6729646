import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from applications.choices import ApplicationStatus
from applications.models import FundingRound, next_reference, parse_partner_names
from applications.selectors import awaiting_review
from tests.factories import ApplicationFactory, FundingRoundFactory


@pytest.mark.django_db
class TestFundingRound:
    def test_must_close_after_it_opens(self):
        now = timezone.now()
        funding_round = FundingRoundFactory.build(opens_at=now, closes_at=now)
        with pytest.raises(ValidationError) as error:
            funding_round.full_clean()
        assert "closes_at" in error.value.message_dict

    def test_minimum_not_above_maximum(self):
        funding_round = FundingRoundFactory.build(
            minimum_amount=Decimal("20000"), maximum_amount=Decimal("10000")
        )
        with pytest.raises(ValidationError) as error:
            funding_round.full_clean()
        assert "maximum_amount" in error.value.message_dict

    def test_equal_minimum_and_maximum_is_fine(self):
        funding_round = FundingRoundFactory.build(
            slug="fixed", minimum_amount=Decimal("10000"), maximum_amount=Decimal("10000")
        )
        funding_round.full_clean()

    def test_is_open_within_its_dates(self):
        assert FundingRoundFactory().is_open
        assert not FundingRoundFactory(closed=True).is_open
        assert not FundingRoundFactory(upcoming=True).is_open
        funding_round = FundingRoundFactory.build()
        assert funding_round.is_open_at(funding_round.opens_at)
        assert not funding_round.is_open_at(funding_round.closes_at)

    def test_open_queryset(self):
        open_round = FundingRoundFactory()
        FundingRoundFactory(closed=True)
        FundingRoundFactory(upcoming=True)
        assert list(FundingRound.objects.open()) == [open_round]

    def test_slug_made_from_title_and_unique(self):
        first = FundingRoundFactory(title="Policy labs 2024", slug="")
        second = FundingRoundFactory(title="Policy labs 2024", slug="")
        assert first.slug == "policy-labs-2024"
        assert second.slug == "policy-labs-2024-2"

    def test_year_is_the_year_it_opened(self):
        opens = timezone.make_aware(datetime.datetime(2024, 1, 10, 9, 0))
        funding_round = FundingRoundFactory.build(opens_at=opens)
        assert funding_round.year == 2024


@pytest.mark.django_db
class TestApplication:
    def test_reference_numbers_run_per_year(self):
        first = ApplicationFactory()
        second = ApplicationFactory()
        year = timezone.localtime(first.submitted_at).year
        assert first.reference == f"CCIN-{year}-0001"
        assert second.reference == f"CCIN-{year}-0002"
        next_year = timezone.make_aware(datetime.datetime(year + 1, 3, 1))
        assert next_reference(next_year) == f"CCIN-{year + 1}-0001"

    def test_reference_is_kept_on_later_saves(self):
        application = ApplicationFactory()
        reference = application.reference
        application.project_title = "Renamed"
        application.save()
        application.refresh_from_db()
        assert application.reference == reference

    def test_amount_checked_against_its_round(self):
        application = ApplicationFactory.build(
            funding_round=FundingRoundFactory(), amount_requested=Decimal("25000")
        )
        with pytest.raises(ValidationError) as error:
            application.full_clean(exclude=["reference"])
        assert "amount_requested" in error.value.message_dict

    def test_lead_organisation_needed(self):
        application = ApplicationFactory.build(
            funding_round=FundingRoundFactory(), lead_organisation_name=""
        )
        with pytest.raises(ValidationError) as error:
            application.full_clean(exclude=["reference"])
        assert "lead_member" in error.value.message_dict

    def test_lead_organisation_prefers_the_member_profile(self, member):
        application = ApplicationFactory(lead_member=member, lead_organisation_name="")
        assert application.lead_organisation == member.title

    def test_partner_count(self, members):
        lead, *others = members
        application = ApplicationFactory(
            lead_member=lead, partner_members=[lead, others[0]], other_partners="A\nB"
        )
        assert application.partner_count() == 3


def test_parse_partner_names():
    text = "- Action Together\n\n• Hackney Council,\naction together\n  Demos  "
    assert parse_partner_names(text) == ["Action Together", "Hackney Council", "Demos"]


@pytest.mark.django_db
def test_awaiting_review_lists_undecided_applications_oldest_first():
    older = ApplicationFactory(submitted_at=timezone.now() - datetime.timedelta(days=3))
    newer = ApplicationFactory(status=ApplicationStatus.SHORTLISTED)
    ApplicationFactory(status=ApplicationStatus.FUNDED)
    ApplicationFactory(status=ApplicationStatus.DECLINED)
    assert list(awaiting_review()) == [older, newer]
