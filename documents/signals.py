"""Queue text extraction whenever a document gets a new file."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from documents.models import HubDocument
from documents.services import reset_extraction


@receiver(pre_save, sender=HubDocument)
def fill_file_hash(sender, instance, raw=False, update_fields=None, **kwargs):
    # Wagtail's forms set file_hash; documents created in code may not, and the hash is how a
    # changed file is noticed.
    if raw or update_fields is not None or instance.file_hash or not instance.file:
        return
    try:
        instance._set_file_hash()
        instance.file.seek(0)
    except (OSError, ValueError):
        pass


@receiver(post_save, sender=HubDocument)
def queue_extraction(sender, instance, created, raw=False, **kwargs):
    if raw or not instance.file:
        return
    if created or instance.file_hash != instance.extracted_file_hash:
        reset_extraction(instance)
