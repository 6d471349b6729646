"""Keep each lab's collection, lead group and document privacy in step with its page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .access import apply_document_privacy, provision_lab_access
from .models import PolicyLabPage


@receiver(post_save, sender=PolicyLabPage)
def provision_new_lab(sender, instance, created, raw=False, **kwargs):
    # Covers every route a lab is created by: the admin, copies, conversions and scripts.
    if created and not raw:
        provision_lab_access(instance)


@receiver(page_published, sender=PolicyLabPage)
def lab_published(sender, instance, **kwargs):
    # Brings names up to date after a rename and opens the lab's documents to the public.
    provision_lab_access(instance)


@receiver(page_unpublished, sender=PolicyLabPage)
def lab_unpublished(sender, instance, **kwargs):
    apply_document_privacy(instance)


@receiver(post_delete, sender=PolicyLabPage)
def remove_lead_group(sender, instance, **kwargs):
    # The collection and its documents stay (comms decide what to do with them); the group
    # would otherwise keep admin access for nobody's lab.
    if instance.lead_group_id:
        from django.contrib.auth.models import Group

        Group.objects.filter(pk=instance.lead_group_id).delete()
