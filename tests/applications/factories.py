"""Factories for funding rounds and applications."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from applications.models import Application, FundingRound
from labs.choices import LabKind


class FundingRoundFactory(factory.django.DjangoModelFactory):
    """An open policy lab round by default: opened a week ago, closes in three weeks."""

    class Meta:
        model = FundingRound

    title = factory.Sequence(lambda n: f"Policy labs round {n}")
    kind = LabKind.POLICY_LAB
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=21))
    minimum_amount = Decimal("10000")
    maximum_amount = Decimal("20000")
    minimum_partner_members = 3
    guidance = "<p>Bids that bring members together are welcome.</p>"

    class Params:
        closed = factory.Trait(
            opens_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=60)),
            closes_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1)),
        )
        upcoming = factory.Trait(
            opens_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10)),
            closes_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=40)),
        )


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application
        skip_postgeneration_save = True

    funding_round = factory.SubFactory(FundingRoundFactory)
    lead_member = None
    lead_organisation_name = "Rochdale Borough Council"
    contact_name = "Helen Chicot"
    contact_job_title = "Reform and Prevention Lead"
    contact_phone = "01706 925925"
    contact_email = "helen@example.org"
    project_title = factory.Sequence(lambda n: f"Co-operative project {n}")
    amount_requested = Decimal("17500")
    summary = "Members learn together how governance can share power."
    other_partners = "\n".join(
        ["Action Together", "Co-operative and Mutual Solutions", "Anthony Collins Solicitors"]
    )
    idea_and_budget = "We will run training and communities of practice.\n\n- Training\n- Zines"
    outcomes = "Thirty people trained; materials shared."
    network_aims = "It strengthens social partnership."
    values_and_principles = "It puts democracy and equity into practice."
    sharing_learning = "Open sessions and a report for the hub."
    agrees_to_show_cooperative_difference = True

    @factory.post_generation
    def partner_members(self, create, extracted, **kwargs):
        if create and extracted:
            self.partner_members.set(extracted)

    @factory.post_generation
    def principles(self, create, extracted, **kwargs):
        if create and extracted:
            self.principles.set(extracted)
