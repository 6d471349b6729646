"""The people to contact about a story, a lab or a member: several, in order, each optional in
its parts but always someone or some way to reach them."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from ..validators import PHONE_NUMBER


class Contact(Orderable):
    """One contact. Each app gives it a ParentalKey named `page` with related_name 'contacts',
    and an InlinePanel('contacts') on the page."""

    name = models.CharField(max_length=255, blank=True)
    role = models.CharField(
        max_length=255, blank=True, help_text="Job title, for example 'Policy Officer'."
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, validators=[PHONE_NUMBER])

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        person = ", ".join(part for part in (self.name, self.role) if part)
        return person or self.email or self.phone

    def clean(self):
        super().clean()
        if not (self.name.strip() or self.email.strip() or self.phone.strip()):
            raise ValidationError(
                "Give the contact's name, or an email address or phone number to reach them."
            )

    @property
    def phone_href(self):
        """A tel: link for the phone number: its digits only, after a leading '+' if any. In
        an international number the trunk '(0)' is not dialled, so it is left out."""
        phone = self.phone.strip()
        international = phone.startswith("+")
        if international:
            phone = phone.replace("(0)", "")
        digits = re.sub(r"\D", "", phone)
        if not digits:
            return ""
        return f"tel:{'+' if international else ''}{digits}"

    def as_tuple(self):
        """The contact's values, for telling whether an edit changed anything."""
        return (self.name, self.role, self.email, self.phone)


def contacts_panel(heading="Contacts"):
    """The page's contacts in the editor, in the order they are shown."""
    return InlinePanel("contacts", heading=heading, label="Contact")
