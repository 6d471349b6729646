"""Factories for every hub model. Tests build exactly the content they need from these."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from applications.models import Application, FundingRound
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from core.models import Principle, Region, Theme
from home.models import HomePage, StandardPage
from hubevents.choices import Attendance
from hubevents.models import EventIndexPage, EventPage
from labs.choices import LabKind
from labs.models import PolicyLabIndexPage, PolicyLabPage
from members.choices import MemberType, OrganisationKind
from members.models import MemberIndexPage, MemberPage, PartnerOrganisation
from news.models import NewsIndexPage, NewsPage
from searchindex.batching import held_back
from toolkits.models import ToolkitIndexPage, ToolkitPage


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.LazyAttribute(lambda obj: f"Alt text for {obj.title}")


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = get_document_model()

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Report {n}")
    file = factory.django.FileField(filename="report.txt", data=b"Co-operative findings.")


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Partner Organisation {n}")
    kind = OrganisationKind.CHARITY


class HubPageFactory(wagtail_factories.PageFactory):
    """Pages are created as live children of `parent`; `slug` follows the title. Themes,
    principles and members (parental many-to-many relations) are given to the page itself and
    saved with it in one save, as the page editor saves them."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    live = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Indexed once for search when created, as an import indexes its pages, rather than
        # again as each of its relations lands (the publishing path is tested on its own).
        with held_back():
            return super()._create(model_class, *args, **kwargs)


class HomePageFactory(HubPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    introduction = "<p>Welcome to the network.</p>"


class StandardPageFactory(HubPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About page {n}")
    introduction = "How the network works."
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>The network is run by its members.</p>"))]
    )


class MemberIndexPageFactory(HubPageFactory):
    class Meta:
        model = MemberIndexPage

    title = "Members"


class MemberPageFactory(HubPageFactory):
    class Meta:
        model = MemberPage

    title = factory.Sequence(lambda n: f"Member Council {n}")
    member_type = MemberType.FULL
    organisation_kind = OrganisationKind.LOCAL_AUTHORITY
    introduction = "<p>A council working co-operatively with its residents.</p>"
    website = "https://example.org/"


class CaseStudyIndexPageFactory(HubPageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Case studies"


class CaseStudyPageFactory(HubPageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Case study {n}")
    summary = "Residents and the council redesigned a service together."
    year = 2020
    lead_member = None
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "What happened", "level": "h2"}),
            ("paragraph", RichText("<p>The council and residents worked as equals.</p>")),
        ]
    )


class ToolkitIndexPageFactory(HubPageFactory):
    class Meta:
        model = ToolkitIndexPage

    title = "Toolkits"


class ToolkitPageFactory(HubPageFactory):
    class Meta:
        model = ToolkitPage

    title = factory.Sequence(lambda n: f"Toolkit {n}")
    summary = "A method for engaging residents co-operatively."
    audience = "Council officers"
    steps = factory.LazyFunction(
        lambda: [
            (
                "step",
                {"title": "Map who is affected", "guidance": RichText("<p>List them.</p>")},
            )
        ]
    )


class PolicyLabIndexPageFactory(HubPageFactory):
    class Meta:
        model = PolicyLabIndexPage

    title = "Policy labs"


class PolicyLabPageFactory(HubPageFactory):
    class Meta:
        model = PolicyLabPage

    title = factory.Sequence(lambda n: f"Policy lab {n}")
    summary = "Members test a co-operative approach together."
    round_year = 2024
    amount_awarded = 15000
    aims_and_outcomes = "<p>To learn what works.</p>"
    lead_member = None


class NewsIndexPageFactory(HubPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"


class NewsPageFactory(HubPageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    summary = "Members share what they learned."
    date = datetime.date(2024, 11, 20)
    lead_member = None
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Councils met to share their work.</p>"))]
    )


class EventIndexPageFactory(HubPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"


class EventPageFactory(HubPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "Members meet to share what works."
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda obj: obj.starts_at + datetime.timedelta(hours=2))
    attendance = Attendance.ONLINE
    lead_member = None


def principle(number):
    return Principle.objects.get(number=number)


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
