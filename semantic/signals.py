def site_restored(sender, **kwargs):
    """A restored backup brings back passage ids that processes may hold other vectors for."""
    from .models import PassageGeneration

    PassageGeneration.renew()


def connect():
    from core.backup.signals import site_restored as restored

    restored.connect(site_restored, dispatch_uid="semantic_site_restored")
