"""Builds the whole demo site under the default site's home page.

Each step finds what already exists by a stable key and creates only what is missing, so a
second run adds nothing and keeps every change editors have made.
"""

from datetime import timedelta

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Site

from applications.models import FundingRound
from casestudies.models import CaseStudyContact, CaseStudyIndexPage, CaseStudyPage
from contact.models import ContactPage
from core.models import Principle, Region, SiteChrome, Theme
from demo.data import funding as funding_data
from demo.data import labs as lab_data
from demo.data import members as member_data
from demo.data import pages as page_data
from demo.data import toolkits as toolkit_data
from home.models import FeaturedCaseStudy, HomePage, StandardPage
from labs.models import PolicyLabContact, PolicyLabIndexPage, PolicyLabPage
from members.choices import OrganisationKind
from members.models import MemberContact, MemberIndexPage, MemberPage, PartnerOrganisation
from toolkits.models import ToolkitIndexPage, ToolkitPage, ToolkitResource

from . import media
from .case_studies import load_entries, plan_case_studies, title_key
from .names import NameIndex, normalise
from .store import Store
from .streams import check_stream, new_block_id, stream_data
from .tally import Tally

INDEX_MODELS = {
    "members": MemberIndexPage,
    "case_studies": CaseStudyIndexPage,
    "toolkits": ToolkitIndexPage,
    "labs": PolicyLabIndexPage,
}
FEATURED_COUNT = 4
TOOLKIT_COLLECTION = "Toolkit resources"


def paragraph(text):
    return f"<p>{escape(text)}</p>"


def demo_contacts(data):
    """The data's contact (contact_name, contact_role) as contact fields. The data holds no
    email addresses or phone numbers, so a contact known only by a post or a team ("Bristol One
    City") is named by it: a contact needs a name or a way to reach them."""
    name, role = data.get("contact_name", ""), data.get("contact_role", "")
    if not name:
        name, role = role, ""
    return [{"name": name, "role": role}] if name else []


class DemoSiteBuilder:
    def __init__(self, site=None, case_study_entries=None):
        self.site = site or Site.objects.filter(is_default_site=True).first()
        if self.site is None:
            raise CommandError("There is no default site: run `manage.py migrate` first.")
        self.home = HomePage.objects.filter(pk=self.site.root_page_id).first()
        if self.home is None:
            raise CommandError("The default site's root page is not the hub's home page.")
        self.tally = Tally()
        self.store = Store(self.tally)
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.principles = {principle.number: principle for principle in Principle.objects.all()}
        self.regions = {region.slug: region for region in Region.objects.all()}
        self.member_names = NameIndex(
            [member["name"] for member in member_data.MEMBERS], member_data.MEMBER_ALIASES
        )
        self.case_study_entries = (
            load_entries() if case_study_entries is None else case_study_entries
        )
        self.members = {}
        self.partners = {}
        self._partners_seen = set()
        self.indexes = {}
        self.standard_pages = {}
        self.contact_page = None
        self.labs = {}
        self.case_studies = []

    def build(self):
        plans = plan_case_studies(
            self.case_study_entries, self.member_names, self.themes, self.principles
        )
        self.build_index_pages()
        self.build_standard_pages()
        self.build_contact_page()
        self.build_partner_organisations()
        self.build_members()
        self.build_labs()
        self.build_case_studies(plans)
        self.build_toolkits()
        self.build_home_page()
        self.build_site_chrome()
        self.build_funding_round()
        return self.tally

    # Lookups that fail loudly

    def member(self, name, where):
        canonical = self.member_names.find(name)
        if canonical is None:
            raise CommandError(f"{where}: {name!r} is not a member.")
        return self.members[canonical]

    def partner(self, name, where):
        found = self.partners.get(normalise(name))
        if found is None:
            raise CommandError(f"{where}: {name!r} is not in PARTNER_ORGANISATIONS.")
        return found

    def vocabulary(self, data, where):
        try:
            themes = [self.themes[slug] for slug in data["themes"]]
            principles = [self.principles[number] for number in data["principles"]]
        except KeyError as error:
            raise CommandError(f"{where}: unknown theme or principle {error}.") from error
        return themes, principles

    # Index and standard pages

    def build_index_pages(self):
        existing = self.store.children_by_slug(self.home)
        for key, data in page_data.INDEX_PAGES.items():
            model = INDEX_MODELS[key]
            self.indexes[key], _ = self.store.ensure_page(
                "index pages",
                self.home,
                existing,
                data["slug"],
                model,
                lambda model=model, data=data: model(
                    title=data["title"], introduction=data["introduction"]
                ),
            )
        self._home_children = existing

    def build_standard_pages(self):
        for data in page_data.STANDARD_PAGES:
            where = f"Standard page {data['title']!r}"
            self.standard_pages[data["slug"]], _ = self.store.ensure_page(
                "standard pages",
                self.home,
                self._home_children,
                data["slug"],
                StandardPage,
                lambda data=data, where=where: StandardPage(
                    title=data["title"],
                    introduction=data["introduction"],
                    body=stream_data(StandardPage, "body", data["body"], where),
                ),
            )

    def build_contact_page(self):
        data = page_data.CONTACT_PAGE
        self.contact_page, _ = self.store.ensure_page(
            "contact page",
            self.home,
            self._home_children,
            data["slug"],
            ContactPage,
            lambda: ContactPage(
                title=data["title"],
                introduction=data["introduction"],
                confirmation=data["confirmation"],
            ),
        )

    # Organisations

    def build_partner_organisations(self):
        for organisation in PartnerOrganisation.objects.all():
            self.partners[normalise(organisation.name)] = organisation
        for data in member_data.PARTNER_ORGANISATIONS:
            if data["name"] in self.member_names:
                raise CommandError(
                    f"{data['name']!r} is a member, so it cannot also be a partner organisation."
                )
            self.ensure_partner(data["name"], data["kind"], data["website"], data["description"])

    def ensure_partner(self, name, kind=OrganisationKind.OTHER, website="", description=""):
        key = normalise(name)
        if key in self.partners:
            if key not in self._partners_seen:
                self._partners_seen.add(key)
                self.tally.present("partner organisations")
            return self.partners[key]
        organisation = PartnerOrganisation.objects.create(
            name=name, kind=kind, website=website, description=description
        )
        self.partners[key] = organisation
        self._partners_seen.add(key)
        self.tally.created("partner organisations")
        return organisation

    def build_members(self):
        index = self.indexes["members"]
        existing = self.store.children_by_slug(index)
        for data in member_data.MEMBERS:
            self.members[data["name"]], _ = self.store.ensure_page(
                "member pages",
                index,
                existing,
                slugify(data["name"]),
                MemberPage,
                lambda data=data: self.new_member_page(data),
            )

    def new_member_page(self, data):
        region = None
        if data["region"]:
            region = self.regions.get(data["region"])
            if region is None:
                raise CommandError(f"Member {data['name']!r}: unknown region {data['region']!r}.")
        return MemberPage(
            title=data["name"],
            member_type=data["member_type"],
            organisation_kind=data["organisation_kind"],
            region=region,
            website=data["website"],
            introduction=paragraph(data["introduction"]),
            lead_member_name=data.get("lead_member_name", ""),
            lead_member_role=data.get("lead_member_role", ""),
            contacts=[MemberContact(**contact) for contact in demo_contacts(data)],
            also_known_as="\n".join(self.member_names.other_names(data["name"])),
        )

    # Labs

    def build_labs(self):
        index = self.indexes["labs"]
        existing = self.store.children_by_slug(index)
        for data in lab_data.LABS:
            self.labs[data["slug"]], _ = self.store.ensure_page(
                "policy labs",
                index,
                existing,
                data["slug"],
                PolicyLabPage,
                lambda data=data: self.new_lab_page(data),
                before_publish=lambda page, data=data: self.attach_final_report(page, data),
            )

    def new_lab_page(self, data):
        where = f"Lab {data['title']!r}"
        themes, principles = self.vocabulary(data, where)
        page = PolicyLabPage(
            title=data["title"],
            summary=data["summary"],
            kind=data["kind"],
            round_year=data["round_year"],
            amount_awarded=data["amount_awarded"],
            status=data["status"],
            aims_and_outcomes=data["aims_and_outcomes"],
            cooperative_difference=data["cooperative_difference"],
            contacts=[PolicyLabContact(**contact) for contact in demo_contacts(data)],
            lead_member=self.member(data["lead"], where),
        )
        page.partner_members.set([self.member(name, where) for name in data["partner_members"]])
        page.partner_organisations.set(
            [self.partner(name, where) for name in data["partner_organisations"]]
        )
        page.themes.set(themes)
        page.principles.set(principles)
        return page

    def attach_final_report(self, page, data):
        """Generate the report into the lab's own collection (provisioned when it was saved)."""
        report = data["final_report"]
        if not report:
            return
        collection = page.collection or self.store.collection(data["title"])
        page.final_report = self.store.document(
            collection,
            report["title"],
            f"{data['slug']}-final-report.pdf",
            lambda: media.report_pdf(
                report["title"],
                f"{data['kind'].label}, {page.round_label} funding round. Led by {data['lead']}.",
                report["sections"],
            ),
        )

    # Case studies

    def build_case_studies(self, plans):
        index = self.indexes["case_studies"]
        existing = self.store.children_by_slug(index)
        for plan in plans:
            page, _ = self.store.ensure_page(
                "case studies",
                index,
                existing,
                plan.slug,
                CaseStudyPage,
                lambda plan=plan: self.new_case_study_page(plan),
            )
            self.case_studies.append((plan, page))

    def new_case_study_page(self, plan):
        entry = plan.entry
        page = CaseStudyPage(
            title=entry["title"],
            summary=entry["summary"],
            year=entry["year"],
            lead_member=self.members[plan.lead],
            contacts=[CaseStudyContact(**contact) for contact in demo_contacts(entry)],
            body=plan.body,
        )
        page.partner_members.set([self.members[name] for name in plan.partner_members])
        page.partner_organisations.set(
            [self.ensure_partner(name) for name in plan.partner_organisations]
        )
        page.themes.set([self.themes[slug] for slug in plan.themes])
        page.principles.set([self.principles[number] for number in plan.principles])
        return page

    # Toolkits

    def build_toolkits(self):
        index = self.indexes["toolkits"]
        existing = self.store.children_by_slug(index)
        for data in toolkit_data.TOOLKITS:
            self.store.ensure_page(
                "toolkits",
                index,
                existing,
                data["slug"],
                ToolkitPage,
                lambda data=data: self.new_toolkit_page(data),
            )

    def new_toolkit_page(self, data):
        where = f"Toolkit {data['title']!r}"
        themes, principles = self.vocabulary(data, where)
        steps = [
            {
                "type": "step",
                "value": {"title": title, "guidance": guidance, "resources": []},
                "id": new_block_id(),
            }
            for title, guidance in data["steps"]
        ]
        check_stream(ToolkitPage, "steps", steps, where)
        resource = data["resource"]
        document = self.store.document(
            self.store.collection(TOOLKIT_COLLECTION),
            resource["title"],
            f"{slugify(resource['title'])}.pdf",
            lambda: media.checklist_pdf(resource["title"], resource["heading"], resource["items"]),
        )
        page = ToolkitPage(
            title=data["title"],
            summary=data["summary"],
            audience=data["audience"],
            introduction=data["introduction"],
            steps=steps,
            body=stream_data(ToolkitPage, "body", data["body"], where),
            originating_lab=self.labs.get(data["originating_lab"]),
        )
        page.resources = [ToolkitResource(document=document, description=resource["description"])]
        lead = self.member_names.find(data["related_case_studies_lead"])
        page.related_case_studies.set(
            [case_study for plan, case_study in self.case_studies if plan.lead == lead]
        )
        page.themes.set(themes)
        page.principles.set(principles)
        return page

    # Home page and site chrome

    def featured_case_studies(self):
        by_title = {title_key(plan.title): page for plan, page in self.case_studies}
        chosen = [
            by_title[title_key(title)]
            for title in page_data.FEATURED_CASE_STUDY_TITLES
            if title_key(title) in by_title
        ]
        for _plan, page in self.case_studies:
            if len(chosen) >= FEATURED_COUNT:
                break
            if page not in chosen:
                chosen.append(page)
        return chosen[:FEATURED_COUNT]

    def build_home_page(self):
        home = HomePage.objects.get(pk=self.home.pk)
        changed = False
        if not (home.introduction or "").strip():
            home.introduction = page_data.HOME_INTRODUCTION
            changed = True
        if not home.featured_case_studies.exists():
            featured = self.featured_case_studies()
            if featured:
                home.featured_case_studies = [
                    FeaturedCaseStudy(case_study=page, sort_order=order)
                    for order, page in enumerate(featured)
                ]
                changed = True
        if changed:
            home.save_revision().publish()
        self.tally.record("home page content", changed)

    def link_target(self, target):
        kind, key = target
        if kind == "index":
            return {"page": self.indexes[key].pk, "url": ""}
        if kind == "standard":
            return {"page": self.standard_pages[key].pk, "url": ""}
        if kind == "contact":
            return {"page": self.contact_page.pk, "url": ""}
        return {"page": None, "url": key}

    def navigation(self, links, field_name):
        raw = [
            {
                "type": "link",
                "value": {"label": label, **self.link_target(target)},
                "id": new_block_id(),
            }
            for label, target in links
        ]
        check_stream(SiteChrome, field_name, raw, "Site navigation")
        return raw

    def build_site_chrome(self):
        chrome = SiteChrome.for_site(self.site)
        changed = []
        if not len(chrome.primary_navigation):
            chrome.primary_navigation = self.navigation(
                page_data.PRIMARY_NAVIGATION, "primary_navigation"
            )
            changed.append("primary_navigation")
        if not len(chrome.footer_navigation):
            chrome.footer_navigation = self.navigation(
                page_data.FOOTER_NAVIGATION, "footer_navigation"
            )
            changed.append("footer_navigation")
        if not chrome.footer_text:
            chrome.footer_text = page_data.FOOTER_TEXT
            changed.append("footer_text")
        if not chrome.contact_email:
            chrome.contact_email = page_data.CONTACT_EMAIL
            changed.append("contact_email")
        if changed:
            chrome.save(update_fields=changed)
        self.tally.record("site navigation and footer", bool(changed))

    # Funding

    def build_funding_round(self):
        data = funding_data.DEMONSTRATION_ROUND
        if FundingRound.objects.filter(slug=data["slug"]).exists():
            self.tally.present("funding rounds")
            return
        # Midnight where the network is (TIME_ZONE), so the round closes at the end of a day.
        opens = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        FundingRound.objects.create(
            **data,
            opens_at=opens,
            closes_at=opens + timedelta(weeks=funding_data.OPEN_FOR_WEEKS),
        )
        self.tally.created("funding rounds")
