"""Funding rounds, the applications made to them, and each application's status history."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.validators import MaxWordsValidator
from labs.choices import LabKind

from .choices import ApplicationStatus

SUMMARY_WORD_LIMIT = 150
REFERENCE_PREFIX = "CCIN"
REFERENCE_ATTEMPTS = 5


class FundingRoundQuerySet(models.QuerySet):
    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)

    def upcoming(self, now=None):
        return self.filter(opens_at__gt=now or timezone.now())


class FundingRound(models.Model):
    """A call for funding bids, opened and closed by comms."""

    title = models.CharField(max_length=255, help_text="For example 'Policy labs 2024'.")
    slug = models.SlugField(
        max_length=100,
        unique=True,
        blank=True,
        help_text="The last part of the round's web address (/apply/<slug>/). "
        "Left empty, it is made from the title.",
    )
    kind = models.CharField(
        max_length=20,
        choices=LabKind.choices,
        default=LabKind.POLICY_LAB,
        help_text="What the round funds. Labs created from its applications get this kind.",
    )
    opens_at = models.DateTimeField(verbose_name="opens", help_text="From when bids are accepted.")
    closes_at = models.DateTimeField(
        verbose_name="closes", help_text="Bids are refused from this moment on."
    )
    minimum_amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        verbose_name="minimum amount (£)",
    )
    maximum_amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        verbose_name="maximum amount (£)",
    )
    minimum_partner_members = models.PositiveSmallIntegerField(
        default=3,
        validators=[MaxValueValidator(50)],
        verbose_name="minimum number of partners",
        help_text="How many partners, besides the lead organisation, each bid must name.",
    )
    guidance = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="What the round is for and what makes a good bid; shown above the form.",
    )

    objects = FundingRoundQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading="Dates"),
        FieldRowPanel(
            [FieldPanel("minimum_amount"), FieldPanel("maximum_amount")], heading="Amount"
        ),
        FieldPanel("minimum_partner_members"),
        FieldPanel("guidance"),
    ]

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = "funding round"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("apply:apply", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = "The round must close after it opens."
        if (
            self.minimum_amount is not None
            and self.maximum_amount is not None
            and self.minimum_amount > self.maximum_amount
        ):
            errors["maximum_amount"] = "The maximum cannot be less than the minimum."
        if errors:
            raise ValidationError(errors)

    def _unique_slug(self):
        base = slugify(self.title)[:90] or "round"
        slug, number = base, 2
        while FundingRound.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    def is_open_at(self, moment):
        return self.opens_at <= moment < self.closes_at

    def is_upcoming_at(self, moment):
        return self.opens_at > moment

    @property
    def is_open(self):
        return self.is_open_at(timezone.now())

    @property
    def has_closed(self):
        return timezone.now() >= self.closes_at

    @property
    def year(self):
        """The year the round opened, as labs record their funding round."""
        return timezone.localtime(self.opens_at).year


# What an applicant tells us after naming the lead organisation, in the order of the real form:
# the public form asks for these and the admin's detail view shows them.
APPLICANT_ANSWERS = (
    "contact_name",
    "contact_job_title",
    "contact_phone",
    "contact_email",
    "project_title",
    "amount_requested",
    "summary",
    "partner_members",
    "other_partners",
    "idea_and_budget",
    "budget_breakdown",
    "outcomes",
    "network_aims",
    "principles",
    "values_and_principles",
    "sharing_learning",
    "agrees_to_show_cooperative_difference",
)


class Application(models.Model):
    """A bid for funding, with the questions of the network's application form."""

    funding_round = models.ForeignKey(
        FundingRound,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name="funding round",
    )
    reference = models.CharField(max_length=20, unique=True, editable=False)
    status = models.CharField(
        max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.SUBMITTED
    )
    submitted_at = models.DateTimeField(default=timezone.now, editable=False)

    lead_member = models.ForeignKey(
        "members.MemberPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding_applications",
        verbose_name="lead organisation (member profile)",
    )
    lead_organisation_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name="lead organisation (as typed)",
        help_text="Used when the leading organisation has no member profile on the hub.",
    )
    contact_name = models.CharField(max_length=255, verbose_name="lead councillor or officer")
    contact_job_title = models.CharField(max_length=255, verbose_name="job title")
    contact_phone = models.CharField(max_length=40, verbose_name="contact telephone")
    contact_email = models.EmailField(verbose_name="contact email")

    project_title = models.CharField(max_length=255)
    amount_requested = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        verbose_name="amount requested (£)",
    )
    summary = models.TextField(
        validators=[MaxWordsValidator(SUMMARY_WORD_LIMIT)],
        verbose_name="summary of the project idea",
    )
    partner_members = models.ManyToManyField(
        "members.MemberPage",
        blank=True,
        related_name="partnered_applications",
        verbose_name="partner members",
    )
    other_partners = models.TextField(
        blank=True,
        verbose_name="partners not yet members",
        help_text="One organisation a line.",
    )
    idea_and_budget = models.TextField(verbose_name="the idea and how the budget will be spent")
    budget_breakdown = models.TextField(blank=True, verbose_name="budget lines and other funding")
    outcomes = models.TextField(verbose_name="outcomes and how success will be measured")
    network_aims = models.TextField(verbose_name="how it supports the network's aims")
    principles = models.ManyToManyField(
        "core.Principle", related_name="applications", verbose_name="principles"
    )
    values_and_principles = models.TextField(
        verbose_name="how it supports the values and principles"
    )
    sharing_learning = models.TextField(verbose_name="how learning will be shared")
    agrees_to_show_cooperative_difference = models.BooleanField(
        default=False,
        verbose_name="agrees the final report will show the co-operative difference",
    )

    anonymised_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        verbose_name="personal data anonymised",
        help_text="When the retention policy removed the applicant's personal details.",
    )

    created_lab = models.ForeignKey(
        "labs.PolicyLabPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name="lab page",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("funding_round"),
                FieldPanel("lead_member"),
                FieldPanel("lead_organisation_name"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_job_title")]),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading="Who is applying",
        ),
        MultiFieldPanel(
            [
                FieldPanel("project_title"),
                FieldPanel("amount_requested"),
                FieldPanel("summary"),
            ],
            heading="The project",
        ),
        MultiFieldPanel(
            [
                FieldPanel("partner_members", widget=forms.CheckboxSelectMultiple),
                FieldPanel("other_partners"),
            ],
            heading="Partners",
        ),
        FieldPanel("idea_and_budget"),
        FieldPanel("budget_breakdown"),
        FieldPanel("outcomes"),
        FieldPanel("network_aims"),
        FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("values_and_principles"),
        FieldPanel("sharing_learning"),
        FieldPanel("agrees_to_show_cooperative_difference"),
    ]

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = "funding application"

    def __str__(self):
        return f"{self.reference}: {self.project_title}" if self.reference else self.project_title

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        # Two bids saved at once can pick the same number: the unique index refuses the
        # second, which then takes the next number.
        for attempt in range(REFERENCE_ATTEMPTS):
            self.reference = next_reference(self.submitted_at)
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.reference = ""
                if attempt == REFERENCE_ATTEMPTS - 1:
                    raise

    @property
    def lead_organisation(self):
        return self.lead_member.title if self.lead_member_id else self.lead_organisation_name

    lead_organisation.fget.short_description = "lead organisation"

    @property
    def other_partner_names(self):
        return parse_partner_names(self.other_partners)

    def partner_count(self):
        """Partners counted against the round's minimum: members chosen plus others named."""
        members = set(self.partner_members.values_list("pk", flat=True))
        members.discard(self.lead_member_id)
        return len(members) + len(self.other_partner_names)

    def partner_names(self):
        names = [page.title for page in self.partner_members.all()]
        return ", ".join(names + self.other_partner_names)

    partner_names.short_description = "partners"

    def principle_names(self):
        return ", ".join(principle.name for principle in self.principles.all())

    principle_names.short_description = "principles"

    def lab_page_title(self):
        return self.created_lab.title if self.created_lab_id else ""

    lab_page_title.short_description = "lab page"

    def clean(self):
        super().clean()
        errors = {}
        if not self.lead_member_id and not self.lead_organisation_name.strip():
            errors["lead_member"] = "Choose your organisation from the list, or type its name"
        funding_round = self.funding_round if self.funding_round_id else None
        if funding_round and self.amount_requested is not None:
            low, high = funding_round.minimum_amount, funding_round.maximum_amount
            if not low <= self.amount_requested <= high:
                errors["amount_requested"] = (
                    f"Enter an amount between £{low:,.0f} and £{high:,.0f}, as this round allows."
                )
        if errors:
            raise ValidationError(errors)


def parse_partner_names(text):
    """The distinct non-empty lines of a free-text list of organisations, in order."""
    seen, names = set(), []
    for line in (text or "").splitlines():
        name = line.strip(" \t-•*,;")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def next_reference(moment):
    year = timezone.localtime(moment).year
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    used = Application.objects.filter(reference__startswith=prefix).values_list(
        "reference", flat=True
    )
    numbers = [int(ref.removeprefix(prefix)) for ref in used if ref.removeprefix(prefix).isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


class ApplicationStatusChange(models.Model):
    """One step of an application through the pipeline, with who made it and why."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20, choices=ApplicationStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ApplicationStatus.choices)
    comment = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = "status change"

    def __str__(self):
        return f"{self.get_from_status_display() or 'New'} → {self.get_to_status_display()}"

    @property
    def actor(self):
        """Who made the change, as the history shows it."""
        if self.changed_by_id:
            return self.changed_by.get_full_name() or self.changed_by.get_username()
        return "The hub" if self.from_status else "The applicant"
