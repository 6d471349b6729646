from django.db import models


class MemberType(models.TextChoices):
    FULL = "full", "Full council member"
    ASSOCIATE = "associate", "Associate"
    AFFILIATE = "affiliate", "Affiliate"


class OrganisationKind(models.TextChoices):
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    TOWN_COUNCIL = "town_council", "Town or parish council"
    COMBINED_AUTHORITY = "combined_authority", "Combined authority"
    POLITICAL_GROUP = "political_group", "Council political group"
    COOPERATIVE = "cooperative", "Co-operative or mutual"
    SOCIAL_ENTERPRISE = "social_enterprise", "Social enterprise"
    CHARITY = "charity", "Charity or voluntary organisation"
    CONSULTANCY = "consultancy", "Consultancy"
    LAW_FIRM = "law_firm", "Law firm"
    EDUCATION = "education", "University, college or school trust"
    PUBLIC_BODY = "public_body", "Other public body"
    NETWORK = "network", "Network or membership body"
    OTHER = "other", "Other organisation"
