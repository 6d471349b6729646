"""The kinds of thing search finds: each searched page type is described once (`PageSource`),
and `search.catalogue` loads the facts about every item from these descriptions.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from casestudies.models import CaseStudyPage
from home.models import StandardPage
from labs.models import PolicyLabPage
from members.models import MemberPage
from toolkits.models import ToolkitPage

DOCUMENT_TYPE = "document"


@dataclass(frozen=True)
class PageSource:
    key: str
    label: str
    model: type
    summary_field: str
    year_field: str | None = None
    lead_member_field: str | None = None
    partner_members_field: str | None = None
    region_field: str | None = None
    has_taxonomy: bool = False


PAGE_SOURCES = [
    PageSource(
        "case_study",
        "Case study",
        CaseStudyPage,
        "summary",
        year_field="year",
        lead_member_field="lead_member_id",
        partner_members_field="partner_members",
        region_field="lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "toolkit",
        "Toolkit",
        ToolkitPage,
        "summary",
        lead_member_field="originating_lab__lead_member_id",
        region_field="originating_lab__lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "lab",
        "Policy lab",
        PolicyLabPage,
        "summary",
        year_field="round_year",
        lead_member_field="lead_member_id",
        partner_members_field="partner_members",
        region_field="lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "member",
        "Member",
        MemberPage,
        "introduction",
        year_field="year_joined",
        lead_member_field="pk",
        region_field="region_id",
    ),
    PageSource("page", "Page", StandardPage, "introduction"),
]
TYPE_LABELS = {source.key: source.label for source in PAGE_SOURCES} | {DOCUMENT_TYPE: "Document"}
TYPE_ORDER = [source.key for source in PAGE_SOURCES] + [DOCUMENT_TYPE]
SEARCHED_PAGE_MODELS = [source.model for source in PAGE_SOURCES]


def source_for_content_type_ids():
    """{content_type_id: PageSource} (content types are cached by Django after first use)."""
    types = ContentType.objects.get_for_models(*SEARCHED_PAGE_MODELS)
    by_model = {source.model: source for source in PAGE_SOURCES}
    return {content_type.pk: by_model[model] for model, content_type in types.items()}
