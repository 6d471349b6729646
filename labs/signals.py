"""Keep each lab's collection, lead group and document privacy in step with its page."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .access import apply_document_privacy, provision_lab_access
from .leads import send_new_lead_email
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


@receiver(m2m_changed, sender=get_user_model().groups.through)
def tell_new_lab_leads(sender, instance, action, reverse, pk_set, **kwargs):
    """Email each person who has just joined a lab's lead group, once the change is committed.

    `pk_set` holds only the memberships the change added, so someone already a lead, or a
    user form saved again with the same groups, is not told twice.
    """
    if action != "post_add" or not pk_set:
        return
    User = get_user_model()
    if reverse:  # group.user_set.add(...): the instance is the group
        pairs = [(user_id, instance.pk) for user_id in pk_set]
    else:  # user.groups.add(...): the instance is the user
        pairs = [(instance.pk, group_id) for group_id in pk_set]
    labs = PolicyLabPage.objects.filter(lead_group_id__in={group for _, group in pairs})
    labs_by_group = {lab.lead_group_id: lab for lab in labs}
    users = User.objects.in_bulk({user for user, group in pairs if group in labs_by_group})
    for user_id, group_id in pairs:
        if group_id in labs_by_group and user_id in users:
            user, lab = users[user_id], labs_by_group[group_id]
            transaction.on_commit(lambda user=user, lab=lab: send_new_lead_email(user, lab))
